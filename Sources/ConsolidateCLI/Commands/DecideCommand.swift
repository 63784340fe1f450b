import AppInventory
import Foundation
import ArgumentParser

struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record a planner decision that every later analysis and plan honours.",
        discussion: """
            Decisions are stored with who, when and why, survive re-import and re-analysis, and \
            are cited in plan reasons. Every plan reports each decision's effect ("applied", or \
            "overridden because …"); `consolidate decisions` shows them.

              consolidate decide keep APP --reason "…" --by NAME
                  APP leads its module on a shared platform
              consolidate decide retain APP --reason "…"
                  APP stays as it is
              consolidate decide separate APP_A APP_B --reason "…"
                  not the same job: the pair is cut, and neither moves into a module
                  the other leads
              consolidate decide merge APP_A APP_B --reason "…"
                  the same job: always link them
              consolidate decide assign GROUP PLATFORM --reason "…"
                  a whole overlap group (or one app without look-alikes) goes to a
                  catalogue platform
              consolidate decide exclude GROUP --reason "…"
                  leave a whole overlap group out of the plan
              consolidate decide undo ID --by NAME
                  withdraw decision ID

            GROUP is a group number from `consolidate overlap` or any app id of the group (the \
            decision follows the app across re-analyses); app:ID names an app whose id is a number. separate and merge re-analyse at the next \
            plan; the others only re-plan. A separated pair may still share a group through other \
            look-alikes; the plan's effect names them. An assign to a platform the latest plan leaves \
            out takes one of the --target places: `decide` warns which platform it pushes out.
            """,
        subcommands: [Keep.self, Retain.self, Separate.self, Merge.self, Assign.self, Exclude.self, Undo.self]
    )

    struct Who: ParsableArguments {
        @Option(help: "Why (shown in plan reasons; at most 2,000 characters).")
        var reason: String?

        @Option(help: "Who decided (default: your login name, from $USER). A name differing only in case from a web user or an earlier author is kept as theirs: Sari is the web user sari.")
        var by: String?

        @Option(help: "Language of what decide says (the decision recorded, warnings, what the next plan does): en or id.")
        var lang: Language = .en

        func validate() throws { try DecideCommand.validateAuthor(by) }

        /// The author the decision is recorded with: --by, or the login name.
        var author: String { by ?? DecideCommand.loginName }
    }

    /// The name of the person running the command: $USER (or $LOGNAME), else the account's name.
    static var loginName: String {
        let environment = ProcessInfo.processInfo.environment
        return [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty } ?? NSUserName()
    }

    static func validateAuthor(_ by: String?) throws {
        if let by, by.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--by needs a name, e.g. --by budi; without --by the decision is recorded under your login name")
        }
    }

    /// The arguments of a decision about one app or group.
    struct One: ParsableArguments {
        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("App id (the external_id column; `consolidate search` finds it).", valueName: "app")) var app: String
        @OptionGroup var who: Who

        func record(_ kind: PlannerDecision.Kind) throws { try DecideCommand.record(kind, database, app, nil, who) }
    }

    /// The arguments of a decision about two things.
    struct Two: ParsableArguments {
        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("First app id.", valueName: "app-a")) var first: String
        @Argument(help: ArgumentHelp("Second app id.", valueName: "app-b")) var second: String
        @OptionGroup var who: Who

        func record(_ kind: PlannerDecision.Kind) throws { try DecideCommand.record(kind, database, first, second, who) }
    }

    static func record(_ kind: PlannerDecision.Kind, _ database: DatabaseOptions, _ a: String, _ b: String?, _ who: Who) throws {
        let outcome: DecisionWorkflow.Outcome
        do {
            outcome = try DecisionWorkflow.decide(try database.open(.write), kind, app: a, other: b, reason: who.reason, by: who.author)
        } catch let refusal as DecisionRefusal {
            throw CLIError(refusal.message.text(who.lang))
        }
        let decision = outcome.decision
        let language = who.lang
        let subjects = ([decision.appA] + [decision.appB, decision.platform].compactMap { $0 }).joined(separator: " ")
        // Named by one app, an assign takes its whole group: said at once, not left to the next plan.
        let whole = outcome.group.map { group in
            language.pick(en: " (all \(ReportFormat.number(group.apps, .en)) apps of \(group.name.text(.en)): an assign takes the whole group)",
                          id: " (seluruh \(ReportFormat.number(group.apps, .id)) \(group.name.text(.id)): penetapan berlaku untuk seluruh kelompok)")
        } ?? ""
        Output.note(language.pick(en: "recorded decision #\(decision.id): \(kind.rawValue) \(subjects)",
                                  id: "keputusan #\(decision.id) dicatat: \(indonesianSentence(decision))") + whole)
        for note in outcome.notes {
            Output.note((note.isWarning ? language.pick(en: "warning: ", id: "peringatan: ") : language.pick(en: "note: ", id: "catatan: ")) + note.text(language))
        }
        nextPlan(kind, language)
    }

    /// What the next plan does with a decision of `kind` recorded or withdrawn.
    static func nextPlan(_ kind: PlannerDecision.Kind, _ language: Language) {
        Output.note(kind.changesAnalysis
            ? language.pick(en: "the next `consolidate plan` re-analyses with it", id: "`consolidate plan` berikutnya menganalisis ulang dengan keputusan ini")
            : language.pick(en: "the next `consolidate plan` applies it without re-analysing", id: "`consolidate plan` berikutnya menerapkannya tanpa analisis ulang"))
    }

    /// What a decision does, as an Indonesian sentence ("R1 ditetapkan ke platform SIASN"): the
    /// kind's noun label ("penetapan-platform") reads as a code where a sentence is expected.
    static func indonesianSentence(_ decision: PlannerDecision) -> String {
        let a = decision.appA, b = decision.appB ?? ""
        switch decision.kind {
        case .keep: return "\(a) menjadi dasar modul platform bersama"
        case .retain: return "\(a) dipertahankan apa adanya"
        case .separate: return "\(a) dan \(b) dipisahkan: bukan tugas yang sama"
        case .merge: return "\(a) dan \(b) digabungkan: tugas yang sama"
        case .assign:
            // "Platform Bersama …" already says it is a platform.
            let platform = decision.platform ?? ""
            return "\(a) ditetapkan ke " + (platform.lowercased().hasPrefix("platform") ? platform : "platform \(platform)")
        case .exclude: return "\(a) dikeluarkan dari rencana"
        }
    }

    struct Keep: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make an app the lead of its module on a shared platform.")
        @OptionGroup var input: One
        func run() throws { try input.record(.keep) }
    }

    struct Retain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Keep an app as it is: never merged.")
        @OptionGroup var input: One
        func run() throws { try input.record(.retain) }
    }

    struct Separate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Two apps do not do the same job: cut their pair; neither moves into a module the other leads.")
        @OptionGroup var input: Two
        func run() throws { try input.record(.separate) }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Two apps do the same job: always link them.")
        @OptionGroup var input: Two
        func run() throws { try input.record(.merge) }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send a whole overlap group, or one app without look-alikes, to a catalogue platform.",
            discussion: """
                Apps of levels of government the platform does not serve stay where the plan puts them, and so \
                does an app of the group whose own job a mandatory national system serves (the law comes first: E-KINERJA \
                stays in e-Kinerja BKN when its group is assigned to SIASN); the warning and the effect name them. \
                One app without look-alikes assigned by its id moves all the same: the decision says its job is \
                another than the one the analysis read ("Aplikasi Lapor Bencana" is not a complaint app), and \
                the effect names the system the analysis read it for. When \
                the latest plan leaves the platform out and its --target places are full, the platform takes \
                the place of the last optional platform, and the warning names it. A platform in the plan only \
                by assign decisions takes in every app of its levels doing its jobs, not only the group: the \
                decision's effect names those other apps by function and says why. An assign also confirms \
                a weak match ("check by hand"): its apps no longer wait for their check and may move in \
                wave 1 (to confirm matches as planned, assign the group, or the lone app, to the platform it already goes to).

                Examples:
                  consolidate decide assign 17 "SIASN" --reason "staff data" --by Budi
                  consolidate decide assign APP-000042 "SIAK Terpusat" --reason "no look-alike"
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("An overlap group number from `consolidate overlap`, any app id of the group, or an app without look-alikes (app:ID for an id that is a number).",
                                     valueName: "group")) var group: String
        @Argument(help: ArgumentHelp("A platform name from `consolidate platforms` (quoted when it has spaces), or its number in the latest plan's table.", valueName: "platform")) var platform: String
        @OptionGroup var who: Who
        func run() throws { try DecideCommand.record(.assign, database, group, platform, who) }
    }

    struct Exclude: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Leave a whole overlap group out of the plan.",
            discussion: """
                Every app of the group stays as it is (action retain, its reason citing the decision), \
                apps the latest plan moves into a mandatory national system included, and `decide` says \
                how many those are; named by one of its apps, the decision still takes the whole group. \
                To keep one app only, use `decide retain APP`; to reverse, `decide undo ID`. A number is \
                a group number: write app:ID for an app whose id is a number.
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("An overlap group number from `consolidate overlap`, or any app id of the group.", valueName: "group")) var group: String
        @OptionGroup var who: Who
        func run() throws { try DecideCommand.record(.exclude, database, group, nil, who) }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraw a decision.")
        @OptionGroup var database: DatabaseOptions
        // Captures "-3" too, which would otherwise be taken for an option.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Decision number (from `consolidate decisions`).", valueName: "id")) var number: [String]
        var id: Int64 { Int64(number.first ?? "") ?? 0 }
        func validate() throws {
            try DecideCommand.validateAuthor(by)
            guard number.count == 1, Int64(number[0]) != nil else {
                throw ValidationError("give one decision number from `consolidate decisions`, e.g. consolidate decide undo 3; got \"\(number.joined(separator: " "))\"")
            }
        }
        @Option(help: "Who withdrew it (kept as the decision's undone_by; default: your login name, from $USER).")
        var by: String?
        @Option(help: "Language of what undo says: en or id.")
        var lang: Language = .en
        func run() throws {
            let by = by ?? DecideCommand.loginName
            let undone: (withdrawn: PlannerDecision?, again: PlannerDecision?)
            do {
                undone = try DecisionWorkflow.undo(try database.open(.write), id, by: by)
            } catch let refusal as DecisionRefusal {
                throw CLIError(refusal.message.text(lang))
            }
            Output.note(lang.pick(en: "withdrew decision #\(id) (by \(by))", id: "keputusan #\(id) dibatalkan (oleh \(by))")
                + (undone.again.map { lang.pick(en: "; decision \($0.citation) about the same apps applies again",
                                                id: "; keputusan \(PlannerDecision.localised($0.citation, .id)) tentang aplikasi yang sama berlaku lagi") } ?? ""))
            if let withdrawn = undone.withdrawn {
                // Not "applies it": the decision is withdrawn, and the next plan is made without it.
                Output.note(withdrawn.kind.changesAnalysis
                    ? lang.pick(en: "the next `consolidate plan` re-analyses without it", id: "`consolidate plan` berikutnya menganalisis ulang tanpa keputusan ini")
                    : lang.pick(en: "the next `consolidate plan` plans without it, without re-analysing", id: "`consolidate plan` berikutnya menyusun rencana tanpa keputusan ini, tanpa analisis ulang"))
            }
        }
    }
}

