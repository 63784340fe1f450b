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
            --target platforms: every national system the law obliges agencies to use (the general \
            applications and mandatory sectoral systems such as Dapodik, SATUSEHAT, SIAK Terpusat, \
            SIKS-NG, OSS-RBA, Siskeudes) whenever apps do its job, even beyond the target (the summary \
            says so), then platforms planners assigned apps to, then optional platforms covering most \
            apps in the places left (a shared platform needs at least 2 apps). Running `plan` twice on \
            the same data gives the same plan.

            On a shared platform each function is led by its best app (lead score); every app gets one \
            action (platform, migrate, retire, retain) with a confidence, a reason, a dated wave, a \
            one-off cost and a yearly saving. An app still in development whose job a platform does \
            stops its build (its users start on the platform in its first wave). Each platform onboards at most --wave-capacity moving apps a \
            wave, lowest risk first, weak matches not before wave 2 (their check is done in wave 1; a \
            `decide assign` confirming the match lifts that), large integrated systems not before wave 3 (a shared platform \
            is built on its leads in wave 1, apps move in from wave 2); inactive apps are switched off in \
            wave 1 and use none of its capacity. The rest overflow into later waves; every wave states its moves (and \
            how many still wait for a check), switch-offs and module leads apart (stored once per wave, read \
            by every output), and the summary says how many apps move \
            after the horizon.

            The net over --years from --start counts each app's \
            saving from the end of its wave, and a net loss is stated. Every total says what it rests on: \
            the part of the saving on weak matches (under 0.35, to check by hand) is shown apart, and the \
            net's range says what its low case assumes (savings 30% smaller, one-off costs 50% larger); apps \
            already inactive are switched off with no saving counted, the cost the register records for \
            them listed apart (an inactive app with over 1,000 users is flagged to verify its status); \
            apps of unknown cost are counted and left out of the totals. A --start before the current \
            quarter is planned as asked, with a note. The plan is stored (plans, plan_platforms, plan_items, \
            plan_waves, plan_decisions); `consolidate export plan` writes it.

            Runs `analyze` first when there is no current analysis. Decisions that do not change the \
            overlap evidence (keep, retain, assign, exclude) only re-plan. Method, money model, waves \
            and CSV columns: docs/plan.md. --lang id gives the summary, CSV headers and values in Indonesian.

            Examples:
              consolidate plan
              consolidate plan --target 15 --start 2027-Q1 --years 5
              consolidate plan --wave-capacity 400 --wave-quarters 2
              consolidate plan --lang id
              consolidate plan --format csv --output plan.csv
              consolidate plan --format csv --excel --lang id --output rencana.csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Platforms in the plan (national systems agencies must use are kept even beyond it; optional ones fill the places left).")
    var target = PlanParameters().target

    @Option(help: ArgumentHelp("First quarter of wave 1, e.g. 2027-Q1 (default: next quarter).", valueName: "YYYY-QN"))
    var start: String?

    @Option(help: "Quarters each migration wave lasts.")
    var waveQuarters = PlanParameters().waveQuarters

    @Option(help: "Moving apps each platform onboards in one wave (inactive apps switched off and module leads use none of it); the rest move in later waves, as many as it takes (lowest risk first; weak matches not before wave 2, after their check; large integrated systems not before wave 3).")
    var waveCapacity = PlanParameters().waveCapacity

    @Option(help: "Years from --start over which the net saving is summed; each app saves from the end of its wave.")
    var years = PlanParameters().years

    @Option(help: "One-off migration cost as a share of an app's yearly running cost (before scaling for users and integrations).")
    var migrationCostRate = PlanParameters().migrationCostRate

    @Option(help: "Language of the summary and progress lines, and of reasons, function names, headers and values in csv/json output: en or id.")
    var lang: Language = .en

    @Option(help: "Output: table (summary and platforms), csv or json (one row per app).")
    var format: TableRenderer.Format = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var csv: CSVOptions

    func validate() throws {
        guard (1...100).contains(target) else { throw ValidationError(lang.pick(en: "--target must be between 1 and 100", id: "--target harus antara 1 dan 100")) }
        if let start, Quarter(parsing: start) == nil {
            throw ValidationError(lang.pick(en: "--start takes a quarter such as 2027-Q1; got \"\(start)\"",
                                            id: "--start harus berupa triwulan, misalnya 2027-Q1 (triwulan I 2027); yang tertulis \"\(start)\""))
        }
        guard (1...8).contains(waveQuarters) else {
            throw ValidationError(lang.pick(en: "--wave-quarters must be between 1 and 8", id: "--wave-quarters harus antara 1 dan 8"))
        }
        guard (1...100_000).contains(waveCapacity) else {
            throw ValidationError(lang.pick(en: "--wave-capacity must be between 1 and 100000 apps per platform per wave",
                                            id: "--wave-capacity harus antara 1 dan 100000 aplikasi per platform per gelombang"))
        }
        guard (1...30).contains(years) else { throw ValidationError(lang.pick(en: "--years must be between 1 and 30", id: "--years harus antara 1 dan 30")) }
        guard migrationCostRate.isFinite, (0...10).contains(migrationCostRate) else { throw ValidationError("--migration-cost-rate must be between 0 and 10") }
        try csv.check(writingCSV: format == .csv, language: lang)
    }

    var parameters: PlanParameters {
        var parameters = PlanParameters()
        parameters.target = target
        if let start { parameters.start = Quarter(parsing: start)! }
        parameters.waveQuarters = waveQuarters
        parameters.waveCapacity = waveCapacity
        parameters.years = years
        parameters.migrationCostRate = migrationCostRate
        return parameters
    }

    func run() throws {
        let db = try database.open(.write)
        let current = Quarter.current()
        if let start = start.flatMap(Quarter.init(parsing:)), start < current {
            // A plan dated in the past may be wanted (recording one already under way), but never unnoticed.
            Output.note(lang.pick(en: "note: --start \(start) is before the current quarter (\(current)): wave 1 is dated in the past",
                                  id: "catatan: --start \(start) sebelum triwulan berjalan (\(current)): gelombang 1 bertanggal di masa lalu"))
        }
        let progress = ProgressLines(language: lang, write: Output.note)
        let result = try PlanWorkflow.run(db, parameters: parameters, language: lang, progress: progress.report, note: progress.note)
        progress.finish()
        if format == .table {
            try Output.write(PlanSummaryText.text(result, language: lang), to: output)
        } else {
            let table = try PlanningStore(db).latestPlanTable(language: lang)
            try Output.write(format == .csv ? TableRenderer.csv(table, style: csv.style) : TableRenderer.json(table), to: output)
        }
        if let output { Output.note("wrote the plan to \(output)") }
    }
}

extension Language: ExpressibleByArgument {}

