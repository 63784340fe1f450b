import Foundation

/// Numbers, money and dates as officials read them: Indonesian formats in the Indonesian
/// report ("30.000", "Rp 2,1 T", "Januari 2027"), English ones in the English report.
public enum ReportFormat {
    /// 30000 → "30.000" (id) or "30,000" (en).
    public static func number(_ value: Int, _ language: Language) -> String {
        NumberText.grouped(Int64(value), separator: language == .id ? "." : ",")
    }

    /// A share as a whole percentage ("45%"), "–" of nothing. Rounding never claims all or
    /// none: a non-zero share under 1% is "<1%", a share short of the whole over 99% is ">99%".
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let share = Double(part) / Double(whole) * 100
        return label(part, of: whole, share: share, points: Int(share.rounded()))
    }

    /// `points` as a percentage, unless rounding would claim all or none of `whole`.
    private static func label(_ part: Int, of whole: Int, share: Double, points: Int) -> String {
        if part > 0 && share < 1 { return "<1%" }
        if part < whole && share > 99 { return ">99%" }
        return "\(points)%"
    }

    /// Shares of parts that make up `whole` (every app's action), rounded so they add up to
    /// 100% as a reader checks they do (34% + 6% + 60%, where rounding each gives 101%): the
    /// points lost to rounding down go to the largest remainders. A share under 1% or over 99%
    /// reads as in ``percent(_:of:)``.
    public static func percents(_ parts: [Int], of whole: Int) -> [String] {
        guard whole > 0, parts.reduce(0, +) == whole else { return parts.map { percent($0, of: whole) } }
        let exact = parts.map { Double($0) / Double(whole) * 100 }
        var points = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { (exact[$0] - Double(points[$0]), $1) > (exact[$1] - Double(points[$1]), $0) }
        for index in order.prefix(100 - points.reduce(0, +)) { points[index] += 1 }
        return parts.indices.map { label(parts[$0], of: whole, share: exact[$0], points: points[$0]) }
    }

    /// Items as a sentence lists them: "A", "A and B", "A, B and C" ("dan" in Indonesian).
    public static func list(_ items: [String], _ language: Language) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + (language == .id ? " dan " : " and ") + last
    }

    /// A 0-1 score with two decimals: "0,35" (id) or "0.35" (en).
    public static func score(_ value: Double, _ language: Language) -> String {
        let text = String(format: "%.2f", value)
        return language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// Rupiah abbreviated as budget documents do: "Rp 2,1 T", "Rp 37,3 M", "Rp 450 jt" (id);
    /// "Rp 2.1 trillion", "Rp 37.3 billion", "Rp 450 million" (en). A whole number is written
    /// whole in both languages ("Rp 1 trillion", "Rp 1 T"), so the two reports read alike.
    public static func money(_ value: Double, _ language: Language) -> String {
        guard language == .en else { return NumberText.rupiahShort(value) }
        guard value.isFinite else { return "Rp ?" }
        let sign = value < 0 ? "-" : ""
        for (factor, unit) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where abs(value) >= factor {
            let text = String(format: abs(value) / factor >= 100 ? "%.0f" : "%.1f", abs(value) / factor)
            return "\(sign)Rp \(text.hasSuffix(".0") ? String(text.dropLast(2)) : text) \(unit)"
        }
        return sign + NumberText.rupiah(abs(value)).replacingOccurrences(of: ".", with: ",")
    }

    package static let monthsID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    package static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    package static func month(_ number: Int, _ language: Language) -> String { (language == .id ? monthsID : monthsEN)[(number - 1) % 12] }

    /// The first month of a quarter ("2027-Q3" → "Juli 2027"); the text itself when not a quarter.
    public static func quarterStart(_ quarter: String, _ language: Language) -> String {
        guard let q = Quarter(parsing: quarter) else { return quarter }
        return "\(month(q.firstMonth, language)) \(q.year)"
    }

    /// The last month of a quarter ("2027-Q4" → "Desember 2027").
    public static func quarterEnd(_ quarter: String, _ language: Language) -> String {
        guard let q = Quarter(parsing: quarter) else { return quarter }
        return "\(month(q.firstMonth + 2, language)) \(q.year)"
    }

    /// "Juli 2027 – Desember 2027": from the start of the first quarter to the end of the last.
    public static func period(_ first: String, _ last: String, _ language: Language) -> String {
        "\(quarterStart(first, language)) – \(quarterEnd(last, language))"
    }

    /// A stored timestamp ("2026-11-26T07:40:00Z" or "2026-11-26") as "26 November 2026".
    public static func date(_ stamp: String, _ language: Language) -> String {
        let parts = stamp.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return stamp }
        return "\(parts[2]) \(month(parts[1], language)) \(parts[0])"
    }

    /// "2026-11-26T12:53:59Z" as "2026-11-26 12:53 UTC": the stored ISO stamp without the parts
    /// readers stumble on; any other text as it is.
    public static func timestamp(_ iso: String) -> String {
        guard iso.count >= 16, iso.dropFirst(10).first == "T" else { return iso }
        return iso.prefix(10) + " " + iso.dropFirst(11).prefix(5) + " UTC"
    }

    /// A date as "26 November 2026" (UTC).
    public static func date(_ date: Date, _ language: Language) -> String {
        Self.date(ISO8601DateFormatter().string(from: date), language)
    }
}
