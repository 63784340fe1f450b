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
