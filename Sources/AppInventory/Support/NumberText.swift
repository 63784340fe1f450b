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

    /// Whole rupiah: "Rp 1.250.000".
    public static func rupiah(_ value: Double) -> String {
        let whole = Int64(value.rounded())
        return (whole < 0 ? "-Rp " : "Rp ") + grouped(Int64(whole.magnitude))
    }
}

extension NumberText {
    /// A whole amount without separators, as spreadsheets read it: "25000000".
    public static func plain(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 9e18 else { return String(value) }
        return String(Int64(value.rounded()))
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
            let text = scaled >= 100 ? String(Int(scaled.rounded())) : String(format: "%.1f", scaled).replacingOccurrences(of: ".", with: ",")
            return "\(sign)Rp \(text) \(unit)"
        }
        return sign + rupiah(magnitude)
    }
}
