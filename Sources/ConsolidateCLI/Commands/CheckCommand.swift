import AppInventory
import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Before funding a new app: does something in the inventory already do this?",
        discussion: """
            Answers first, in one sentence: use a national platform (when the proposal's words \
            name the function of a mandatory or sectoral national application, e.g. SRIKANDI for \
            correspondence), join the group or platform of the existing apps that already do \
            this, or "no look-alike: may proceed". Then lists the closest existing apps, \
            compared the same way `analyze` compares apps, with their group, planned platform \
            and evidence. --format json gives {"verdict": …, "look_alikes": […]}.

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

    @Option(help: "Language of the verdict: en or id.")
    var lang: Language = .en

    func run() throws {
        let proposal = Application(externalID: "(proposal)", name: name, description: description,
                                   features: features.map(ValueParser.list) ?? [])
        let result = try CheckWorkflow.run(try database.open(.read), proposal: proposal, minScore: minScore, limit: limit)
        if let note = result.note { Output.note(note) }
        func number(_ value: Double?) -> String? { value.map { String(format: "%.2f", $0) } }
        let rows = zip(result.pairs, result.lookAlikes).map { pair, app -> [String?] in
            [app.id, app.name, app.agency, number(pair.score), app.group.map(String.init), app.platform, number(pair.component(.name)),
             number(pair.component(.description)), number(pair.component(.features)),
             (pair.sharedTerms + pair.sharedFeatures.map { "[\($0)]" }).joined(separator: ", ")]
        }
        let table = QueryResult(columns: ["id", "name", "agency", "score", "group", "platform", "name_score", "description_score", "features_score", "evidence"],
                                rows: rows, numeric: rows.map { row in row.indices.map { [3, 4, 6, 7, 8].contains($0) && row[$0] != nil } })
        let verdict = result.verdict.text(lang)
        switch format {
        case .table:
            print(verdict + "\n")
            if rows.isEmpty {
                print("No app in the inventory scores \(minScore) or more against this proposal.")
            } else {
                print("\(rows.count) existing app\(rows.count == 1 ? "" : "s") already do\(rows.count == 1 ? "es" : "") similar work:\n")
                try Output.write(TableRenderer.render(table, format: .table, width: Output.terminalWidth), to: nil)
            }
        case .json:
            try Output.write("{\"verdict\": \(TableRenderer.jsonString(verdict)), \"look_alikes\": \(TableRenderer.json(table).trimmingCharacters(in: .whitespacesAndNewlines))}\n", to: nil)
        case .csv:
            Output.note(verdict)
            try Output.write(TableRenderer.csv(table), to: nil)
        }
    }
}
