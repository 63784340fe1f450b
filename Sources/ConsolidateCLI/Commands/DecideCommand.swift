import AppInventory
import ArgumentParser

struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record a planner decision that every later analysis and plan honours.",
        discussion: """
            Decisions are stored with who, when and why, survive re-import and re-analysis, and \
            are cited in plan reasons.
              consolidate decide keep APP --reason "…" --by NAME          pin APP as its platform's survivor
              consolidate decide retain APP --reason "…"                  never merge APP
              consolidate decide separate APP_A APP_B --reason "…"        not the same job: never pair or group them
              consolidate decide merge APP_A APP_B --reason "…"           the same job: always group them
              consolidate decide undo ID                                  withdraw decision ID
            List them with `consolidate decisions`.
            """,
        subcommands: [Keep.self, Retain.self, Separate.self, Merge.self, Undo.self]
    )

    struct Who: ParsableArguments {
        @Option(help: "Why (shown in plan reasons).")
        var reason: String?

        @Option(help: "Who decided.")
        var by: String?
    }

    /// The arguments of a decision about one app.
    struct OneApp: ParsableArguments {
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "App id.") var app: String
        @OptionGroup var who: Who

        func record(_ kind: PlannerDecision.Kind) throws { try DecideCommand.record(kind, database, app, nil, who) }
    }

    /// The arguments of a decision about a pair of apps.
    struct TwoApps: ParsableArguments {
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "First app id.") var appA: String
        @Argument(help: "Second app id.") var appB: String
        @OptionGroup var who: Who

        func record(_ kind: PlannerDecision.Kind) throws { try DecideCommand.record(kind, database, appA, appB, who) }
    }

    static func record(_ kind: PlannerDecision.Kind, _ database: DatabaseOptions, _ a: String, _ b: String?, _ who: Who) throws {
        let decision = try PlanningStore(try database.open(.write)).decide(kind, a, b, reason: who.reason, by: who.by)
        Output.note("recorded decision #\(decision.id): \(kind.rawValue) \(([a] + (b.map { [$0] } ?? [])).joined(separator: " "))")
        if kind == .separate || kind == .merge { Output.note("the next `consolidate analyze` or `consolidate plan` regroups accordingly") }
    }

    struct Keep: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Pin an app as the survivor of its platform.")
        @OptionGroup var input: OneApp
        func run() throws { try input.record(.keep) }
    }

    struct Retain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Never merge an app.")
        @OptionGroup var input: OneApp
        func run() throws { try input.record(.retain) }
    }

    struct Separate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Two apps do not do the same job: never pair or group them.")
        @OptionGroup var input: TwoApps
        func run() throws { try input.record(.separate) }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Two apps do the same job: always group them.")
        @OptionGroup var input: TwoApps
        func run() throws { try input.record(.merge) }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraw a decision.")
        @OptionGroup var database: DatabaseOptions
        // Captures "-3" too, which would otherwise be taken for an option.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Decision number (from `consolidate decisions`).", valueName: "id")) var number: [String]
        var id: Int64 { Int64(number.first ?? "") ?? 0 }
        func validate() throws {
            guard number.count == 1, Int64(number[0]) != nil else {
                throw ValidationError("give one decision number from `consolidate decisions`, e.g. consolidate decide undo 3; got \"\(number.joined(separator: " "))\"")
            }
        }
        func run() throws {
            try PlanningStore(try database.open(.write)).undo(id)
            Output.note("withdrew decision #\(id)")
        }
    }
}

struct DecisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decisions", abstract: "List the active planner decisions.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table, csv or json.")
    var format: TableRenderer.Format = .table

    func run() throws {
        let decisions = try PlanningStore(try database.open(.read)).decisions()
        let result = QueryResult(columns: ["id", "kind", "app_a", "app_b", "reason", "by", "decided_at"],
                                 rows: decisions.map { [String($0.id), $0.kind.rawValue, $0.appA, $0.appB, $0.reason, $0.decidedBy, $0.decidedAt] })
        try Output.write(TableRenderer.render(result, format: format, width: Output.terminalWidth), to: nil)
    }
}
