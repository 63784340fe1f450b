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
