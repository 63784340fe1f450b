import Foundation

/// Reads the cell values found in Indonesian registers: "Rp 37.300.000", "1.250,5",
/// "1,5 miliar", "Rp 167 M", "± 500 orang", "Aktif", "2019-05-01", "-" for missing.
///
/// Each parser returns `nil` for a missing value and throws a ``ValueError`` with a
/// sentence saying what was expected when the text cannot be read.
public enum ValueParser {
    /// Raised for a cell that holds something other than what its column needs.
    public struct ValueError: Error, Equatable {
        /// What was expected and what was found, in English.
        public var message: String
        /// The same in Indonesian, for `import --lang id`.
        public var indonesian: String

        init(en message: String, id indonesian: String) {
            self.message = message
            self.indonesian = indonesian
        }

        /// The message in `language`.
        public func message(_ language: Language) -> String { language.pick(en: message, id: indonesian) }
    }

    private static let missingMarkers: Set<String> = ["", "-", "--", "—", "–", "n/a", "na", "null", "none", "nil", "tidak ada", "belum ada", "?", "tbd"]

    /// Trims the cell and returns nil for the markers registers use for "no value".
    public static func text(_ raw: String) -> String? {
        let trimmed = raw.trimmedWhitespace
        guard !trimmed.isEmpty else { return nil }
        // Markers are short; longer text is never one.
        if trimmed.utf8.count <= 9 && missingMarkers.contains(trimmed.lowercased()) { return nil }
        return trimmed
    }

    /// Splits a list cell on `;`, `|` or line breaks, dropping empty and duplicate items.
    public static func list(_ raw: String) -> [String] { list(raw, commas: false) }

