/// Writes RFC 4180 CSV (UTF-8, comma, CRLF-free `\n` rows) with spreadsheet-safe cells.
public struct CSVDocument {
    public private(set) var text = ""

    public init(header: [String]) { append(header) }

    /// Appends one row; text cells are neutralised and quoted when needed.
    public mutating func append(_ cells: [String]) {
        text += cells.map { Self.quote(SpreadsheetSafety.neutralize($0)) }.joined(separator: ",")
        text += "\n"
    }

    static func quote(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B }) else { return cell }
        guard cell.utf8.contains(0x22) else { return "\"" + cell + "\"" }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
