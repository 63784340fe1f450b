import AppInventory
import ArgumentParser

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one SQL statement on the inventory.",
        discussion: """
            Read-only unless --write is given. Rows are printed as SQLite produces them; with \
            --lang (en or id) a table is printed for people of that language instead: headings, \
            stored codes (levels, statuses, actions) and numbers as they write them (decimals \
            keep their stored digits, with a decimal comma in Indonesian), an empty value (NULL) \
            as "-" like the overlap and search tables, and the row count in their words. CSV and \
            JSON keep the stored names and values. \
            Tables and columns are described in docs/schema.md.

            Examples:
              consolidate sql "SELECT level, count(*) FROM apps GROUP BY level"
              consolidate sql --format csv \\
                  "SELECT name, agency FROM apps WHERE description LIKE '%absensi%'"
              consolidate sql --lang id "SELECT level, count(*) FROM apps GROUP BY level"
              consolidate sql --write \\
                  "UPDATE apps SET status = 'retired' WHERE external_id = 'APP-000017'"
              consolidate sql --timeout 10 "-- slow on purpose
              SELECT count(*) FROM apps a, apps b"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The SQL statement (it may start with a -- comment).", valueName: "query"))
    var query: [String]

    @Option(help: "Output format: table, csv or json.")
    var format: TableRenderer.Format = .table

    @Flag(help: "Allow statements that change the database.")
    var write = false

    @Option(help: ArgumentHelp("Stop the statement after this many seconds.", valueName: "seconds"))
    var timeout: Double?

    @Option(help: "Print the table for readers of this language (en or id) rather than as stored.")
    var lang: Language?

    func validate() throws {
        if query.isEmpty { throw ValidationError("give the SQL statement to run, e.g. consolidate sql \"SELECT count(*) FROM apps\"") }
        if let timeout, !(timeout > 0 && timeout.isFinite) { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
        let db = try database.open(write ? .write : .read)
        if let changes = try Self.print(query.joined(separator: " "), on: db, format: format, language: lang, allowWrite: write, timeout: timeout) {
            Output.note("\(changes) row\(changes == 1 ? "" : "s") changed")
        }
    }

    /// Prints what `query` returns as `consolidate sql` does, rows as they arrive (the demo's
    /// examples print the same way); the count of rows changed when it returns none.
    static func print(_ query: String, on db: InventoryDatabase, format: TableRenderer.Format = .table, language: Language?,
                      allowWrite: Bool = false, timeout: Double? = nil) throws -> Int? {
        var stream = TableStream(format: format, width: Output.terminalWidth, language: language) { try Output.write($0, to: nil) }
        var hasColumns = false
        let changes = try SQLConsole.stream(query, on: db, allowWrite: allowWrite, timeout: timeout,
                                            columns: { hasColumns = !$0.isEmpty; try stream.begin(columns: $0) },
                                            row: { try stream.add($0, numeric: $1) })
        try stream.finish()
        return hasColumns ? nil : changes
    }
}
