import AppInventory
import ArgumentParser

struct OverlapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlap",
        abstract: "Show which apps do the same job, and why.",
        discussion: """
            Reads the last `consolidate analyze`.
              consolidate overlap                 the largest overlap groups: size,
                                                  agencies, cost, label
              consolidate overlap --group 3       members of group 3 and its strongest
                                                  pairs with evidence
              consolidate overlap --app APP-0042  the apps most like one app, with
                                                  scores and shared terms

            --lang id shows the tables in Indonesian (headers, levels, 1.234 and 0,53); \
            csv and json keep the stored column names and values whatever --lang says.

            Scores are 0-1; the name, description and features scores are the per-field similarities behind them \
            (empty when one app lacks the field). See docs/overlap.md.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Show one group: its members and strongest pairs.")
    var group: Int?

    @Option(help: ArgumentHelp("Show the apps most like this app (its id).", valueName: "id"))
    var app: String?

    @Option(help: "Hide pairs scoring below this.")
    var minScore = 0.0

    @Option(help: "How many rows to show: groups, a group's members and its pairs, or an app's look-alikes.")
    var limit = 20

    @Option(help: "Output format: table, csv or json.")
    var format: TableRenderer.Format = .table

    @Option(help: "Language of the table's headers, codes and numbers: en or id.")
    var lang: Language = .en

    func validate() throws {
        if group != nil && app != nil { throw ValidationError("give --group or --app, not both") }
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        let db = try database.open(.read)
        try StaleResults.warn(db, showing: "report")
        let width = Output.terminalWidth
        // People read the table: missing scores show "-" and names wrap rather than being cut.
        func show(_ result: QueryResult) throws {
            try Output.write(format == .table ? TableRenderer.wrappedTable(TableVocabulary(lang).readable(result), width: width, language: lang)
                                              : TableRenderer.render(result, format: format), to: nil)
        }
        if let group {
            let members = try OverlapReport.members(db, group: group)
            guard !members.rows.isEmpty else { throw CLIError("no group \(group); `consolidate overlap` lists them") }
            if format == .table { print(lang.pick(en: "Group \(group): ", id: "Kelompok \(group): ") + CountedNoun.app(members.rows.count, lang) + "\n") }
            // A table shows --limit members (a national group has hundreds) and says how to see
            // the rest; CSV and JSON list every member, for other programs.
            var shown = members
            let hidden = format == .table ? max(0, members.rows.count - limit) : 0
            if hidden > 0 {
                shown.rows = Array(members.rows.prefix(limit))
                shown.numeric = Array(members.numeric.prefix(limit))
            }
            try show(shown)
            if hidden > 0 {
                let all = "`consolidate overlap --group \(group) --limit \(members.rows.count)`"
                print(lang.pick(en: "… and \(ReportFormat.number(hidden, lang)) more: \(all) shows them all (--format csv lists every member)",
                                id: "… dan \(ReportFormat.number(hidden, lang)) lainnya: \(all) menampilkan semuanya (--format csv memuat setiap anggota)"))
            }
            if format == .table { print(lang.pick(en: "\nStrongest pairs:", id: "\nPasangan paling mirip:")) }
            try show(try OverlapReport.pairs(db, group: group, minScore: minScore, limit: limit))
        } else if let app {
            try show(try OverlapReport.neighbours(db, app: app, minScore: minScore, limit: limit))
        } else {
            if format == .table, let summary = try OverlapReport.summary(db, language: lang) { print(summary + "\n") }
            try show(try OverlapReport.groups(db, limit: limit))
        }
    }
}
