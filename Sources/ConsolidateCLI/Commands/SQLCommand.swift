import AppInventory
import ArgumentParser

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one SQL statement on the inventory.",
        discussion: """
            Read-only unless --write is given. Rows are printed as SQLite produces them. \
            Tables and columns are described in docs/schema.md.

            Examples:
              consolidate sql "SELECT level, count(*) FROM apps GROUP BY level"
              consolidate sql "SELECT name, agency FROM apps WHERE description LIKE '%absensi%'" --format csv
              consolidate sql "UPDATE apps SET status = 'retired' WHERE external_id = 'APP-000017'" --write
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

    func validate() throws {
        if query.isEmpty { throw ValidationError("give the SQL statement to run, e.g. consolidate sql \"SELECT count(*) FROM apps\"") }
        if let timeout, !(timeout > 0 && timeout.isFinite) { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
        let db = try database.open(write ? .write : .read)
        var stream = TableStream(format: format, width: Output.terminalWidth) { try Output.write($0, to: nil) }
        var hasColumns = false
        let changes = try SQLConsole.stream(query.joined(separator: " "), on: db, allowWrite: write, timeout: timeout,
                                            columns: { hasColumns = !$0.isEmpty; try stream.begin(columns: $0) },
                                            row: { try stream.add($0, numeric: $1) })
        try stream.finish()
        if !hasColumns { Output.note("\(changes) row\(changes == 1 ? "" : "s") changed") }
    }
}
