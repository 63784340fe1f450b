import AppInventory
import Foundation

/// The plan summary planners read first, in English or Indonesian: numbers and money as the
/// report writes them (``ReportFormat``), platform tables wrapped so long names stay whole.
enum PlanSummaryText {
    static func text(_ result: PlanWorkflow.Result, language: Language = .en) -> String {
        let id = language == .id
        func n(_ value: Int) -> String { ReportFormat.number(value, language) }
        func rp(_ value: Double) -> String { ReportFormat.money(value, language) }
        func percent(_ part: Int, _ whole: Int) -> String { ReportFormat.percent(part, of: whole) }
        let words = ReportMessages.of(language)
        let plan = result.plan
        let apps = result.apps
        let catalogue = plan.catalogue
        let start = id ? ReportFormat.quarterStart(plan.parameters.start.description, .id) : plan.parameters.start.description
        let moved = plan.items.filter { $0.action != .retain }.count
        let target = plan.parameters.target
        // Apps that are a national system themselves stay with nothing to move: counted apart
        // from those staying for want of a platform.
        let inUse = plan.systemsInUse.count
        let inUseClause = inUse > 0 ? " (\(words.clauseInUse(n(inUse))))" : ""
        // A plan of no platform: say why, not an empty table under a headline ending in a colon.
        if plan.platforms.isEmpty && plan.count(.retain) == plan.items.count {
            let functions = Set(catalogue.functions.indices.map { catalogue.canonical[$0] }).count
            // Apps planner decisions keep out may do a catalogue job: "none does one" would deny it.
            let decided = plan.items.filter { $0.decision != nil }
            if !decided.isEmpty {
                let cited = Set(decided.compactMap(\.decision)).sorted().map { "#\($0)" }.joined(separator: ", ")
                let others = apps.count - decided.count
                return ([language.pick(en: "Plan: no app moves: planner decisions (\(cited)) keep \(CountedNoun.app(decided.count)) as \(decided.count == 1 ? "it is" : "they are"), and none of the other \(n(others)) does a job of the platform catalogue well enough to be planned: no wave and no money is planned",
                                       id: "Rencana: tidak ada aplikasi yang pindah: keputusan perencana (\(cited)) mempertahankan \(n(decided.count)) aplikasi apa adanya, dan tidak satu pun dari \(n(others)) aplikasi lainnya cukup jelas menjalankan fungsi katalog platform untuk direncanakan: tidak ada gelombang dan biaya yang direncanakan"),
                         language.pick(en: "  `consolidate decisions` lists the decisions; `consolidate decide undo ID` withdraws one",
                                       id: "  `consolidate decisions` menampilkan keputusan itu; `consolidate decide undo ID` membatalkan salah satunya")]
                    + closing(result, language: language)).joined(separator: "\n") + "\n"
            }
            return ([language.pick(en: "Plan: none of the \(CountedNoun.app(apps.count)) does a job of the platform catalogue (\(functions) jobs of government that the \(CountedNoun.platform(catalogue.platforms.count)) of the target architecture serve, such as staff management, correspondence and budgeting) well enough to be planned, so every app stays as it is: no wave and no money is planned",
                                   id: "Rencana: tidak satu pun dari \(n(apps.count)) aplikasi cukup jelas menjalankan fungsi katalog platform (\(functions) fungsi pemerintahan yang dilayani \(catalogue.platforms.count) platform arsitektur sasaran, misalnya manajemen kepegawaian, persuratan dan penganggaran), sehingga semua aplikasi tetap seperti sekarang: tidak ada gelombang dan biaya yang direncanakan"),
                     language.pick(en: "  an inventory of other jobs needs platforms of its own: `consolidate platforms import --extend FILE` adds them, `consolidate overlap` shows the groups they would serve",
                                   id: "  inventaris dengan fungsi lain memerlukan platformnya sendiri: `consolidate platforms import --extend FILE` menambahkannya, `consolidate overlap` menunjukkan kelompok yang akan dilayaninya")]
                + closing(result, language: language)).joined(separator: "\n") + "\n"
        }
        // The apps a platform takes include inactive ones switched off there, which the waves count
        // apart from the moves: said here, so the two figures reconcile without a sum to make.
        let inactiveOff = plan.items.filter { $0.savingBasis == .inactive }.count
        let switchedOff = inactiveOff == 0 ? "" : language.pick(en: ", \(n(inactiveOff)) of them already inactive and switched off there",
                                                                id: ", \(n(inactiveOff)) di antaranya sudah tidak aktif dan dimatikan di sana")
        // Why the target is exceeded is a line of its own: with it the first line ran to fifty words.
        let exceeded = composition(plan, language: language).exceeded.map { "  " + $0 }
        var lines = [
            // How many apps the platforms consolidate comes first, as the report's first page counts
            // them (inactive apps switched off apart): "30,000 apps → 13 platforms" read as if
            // every app moved, where most stay as they are.
            language.pick(en: "Plan: \(n(moved - inactiveOff)) of \(CountedNoun.app(apps.count)) consolidated into \(CountedNoun.platform(plan.platforms.count)) (target \(target)): ",
                          id: "Rencana: \(n(moved - inactiveOff)) dari \(n(apps.count)) aplikasi disatukan ke \(plan.platforms.count) platform (target \(target)): ") + composition(plan, language: language).platforms,
            language.pick(en: "Coverage: \(plan.platforms.count == 1 ? "this" : "these") \(CountedNoun.platform(plan.platforms.count)) \(CountedNoun.verb(plan.platforms.count, "takes", "take")) \(CountedNoun.app(moved)) (\(percent(moved, apps.count))\(switchedOff)); \(n(plan.count(.retain))) \(CountedNoun.verb(plan.count(.retain), "stays as it is", "stay as they are"))\(inUseClause)",
                          id: "Cakupan: \(plan.platforms.count) platform ini menampung \(n(moved)) aplikasi (\(percent(moved, apps.count))\(switchedOff)); \(n(plan.count(.retain))) \(words.actionRetain)\(inUseClause)"),
        ]
        if let exceeded { lines.insert(exceeded, at: 1) }
        if !plan.candidates.isEmpty {
            let next = plan.candidates.prefix(PlatformCandidate.shown)
            let more = next.reduce(0) { $0 + $1.apps }
            let names = next.map { "\(catalogue.platforms[$0.catalogueIndex].name) (+\(n($0.apps)))" }.joined(separator: ", ")
            lines.append(language.pick(en: "  \(next.count) more \(CountedNoun.platform.word(next.count)) would take \(n(more)) more \(CountedNoun.app.word(more)), \(n(moved + more)) in all (\(percent(moved + more, apps.count))): ",
                                       id: "  \(next.count) platform lagi akan menampung \(n(more)) aplikasi lagi, seluruhnya \(n(moved + more)) (\(percent(moved + more, apps.count))): ") + names)
        }
        if !plan.tooSmall.isEmpty {
            let names = plan.tooSmall.map { catalogue.platforms[$0.catalogueIndex].name }.joined(separator: ", ")
            lines.append(language.pick(en: "  places are free, but only one app does the job of each of these shared platforms, so none is built on it: ",
                                       id: "  masih ada tempat, tetapi hanya satu aplikasi yang menjalankan fungsi setiap platform bersama ini, sehingga platform itu tidak dibangun: ") + names)
        }
        // Only actions the plan takes, each by the value the plan CSV filters on: a plan whose platforms are
        // all national has no module lead, and saying "0 lead a module" would read as news.
        // Retirements mix apps already inactive with duplicates whose features their lead has:
        // the line says how many of each, so its count agrees with the "Inactive" line below.
        let duplicates = plan.items.filter { $0.action == .retire && $0.savingBasis != .inactive }.count
        let inactive = plan.count(.retire) - duplicates
        // Apps still in development are not migrated: their builds stop (``PlanReason/stopsBuild(_:platform:)``).
        let stopped = plan.items.filter { MigrationWave.stopsBuild($0.action, app: apps[$0.app]) }.count
        let actions = PlanAction.allCases.filter { plan.count($0) > 0 }.map { action in
            "\(action.phrase(language)) \(n(plan.count(action)))"
                + (action == .migrate && stopped > 0 ? " (\(words.clauseStoppedBuilds(n(stopped))))" : "")
                + (action == .retire && duplicates > 0 && inactive > 0 ? " (\(words.clauseRetireParts(n(inactive), n(duplicates))))" : "")
                // The CSV's value "platform" says little on its own: these apps lead their modules
                // (the Indonesian word, "dasar modul", says so itself).
                + (action == .platform ? language.pick(en: " (module leads)", id: "") : "")
        }
        lines.append(language.pick(en: "Actions: ", id: "Tindakan: ") + actions.joined(separator: ", "))
        let money = plan.money
        if money.costsUnknown {
            lines.append(language.pick(en: "Money: no moving app has a known running cost (annual_cost), so no one-off cost or saving is estimated",
                                       id: "Biaya: tidak ada aplikasi yang pindah dengan biaya operasional diketahui (annual_cost), jadi biaya satu kali dan penghematan tidak diperkirakan"))
        } else if money.plannedApps > money.inactiveApps {
            let weak = money.weakApps > 0 ? ", " + words.clauseWeak(rp(money.weakSaving), n(money.weakApps)) : ""
            lines.append(language.pick(en: "Money (known costs only): the register records \(rp(money.annualCostPlanned)) a year for the moving apps; one-off migration \(rp(money.oneOffCost)); saving \(rp(money.annualSaving)) a year once all have moved",
                                       id: "Biaya (hanya yang diketahui): daftar mencatat \(rp(money.annualCostPlanned)) \(words.perYear) untuk aplikasi yang pindah; \(words.figureOneOff) \(rp(money.oneOffCost)); \(words.figureSaving) \(rp(money.annualSaving)) setelah semua pindah") + weak)
            let range = words.range(rp(money.netSavingLow), rp(money.netSavingHigh)) + "; " + words.clauseCases
            let horizon = language.pick(en: "  net over \(CountedNoun.year(money.years)) from \(start), each app saving from the end of its wave: ",
                                        id: "  penghematan bersih \(money.years) tahun sejak \(start) (setiap aplikasi mulai berhemat saat gelombangnya selesai): ")
            let weakNet = money.weakApps > 0 ? ", " + words.clauseWeakNet(rp(abs(money.weakNet)), money.weakNet < 0) : ""
            // The range and what its cases assume make a sentence of their own: one line of fifty words does not read.
            lines.append(horizon + (money.netSaving < 0
                ? language.pick(en: "a LOSS of \(rp(-money.netSaving)): the plan costs more than it saves in this horizon",
                                id: "RUGI \(rp(-money.netSaving)): biaya rencana melebihi penghematannya dalam kurun ini")
                : rp(money.netSaving)) + weakNet + ". " + range.sentenceCased + ".")
            if money.stoppedApps > 0 {
                lines.append("  " + words.sentenceStoppedSaving(StoppedBuildsSaving(
                    saving: money.stoppedSaving, net: money.stoppedNet, apps: money.stoppedApps, of: stopped, cost: money.stoppedCost,
                    residualCostShare: plan.parameters.residualCostShare, planNet: money.netSaving, toVerify: money.stoppedToVerify, language)))
            }
            if money.losingApps > 0 {
                // Late waves and moves that never pay back call for different advice: the clause tells them apart.
                lines.append("  " + words.clauseLosing(n(money.losingApps), rp(-money.losingNet), money.lateQueueApps, money.losingApps - money.lateQueueApps,
                                                       (byLaw: money.noYearlySavingApps - money.noYearlySavingAssignedApps, assigned: money.noYearlySavingAssignedApps))
                    + language.pick(en: ". The reason column of `consolidate export plan` says which and why.", id: ". Kolom alasan pada `consolidate export plan --lang id` menyebutkan yang mana dan mengapa."))
            }
            // A platform's loss counts its module leads' one-off cost, which no moving app carries:
            // the report's card of that platform tells the same loss.
            let losing = plan.losingPlatforms
            if !losing.isEmpty {
                let names = losing.map { "\(catalogue.platforms[plan.platform($0.number)!.catalogueIndex].name) (\(rp($0.loss)))" }.joined(separator: ", ")
                lines.append(language.pick(en: "  \(CountedNoun.platform(losing.count)) \(CountedNoun.verb(losing.count, "costs", "cost")) more than \(losing.count == 1 ? "its" : "their") apps save in \(CountedNoun.year(money.years)), module leads' one-off cost included (net loss): ",
                                           id: "  \(losing.count) platform memerlukan biaya lebih besar daripada penghematan aplikasinya dalam \(money.years) tahun, termasuk biaya satu kali aplikasi dasar modul (rugi bersih): ") + names)
            }
            if money.unknownCostApps > 0 {
                // Module leads do not move, and apps already inactive are switched off, not moved, and
                // save nothing by rule: both are counted apart, so "moving" needs no "not inactive".
                let moving = plan.items.filter { ($0.action == .migrate || $0.action == .retire) && $0.savingBasis != .inactive }
                let unknownMoving = moving.filter { $0.annualSaving == nil }.count
                let unknownLeads = plan.items.filter { $0.action == .platform && $0.annualSaving == nil }.count
                let leads = unknownLeads == 0 ? ("", "")
                    : (", nor \(CountedNoun.verb(unknownLeads, "does", "do")) \(n(unknownLeads)) of the \(n(plan.count(.platform))) module leads", ", begitu pula \(n(unknownLeads)) dari \(n(plan.count(.platform))) aplikasi dasar modul")
                let parts = duplicates > 0 ? " (" + words.clauseMovingParts(n(plan.count(.migrate)), n(duplicates), nil) + ")" : ""
                lines.append(language.pick(en: "  \(n(unknownMoving)) (\(percent(unknownMoving, moving.count))) of the \(n(moving.count)) moving \(CountedNoun.app.word(moving.count))\(parts) \(CountedNoun.verb(unknownMoving, "has", "have")) no known cost\(leads.0): the totals leave them out, with no saving or migration cost claimed for them",
                                           id: "  \(n(unknownMoving)) (\(percent(unknownMoving, moving.count))) dari \(n(moving.count)) aplikasi yang pindah\(parts) tidak memiliki data biaya\(leads.1): jumlah di atas tidak memuatnya, dan tidak ada penghematan atau biaya migrasi yang diperhitungkan untuknya"))
            }
        }
        // A cost no app plausibly has (mistyped, or in thousands) would carry the totals unseen.
        let odd = plan.items.filter { $0.annualSaving != nil && apps[$0.app].hasImplausibleCost }.map { ReportData.RecordedCost(id: apps[$0.app].externalID, cost: apps[$0.app].annualCost!) }
        if !odd.isEmpty { lines.append("  " + words.implausibleCosts(odd, language)) }
        if money.inactiveApps > 0 || money.inactiveKept > 0 {
            lines.append(language.pick(en: "Inactive: ", id: "Tidak aktif: ") + words.sentenceInactive(
                money.inactiveApps > 0 ? n(money.inactiveApps) : nil, money.inactiveRecordedCost > 0 ? rp(money.inactiveRecordedCost) : nil,
                money.inactiveToVerify > 0 ? n(money.inactiveToVerify) : nil, n(InactiveApp.usersToVerify),
                money.inactiveKept > 0 ? n(money.inactiveKept) : nil, money.inactiveKeptCost > 0 ? rp(money.inactiveKeptCost) : nil))
        }
        if plan.parameters.start < Quarter.current() {
            lines.append(language.pick(en: "Note: ", id: "Catatan: ") + words.sentencePastStart(plan.parameters.start.text(language), Quarter.current().text(language)))
        }
        let goingOn = plan.items.filter(\.reason.letsABuildGoOn).count
        if goingOn > 0 { lines.append(language.pick(en: "In development: ", id: "Dalam pengembangan: ") + words.sentenceBuildsGoOn(n(goingOn))) }
        lines.append(language.pick(en: "Waves: ", id: "Gelombang: ") + words.sentenceCapacity(plan.parameters.waveCapacity))
        // Users and one-off cost only where the register gives them: "0 users, one-off Rp 0" would
        // read as a free wave nobody uses.
        let usersKnown = plan.waves.contains { $0.users > 0 }
        for wave in plan.waves {
            let apps = words.waveApps(wave.moves, wave.movesToCheck, wave.stops, wave.switchOffs, wave.leads)
            // Users its moves bring over: a build that stops and an app switched off bring none.
            let extras = (usersKnown ? [CountedNoun.user(wave.users, language) + language.pick(en: " brought over", id: " dipindahkan")] : [])
                + (money.costsUnknown ? [] : [language.pick(en: "one-off ", id: "biaya satu kali ") + rp(wave.oneOffCost)])
            let tail = extras.isEmpty ? "" : "; " + extras.joined(separator: ", ")
            lines.append(id
                ? "  \(words.wave(wave.number)): \(ReportFormat.period(wave.start.description, wave.end.description, .id)), \(apps)\(tail)"
                : "  Wave \(wave.number): \(wave.start) to \(wave.end), \(apps)\(tail)")
        }
        let late = plan.wavesAfterHorizon
        if !late.isEmpty {
            let end = id ? ReportFormat.quarterEnd(plan.parameters.horizonEnd.description, .id) : plan.parameters.horizonEnd.description
            let queues = plan.lateQueues.map { queue in
                (name: catalogue.platforms[plan.platform(queue.platform)!.catalogueIndex].name, moves: queue.moves, capacity: queue.capacity)
            }
            lines.append("  " + words.sentenceAfterHorizon(late.count, n(late.reduce(0) { $0 + $1.apps }), plan.parameters.years, end,
                                                          words.lateQueues(queues, current: plan.parameters.waveCapacity, language)))
        }
        lines += closing(result, language: language)
        lines.append("")
        // The part of each platform's saving on weak matches, when the plan has any.
        // Money columns only when some moving app has a known cost (the "Money" line says why not).
        let showMoney = !money.costsUnknown
        let showWeak = showMoney && money.weakApps > 0
        let rows = plan.platforms.map { platform -> [String?] in
            let entry = catalogue.platforms[platform.catalogueIndex]
            let members = platform.members.map { plan.items[$0] }
            let saving = members.reduce(0) { $0 + ($1.annualSaving ?? 0) }
            let weak = members.reduce(0) { $0 + ($1.savingBasis == .weakMatch ? $1.annualSaving ?? 0 : 0) }
            let oneOff = members.reduce(0) { $0 + ($1.oneOffCost ?? 0) }
            // A platform none of whose apps has a known cost shows empty cells, never Rp 0; so does
            // a weak-match column with no weak match of known saving in it.
            let known = members.contains { $0.oneOffCost != nil || $0.annualSaving != nil }
            let hasWeak = members.contains { $0.savingBasis == .weakMatch && $0.annualSaving != nil }
            // Lower-case in either language, as a sentence lists them; acronyms stay as written.
            let functions = platform.modules.map { PlanReason.lower(catalogue.functions[$0.function].function, language) }
            return [String(platform.number), entry.name, entry.kind.word(language), functions.joined(separator: ", "),
                    n(platform.members.count)] + (showMoney ? [known ? rp(oneOff) : nil, known ? rp(saving) : nil] : [])
                + (showWeak ? [known && hasWeak ? rp(weak) : nil] : [])
        }
        let columns = language.pick(en: ["#", "platform", "kind", "functions", "apps"], id: ["#", "platform", "jenis", "fungsi", "aplikasi"])
            + (showMoney ? language.pick(en: ["one-off", "saving/yr"], id: ["biaya satu kali", "hemat per tahun"]) : [])
            + (showWeak ? [language.pick(en: "of it weak/yr", id: "hemat dari kecocokan lemah")] : [])
        lines.append(TableRenderer.wrappedTable(QueryResult(columns: columns, rows: rows), width: Output.terminalWidth, language: language))
        lines.append(language.pick(en: "Every app's action and reason: `consolidate export plan --output plan.csv` (or .xlsx)",
                                   id: "Tindakan dan alasan setiap aplikasi: `consolidate export plan --lang id --output rencana.csv` (atau .xlsx)"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the plan's platforms are, as parts that add up to their count: the national systems
    /// the law obliges agencies to use (split into Aplikasi Umum and sectoral ones inside their
    /// own brackets), other national systems, shared platforms; then, when the plan holds more
    /// than the target, why. One count of obligatory systems, so "13 the law obliges" never
    /// stands beside a "7 mandatory" a reader cannot add up.
    /// The plan's platforms by kind, and why there are more than the target, when there are.
    static func composition(_ plan: MergePlan, language: Language) -> (platforms: String, exceeded: String?) {
        let entries = plan.platforms.map { plan.catalogue.platforms[$0.catalogueIndex] }
        let general = entries.filter { $0.mandatory && $0.kind == .nationalMandatory }.count
        let mandatory = entries.filter(\.mandatory).count
        let otherNational = entries.filter { !$0.mandatory && $0.kind.isNational }.count
        let shared = entries.filter { !$0.mandatory && $0.kind == .shared }.count
        var parts: [String] = []
        if mandatory > 0 {
            let sectoral = mandatory - general
            // "Aplikasi Umum" in English is what reasons call them: the national general applications.
            let generalName = language.pick(en: "general applications", id: "Aplikasi Umum")
            let split = general > 0 && sectoral > 0 ? "\(general) \(generalName), \(sectoral) \(language.pick(en: "sectoral", id: "sektoral"))"
                : general > 0 ? generalName : language.pick(en: "sectoral", id: "sektoral")
            parts.append(language.pick(en: "\(CountedNoun.nationalSystem(mandatory)) the law obliges agencies to use (\(split))",
                                       id: "\(mandatory) sistem nasional yang wajib dipakai menurut peraturan (\(split))"))
        }
        if otherNational > 0 {
            parts.append(language.pick(en: "\(otherNational) other national \(otherNational == 1 ? "system" : "systems")", id: "\(otherNational) sistem nasional lainnya"))
        }
        if shared > 0 { parts.append(language.pick(en: "\(shared) shared \(CountedNoun.platform.word(shared))", id: "\(shared) platform bersama")) }
        let target = plan.parameters.target
        guard plan.platforms.count > target else { return (parts.joined(separator: ", "), nil) }
        // The law's national systems first; platforms beyond them and the target come from
        // planners' assign decisions, which the plan never drops.
        let assigned = plan.platforms.count - max(mandatory, target)
        let byDecision = assigned > 0
            ? language.pick(en: "; \(CountedNoun.platform(assigned)) more \(CountedNoun.verb(assigned, "is", "are")) there because planners assigned apps to \(CountedNoun.verb(assigned, "it", "them")) (decide assign)",
                            id: ", ditambah \(assigned) platform yang ditetapkan perencana (keputusan \(PlannerDecision.Kind.assign.phrase(.id)))")
            : ""
        let exceeded = mandatory > target
            ? language.pick(en: "the target is exceeded: apps of this inventory do the job of each of the \(mandatory) national systems, and the law obliges every one of them to be used",
                            id: "target terlampaui: aplikasi dalam inventaris ini menjalankan fungsi setiap sistem nasional itu, dan peraturan tidak membolehkan satu pun ditinggalkan") + byDecision
            : language.pick(en: "the target is exceeded by the platforms planners assigned apps to (decide assign)",
                            id: "target terlampaui oleh platform yang ditetapkan perencana (keputusan \(PlannerDecision.Kind.assign.phrase(.id)))")
        return (parts.joined(separator: ", "), exceeded)
    }

    /// The lines every summary ends with: overlapping jobs no platform covers, what each
    /// decision did, and the time taken.
    static func closing(_ result: PlanWorkflow.Result, language: Language) -> [String] {
        let id = language == .id
        let plan = result.plan
        var lines: [String] = []
        if !plan.uncovered.isEmpty {
            let total = plan.uncovered.reduce(0) { $0 + $1.apps }
            let groups = plan.uncovered.count, shown = 3
            // A group's own count only when the line counts several: "1 overlap group (2 apps) …: …, 2 apps" says it twice.
            let listed = plan.uncovered.prefix(shown).map { groups == 1 ? $0.group.text(language) : "\($0.group.text(language)), \(CountedNoun.app($0.apps, language))" }
                .joined(separator: "; ")
            // "Largest" only when the line leaves groups out: the largest of one group is no news.
            let lead = groups > shown ? language.pick(en: ", largest: ", id: ", terbesar: ") : ": "
            lines.append(language.pick(en: "Not covered by the catalogue: \(CountedNoun.overlapGroup(groups)) (\(CountedNoun.app(total))) \(CountedNoun.verb(groups, "does a job", "do jobs")) no platform covers",
                                       id: "Di luar katalog: \(CountedNoun.overlapGroup(groups, .id)) (\(CountedNoun.app(total, .id))) menjalankan fungsi yang tidak dicakup platform mana pun") + lead + listed)
            lines.append(language.pick(en: "  add a platform for them with `consolidate platforms import --extend FILE`",
                                       id: "  tambahkan platform untuk aplikasi-aplikasi itu dengan `consolidate platforms import --extend FILE`"))
        }
        for effect in plan.decisionEffects {
            lines.append(language.pick(en: "Decision", id: "Keputusan") + " #\(effect.decision): \(id ? effect.effectID : effect.effect)")
        }
        let seconds = String(format: "%.1f", result.seconds)
        lines.append(language.pick(en: "(planned in \(seconds) s\(result.analysed ? ", analysis included" : ""))",
                                   id: "(direncanakan dalam \(seconds.replacingOccurrences(of: ".", with: ",")) dtk\(result.analysed ? ", termasuk analisis" : ""))"))
        return lines
    }
}
