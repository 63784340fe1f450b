import Foundation

/// A calendar quarter, as budgets and migration waves are planned: `2027-Q1`.
public struct Quarter: Sendable, Equatable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    /// 1 to 4.
    public var number: Int

    public init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    /// Reads `2027-Q1` (also `2027Q1`, `2027-q1`).
    public init?(parsing text: String) {
        let parts = text.uppercased().replacingOccurrences(of: "-", with: "").split(separator: "Q")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]), (1900...2200).contains(year), (1...4).contains(number) else { return nil }
        self.init(year: year, number: number)
    }

    /// The quarter of a stored ISO date stamp ("2026-11-28T15:07:03Z" → 2026-Q4).
    public init?(dateStamp: String) {
        let parts = dateStamp.prefix(7).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[1]) else { return nil }
        self.init(year: parts[0], number: (parts[1] - 1) / 3 + 1)
    }

    /// The quarter holding `date` (UTC).
    public static func current(_ date: Date = Date()) -> Quarter {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        return Quarter(year: parts.year!, number: (parts.month! - 1) / 3 + 1)
    }

    public static func next(after quarter: Quarter) -> Quarter { quarter.adding(1) }

    public func adding(_ quarters: Int) -> Quarter {
        let index = year * 4 + (number - 1) + quarters
        return Quarter(year: index / 4, number: index % 4 + 1)
    }

    public var description: String { "\(year)-Q\(number)" }

    /// The quarter as every output of `language` writes it, year first so a spreadsheet column
    /// of them sorts in time: "2027-Q1" (en), "2027 Tw I" (id, triwulan). The plan CSV, the
    /// workbook and the report's timeline use this one form, so a planner finds a CSV row's
    /// quarter in the report as written.
    public func text(_ language: Language) -> String {
        language == .id ? "\(year) Tw \(["I", "II", "III", "IV"][number - 1])" : description
    }

    /// A stored quarter ("2027-Q1") as `language` writes it (``text(_:)``); other text as it is.
    public static func text(_ stored: String, _ language: Language) -> String {
        Quarter(parsing: stored)?.text(language) ?? stored
    }

    /// First month of the quarter, 1-12.
    public var firstMonth: Int { (number - 1) * 3 + 1 }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let quarter = Quarter(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a quarter: \(text)"))
        }
        self = quarter
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
