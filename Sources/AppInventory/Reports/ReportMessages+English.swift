extension ReportMessages {
    /// Of `never` moves that do not pay back, those that cost more a year on their platform than
    /// now, and who made them move all the same (the law, or a planner: only a planner's can be
    /// undone); the rest save each year, too little to repay their move in time.
    private static func yearlyBillEnglish(_ moves: (byLaw: Int, assigned: Int), of never: Int) -> String {
        let total = moves.byLaw + moves.assigned
        guard total > 0 else { return "" }
        let one = total == 1
        let law = "the law obliges agencies to use \(one ? "its" : "their") platform"
        let planner = "a planner assigned \(one ? "it" : "them")"
        let why = moves.assigned == 0 ? " because " + law : moves.byLaw == 0 ? " because " + planner
            : ": \(ReportFormat.number(moves.byLaw, .en)) because \(law), \(ReportFormat.number(moves.assigned, .en)) because \(planner)"
        let dearer = "would cost more a year on \(one ? "its" : "their") platform than \(one ? "it costs" : "they cost") now, and \(one ? "moves" : "move") all the same" + why
        guard total < never else { return ". \(never == 1 ? "It" : "All \(ReportFormat.number(never, .en))") \(dearer)" }
        let rest = never - total
        return ". Of these \(ReportFormat.number(never, .en)), \(ReportFormat.number(total, .en)) \(dearer); the other "
            + "\(ReportFormat.number(rest, .en)) \(rest == 1 ? "saves" : "save") each year, but too little to repay \(rest == 1 ? "its" : "their") move in that time"
    }

    private static let casesEnglish = "the low case assumes savings \(PlanMoney.percentChange(PlanMoney.lowSavingShare))% smaller and one-off costs \(PlanMoney.percentChange(PlanMoney.lowOneOffFactor))% larger, the high case one-off costs \(PlanMoney.percentChange(PlanMoney.highOneOffFactor))% smaller"

    /// English, for partners and donors.
    public static let english = ReportMessages(
        title: "Government Application Consolidation Report",
        scopeProvince: { "Region: \($0)" },
        scopeAgency: { "Agency: \($0)" },
        central: "Central agencies",
        unknownProvince: "Unknown",
        generated: { "Prepared on \($0) from the application inventory database." },

        summaryTitle: "Executive summary",
        figureApps: "apps in the inventory",
        figureOverlap: "apps with a look-alike",
        figurePlatforms: "target platforms",
        figureOneOff: "one-off cost",
        figureSaving: "saving per year",
        figureMoneyUnknown: "not known",
        figureMoney: "cost and saving",
        noteMoneyUnknown: "no moving app records a yearly running cost",
        figureNet: { years, loss in loss ? "net over \(CountedNoun.year(years)): costs more than it saves" : "net saving over \(CountedNoun.year(years))" },
        range: { "range \($0) to \($1)" },
        clauseCases: casesEnglish,
        captionCases: "low case: savings −\(PlanMoney.percentChange(PlanMoney.lowSavingShare))%, one-off costs +\(PlanMoney.percentChange(PlanMoney.lowOneOffFactor))%; high case: one-off costs −\(PlanMoney.percentChange(PlanMoney.highOneOffFactor))%",
        actionsTitle: "What happens to each app",
        actionLead: "becomes the base of a shared platform",
        actionMigrate: "moves to a platform, then is switched off",
        actionRetire: "is switched off",
        actionRetain: "stays as it is",
        clauseRetireParts: { inactive, duplicates in
            "\(inactive) already inactive, \(CountedNoun.duplicate(formatted: duplicates)) whose features \(duplicates == "1" ? "its" : "their") module lead already has"
        },
        clauseStoppedBuilds: { "\($0) of them still in development: \($0 == "1" ? "its build stops" : "their builds stop")" },
        clauseMovingParts: { migrate, duplicates, leads in
            "\(migrate) migrating" + (duplicates.map { ", \(CountedNoun.duplicate(formatted: $0)) retired" } ?? "")
                + (leads.map { ", \(CountedNoun.moduleLead(formatted: $0))" } ?? "")
        },
        sentenceInventory: { apps, agencies, overlap, share, threshold in
            "The inventory lists \(CountedNoun.app(formatted: apps))\(agencies.map { " of \(CountedNoun.agency(formatted: $0))" } ?? " (their owning agencies are not recorded)"); \(overlap) of them (\(share)) \(overlap == "1" ? "does" : "do") a job another app also does, each with a look-alike in its group scoring at least \(threshold)."
        },
        sentenceLoose: { apps in
            "\(apps) more \(apps == "1" ? "app sits in an overlap group only through its group's looser average resemblance: it is not counted as overlapping and needs" : "apps sit in overlap groups only through the group's looser average resemblance: they are not counted as overlapping and need") a check."
        },
        sentencePlatforms: { platforms, national, moving, retain, inUse in
            // Said once when every platform is national: "13 national platforms", not "13 platforms, 13 of them national".
            "This plan brings \(CountedNoun.app(formatted: moving)) together on "
                + (national == platforms ? "\(platforms) national \(CountedNoun.platform.word(platforms == "1" ? 1 : 2)) already running"
                                         : "\(CountedNoun.platform(formatted: platforms)), \(national) of them national platforms already running")
                + "; \(CountedNoun.app(formatted: retain)) \(retain == "1" ? "stays" : "stay") as \(retain == "1" ? "it is" : "they are")\(inUse.map { " (\($0))" } ?? "")."
        },
        clauseInUse: { apps in
            apps == "1" ? "1 of them is a national system itself, in use or being set up: nothing to move"
                        : "\(apps) of them are national systems themselves, in use or being set up: nothing to move"
        },
        sentenceMoney: { oneOff, saving, weak, years, net, weakNet, low, high, loss, losing in
            "Moving costs about \(oneOff) once and saves about \(saving) a year once every app has moved\(weak.map { " (" + $0 + ")" } ?? ""). Counting each app's saving from the end of its wave, "
                + (loss ? "the plan costs \(net) more than it saves within \(CountedNoun.year(years)) (range \(low) to \(high); \(casesEnglish))"
                        : "the net saving within \(CountedNoun.year(years)) is \(net) (range \(low) to \(high); \(casesEnglish))")
                + (weakNet.map { ", " + $0 } ?? "") + "." + (losing.map { " " + $0 + "." } ?? "")
        },
        clauseWeak: { saving, apps in "of which \(saving) depends on \(CountedNoun.weakMatch(formatted: apps)) still to verify" },
        clauseWeakNet: { net, loss in loss ? "of which weak matches lose \(net)" : "of which \(net) depends on weak matches" },
        sentenceStoppedSaving: { x in
            let which = x.apps == x.all ? (x.one ? "the app" : "the \(x.apps) apps") : "\(x.apps) of the \(x.all) apps"
            return "\(x.saving) of the yearly saving (\(x.net) of the net) comes from \(which) still in development whose \(x.one ? "build stops" : "builds stop")"
                + (x.apps == x.all ? "" : " (those with a recorded cost)")
                + ". The register records \(x.cost) a year for \(x.one ? "it" : "them"); as for every move, the saving counts \(x.kept) of it (the platform still spends \(x.residual) on \(x.one ? "its" : "their") users) less the platform's yearly \(x.one ? "fee" : "fees") (\(x.fees)). "
                + "It assumes that money would otherwise be spent every year on \(x.one ? "an app" : "apps") not running yet: without it the net would be \(x.netWithout)."
                + (x.toVerify.map { " \($0) of them list more than \(x.limit) users, so likely run already: verify their status before counting on this saving." } ?? "")
        },
        sentenceBuildsGoOn: { apps in
            let one = apps == "1"
            return "\(CountedNoun.app(formatted: apps)) the register says \(one ? "is" : "are") still in development \(one ? "stays" : "stay") outside the plan, as none of its platforms takes \(one ? "its job" : "their jobs"): \(one ? "its build goes" : "their builds go") on unless \(one ? "its agency stops it" : "their agencies stop them"), and since the President's stop on new apps (2024) spending on \(one ? "it" : "them") needs KemenPANRB's approval."
        },
        sentenceInactive: { apps, cost, toVerify, limit, kept, keptCost in
            let off = apps.map { apps in
                "\(CountedNoun.app(formatted: apps)) already inactive or retired \(apps == "1" ? "is" : "are") switched off at no cost, and no saving is counted for them"
                    + (cost.map { ". The register records \($0) a year for them, saved only where it is still paid (check with their agencies), and left out of the totals" } ?? "")
                    + (toVerify.map { ". \($0) of them list more than \(limit) users: verify their status" } ?? "") + "."
            }
            let stay = kept.map { kept in
                "\(apps == nil ? "" : "The other ")\(CountedNoun.app(formatted: kept)) already inactive or retired \(kept == "1" ? "stays" : "stay") as \(kept == "1" ? "it is" : "they are"): no platform of this plan takes \(kept == "1" ? "it" : "them"), and \(kept == "1" ? "its agency" : "their agencies") can switch \(kept == "1" ? "it" : "them") off without waiting for a platform"
                    + (keptCost.map { ". The register records \($0) a year for \(kept == "1" ? "it" : "them"), saved only where still paid" } ?? "") + "."
            }
            return [off, stay].compactMap { $0 }.joined(separator: " ")
        },
        sentenceImplausibleCosts: { apps, one, listed in
            "\(apps) of the moving apps \(one ? "records" : "record") a yearly cost under Rp 1 million or over Rp 1 trillion, rare for one app (\(listed)): "
                + "the totals count \(one ? "it" : "them") as written; check \(one ? "it" : "them") in the register"
        },
        clauseLosing: { apps, net, late, never, noYearly in
            let lateWhy = "only because \(late == 1 ? "its wave comes" : "their waves come") late: moved in the earliest wave \(late == 1 ? "its" : "their") risk allows, \(late == 1 ? "it would pay" : "they would pay") back, so more onboarding capacity per wave would turn \(late == 1 ? "it" : "them") into a saving"
            let neverWhy = "because even from the earliest wave \(never == 1 ? "its" : "their") risk allows, \(never == 1 ? "its one-off cost is" : "their one-off costs are") more than \(never == 1 ? "it saves" : "they save") in that time"
                + yearlyBillEnglish(noYearly, of: never)
            let head = "\(apps) of the moving apps \(apps == "1" ? "costs" : "cost") more to move than \(apps == "1" ? "it saves" : "they save") in that time (a net loss of \(net) together)"
            // One cause: said after a comma. Both: each in a sentence of its own, with its count.
            guard late > 0, never > 0 else { return head + (late > 0 ? ", " + lateWhy : never > 0 ? ", " + neverWhy : "") }
            return head + ". \(ReportFormat.number(late, .en)) of them \(late == 1 ? "loses" : "lose") " + lateWhy
                + ". \(ReportFormat.number(never, .en)) \(never == 1 ? "loses" : "lose") " + neverWhy
        },
        sentencePastStart: { start, made in
            "Wave 1 is dated \(start), before the plan was made (\(made)): the waves dated in the past are planned as if their moves had happened then, and the net counts their savings from then."
        },
        sentenceWaves: { waves, period in "The moves happen in \(CountedNoun.wave(waves)), \(period)." },
        sentenceAfterHorizon: { waves, apps, years, end, queues in
            let movers = waves == 1 ? "it moves" : "they move"
            let saving = apps == "1" ? "the one app \(movers) saves nothing within it, so the net counts none of its saving"
                                     : "the \(apps) apps \(movers) save nothing within it, so the net counts none of their saving"
            return "\(waves == 1 ? "The last wave ends" : "The last \(waves) waves end") at or after the end of the \(years)-year horizon (\(end)): \(saving). "
                + (queues ?? "More onboarding capacity a wave, or a longer horizon, would let every move end within it") + "."
        },
        clauseLateQueues: { queues, current, capacity in
            // Queued moves: builds that stop take no place in a queue, so a platform's card counts more apps moving in.
            let named = queues.map { "\($0.name) (\(CountedNoun.move(formatted: $0.moves)) queued)" }
            let list = ReportFormat.list(named, .en)
            let takes = "\(CountedNoun.app(formatted: current)) a wave"
            return (queues.count == 1 ? "The onboarding queue of \(list) takes in \(takes)" : "The onboarding queues of \(list) each take in \(takes)") + ". "
                + (capacity.map { "With \($0) a wave there, or a longer horizon, every move would end within it" }
                    ?? "Only a longer horizon lets every move end within it")
        },
        sentenceUnknown: { unknown, planned, parts, weak in
            let check = weak.map { "\(CountedNoun.weakMatch(formatted: $0)) \($0 == "1" ? "needs" : "need") a check before a decision" }
            guard let unknown else { return check.map { $0.sentenceCased + "." } ?? "" }
            return "The running cost of \(unknown) of the \(planned) planned apps\(parts.map { " (\($0))" } ?? "") is unknown and not counted"
                + (check.map { ", and " + $0 } ?? "") + "."
        },
        sentenceMoneyUnknown: { planned, weak in
            "Cost and saving cannot be estimated yet: none of the \(planned) planned apps (not already inactive) records a yearly running cost; fill in the register's yearly cost (annual_cost), import it again and plan again"
                + (weak.map { ", and \(CountedNoun.weakMatch(formatted: $0)) \($0 == "1" ? "needs" : "need") a check before a decision" } ?? "") + "."
        },
        nothingPlanned: "No app in this scope is planned to move yet.",

        provincesTitle: "By province",
        provincesIntro: "Each province covers its provincial, regency and city governments; central agencies are one row, Pusat. Sorted by saving.",
        columnProvince: "Province",
        columnApps: PlanColumn.label("apps", .en),
        columnOverlap: "With a look-alike",
        columnMoving: "Moving or switched off",
        columnCostNow: "Yearly cost recorded",
        columnOneOff: PlanColumn.label("one_off_cost", .en),
        columnSaving: PlanColumn.label("annual_saving", .en),
        columnWeakSaving: "Of it, on weak matches",
        total: "Total",
        tileMoving: "moving or switched off",
        perYear: "a year",

        platformsTitle: "Target platforms",
        platformsIntro: "One card per platform: owner, legal basis, modules, base apps, the apps and agencies moving in, schedule and cost.",
        kindMandatory: "National general application (mandatory)",
        kindSectoral: "National sectoral system",
        kindShared: "Shared platform",
        owner: "Owner",
        basis: "Legal basis",
        modules: "Modules",
        leads: "Built on",
        movingIn: { apps, agencies in
            "\(CountedNoun.app(formatted: apps))\(agencies.map { " of \(CountedNoun.agency(formatted: $0))" } ?? "") \(apps == "1" ? "moves" : "move") in"
        },
        mostFrom: "Most from",
        allFrom: "all from",
        schedule: "Schedule",
        cost: { oneOff, saving, adds, weak, loss in "One-off cost \(oneOff); " + (adds ? "adds \(saving) a year to running costs" : "saves \(saving) a year") + "\(weak.map { ", " + $0 } ?? "")\(loss.map { "; " + $0 } ?? "")" },
        nothingMoves: "No app in this scope moves here.",
        switchedOffHere: { apps in "\(CountedNoun.app(formatted: apps)) already inactive or retired \(apps == "1" ? "is" : "are") switched off here" },
        candidatesTitle: "Platforms that could be added next",
        uncoveredTitle: "Overlapping jobs no platform covers yet",
        apps: { CountedNoun.app(formatted: $0) },

        timelineTitle: "Migration schedule",
        timelineIntro: "Migration waves, each with its dates: each platform takes in a limited number of moving apps a wave, low-risk apps first, weak matches once checked (not before the second), large integrated systems not before the third; inactive apps are switched off in the first wave without using any of that number.",
        timelineShared: "Shared platforms are built on their module leads in the first wave and take in apps from the second.",
        horizonMark: "end of the horizon",
        wave: { "Wave \($0)" },
        waveApps: { moves, toCheck, stops, switchOffs, leads in
            var parts: [String] = []
            if moves > 0 || switchOffs + leads == 0 {
                let of = [toCheck > 0 ? "\(ReportFormat.number(toCheck, .en)) awaiting the check of a weak match" : nil,
                          stops > 0 ? (stops == 1 ? "1 build of an app in development stopped" : "\(ReportFormat.number(stops, .en)) builds of apps in development stopped") : nil].compactMap { $0 }
                parts.append(CountedNoun.move(moves) + (of.isEmpty ? "" : " (\(of.joined(separator: "; ")))"))
            }
            if switchOffs > 0 { parts.append("\(CountedNoun.app(switchOffs)) already inactive or retired switched off") }
            if leads > 0 { parts.append("\(CountedNoun.moduleLead(leads)) a shared platform is built on") }
            return parts.joined(separator: ", ")
        },
        sentenceCapacity: { capacity in
            "each platform takes in at most \(ReportFormat.number(capacity, .en)) moving \(CountedNoun.app.word(capacity)) a wave (--wave-capacity); inactive apps switched off, module leads (the apps a shared platform is built on) and apps still in development, whose builds stop in the platform's first wave (a weak match after its check), do not count towards it. Lowest risk first: an active app with over 1,000 users or links to other systems moves from wave 2 even when wave 1 has room; weak matches move after their check in wave 1, so from wave 2; large integrated systems move from wave 3."
        },
        waveBar: { moves, switchOffs in
            "\(ReportFormat.number(moves, .en)) moving" + (switchOffs > 0 ? " · \(ReportFormat.number(switchOffs, .en)) off" : "")
        },
        columnWave: PlanColumn.label("wave", .en),
        columnPeriod: "Period",
        columnUsers: "Users brought over",

        evidenceTitle: "Example reasons",
        evidenceIntro: "Every app has a reason that quotes its evidence: its own words, a look-alike with its score, or a planner decision. Some examples:",
        weakTitle: { "Weak matches (\(CountedNoun.app(formatted: $0))) need a check" },
        weakMore: { "… and \($0) more: the plan CSV lists every one (those whose saving_basis column says weak-match)." },
        columnApp: "App",
        columnPlatform: "Platform",
        columnReason: PlanColumn.label("reason", .en),
        noExamples: "No examples in this scope.",

        decisionsTitle: "Planner decisions",
        decisionsIntro: "Decisions in force and their effect on this plan.",
        noDecisions: "No planner decision is in force.",
        columnDecision: "Decision",
        columnBy: "By",
        columnDate: "Date",
        columnEffect: "Effect",

        methodsTitle: "Appendix: how the figures are made",
        methodsSources: { "Data sources: \($0)." },
        rows: { "\($0) \($0 == "1" ? "row" : "rows")" },
        methodsAnalysis: { "Similarity analysis of \($0): two apps are look-alikes when their names, descriptions, features and data are similar enough (a score of at least \($1) out of 1, or half that when each is among the other's closest matches, as short descriptions score low); look-alikes are then grouped. The summary counts an app as doing a job another app also does when a look-alike in its group scores at least \($2); grouped apps whose look-alikes all score less are counted apart, as needing a check." },
        methodsNoAnalysis: "No similarity analysis yet.",
        methodsFunctions: { "Each group's function comes from its apps' words that name a catalogue function (at least \($0) on average); an app without look-alikes needs at least \($1). Matches under \($2) are flagged as needing a check." },
        methodsPlatforms: { target, builtIn in
            "Platforms come from the \(builtIn ? "built-in" : "planner's") catalogue of the SPBE architecture: every national system agencies must use (general applications and mandatory sectoral systems) whose job apps here do, then the platforms covering most apps in the places left of \(target)."
        },
        methodsMoney: { rate, residual, saved, fees in
            "Moving one app costs once the receiving platform's onboarding fee (accounts, data migration support, training) plus about \(rate) of a year of its running cost, more with many users or integrations. A module lead costs twice that share once, to serve many agencies, and saves nothing as it keeps running. "
                + "A moved app saves \(saved) of its running cost (the platform still spends \(residual) on its users) less the platform's yearly fee per app (hosting share, licences, helpdesk); that is \(fees). "
                + "An app whose running cost is too small for that fee would add to the yearly bill: it moves only when the law obliges agencies to use the platform or a planner assigned it, and otherwise stays as it is. "
                + "An app still in development whose job a platform does stops its build: its one-off cost is the onboarding fee alone (no data or service moves), and it saves as a moved app does, of the cost the register records for it. "
                + "An app already inactive saves nothing, as no running service stops. In the range, \(casesEnglish)."
        },
        methodsFees: { kind, onboarding, yearly in "\(onboarding) once and \(yearly) a year per app on each \(kind.prefix(1).lowercased() + kind.dropFirst())" },
        methodsWaves: { "Waves start in \($0) and each lasts \(CountedNoun.quarter($1)); each platform takes in at most \($2) moving \(CountedNoun.app.word($2 == "1" ? 1 : 2)) a wave, lowest risk first (weak matches once checked, not before wave 2; large, integrated systems not before wave 3), and the rest move in later waves. Inactive apps are switched off in wave 1, and builds of apps in development stop in their platform's first wave; neither counts towards that number." },
        methodsCaveats: { unknown, thin in
            let limits = [unknown == "0" ? nil : "\(unknown) planned \(unknown == "1" ? "app has" : "apps have") no cost data and \(unknown == "1" ? "is" : "are") not counted",
                          thin == "0" ? nil : "\(CountedNoun.app(formatted: thin)) \(thin == "1" ? "has no usable description and is judged by its" : "have no usable description and are judged by their") name and the features and data items the register lists, if any"]
                .compactMap { $0 }
            return (limits.isEmpty ? "" : "Limits: \(limits.joined(separator: "; ")). ") + "Figures are planning estimates, not a budget."
        },
        methodsPlanDate: { "Plan made on \($0)." }
    )
}
