/// How a CSV file is laid out for the program that opens it.
public struct CSVStyle: Sendable, Equatable {
    public var delimiter: Character
    /// A UTF-8 byte order mark first, so Excel reads the file as UTF-8 rather than the
    /// Windows code page.
    public var byteOrderMark: Bool
    public var lineEnding: String
    /// Numbers written with a decimal comma ("0,63"), as Excel set to Indonesian reads them;
    /// with a point it takes "0.63" for text or a date.
    public var decimalComma: Bool

    public init(delimiter: Character = ",", byteOrderMark: Bool = false, lineEnding: String = "\n", decimalComma: Bool = false) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.lineEnding = lineEnding
        self.decimalComma = decimalComma
    }

    /// Plain RFC 4180 with `\n` rows, for tools and re-import.
    public static let standard = CSVStyle()
    /// What Excel set to Indonesian (list separator `;`, decimal comma) opens as columns and
    /// numbers: `;`, BOM, CRLF, decimal comma.
    public static let excel = CSVStyle(delimiter: ";", byteOrderMark: true, lineEnding: "\r\n", decimalComma: true)
}

/// Writes CSV (UTF-8) with spreadsheet-safe cells in a given ``CSVStyle``.
public struct CSVDocument {
    public private(set) var text = ""
    public let style: CSVStyle

    public init(header: [String], style: CSVStyle = .standard) {
        self.style = style
        if style.byteOrderMark { text = "\u{FEFF}" }
        append(header)
    }

    /// Appends one row; text cells are neutralised and quoted when needed.
    public mutating func append(_ cells: [String]) {
        text += cells.map { Self.quote(SpreadsheetSafety.neutralize($0)) }.joined(separator: String(style.delimiter))
        text += style.lineEnding
    }

    /// Quotes a cell holding either delimiter, a quote or a line break, so the file reads the
    /// same whichever separator the reader assumes.
    static func quote(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B || $0 == 0x09 }) else { return cell }
        guard cell.utf8.contains(0x22) else { return "\"" + cell + "\"" }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
