/// One problem found in an input file, located as `FILE:ROW:COLUMN`.
///
/// ROW counts records the way a spreadsheet shows them: the header is row 1, the
/// first application row 2. For JSON, ROW is the position of the object (1-based).
public struct ImportIssue: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var row: Int?
    public var column: String?
    public var message: String

    public init(file: String, row: Int? = nil, column: String? = nil, message: String) {
        self.file = file
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if let row { location += ":\(row)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)"
    }
}

/// Raised when an input file cannot be imported; lists every issue found (up to a cap).
public struct ImportError: Error, CustomStringConvertible {
    /// How many issues are printed before the rest are only counted.
    public static let displayLimit = 50

    public var issues: [ImportIssue]

    public init(_ issues: [ImportIssue]) { self.issues = issues }
    public init(_ issue: ImportIssue) { self.issues = [issue] }

    public var description: String {
        var lines = issues.prefix(Self.displayLimit).map(\.description)
        if issues.count > Self.displayLimit {
            lines.append("… and \(issues.count - Self.displayLimit) more problems")
        }
        if issues.count > 1 {
            lines.append("\(issues.count) problems found; nothing was imported.")
        }
        return lines.joined(separator: "\n")
    }
}
