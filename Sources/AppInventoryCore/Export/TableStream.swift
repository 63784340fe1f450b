/// Renders query rows as they arrive, in the same formats as ``TableRenderer``, so output of a
/// large query starts at once and is never held whole in memory.
///
/// CSV and JSON rows go out one by one. A table needs column widths: it measures the first
/// ``rowsToMeasure`` rows (a short result is rendered exactly as ``TableRenderer/table(_:width:)``
/// does). A later cell wider than its column is cut with "…" if it is text; a later number or id is
/// printed whole and widens its own line (``TableRenderer/line(_:widths:whole:)``).
public struct TableStream {
    /// Rows a table waits for before it fixes the column widths.
    public static let rowsToMeasure = 500

    private let format: TableRenderer.Format
    private let width: Int
    private let emit: (String) throws -> Void
    private var columns: [String] = []
    /// Columns whose later cells are never cut, however wide (ids).
    private var idColumns: [Bool] = []
    private var waiting: [[String?]] = []
    private var widths: [Int]?
    private var count = 0

    /// A stream that hands each piece of text to `emit` (usually standard output).
    public init(format: TableRenderer.Format, width: Int = 120, emit: @escaping (String) throws -> Void) {
        self.format = format
        self.width = width
        self.emit = emit
    }

    /// Starts the output with the result's column names.
    public mutating func begin(columns: [String]) throws {
        self.columns = columns
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
            if let widths {
                try emit(TableRenderer.line(TableRenderer.visibleCells(row), widths: widths, whole: idColumns) + "\n")
                return
            }
            waiting.append(row)
            if waiting.count == Self.rowsToMeasure {
                let cells = waiting.map(TableRenderer.visibleCells)
                let fixed = TableRenderer.columnWidths(header: TableRenderer.visibleCells(columns), rows: cells, width: width)
                try emit((TableRenderer.tableHeader(columns, widths: fixed) + cells.map { TableRenderer.line($0, widths: fixed) }).joined(separator: "\n") + "\n")
                widths = fixed
                waiting = []
            }
        }
    }

    /// Ends the output (closing bracket, row count).
    public mutating func finish() throws {
        guard !columns.isEmpty else { return }
        switch format {
        case .csv: break
        case .json: try emit(count == 0 ? "[\n]\n" : "\n]\n")
        case .table:
            if widths == nil {
                try emit(TableRenderer.table(QueryResult(columns: columns, rows: waiting), width: width))
            } else {
                try emit(TableRenderer.rowCount(count) + "\n")
            }
        }
    }
}
