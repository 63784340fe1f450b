import AppInventory
import ArgumentParser
import Foundation

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the consolidation into the platforms of the target architecture.",
        discussion: """
            Maps every overlap group (and every app without look-alikes whose words clearly name a \
            job) to the function of a platform in the catalogue (`consolidate platforms`): the \
            national general applications every agency must use (SRIKANDI, SP4N-LAPOR!, SPSE, SIASN, \
            e-Kinerja, SIPD, e-SAKIP), national sectoral systems and shared sector platforms, each app \
            to the platform of its function that serves its level of government (a ministry's budget \
            app to SAKTI, never to the regional SIPD RI; none when no platform serves it). Picks \
            --target platforms, mandatory national ones always, then those covering most apps. On a \
            shared platform each function is led by its best app (lead score); every app gets one \
            action (platform, migrate, retire, retain) with a confidence, a reason, a dated wave, a \
            one-off cost and a yearly saving; the net over --years from --start counts each app's \
            saving from the end of its wave, and a net loss is stated. The plan is stored (plans, plan_platforms, plan_items, \
            plan_waves, plan_decisions); `consolidate export plan` writes it.

            Runs `analyze` first when there is no current analysis. Decisions that do not change the \
            overlap evidence (keep, retain, assign, exclude) only re-plan. Method, money model, waves \
            and CSV columns: docs/plan.md.

            Examples:
              consolidate plan
              consolidate plan --target 15 --start 2027-Q1 --years 5
              consolidate plan --format csv --output plan.csv
              consolidate plan --format csv --excel --lang id --output rencana.csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Platforms in the plan (mandatory national platforms are kept even beyond it).")
    var target = PlanParameters().target

    @Option(help: ArgumentHelp("First quarter of wave 1, e.g. 2027-Q1 (default: next quarter).", valueName: "YYYY-QN"))
    var start: String?

    @Option(help: "Quarters each migration wave lasts.")
    var waveQuarters = PlanParameters().waveQuarters

    @Option(help: "Years from --start over which the net saving is summed; each app saves from the end of its wave.")
    var years = PlanParameters().years

    @Option(help: "One-off migration cost as a share of an app's yearly running cost (before scaling for users and integrations).")
    var migrationCostRate = PlanParameters().migrationCostRate

    @Option(help: "Language of reasons and function names in csv/json output: en or id.")
    var lang: Language = .en

    @Option(help: "Output: table (summary and platforms), csv or json (one row per app).")
    var format: TableRenderer.Format = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var csv: CSVOptions

    func validate() throws {
        guard (1...100).contains(target) else { throw ValidationError("--target must be between 1 and 100") }
        if let start, Quarter(parsing: start) == nil { throw ValidationError("--start takes a quarter such as 2027-Q1; got \"\(start)\"") }
        guard (1...8).contains(waveQuarters) else { throw ValidationError("--wave-quarters must be between 1 and 8") }
        guard (1...30).contains(years) else { throw ValidationError("--years must be between 1 and 30") }
        guard migrationCostRate.isFinite, (0...10).contains(migrationCostRate) else { throw ValidationError("--migration-cost-rate must be between 0 and 10") }
        try csv.check(writingCSV: format == .csv)
    }

    var parameters: PlanParameters {
        var parameters = PlanParameters()
        parameters.target = target
        if let start { parameters.start = Quarter(parsing: start)! }
        parameters.waveQuarters = waveQuarters
        parameters.years = years
        parameters.migrationCostRate = migrationCostRate
        return parameters
    }

    func run() throws {
        let db = try database.open(.write)
        let result = try PlanWorkflow.run(db, parameters: parameters, progress: Progress.stderr, note: Output.note)
        if format == .table {
            try Output.write(PlanSummaryText.text(result), to: output)
        } else {
            let table = try PlanningStore(db).latestPlanTable(language: lang)
            try Output.write(format == .csv ? TableRenderer.csv(table, style: csv.style) : TableRenderer.json(table), to: output)
        }
        if let output { Output.note("wrote the plan to \(output)") }
    }
}

extension Language: ExpressibleByArgument {}

/// The plan summary planners read first.
enum PlanSummaryText {
    static func text(_ result: PlanWorkflow.Result) -> String {
        let plan = result.plan
        let apps = result.apps
        let catalogue = plan.catalogue
        let moved = plan.items.filter { $0.action != .retain }.count
        let kinds = Dictionary(grouping: plan.platforms) { catalogue.platforms[$0.catalogueIndex].kind }
        let mandatory = plan.platforms.filter { catalogue.platforms[$0.catalogueIndex].mandatory }.count
        var lines = [
            "Plan: \(apps.count.grouped) apps → \(plan.platforms.count) platforms (target \(plan.parameters.target)\(mandatory > plan.parameters.target ? ", exceeded by mandatory national platforms" : "")): "
                + PlatformKind.allCases.compactMap { kind in kinds[kind].map { "\($0.count) \(kind.rawValue)" } }.joined(separator: ", "),
            "Coverage: these \(plan.platforms.count) platforms take \(moved.grouped) apps (\(percent(moved, apps.count))); \(plan.count(.retain).grouped) stay as they are",
        ]
        if !plan.candidates.isEmpty {
            let next = plan.candidates.prefix(3)
            let more = next.reduce(0) { $0 + $1.apps }
            lines.append("  +\(next.count) more platform\(next.count == 1 ? "" : "s") would take \((moved + more).grouped) (\(percent(moved + more, apps.count))): "
                + next.map { "\(catalogue.platforms[$0.catalogueIndex].name) (+\($0.apps.grouped))" }.joined(separator: ", "))
        }
        lines.append("Actions: \(plan.count(.platform).grouped) lead a module, \(plan.count(.migrate).grouped) migrate, \(plan.count(.retire).grouped) retire, \(plan.count(.retain).grouped) retain")
        let money = plan.money
        if money.plannedApps > 0 && money.unknownCostApps == money.plannedApps {
            lines.append("Money: no moving app has a known running cost (annual_cost), so no one-off cost or saving is estimated")
        } else {
            lines.append("Money (known costs only): the moving apps cost \(rp(money.annualCostPlanned)) a year; one-off migration \(rp(money.oneOffCost)); saving \(rp(money.annualSaving)) a year once all have moved")
            let range = "low \(rp(money.netSavingLow)), high \(rp(money.netSavingHigh))"
            lines.append(money.netSaving < 0
                ? "  net over \(money.years) years from \(plan.parameters.start), each app saving from the end of its wave: a LOSS of \(rp(-money.netSaving)): the plan costs more than it saves in this horizon (\(range))"
                : "  net over \(money.years) years from \(plan.parameters.start), each app saving from the end of its wave: \(rp(money.netSaving)) (\(range))")
            if money.losingApps > 0 {
                lines.append("  \(money.losingApps.grouped) moving apps cost more to move than they save in \(money.years) years (together \(rp(money.losingNet))): the net_saving column of `consolidate export plan` names them")
            }
            if money.unknownCostApps > 0 {
                lines.append("  \(money.unknownCostApps.grouped) of \(money.plannedApps.grouped) moving apps (\(percent(money.unknownCostApps, money.plannedApps))) have no known cost: no saving or migration cost is claimed for them")
            }
        }
        lines.append("Waves:")
        for wave in plan.waves {
            lines.append("  Wave \(wave.number): \(wave.start) to \(wave.end), \(wave.apps.grouped) apps, \(wave.users.grouped) users, one-off \(rp(wave.oneOffCost))")
        }
        if !plan.uncovered.isEmpty {
            let total = plan.uncovered.reduce(0) { $0 + $1.apps }
            lines.append("Not covered by the catalogue: \(plan.uncovered.count.grouped) overlap groups (\(total.grouped) apps) do jobs no platform covers, largest: "
                + plan.uncovered.prefix(3).map { "\($0.words.joined(separator: ", ")) (\($0.apps) apps, e.g. \(apps[$0.example].externalID))" }.joined(separator: "; "))
            lines.append("  add a platform for them with `consolidate platforms import --extend FILE`")
        }
        for effect in plan.decisionEffects {
            lines.append("Decision #\(effect.decision): \(effect.effect)")
        }
        lines.append(String(format: "(planned in %.1f s%@)", result.seconds, result.analysed ? ", analysis included" : ""))
        lines.append("")
        let rows = plan.platforms.map { platform -> [String?] in
            let entry = catalogue.platforms[platform.catalogueIndex]
            let members = platform.members.map { plan.items[$0] }
            let saving = members.reduce(0) { $0 + ($1.annualSaving ?? 0) }
            let oneOff = members.reduce(0) { $0 + ($1.oneOffCost ?? 0) }
            return [String(platform.number), entry.name, entry.kind.rawValue,
                    platform.modules.map { catalogue.functions[$0.function].function.english.lowercased() }.joined(separator: ", "),
                    platform.members.count.grouped, rp(oneOff), rp(saving)]
        }
        lines.append(TableRenderer.table(QueryResult(columns: ["#", "platform", "kind", "functions", "apps", "one-off", "saving/yr"], rows: rows),
                                         width: Output.terminalWidth))
        lines.append("Every app's action and reason: consolidate export plan (CSV), or --format csv")
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ part: Int, _ whole: Int) -> String { ReportFormat.percent(part, of: whole) }

    /// Money in English units ("Rp 677 billion"): the summary is English.
    static func rp(_ value: Double) -> String { ReportFormat.money(value, .en) }
}
