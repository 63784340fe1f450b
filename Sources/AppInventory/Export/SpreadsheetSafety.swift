/// Keeps CSV cells inert in spreadsheets.
///
/// A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return is read by Excel and
/// LibreOffice as a formula ("CSV injection"); a lone "-" (the registers' "no value") and plain
/// numbers such as `-1` are harmless. Other such cells get a leading apostrophe, which
/// spreadsheets show as text; the importer removes it again so exports round-trip.
public enum SpreadsheetSafety {
    private static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as it should be written to a CSV meant for spreadsheets.
    ///
    /// A plain number such as `-1` or `-2.5e3` is left alone: spreadsheets read it as the number
    /// it is, never as a formula, and an apostrophe would turn it into text.
    public static func neutralize(_ cell: String) -> String {
        guard let first = cell.first, triggers.contains(first), cell != "-", cell != "+", !isPlainNumber(cell) else { return cell }
        return "'" + cell
    }

    /// A sign, digits, an optional fraction and exponent, nothing else.
    static func isPlainNumber(_ cell: String) -> Bool {
        var bytes = cell.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix(while: { (0x30...0x39).contains($0) }).count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == 0x2B || bytes.first == 0x2D { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == 0x2E {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if bytes.first == 0x65 || bytes.first == 0x45 {
            bytes = bytes.dropFirst()
            if bytes.first == 0x2B || bytes.first == 0x2D { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// Undoes ``neutralize(_:)`` for a cell read back from such a file.
    public static func restore(_ cell: String) -> String {
        guard cell.first == "'", let second = cell.dropFirst().first, triggers.contains(second) else { return cell }
        return String(cell.dropFirst())
    }
}
