import AppInventory
import ArgumentParser

struct PlatformsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "platforms",
        abstract: "Load or list the national platforms plans consolidate into.",
        discussion: """
            National platforms (SRIKANDI, SP4N-LAPOR!, SPSE, SIASN, SIPD, …) are matched against \
            overlap groups by `consolidate plan`. A local look-alike of a mandatory one always \
            migrates into it.

            Examples:
              consolidate platforms import data/samples/national-platforms.csv
              consolidate platforms list
            """,
        subcommands: [Import.self, List.self],
        defaultSubcommand: List.self
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the platform list with a CSV file.",
            discussion: "Columns: name, acronym, owner, mandatory (yes/no), functions (separated by ;), description.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "CSV file of national platforms.")
        var file: String

        func run() throws {
            let platforms = try NationalPlatformReader.read(path: file)
            try PlanningStore(try database.open(.create)).replacePlatforms(platforms)
            Output.note("loaded \(platforms.count) national platforms (\(platforms.filter(\.mandatory).count) mandatory) from \(file)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the national platforms.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Output format: table, csv or json.")
        var format: TableRenderer.Format = .table

        func run() throws {
            let platforms = try PlanningStore(try database.open(.read)).platforms()
            let result = QueryResult(columns: ["name", "acronym", "owner", "mandatory", "functions"],
                                     rows: platforms.map { [$0.name, $0.acronym, $0.owner, $0.mandatory ? "yes" : "no", $0.functions.joined(separator: "; ")] })
            try Output.write(TableRenderer.render(result, format: format, width: Output.terminalWidth), to: nil)
        }
    }
}
