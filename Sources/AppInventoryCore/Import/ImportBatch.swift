/// Validated applications from one input file, ready to be written.
public struct ImportBatch: Sendable {
    public var file: String
    public var sha256: String
    public var format: String
    public var applications: [ImportedApplication]
    /// Lines of text (CSV), objects (JSON) or sheet rows read, shown beside the rows imported
    /// so a planner sees at once when the two disagree.
    public var linesRead: Int
    /// What the reader did that a planner should know: skipped title and summary rows,
    /// renamed columns.
    public var notes: [String]
    /// Where each source column went, for the summary and `--dry-run`.
    public var columns: [ColumnReport]
}

extension ImportBatch {
    /// What was understood of the table: its notes and where each column went.
    public var reading: TableReading { TableReading(source: file, notes: notes, columns: columns) }
}

/// What the importer understood of one table (a file, or a sheet as `FILE:SHEET`): which row
/// it took as the header, what it skipped, and where each column went. Shown after every
/// import, and with the errors of one that fails, so a planner can correct a wrong guess with
/// `--header-row` or `--map`.
public struct TableReading: Sendable {
    public var source: String
    public var notes: [String]
    public var columns: [ColumnReport]
}

/// One input file as read: a batch per table (one, or one per sheet with `--all-sheets`) and
/// notes about the file as a whole, such as the sheets it did not read as registers.
public struct ImportFile: Sendable {
    public var file: String
    public var notes: [String]
    public var batches: [ImportBatch]
}
