import AppInventory
import ArgumentParser
import Foundation

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the consolidation into about a dozen platforms.",
        discussion: """
            Builds at most --target platforms from the overlap groups (national platforms first), \
            picks each platform's survivor, and gives every app one action (platform, migrate, \
            retire, retain) with a migration wave, a confidence and a reason. The plan is stored \
            (tables plans, plan_platforms, plan_items); `consolidate export plan` writes the latest.

            Runs `analyze` first when there is no current analysis (none yet, the inventory \
            changed, or decisions were made since). Method, survivor score, waves and CSV columns: \
            docs/plan.md.

            Examples:
              consolidate plan
              consolidate plan --target 8 --format csv --output plan.csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Most platforms in the plan (mandatory national platforms are kept even beyond it).")
    var target = PlanParameters().target

    @Option(help: "Apps fitting their platform's look-alikes less than this (0-1) are retained.")
    var minScore = PlanParameters().minScore

    @Option(help: "Output: table (summary and platforms), csv or json (one row per app).")
    var format: TableRenderer.Format = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard (1...500).contains(target) else { throw ValidationError("--target must be between 1 and 500") }
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
    }

    func run() throws {
        var parameters = PlanParameters()
        parameters.target = target
        parameters.minScore = minScore
        let db = try database.open(.write)
        let summary = try PlanRunner.run(db, parameters: parameters)
        if format == .table {
            try Output.write(summary, to: output)
        } else {
            let table = try PlanningStore(db).latestPlanTable()
            try Output.write(format == .csv ? TableRenderer.csv(table) : TableRenderer.json(table), to: output)
        }
        if let output { Output.note("wrote the plan to \(output)") }
    }
}

/// Analyses when needed, plans, saves, and describes the result; shared by `plan` and `demo`.
enum PlanRunner {
    /// Returns the plan summary text.
    static func run(_ db: InventoryDatabase, parameters: PlanParameters) throws -> String {
        let store = PlanningStore(db)
        let apps = try ApplicationStore(db).fetchAll()
        guard !apps.isEmpty else { throw CLIError("the inventory is empty; import a register first") }
        var groups = try store.currentGroups(apps: apps)
        if groups == nil {
            Output.note("analysing first (no current analysis for this inventory and these decisions)…")
            Output.note(try OverlapRunner.run(db, apps: apps, parameters: AnalysisParameters(), progress: Progress.stderr))
            groups = try store.currentGroups(apps: apps)
        }
        let started = Date()
        let decisions = DecisionIndex(try store.decisions(), apps: apps)
        let plan = MergePlanner.plan(apps: apps.map(\.application), groups: groups ?? [], platforms: try store.platforms(),
                                     decisions: decisions.planner, parameters: parameters)
        try store.save(plan, apps: apps, parameters: parameters)
        let seconds = Date().timeIntervalSince(started)
        return PlanReport.text(plan, apps: apps.map(\.application), seconds: seconds)
    }
}

/// The plan summary planners read first.
enum PlanReport {
    static func text(_ plan: MergePlan, apps: [Application], seconds: Double) -> String {
        let merged = plan.items.filter { $0.action != .retain }.count
        var lines = [
            "Plan: \(apps.count.grouped) apps → \(plan.platforms.count) platforms (target \(plan.target)), covering \(merged.grouped) apps (\(percent(merged, apps.count))); \(plan.count(.retain).grouped) apps retained",
            "Actions: \(plan.count(.platform)) platform, \(plan.count(.migrate).grouped) migrate, \(plan.count(.retire).grouped) retire, \(plan.count(.retain).grouped) retain",
            "Annual cost of the planned apps: \(plan.costBefore.rupiah) before, \(plan.costAfter.rupiah) after, saving \((plan.costBefore - plan.costAfter).rupiah) a year",
        ]
        for wave in 1...3 {
            let items = plan.items.filter { $0.wave == wave }
            let users = items.compactMap { apps[$0.app].users }.reduce(0, +)
            lines.append("Wave \(wave)\(wave == 1 ? " (quick wins)" : ""): \(items.count.grouped) apps, \(users.grouped) users")
        }
        lines.append(String(format: "(planned in %.1f s)", seconds))
        lines.append("")
        let rows = plan.platforms.map { p -> [String?] in
            [String(p.number), p.name, p.national != nil ? "national" : "local", p.survivor.map { apps[$0].externalID } ?? "-",
             String(p.members.count), String(p.users), String(Int64(p.costBefore)), String(Int64(p.saving))]
        }
        lines.append(TableRenderer.table(QueryResult(columns: ["#", "platform", "kind", "survivor", "apps", "users", "cost_before", "saving"], rows: rows), width: Output.terminalWidth))
        lines.append("Every app's action and reason: consolidate export plan (CSV), or --format csv")
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        String(format: "%.0f%%", whole == 0 ? 0 : 100 * Double(part) / Double(whole))
    }
}
