/// Rows returned by a query, as text, ready for table, CSV or JSON output.
public struct QueryResult: Sendable, Equatable {
    public var columns: [String]
    /// Cells as text; nil for SQL NULL.
    public var rows: [[String?]]
    /// Rows changed by a write statement.
    public var changes: Int
    /// Which cells hold numbers (so JSON can print them unquoted); empty when unknown.
    public var numeric: [[Bool]]

    public init(columns: [String], rows: [[String?]], changes: Int = 0, numeric: [[Bool]] = []) {
        self.columns = columns
        self.rows = rows
        self.changes = changes
        self.numeric = numeric
    }
}
