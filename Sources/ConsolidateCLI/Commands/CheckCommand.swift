import AppInventory
import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Before funding a new app: does something in the inventory already do this?",
        discussion: """
            Answers first, in one sentence: use a national platform (when the proposal's words \
            name the function of a mandatory or sectoral national application, e.g. SRIKANDI for \
            correspondence; an optional national system the latest plan leaves out is still \
            named, with a note that the plan moves no app into it and how to bring it in), join the group or platform of the existing apps that already do \
            this (the group named by its representative app and its words; the catalogue platform \
            their job belongs to named even when the latest plan left it out), or "no look-alike: may proceed". With --level it lists only look-alikes \
            it could share a platform with: a regency's or city's proposal meets the apps of \
            regional governments (provinces, regencies, cities), a ministry's those of central \
            agencies; it says so when only the other side runs one. Then lists the closest existing apps, \
            compared the same way `analyze` compares apps, with their group, planned platform \
            and evidence; names wrap, empty cells show "-". --lang id gives the whole answer in \
            Indonesian. --format json gives {"verdict": …, "look_alikes": […]}.

            Example:
              consolidate check --name "Sistem Informasi Absensi Pegawai" \\
                  --description "Presensi pegawai dengan GPS dan swafoto" \\
                  --features "Presensi GPS;Rekap kehadiran"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Name of the proposed application.")
    var name: String

    @Option(help: "What it would do.")
    var description: String?

    @Option(help: "Its features, separated by ';'.")
    var features: String?

    @Option(help: ArgumentHelp("Level of government proposing it: central, province, regency or city (also pusat, provinsi, kabupaten, kota); points only at platforms that serve it.", valueName: "level"))
    var level: String?

    @Option(help: "Lowest score to show.")
    var minScore = 0.3

    @Option(help: "How many apps to show.")
    var limit = 10

    @Option(help: "Output format: table, csv or json.")
    var format: TableRenderer.Format = .table

    @Option(help: "Language of the output: en or id (the verdict, the sentences and the table's headings and decimals; csv and json keep their English column names).")
    var lang: Language = .en

    @OptionGroup var csv: CSVOptions

    func validate() throws {
        if let level, GovernmentLevel(parsing: level) == nil {
            throw ValidationError("--level takes central, province, regency or city (pusat, provinsi, kabupaten, kota); got \"\(level)\"")
        }
        try csv.check(writingCSV: format == .csv)
    }

    /// Table headings in each language; csv and json keep the English names scripts read.
    static let columns = ["id", "name", "agency", "score", "group", "platform", "name_score", "description_score", "features_score", "evidence"]
    static let columnsID = ["id", "nama", "instansi", "skor", "kelompok", "platform", "skor_nama", "skor_deskripsi", "skor_fitur", "bukti"]

    func run() throws {
        let proposal = Application(externalID: "(proposal)", name: name, level: level.flatMap(GovernmentLevel.init(parsing:)), description: description,
                                   features: features.map(ValueParser.list) ?? [])
        let result = try CheckWorkflow.run(try database.open(.read), proposal: proposal, minScore: minScore, limit: limit)
        if let note = result.note { Output.note(note) }
        let table = format == .table
        func number(_ value: Double?) -> String? { value.map { table ? ReportFormat.score($0, lang) : String(format: "%.2f", $0) } }
        let rows = result.listed.map { (result.pairs[$0], result.lookAlikes[$0]) }.map { pair, app -> [String?] in
            [app.id, app.name, app.agency, number(pair.score), app.group.map(String.init), app.platform, number(pair.component(.name)),
             number(pair.component(.description)), number(pair.component(.features)),
             (pair.sharedTerms + pair.sharedFeatures.map { "[\($0)]" }).joined(separator: ", ")]
        }
        let numeric = rows.map { row in row.indices.map { [3, 4, 6, 7, 8].contains($0) && row[$0] != nil } }
        let verdict = result.verdict.text(lang)
        let id = lang == .id
        switch format {
        case .table:
            print(verdict + "\n")
            if rows.isEmpty {
                let score = ReportFormat.score(minScore, lang)
                // With a level, apps of other levels were left out, and the verdict counts them.
                let whose = proposal.level.map { " " + (id ? "milik " : "of ") + PlatformScope.of($0).served(lang) } ?? ""
                print(lang.pick(en: "No app\(whose) in the inventory scores \(score) or more against this proposal.",
                                id: "Tidak ada aplikasi\(whose) dalam inventaris dengan skor \(score) atau lebih terhadap usulan ini."))
            } else {
                // A full list may be cut at --limit: it shows the most similar, not how many there are.
                if rows.count == limit {
                    print(lang.pick(en: "The \(rows.count) most similar existing \(CountedNoun.app.word(rows.count)) (`--limit` shows more):\n",
                                    id: "\(rows.count) aplikasi yang paling mirip (`--limit` menampilkan lebih banyak):\n"))
                } else {
                    print(lang.pick(en: "\(rows.count) existing \(CountedNoun.app.word(rows.count)) already \(CountedNoun.verb(rows.count, "does", "do")) similar work:\n",
                                    id: "\(rows.count) aplikasi yang ada sudah menjalankan fungsi serupa:\n"))
                }
                // Headings as words, as other tables for people show them: "description score"
                // wraps onto two lines and leaves the room to the names, "description_score" cannot.
                let headings = (id ? Self.columnsID : Self.columns).map { $0.replacingOccurrences(of: "_", with: " ") }
                let shown = QueryResult(columns: headings, rows: rows, numeric: numeric)
                try Output.write(TableRenderer.wrappedTable(shown, width: Output.terminalWidth, language: lang), to: nil)
            }
        case .json:
            let json = TableRenderer.json(QueryResult(columns: Self.columns, rows: rows, numeric: numeric))
            try Output.write("{\"verdict\": \(TableRenderer.jsonString(verdict)), \"look_alikes\": \(json.trimmingCharacters(in: .whitespacesAndNewlines))}\n", to: nil)
        case .csv:
            Output.note(verdict)
            try Output.write(TableRenderer.csv(QueryResult(columns: Self.columns, rows: rows, numeric: numeric), style: csv.style), to: nil)
        }
    }
}