    /// Splits a list cell on `;`, `|` or line breaks (and on commas when `commas` is set, for
    /// files whose own delimiter is `;` or tab), dropping empty and duplicate items.
    public static func list(_ raw: String, commas: Bool) -> [String] {
        var seen = Set<String>()
        var items: [String] = []
        guard !raw.isEmpty else { return [] }
        // Split on bytes: every separator is ASCII; the "\r" of a "\r\n" is trimmed off the item.
        let separators: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "\n")] + (commas ? [UInt8(ascii: ",")] : [])
        for part in raw.utf8.split(whereSeparator: separators.contains) {
            guard let item = text(String(Substring(part))), seen.insert(item.lowercased()).inserted else { continue }
            items.append(item)
        }
        return items
    }

    private static let multipliers: [(suffix: String, factor: Double)] = [
        ("triliun", 1e12), ("miliar", 1e9), ("milyar", 1e9), ("juta", 1e6), ("jt", 1e6), ("ribu", 1e3), ("rb", 1e3),
    ]
    /// The multipliers plus the ones only money is written with, as the plan and the report
    /// write it (``NumberText/rupiahShort(_:)``, ``ReportFormat/money(_:_:)``): "T" (triliun) and
    /// "M" (miliar) in Indonesian, "trillion", "billion", "million" in English. In a count of
    /// users an "M" could as well be an English million, so only money columns read them.
    private static let moneyMultipliers = multipliers + [
        ("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("t", 1e12), ("m", 1e9),
    ]
    private static let unitWords = ["orang", "pengguna", "users", "user", "akun", "accounts", "rupiah", "idr", "rp", "per tahun", "/tahun", "pertahun"]

    /// Reads a non-negative amount written the Indonesian way or the plain way.
    ///
    /// A dot followed by exactly three digits is a thousands separator ("37.300.000");
    /// a comma is the decimal mark ("1.250,5"); when both appear, the last one is decimal.
    public static func amount(_ raw: String) throws(ValueError) -> Double? {
        try amount(raw, multipliers: multipliers, wholeUnits: false)
    }

    /// Reads an amount of rupiah as ``amount(_:)`` does, and also as the plan and the report
    /// abbreviate money, so a figure copied from them reads back: "Rp 167 M", "1,5M",
    /// "Rp1,5 M.", "2 T", "Rp 37.3 billion" (any case; M is miliar, T triliun). A single-letter
    /// abbreviation must follow the number or a space ("1,5 mt" is refused). Rupiah have no
    /// thousandths, so a single comma before three digits groups thousands as a dot does: "Rp
    /// 850,000", as an English report writes it, is 850,000 (with an abbreviation, "1,250 M",
    /// the comma stays decimal).
    public static func money(_ raw: String) throws(ValueError) -> Double? {
        try amount(raw, multipliers: moneyMultipliers, wholeUnits: true)
    }

    private static func amount(_ raw: String, multipliers: [(suffix: String, factor: Double)], wholeUnits: Bool) throws(ValueError) -> Double? {
        guard var text = text(raw)?.lowercased() else { return nil }
        var factor = 1.0
        if text.utf8.count < 16, text.utf8.allSatisfy(isDigit) { return Double(text) }
        // Only digits and separators ("809.000.000", "1.250,5"): none of the words, signs
        // and spaces below can be there, so the number is read at once.
        if !text.utf8.allSatisfy({ isDigit($0) || $0 == dot || $0 == comma }) {
            text = stripWords(text, multipliers: multipliers, factor: &factor)
        }
        guard let value = decimal(text, commaGroups: wholeUnits && factor == 1) else {
            let found = raw.trimmingCharacters(in: .whitespacesAndNewlines).excerpt
            throw ValueError(en: "expected an amount such as 37300000, \"Rp 37.300.000\" or \"1.250,5\", found \"\(found)\"",
                             id: "seharusnya jumlah seperti 37300000, \"Rp 37.300.000\" atau \"1.250,5\", tertulis \"\(found)\"")
        }
        // "37,3 M" is 37.3 × 10⁹, which binary fractions miss by a hair: a multiplied amount is whole rupiah.
        return factor == 1 ? value : (value * factor).rounded()
    }

    /// Drops what surrounds the number in "± Rp 1,5 miliar per tahun", "Rp 37.300.000,-",
    /// "Rp 167 M." or "500 orang", setting `factor` for one of `multipliers`.
    private static func stripWords(_ lowercased: String, multipliers: [(suffix: String, factor: Double)], factor: inout Double) -> String {
        var text = lowercased
        if text.utf8.contains(0xA0) { text = text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        for prefix in ["±", "~", "≈", "+/-", "kurang lebih", "sekitar", "approx."] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        text = trimmedSpaces(text)
        if text.hasPrefix("rp.") { text.removeFirst(3) } else if text.hasPrefix("rp") || text.hasPrefix("idr") {
            text.removeFirst(text.hasPrefix("rp") ? 2 : 3)
        }
        var changed = true
        while changed {
            changed = false
            text = trimmedSpaces(text)
            for unit in unitWords where text.hasSuffix(unit) {
                text = String(text.dropLast(unit.count)); changed = true
            }
            for (suffix, value) in multipliers where factor == 1 {
                guard let length = multiplierLength(text, suffix) else { continue }
                text = String(text.dropLast(length)); factor = value; changed = true
            }
        }
        if text.utf8.contains(0x20) { text = text.replacingOccurrences(of: " ", with: "") }
        if text.hasSuffix(",-") || text.hasSuffix(".-") { text.removeLast(2) }
        return text
    }

    /// How many trailing characters of `text` write the multiplier `suffix`, with the dot of
    /// an abbreviation ("jt.", "M."); nil when it does not end with it. A one-letter multiplier
    /// counts only after a digit or a space, so "mt" or "kbm" are not read as "t" or "m".
    private static func multiplierLength(_ text: String, _ suffix: String) -> Int? {
        let dotted = text.hasSuffix(".")
        let body = dotted ? text.dropLast() : Substring(text)
        guard body.hasSuffix(suffix) else { return nil }
        if suffix.utf8.count == 1 {
            guard let before = body.utf8.dropLast().last, isDigit(before) || before == 0x20 else { return nil }
        }
        return suffix.count + (dotted ? 1 : 0)
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation when the edges are
    /// plain ASCII that is not a space or tab.
    private static func trimmedSpaces(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        func isPlainEdge(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && byte != 0x09 }
        return isPlainEdge(first) && isPlainEdge(last) ? text : text.trimmingCharacters(in: .whitespaces)
    }

    private static let dot = UInt8(ascii: ".")
    private static let comma = UInt8(ascii: ",")
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Reads a non-negative whole number, allowing thousands separators ("1.250").
    public static func wholeNumber(_ raw: String) throws(ValueError) -> Int? {
        let found = ValueError(en: "expected a whole number, found \"\(raw.trimmingCharacters(in: .whitespacesAndNewlines).excerpt)\"",
                               id: "seharusnya bilangan bulat, tertulis \"\(raw.trimmingCharacters(in: .whitespacesAndNewlines).excerpt)\"")
        let value: Double?
        do {
            value = try amount(raw)
        } catch {
            throw found
        }
        guard let value else { return nil }
        guard value == value.rounded(), value < 9e15 else { throw found }
        return Int(value)
    }

    /// Reads a year, or the year of a date (`2019-05-01`, `01/05/2019`), within 1960 and next year.
    public static func year(_ raw: String, now: Int = Calendar(identifier: .gregorian).component(.year, from: Date())) throws(ValueError) -> Int? {
        guard let text = text(raw) else { return nil }
        let runs = text.split(whereSeparator: { !$0.isNumber })
        guard let run = runs.first(where: { $0.count == 4 }), let year = Int(run), runs.count <= 3 else {
            throw ValueError(en: "expected a year such as 2019 or a date such as 2019-05-01, found \"\(text.excerpt)\"",
                             id: "seharusnya tahun seperti 2019 atau tanggal seperti 2019-05-01, tertulis \"\(text.excerpt)\"")
        }
        guard (1960...(now + 1)).contains(year) else {
            throw ValueError(en: "year \(year) is out of range (1960-\(now + 1))", id: "tahun \(year) di luar rentang (1960-\(now + 1))")
        }
        return year
    }

    /// `commaGroups`: a single comma before three digits groups thousands too ("850,000").
    private static func decimal(_ text: String, commaGroups: Bool) -> Double? {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, isDigit(first), bytes.allSatisfy({ isDigit($0) || $0 == dot || $0 == comma }) else { return nil }
        let dots = bytes.count(where: { $0 == dot })
        let commas = bytes.count(where: { $0 == comma })
        var integerPart = bytes[...]
        var fraction: ArraySlice<UInt8> = []
        if dots > 0 && commas > 0 {
            let decimalMark = bytes.lastIndex(of: comma)! > bytes.lastIndex(of: dot)! ? comma : dot
            guard (decimalMark == comma ? commas : dots) == 1 else { return nil }
            let mark = bytes.firstIndex(of: decimalMark)!
            integerPart = bytes[..<mark]
            fraction = bytes[(mark + 1)...]
            guard validThousands(integerPart, separator: decimalMark == comma ? dot : comma) else { return nil }
        } else if dots + commas == 1 {
            let mark = bytes.firstIndex { $0 == dot || $0 == comma }!
            // A single dot before three digits groups thousands ("1.250"); otherwise it marks decimals.
            if (bytes[mark] != dot && !commaGroups) || bytes.count - mark - 1 != 3 {
                integerPart = bytes[..<mark]
                fraction = bytes[(mark + 1)...]
            }
        } else if dots > 1 || commas > 1 {
            guard validThousands(integerPart, separator: dots > 1 ? dot : comma) else { return nil }
        }
        let digits = integerPart.filter(isDigit)
        guard !digits.isEmpty else { return nil }
        return Double(String(decoding: fraction.isEmpty ? digits : digits + [dot] + fraction, as: UTF8.self))
    }

    /// "37.300.000" is valid; "1.2.3" is not: every group after the first has three digits.
    private static func validThousands(_ text: ArraySlice<UInt8>, separator: UInt8) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(isDigit) }
    }
}

extension String {
    /// The string without leading and trailing white space; avoids Foundation for plain ASCII edges.
    var trimmedWhitespace: String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        if first < 0x80 && last < 0x80 {
            if !isASCIISpace(first) && !isASCIISpace(last) { return self }
            let start = utf8.firstIndex { !isASCIISpace($0) } ?? utf8.endIndex
            let end = utf8.lastIndex { !isASCIISpace($0) }.map { utf8.index(after: $0) } ?? start
            let slice = String(self[start..<max(start, end)])
            if let head = slice.utf8.first, let tail = slice.utf8.last, head < 0x80 && tail < 0x80 { return slice }
            return slice.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
