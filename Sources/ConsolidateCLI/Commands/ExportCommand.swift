import AppInventory
import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write inventory data as CSV or JSON for spreadsheets and other tools.",
        discussion: """
            What to export:
              apps       the inventory, in the importer's own columns (re-importing gives the same inventory)
              overlaps   every overlapping pair of the last analysis, with scores and shared terms
              groups     every grouped app with its group, label and whether it represents the group
              plan       the latest merge plan: one row per app with its action, platform, function, wave, money and reason

            CSV is UTF-8 with a header row; cells starting with =, +, - or @ get a leading apostrophe \
            so spreadsheets show them as text.

            Example: consolidate export apps --output inventory.csv
            """
    )

    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case apps, overlaps, groups, plan
    }

    enum FileFormat: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("What to export: \(Subject.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "subject"))
    var subject: Subject

    @Option(help: "File format: csv or json.")
    var format: FileFormat = .csv

    @Option(help: "Language of plan reasons and function names: en or id.")
    var lang: Language = .en

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let db = try database.open(.read)
        switch subject {
        case .apps:
            let apps = try ApplicationStore(db).fetchAll().map(\.application)
            try Output.write(format == .csv ? ApplicationExport.csv(apps) : ApplicationExport.json(apps), to: output)
            if let output { Output.note("wrote \(apps.count.grouped) apps to \(output)") }
        case .overlaps, .groups, .plan:
            let result = switch subject {
            case .overlaps: try OverlapReport.allPairs(db, minScore: 0)
            case .groups: try OverlapReport.allMembers(db)
            default: try PlanningStore(db).latestPlanTable(language: lang)
            }
            try Output.write(format == .csv ? TableRenderer.csv(result) : TableRenderer.json(result), to: output)
            if let output { Output.note("wrote \(result.rows.count.grouped) rows to \(output)") }
        }
    }
}
