/// Keeps CSV cells inert in spreadsheets.
///
/// A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return is read by Excel and
/// LibreOffice as a formula ("CSV injection"); a lone "-" (the registers' "no value") is harmless. Such cells get a leading apostrophe, which
/// spreadsheets show as text; the importer removes it again so exports round-trip.
public enum SpreadsheetSafety {
    private static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as it should be written to a CSV meant for spreadsheets.
    public static func neutralize(_ cell: String) -> String {
        guard let first = cell.first, triggers.contains(first), cell != "-", cell != "+" else { return cell }
        return "'" + cell
    }

    /// Undoes ``neutralize(_:)`` for a cell read back from such a file.
    public static func restore(_ cell: String) -> String {
        guard cell.first == "'", let second = cell.dropFirst().first, triggers.contains(second) else { return cell }
        return String(cell.dropFirst())
    }
}
