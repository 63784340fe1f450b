import Foundation

/// Numbers as planners read them.
public enum NumberText {
    /// 37300000 → "37.300.000" (Indonesian) or "37,300,000" with `separator: ","`.
    public static func grouped(_ value: Int64, separator: String = ".") -> String {
        let digits = Array(String(value.magnitude))
        var text = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return text
    }

    /// Whole rupiah: "Rp 1.250.000". Amounts beyond what 64 bits hold (only a damaged
    /// database has them) print in scientific notation instead of trapping.
    public static func rupiah(_ value: Double) -> String {
        guard let whole = wholeNumber(value) else { return "Rp " + String(value) }
        return (whole < 0 ? "-Rp " : "Rp ") + grouped(Int64(whole.magnitude))
    }

    /// The value as digits when it is whole ("37300000"), else as Swift writes a Double.
    public static func plain(_ value: Double) -> String {
        guard value == value.rounded(), let whole = wholeNumber(value) else { return String(value) }
        return String(whole)
    }

    /// The rounded value when it fits in 64 bits (with room for its magnitude), else nil.
    public static func wholeNumber(_ value: Double) -> Int64? {
        let rounded = value.rounded()
        guard rounded.isFinite, rounded.magnitude < 9.2e18 else { return nil }
        return Int64(rounded)
    }
}

extension NumberText {
    /// Rupiah the way Indonesian budget documents abbreviate them: "Rp 2,1 T" (triliun),
    /// "Rp 37,3 M" (miliar), "Rp 450 jt" (juta), smaller amounts in full ("Rp 850.000").
    public static func rupiahShort(_ value: Double) -> String {
        guard value.isFinite else { return "Rp ?" }
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        for (factor, unit) in [(1e12, "T"), (1e9, "M"), (1e6, "jt")] where magnitude >= factor {
            let scaled = magnitude / factor
            // A whole number is written whole: "Rp 25 jt", not "Rp 25,0 jt".
            let text = String(format: scaled >= 100 ? "%.0f" : "%.1f", scaled).replacingOccurrences(of: ".", with: ",")
            return "\(sign)Rp \(text.hasSuffix(",0") ? String(text.dropLast(2)) : text) \(unit)"
        }
        return sign + rupiah(magnitude)
    }
}
