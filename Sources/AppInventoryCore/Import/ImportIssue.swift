/// One problem found in an input file, located as `FILE:ROW:COLUMN`, or `FILE:SHEET:CELL`
/// in a workbook.
///
/// ROW counts records the way a spreadsheet shows them: the first line of the file is row 1,
/// whatever title rows stand above the header. For JSON, ROW is the position of the object (1-based).
public struct ImportIssue: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var sheet: String?
    public var row: Int?
    public var column: String?
    /// The cell reference in a workbook, e.g. `F12`.
    public var cell: String?
    public var message: String

    public init(file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil, cell: String? = nil, message: String) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.cell = cell
        self.message = message
    }

    public var description: String {
        var location = file
        if let sheet {
            location += ":\(sheet)"
            if let cell {
                location += ":\(cell)"
                if let column { location += " (\(column.excerpt))" }
            } else if let row {
                location += ":\(row)"
            }
            return "\(location): \(message)"
        }
        if let row { location += ":\(row)" }
        if let column { location += ":\(column.excerpt)" }
        return "\(location): \(message)"
    }
}

/// Raised when an input file cannot be imported; lists every issue found (up to a cap).
public struct ImportError: TranslatedError {
    /// How many issues are printed before the rest are only counted.
    public static let displayLimit = 50

    public var issues: [ImportIssue]
    /// What the importer understood of each table it read before finding the problems: the
    /// header row it took and where each column went. A wrong guess there (a title row taken
    /// as the header) is often what the problems come from, so it is shown with them.
    public var readings: [TableReading]

    /// The table as far as it was read when its rows failed before it was complete (a CSV row
    /// wider or narrower than the header): header, notes and the rows that fit, so the importer
    /// can still say what it understood of it.
    var partial: RawTable?

    public init(_ issues: [ImportIssue], readings: [TableReading] = []) {
        self.issues = issues
        self.readings = readings
    }

    init(_ issues: [ImportIssue], partial: RawTable) {
        self.init(issues)
        self.partial = partial
    }

    public init(_ issue: ImportIssue) { self.init([issue]) }

    /// Every issue at its location (FILE:ROW:COLUMN reads alike in both languages), then the
    /// count and that nothing was imported, in `language`.
    public func text(_ language: Language) -> String {
        var lines = issues.prefix(Self.displayLimit).map(\.description)
        if issues.count > Self.displayLimit {
            let more = issues.count - Self.displayLimit
            lines.append(language.pick(en: "… and \(more) more problems", id: "… dan \(more) masalah lagi"))
        }
        if issues.count > 1 {
            lines.append(language.pick(en: "\(issues.count) problems found; nothing was imported.",
                                       id: "\(issues.count) masalah ditemukan; tidak ada yang diimpor."))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The text as a message may quote it: at most ``excerptLength`` characters, cut with "…",
    /// so an 8 MB header or a 50 MB line never floods a terminal.
    public var excerpt: String {
        guard utf8.count > Self.excerptLength else { return self }
        var characters = 0
        var end = startIndex
        while end < endIndex && characters < Self.excerptLength {
            formIndex(after: &end)
            characters += 1
        }
        return end == endIndex ? self : String(self[..<end]) + "…"
    }

    /// How many characters ``excerpt`` keeps.
    public static let excerptLength = 80
}
