/// Renders query rows as they arrive, in the same formats as ``TableRenderer``, so output of a
/// large query starts at once and is never held whole in memory.
///
/// CSV and JSON rows go out one by one. A table needs column widths: it measures the first
/// ``rowsToMeasure`` rows (a short result is rendered exactly as ``TableRenderer/table(_:width:)``
/// does). A later cell wider than its column is cut with "…" if it is text; a later number or id is
/// printed whole and widens its own line (``TableRenderer/line(_:widths:whole:)``).
///
/// With a `language`, a table is one for people of that language (``TableVocabulary``):
/// headings, stored codes and numbers as they write them, "-" for an empty cell rather than
/// SQL's NULL, "(4 baris)" below; CSV and JSON keep the stored names and values scripts rely on.
public struct TableStream {
    /// Rows a table waits for before it fixes the column widths.
    public static let rowsToMeasure = 500

    private let format: TableRenderer.Format
    private let width: Int
    private let emit: (String) throws -> Void
    /// The readers' vocabulary of a table with a language; nil for rows as SQLite gives them.
    private let vocabulary: TableVocabulary?
    /// The result's own column names, which JSON keys and ``TableVocabulary`` go by.
    private var columns: [String] = []
    /// The headings a table shows.
    private var headings: [String] = []
    /// Columns whose later cells are never cut, however wide (ids).
    private var idColumns: [Bool] = []
    private var waiting: [[String?]] = []
    private var widths: [Int]?
    private var count = 0

    /// A stream that hands each piece of text to `emit` (usually standard output); a table in
    /// `language`, when one is given.
    public init(format: TableRenderer.Format, width: Int = 120, language: Language? = nil, emit: @escaping (String) throws -> Void) {
        self.format = format
        self.width = width
        self.emit = emit
        vocabulary = format == .table ? language.map(TableVocabulary.init) : nil
    }

    /// Starts the output with the result's column names.
    public mutating func begin(columns: [String]) throws {
        self.columns = columns
        headings = vocabulary.map { columns.map($0.columnName) } ?? columns
        idColumns = columns.map(TableRenderer.isIDColumn)
        if format == .csv && !columns.isEmpty { try emit(CSVDocument(header: columns).text) }
    }

    /// Adds one row; `numeric` tells which cells JSON writes as numbers.
    public mutating func add(_ row: [String?], numeric: [Bool]) throws {
        count += 1
        switch format {
        case .csv:
            // A one-line document: the row is written (and neutralised) like any CSV line.
            try emit(CSVDocument(header: row.map { $0 ?? "" }).text)
        case .json:
            try emit((count == 1 ? "[\n  " : ",\n  ") + TableRenderer.jsonObject(columns: columns, row: row, numeric: numeric))
        case .table:
            var row = row
            if let vocabulary { row = vocabulary.readableRow(row, columns: columns, numeric: numeric) }
            if let widths {
                try emit(TableRenderer.line(TableRenderer.visibleCells(row), widths: widths, whole: idColumns) + "\n")
                return
            }
            waiting.append(row)
            if waiting.count == Self.rowsToMeasure {
                let cells = waiting.map(TableRenderer.visibleCells)
                let fixed = TableRenderer.columnWidths(header: TableRenderer.visibleCells(headings), rows: cells, width: width)
                try emit((TableRenderer.tableHeader(headings, widths: fixed) + cells.map { TableRenderer.line($0, widths: fixed) }).joined(separator: "\n") + "\n")
                widths = fixed
                waiting = []
            }
        }
    }

    private var language: Language { vocabulary?.language ?? .en }

    /// Ends the output (closing bracket, row count).
    public mutating func finish() throws {
        guard !columns.isEmpty else { return }
        switch format {
        case .csv: break
        case .json: try emit(count == 0 ? "[\n]\n" : "\n]\n")
        case .table:
            if widths == nil {
                try emit(TableRenderer.table(QueryResult(columns: headings, rows: waiting), width: width, language: language))
            } else {
                try emit(TableRenderer.rowCount(count, language: language) + "\n")
            }
        }
    }
}