struct DecisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decisions", abstract: "List the active planner decisions and what the latest plan did with each.",
        discussion: "Each decision with its apps' ids and names, reason, author, date and effect: as a table, one block per decision (kind, date and author, then the apps, reason and effect on lines of their own, wrapped at the terminal's width); --format csv or json gives one row per decision with every column. --lang id gives Indonesian headings, kinds as nouns (penetapan dasar modul, tanpa perubahan, pemisahan, penggabungan, penetapan platform, pengecualian; in English the command words keep, retain, separate, merge, assign, exclude) and effects. An effect names a group as `check` does: by its representative app, its words and its number in `consolidate overlap`.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table, csv or json.")
    var format: TableRenderer.Format = .table

    @Option(help: "Language of the headings and of what the plan did with each decision: en or id.")
    var lang: Language = .en

    @OptionGroup var csv: CSVOptions

    @Flag(help: "List the withdrawn decisions instead, latest first, with who withdrew each (decide undo --by) and when.")
    var withdrawn = false

    func validate() throws { try csv.check(writingCSV: format == .csv) }

    static let columns = ["id", "kind", "app_a", "app_a_name", "app_b", "app_b_name", "platform", "reason", "by", "decided_at", "effect"]
    static let columnsID = ["id", "jenis", "aplikasi_a", "nama_aplikasi_a", "aplikasi_b", "nama_aplikasi_b", "platform", "alasan", "oleh",
                            "tanggal_keputusan", "dampak"]

    static let withdrawnColumns = ["id", "kind", "app_a", "app_b", "platform", "reason", "by", "decided_at", "undone_by", "undone_at"]
    static let withdrawnColumnsID = ["id", "jenis", "aplikasi_a", "aplikasi_b", "platform", "alasan", "oleh", "tanggal_keputusan",
                                     "dibatalkan_oleh", "tanggal_batal"]

    func run() throws {
        if withdrawn { return try runWithdrawn() }
        let decisions = try DecisionStore(try database.open(.read)).decisionsWithEffects(language: lang)
        let notPlanned = lang.pick(en: "not planned yet: run `consolidate plan`", id: "belum direncanakan: jalankan `consolidate plan`")
        let result = QueryResult(columns: lang == .id ? Self.columnsID : Self.columns,
                                 rows: decisions.map { item in
                                     let d = item.decision
                                     return [String(d.id), d.kind.word(lang), d.appA, item.nameA, d.appB, item.nameB, d.platform, d.reason, d.decidedBy,
                                             d.decidedAt, item.effect ?? notPlanned]
                                 })
        let text = switch format {
        case .table: Self.blocks(decisions, notPlanned: notPlanned, language: lang, width: Output.terminalWidth)
        case .csv: TableRenderer.csv(result, style: csv.style)
        case .json: TableRenderer.json(result)
        }
        try Output.write(text, to: nil)
    }

    /// The withdrawn decisions: one line each in a table, every column in CSV and JSON.
    func runWithdrawn() throws {
        let rows = try DecisionStore(try database.open(.read)).withdrawn()
        let id = lang == .id
        let text: String
        if format == .table {
            text = rows.map { row in
                let d = row.decision
                let apps = ([d.appA] + [d.appB, d.platform].compactMap { $0 }).joined(separator: " ")
                return "#\(d.id) \(d.kind.phrase(lang)) \(apps) · \(id ? "oleh" : "by") \(d.decidedBy ?? "-") · "
                    + "\(id ? "dibatalkan" : "withdrawn") \(row.undoneAt.replacingOccurrences(of: "T", with: " ").prefix(16)) \(id ? "oleh" : "by") \(row.undoneBy ?? "-")"
            }.map { $0 + "\n" }.joined() + "(\(rows.count) \(id ? "dibatalkan" : "withdrawn"))\n"
        } else {
            let result = QueryResult(columns: id ? Self.withdrawnColumnsID : Self.withdrawnColumns, rows: rows.map { row in
                let d = row.decision
                return [String(d.id), d.kind.word(lang), d.appA, d.appB, d.platform, d.reason, d.decidedBy, d.decidedAt, row.undoneBy, row.undoneAt]
            })
            text = format == .csv ? TableRenderer.csv(result, style: csv.style) : TableRenderer.json(result)
        }
        try Output.write(text, to: nil)
    }

    /// One block per decision, for people: eleven columns side by side leave a reason or an
    /// effect a few characters wide, so the long texts take lines of their own.
    static func blocks(_ decisions: [(decision: PlannerDecision, effect: String?, nameA: String?, nameB: String?)], notPlanned: String, language: Language, width: Int) -> String {
        let id = language == .id
        var lines: [String] = []
        for item in decisions {
            let d = item.decision
            let when = d.decidedAt.replacingOccurrences(of: "T", with: " ").prefix(16)
            lines.append("#\(d.id) \(d.kind.phrase(language)) · \(when)" + (d.decidedBy.map { " · \(id ? "oleh" : "by") \($0)" } ?? ""))
            var apps = "\(d.appA) \(item.nameA ?? "")" + (d.appB.map { " ↔ \($0) \(item.nameB ?? "")" } ?? "")
            if let platform = d.platform { apps += " → " + platform }
            for (label, text) in [(id ? "aplikasi" : "apps", apps), (id ? "alasan" : "reason", d.reason ?? ""), (id ? "dampak" : "effect", item.effect ?? notPlanned)]
            where !text.isEmpty {
                let indent = String(repeating: " ", count: 4 + label.count)
                // Each line of a reason wrapped on its own, so a line break in it keeps the block's indent.
                let wrapped = text.split(whereSeparator: \.isNewline).flatMap { TableRenderer.wrap(String($0), width: max(20, width - indent.count)) }
                guard !wrapped.isEmpty else { continue }
                lines.append("  \(label): " + wrapped[0])
                lines += wrapped.dropFirst().map { indent + $0 }
            }
        }
        lines.append("(\(CountedNoun.decision(decisions.count, language)))")
        return lines.joined(separator: "\n") + "\n"
    }
}
