import AppInventory
import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Before funding a new app: does something in the inventory already do this?",
        discussion: """
            Compares a proposed application with every app in the inventory, the same way \
            `analyze` compares apps, and lists the closest ones with their evidence.

            Example:
              consolidate check --name "Sistem Informasi Absensi Pegawai" \\
                  --description "Presensi pegawai dengan GPS dan swafoto" --features "Presensi GPS;Rekap kehadiran"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Name of the proposed application.")
    var name: String

    @Option(help: "What it would do.")
    var description: String?

    @Option(help: "Its features, separated by ';'.")
    var features: String?

    @Option(help: "Lowest score to show.")
    var minScore = 0.3

    @Option(help: "How many apps to show.")
    var limit = 10

    @Option(help: "Output format: table, csv or json.")
    var format: TableRenderer.Format = .table

    func run() throws {
        let stored = try ApplicationStore(try database.open(.read)).fetchAll()
        guard !stored.isEmpty else { throw CLIError("the inventory is empty; import a register first") }
        var parameters = AnalysisParameters()
        parameters.threshold = minScore
        let proposal = Application(externalID: "(proposal)", name: name, description: description,
                                   features: features.map(ValueParser.list) ?? [])
        let matches = OverlapEngine.check(proposal, against: stored.map(\.application), parameters: parameters, limit: limit)
        func number(_ value: Double?) -> String? { value.map { String(format: "%.2f", $0) } }
        let rows = matches.map { match -> [String?] in
            let app = stored[match.b].application
            return [app.externalID, app.name, app.agency, number(match.score), number(match.component(.name)),
                    number(match.component(.description)), number(match.component(.features)),
                    (match.sharedTerms + match.sharedFeatures.map { "[\($0)]" }).joined(separator: ", ")]
        }
        if format == .table {
            print(matches.isEmpty ? "No app in the inventory scores \(minScore) or more against this proposal.\n"
                : "\(matches.count) existing app\(matches.count == 1 ? "" : "s") already do\(matches.count == 1 ? "es" : "") similar work:\n")
        }
        if !matches.isEmpty || format != .table {
            let result = QueryResult(columns: ["id", "name", "agency", "score", "name_score", "description_score", "features_score", "evidence"], rows: rows)
            try Output.write(TableRenderer.render(result, format: format, width: Output.terminalWidth), to: nil)
        }
    }
}
