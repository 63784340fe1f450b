import AppInventory
import ArgumentParser

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one SQL statement on the inventory.",
        discussion: """
            Read-only unless --write is given. Tables and columns are described in docs/schema.md.

            Examples:
              consolidate sql "SELECT level, count(*) FROM apps GROUP BY level"
              consolidate sql "SELECT name, agency FROM apps WHERE description LIKE '%absensi%'" --format csv
              consolidate sql "UPDATE apps SET status = 'retired' WHERE external_id = 'APP-000017'" --write
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The SQL statement.")
    var query: String

    @Option(help: "Output format: table, csv or json.")
    var format: TableRenderer.Format = .table

    @Flag(help: "Allow statements that change the database.")
    var write = false

    func run() throws {
        let db = try database.open(write ? .write : .read)
        let result = try SQLConsole.run(query, on: db, allowWrite: write)
        if result.columns.isEmpty {
            Output.note("\(result.changes) row\(result.changes == 1 ? "" : "s") changed")
        } else {
            try Output.write(TableRenderer.render(result, format: format, width: Output.terminalWidth), to: nil)
        }
    }
}
