/// Keeps CSV cells inert in spreadsheets.
///
/// A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return is read by Excel and
/// LibreOffice as a formula ("CSV injection"); a lone "-" (the registers' "no value") and plain
/// numbers such as `-1` are harmless. Other such cells get a leading apostrophe, which
/// spreadsheets show as text; the importer removes it again so exports round-trip. The same
/// holds after every `;` and `,` inside a cell: a spreadsheet whose list separator differs from
/// the file's (Indonesian Excel splits on `;`) may cut the cell there, and the piece after the
/// cut must be inert too.
public enum SpreadsheetSafety {
    private static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
    private static let separators: Set<Character> = [";", ","]

    /// The cell as it should be written to a CSV meant for spreadsheets.
    ///
    /// A plain number such as `-1` or `-2.5e3` is left alone: spreadsheets read it as the number
    /// it is, never as a formula, and an apostrophe would turn it into text.
    public static func neutralize(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == 0x3D || $0 == 0x2B || $0 == 0x2D || $0 == 0x40 || $0 == 0x09 || $0 == 0x0D }), !isPlainNumber(cell) else { return cell }
        var result = ""
        result.reserveCapacity(cell.utf8.count + 2)
        var pieceStart = true
        var index = cell.startIndex
        while index < cell.endIndex {
            let character = cell[index]
            if pieceStart && character == " " && !result.isEmpty {
                result.append(character)
            } else {
                if pieceStart && isFormulaStart(cell, at: index) { result.append("'") }
                result.append(character)
                pieceStart = separators.contains(character)
            }
            index = cell.index(after: index)
        }
        return result
    }

    /// Whether a spreadsheet would take the cell for a formula when it is typed in or edited:
    /// the rule ``neutralize(_:)`` applies to a cell's start. The workbook writer gives such text
    /// cells the quote-prefix style, Excel's own mark for "text, even if it looks like a formula".
    public static func startsLikeFormula(_ cell: String) -> Bool {
        !cell.isEmpty && isFormulaStart(cell, at: cell.startIndex) && !isPlainNumber(cell)
    }

    /// A trigger character at `index` that is not a lone "-" or "+".
    private static func isFormulaStart(_ cell: String, at index: String.Index) -> Bool {
        triggers.contains(cell[index]) && !isLoneMarker(cell, from: index)
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
        guard cell.utf8.contains(0x27) else { return cell }
        var result = ""
        result.reserveCapacity(cell.utf8.count)
        var pieceStart = true
        var index = cell.startIndex
        while index < cell.endIndex {
            let character = cell[index]
            let next = cell.index(after: index)
            if pieceStart && character == " " && !result.isEmpty {
                result.append(character)
            } else {
                if !(pieceStart && character == "'" && next < cell.endIndex && triggers.contains(cell[next])) {
                    result.append(character)
                    pieceStart = separators.contains(character)
                } else {
                    pieceStart = false
                }
            }
            index = next
        }
        return result
    }

    /// A lone "-" or "+" up to the next separator or the end ("Rp 1.000,-") is no formula.
    private static func isLoneMarker(_ cell: String, from index: String.Index) -> Bool {
        guard cell[index] == "-" || cell[index] == "+" else { return false }
        let next = cell.index(after: index)
        return next == cell.endIndex || separators.contains(cell[next])
    }
}
