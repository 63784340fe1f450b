/// Stage 6 of the planner: what each planner decision did in this plan, in words, so none is
/// ignored silently: "applied: …" or "overridden because …", in English and Indonesian.
package enum DecisionEffects {
    /// `selection` says which platform each assigned platform displaced and which platforms the
    /// plan holds only by assign decisions, told against the plan without those decisions
    /// (``PlatformSelection/Baseline``); `parameters` give the horizon an assign's net is over.
    static func report(_ input: PlanInput, items: [PlanItem], plan platforms: [PlannedPlatform], catalogue: PlatformCatalogue,
                       selection: PlatformSelection, parameters: PlanParameters) -> [DecisionEffect] {
        let apps = input.apps
        let displaced = selection.displaced, added = selection.addedByDecision
        let coverage = selection.baseline?.coverage ?? selection.coverage
        // English names apps bare, Indonesian in quotation marks, as reasons do.
        func name(_ app: Int, _ language: Language = .en) -> String { "\(PlanReason.quoted(apps[app].name, language)) (\(apps[app].externalID))" }
        func platformName(_ number: Int?) -> String {
            guard let number, let platform = platforms.first(where: { $0.number == number }) else { return "-" }
            return catalogue.platforms[platform.catalogueIndex].name
        }
        func isNational(_ number: Int?) -> Bool {
            guard let number, let platform = platforms.first(where: { $0.number == number }) else { return false }
            return catalogue.platforms[platform.catalogueIndex].kind.isNational
        }
        let later = laterContradictions(input.decisions)
        // On one group, the latest assign wins (the planner applies them in order).
        var laterAssign: [Int64: Int64] = [:]
        var assignOf: [[Int]: Int64] = [:]
        for decision in input.decisions.sorted(by: { $0.id < $1.id }) where decision.kind == .assign {
            guard let app = decision.app else { continue }
            let members = input.groups.first { $0.contains(app) } ?? [app]
            if let previous = assignOf[members] { laterAssign[previous] = decision.id }
            assignOf[members] = decision.id
        }
        return input.decisions.map { decision in
            func effect(_ applied: Bool, _ english: String, _ indonesian: String) -> DecisionEffect {
                DecisionEffect(decision: decision.id, applied: applied,
                               effect: (applied ? "applied: " : "overridden because ") + english,
                               effectID: (applied ? "diterapkan: " : "tidak berlaku karena ") + indonesian)
            }
            guard let app = decision.app else {
                return effect(false, "its app is no longer in the inventory", "aplikasinya tidak ada lagi di inventaris")
            }
            if let winner = later[decision.id] {
                return effect(false, "later decision #\(winner) says the opposite about the same apps",
                              "keputusan #\(winner) yang lebih baru menyatakan sebaliknya tentang aplikasi yang sama")
            }
            let item = items[app]
            let (a, ai) = (name(app), name(app, .id))
            // The group of the decision's app, named as `check` names it.
            let group = input.groups.firstIndex { $0.contains(app) }.map(input.groupName)
            let (g, gi) = (group?.text(.en) ?? a, group?.text(.id) ?? ai)
            switch decision.kind {
            case .keep:
                if item.action == .platform && item.decision == decision.id {
                    return effect(true, "\(a) leads its module of \(platformName(item.platform))", "\(ai) menjadi dasar modulnya pada \(platformName(item.platform))")
                }
                if isNational(item.platform) {
                    return effect(false, "\(a) moves to the national platform \(platformName(item.platform)), which has no local lead",
                                  "\(ai) pindah ke platform nasional \(platformName(item.platform)), yang tidak memakai aplikasi daerah sebagai dasar")
                }
                if item.action == .retain {
                    return effect(false, "\(a) is not planned into any platform: \(item.reason.text(.en))",
                                  "\(ai) tidak direncanakan masuk platform mana pun: \(item.reason.text(.id))")
                }
                return effect(false, "an earlier keep decision already names the lead of \(a)'s module",
                              "keputusan \(PlannerDecision.Kind.keep.phrase(.id)) yang lebih awal sudah menetapkan dasar modul \(ai)")
            case .retain:
                // Kept out of a national system the law obliges agencies to use for its job: said, as `decide` warned.
                // A retained app has no function in the plan: its own words' best, when they name it as a group must.
                let job = item.function ?? input.matches[app].first.flatMap { $0.score >= parameters.groupThreshold ? $0.function : nil }
                let bound = FunctionAssignment.lawBound(apps[app].level, function: job, platform: -1, catalogue: catalogue)
                    .map { catalogue.platforms[$0].name }
                // The national system itself in use ("SIRUP Tual" of SPSE) is kept outside nothing.
                if let own = catalogue.systemInUse(apps[app]), FunctionAssignment.isInUse(app, platform: own, input: input, parameters: parameters) {
                    let name = catalogue.platforms[own].name
                    return effect(true, "\(a) is kept as it is: it is \(name) itself in use, which the plan moves nowhere in any case",
                                  "\(ai) dipertahankan apa adanya: aplikasi ini adalah \(name) itu sendiri yang sedang dipakai, yang memang tidak dipindahkan rencana")
                }
                return effect(true, "\(a) is kept as it is" + (bound.map { ", outside \($0), which the law obliges agencies to use for its job" } ?? ""),
                              "\(ai) dipertahankan apa adanya" + (bound.map { ", di luar \($0), yang wajib dipakai menurut peraturan untuk tugasnya" } ?? ""))
            case .exclude:
                if case .excluded = item.reason {
                    // The platform the group's job goes to leaves the plan when no other app does that job.
                    let members = input.groups.first { $0.contains(app) } ?? [app]
                    let (job, score) = FunctionAssignment.best(members, input: input, allowed: nil)
                    let left = job.flatMap { score >= parameters.groupThreshold ? catalogue.function($0, for: apps[app].level) : nil }
                        .map { catalogue.functions[$0].platform }
                        .flatMap { index in platforms.contains { $0.catalogueIndex == index } ? nil : index }
                    // Other apps doing the job mean the platform is out for want of a place, not for want of apps.
                    let others = left.map { index in
                        items.contains { !members.contains($0.app) && $0.function.map { catalogue.functions[$0].platform == index } == true }
                    } ?? false
                    let note = left.map { catalogue.platforms[$0].name }.map { name in
                        others ? ("; \(name), the platform for its job, is not among the plan's platforms", "; \(name), platform untuk fungsinya, tidak termasuk platform rencana ini")
                               : ("; \(name) leaves the plan, as no other app does this job", "; \(name) keluar dari rencana karena tidak ada aplikasi lain yang menjalankan fungsi ini")
                    }
                    return effect(true, "the plan leaves out \(g)" + (note?.0 ?? ""), "rencana tidak mencakup \(gi)" + (note?.1 ?? ""))
                }
                if case .heldBack = item.reason {
                    return effect(false, "\(a) is retained by another decision", "\(ai) dipertahankan oleh keputusan lain")
                }
                return effect(false, "\(a) is in no overlap group of the current analysis", "\(ai) tidak berada dalam kelompok tumpang tindih analisis terkini")
            case .assign:
                guard let target = decision.platform, let index = catalogue.platform(named: target) else {
                    let target = decision.platform ?? ""
                    return effect(false, "the catalogue has no platform named \"\(target)\"", "katalog tidak memiliki platform bernama \"\(target)\"")
                }
                // An app without look-alikes is assigned on its own.
                let members = input.groups.first { $0.contains(app) } ?? [app]
                if let winner = laterAssign[decision.id] {
                    return effect(false, "later decision #\(winner) assigns the same \(members.count == 1 ? "app" : "group")",
                                  "keputusan #\(winner) yang lebih baru menetapkan \(members.count == 1 ? "aplikasi" : "kelompok") yang sama")
                }
                let platform = catalogue.platforms[index]
                let number = platforms.first { $0.catalogueIndex == index }?.number
                let moved = members.filter { number != nil && items[$0].platform == number }
                let outside = members.filter { !platform.scope.covers(apps[$0].level) }.count
                let en = { ReportFormat.number($0, .en) }, id = { ReportFormat.number($0, .id) }
                // What else the decision does, a sentence each: an effect is read in a table cell.
                var notes: [(String, String)] = outside == 0 ? []
                    : [("\(en(outside)) of its \(en(members.count)) apps \(CountedNoun.verb(outside, "stays", "stay")) where the plan puts them: \(platform.name) serves \(platform.scope.served(.en)) only",
                        "\(id(outside)) dari \(id(members.count)) aplikasinya tetap di tempat yang direncanakan: \(platform.name) hanya melayani \(platform.scope.served(.id))")]
                let bound = lawBound(members, assigned: index, input: input, items: items, plan: platforms, name: name)
                notes += bound
                // An app assigned by name moves even out of a mandatory system's job: say whose word it moves on.
                if members.count == 1, !moved.isEmpty, let job = items[app].function,
                   let system = FunctionAssignment.lawBound(apps[app].level, function: job, platform: index, catalogue: catalogue),
                   selection.baseline?.platformOf[app] == system {
                    let law = catalogue.platforms[system].name
                    let function = catalogue.functions[job].function
                    notes.append(("The analysis read its job as \(PlanReason.lower(function, .en)), which the law obliges agencies to do in \(law): it moves on the planner's word that it does another job",
                                  "Analisis membaca fungsinya sebagai \(PlanReason.lower(function, .id)), yang menurut peraturan wajib memakai \(law): aplikasi ini pindah atas penilaian perencana bahwa fungsinya lain"))
                }
                notes += inUse(members, platform: platform, input: input, items: items, name: name)
                if let pushed = displaced[index] {
                    let other = catalogue.platforms[pushed].name
                    let count = pushed < coverage.count ? coverage[pushed] : 0
                    notes.append(("\(platform.name) takes a place of the target, so \(other) (\(CountedNoun.app(count))) leaves the plan (a larger --target keeps both)",
                                  "\(platform.name) mengambil satu tempat dari target, sehingga \(other) (\(id(count)) aplikasi) keluar dari rencana (--target yang lebih besar mempertahankan keduanya)"))
                }
                let emptied = emptiedPlatforms(members, except: displaced[index], selection: selection, catalogue: catalogue)
                if !emptied.isEmpty {
                    let names = emptied.map { catalogue.platforms[$0].name }
                    notes.append(("Without the apps this decision moves, \(ReportFormat.list(names, .en)) \(CountedNoun.verb(names.count, "has", "have")) too few to stay and \(CountedNoun.verb(names.count, "leaves", "leave")) the plan",
                                  "Tanpa aplikasi yang dipindahkan keputusan ini, \(ReportFormat.list(names, .id)) terlalu sedikit aplikasinya dan keluar dari rencana"))
                }
                if !moved.isEmpty, added.contains(index) {
                    notes += pulledIn(by: members, into: index, input: input, items: items, plan: platforms)
                }
                if !moved.isEmpty, let number {
                    let brought = added.contains(index) ? items.filter { $0.platform == number } : moved.map { items[$0] }
                    notes += netLoss(brought, platform: platform.name, parameters: parameters)
                }
                let note = (Self.sentences(notes.map(\.0)), Self.sentences(notes.map(\.1)))
                if !moved.isEmpty {
                    // A module lead is taken in but does not move: the platform is built on it.
                    let leads = moved.filter { items[$0].action == .platform }
                    // An inactive app is switched off where it is, not moved: counted apart.
                    let off = moved.filter { items[$0].savingBasis == .inactive }.count
                    let movers = moved.count - leads.count - off
                    let switchedOff = off == 0 ? ("", "") : (", and \(CountedNoun.app(off)) already inactive or retired \(CountedNoun.verb(off, "is", "are")) switched off",
                                                              ", dan \(id(off)) aplikasi tidak aktif dimatikan")
                    let lead = leads.isEmpty || members.count == 1 ? ("", "")
                        : (". Of these, \(leads.map { name($0) }.joined(separator: ", ")) \(CountedNoun.verb(leads.count, "leads its module", "lead their modules")), "
                            + (movers == 0 ? "none moves in" : "\(CountedNoun.app(movers)) \(CountedNoun.verb(movers, "moves", "move")) in") + switchedOff.0,
                           ". Di antaranya, \(leads.map { name($0, .id) }.joined(separator: ", ")) menjadi dasar modul, "
                            + (movers == 0 ? "tidak ada yang pindah masuk" : "\(id(movers)) aplikasi pindah masuk") + switchedOff.1)
                    // The group's name ends in its own parentheses: the verb comes first.
                    let count = members.count == 1 ? ("", "") : ("\(CountedNoun.app(moved.count)) of ", "\(id(moved.count)) aplikasi dari ")
                    let end = lead.0.isEmpty && note.0.isEmpty ? "" : "."
                    return effect(true, "\(platform.name) takes in \(count.0)\(g)\(lead.0)\(note.0)\(end)", "\(platform.name) menampung \(count.1)\(gi)\(lead.1)\(note.1)\(end)")
                }
                if outside == members.count, members.count == 1 {
                    return effect(false, "\(a) is of a level \(platform.name) does not serve (\(platform.scope.served(.en)) only)",
                                  "\(ai) berada pada tingkat yang tidak dilayani \(platform.name) (hanya \(platform.scope.served(.id)))")
                }
                if outside == members.count {
                    return effect(false, "\(platform.name) serves \(platform.scope.served(.en)) only, which rules out all \(en(members.count)) apps of \(g)",
                                  "\(platform.name) hanya melayani \(platform.scope.served(.id)), sehingga tidak satu pun dari \(id(members.count)) \(gi) dapat masuk")
                }
                if !bound.isEmpty {
                    return effect(false, "the law comes first: no app of \(g) moves\(note.0).", "hukum didahulukan: tidak satu pun \(gi) yang pindah\(note.1).")
                }
                return effect(false, "other decisions retain or exclude the apps of \(g)",
                              "keputusan lain mempertahankan atau mengeluarkan sebagian \(gi)")
            case .separate:
                guard let other = decision.other else {
                    return effect(false, "its second app is no longer in the inventory", "aplikasi keduanya tidak ada lagi di inventaris")
                }
                return separateEffect(decision, app, other, input: input, items: items, name: name, platformName: platformName, effect: effect)
            case .merge:
                guard let other = decision.other else {
                    return effect(false, "its second app is no longer in the inventory", "aplikasi keduanya tidak ada lagi di inventaris")
                }
                let (b, bi) = (name(other), name(other, .id))
                if items[other].platform == item.platform && item.platform != nil {
                    return effect(true, "\(a) and \(b) are both planned into \(platformName(item.platform))",
                                  "\(ai) dan \(bi) sama-sama direncanakan masuk \(platformName(item.platform))")
                }
                if item.function == items[other].function && item.function != nil {
                    return effect(true, "\(a) and \(b) are planned for the same function", "\(ai) dan \(bi) direncanakan untuk fungsi yang sama")
                }
                return effect(false, "\(a) goes to \(platformName(item.platform)) and \(b) to \(platformName(items[other].platform)): their words name different functions",
                              "\(ai) ke \(platformName(item.platform)) dan \(bi) ke \(platformName(items[other].platform)): kata-katanya menyebut fungsi yang berbeda")
            }
        }
    }

    /// Sentences that follow an effect's first one, each opening with a capital: ". A. B" (empty
    /// when none).
    private static func sentences(_ clauses: [String]) -> String {
        clauses.map { ". " + $0.sentenceCased }.joined()
    }

    /// The members of an assigned group that stay in a mandatory national system other than
    /// the assigned platform because their own job must use it (``FunctionAssignment/lawBound(_:function:platform:catalogue:)``),
    /// as a clause naming each system with up to two of its apps; empty when none stays.
    private static func lawBound(_ members: [Int], assigned index: Int, input: PlanInput, items: [PlanItem], plan platforms: [PlannedPlatform],
                                 name: (Int, Language) -> String) -> [(String, String)] {
        let catalogue = input.catalogue
        var bySystem: [Int: [Int]] = [:]
        for app in members {
            guard let number = items[app].platform, let system = platforms.first(where: { $0.number == number })?.catalogueIndex,
                  system != index, catalogue.platforms[system].mandatory, catalogue.platforms[index].scope.covers(input.apps[app].level) else { continue }
            bySystem[system, default: []].append(app)
        }
        guard !bySystem.isEmpty else { return [] }
        let total = bySystem.values.reduce(0) { $0 + $1.count }
        func list(_ language: Language) -> String {
            bySystem.keys.sorted().map { system in
                "\(catalogue.platforms[system].name): " + firstTwo(bySystem[system]!, language, name: name)
            }.joined(separator: "; ")
        }
        return [("\(ReportFormat.number(total, .en)) of its apps \(CountedNoun.verb(total, "stays", "stay")) in the mandatory national \(CountedNoun.verb(bySystem.count, "system", "systems")) the law requires for \(CountedNoun.verb(total, "its own job", "their own jobs")), as the law comes first (\(list(.en)))",
                "\(ReportFormat.number(total, .id)) aplikasi tetap di sistem nasional wajib yang harus dipakai untuk fungsinya sendiri, karena hukum didahulukan (\(list(.id)))")]
    }

    /// Up to two of `apps` by name, and how many more: "SIMAK (APP-1), SIMDA (APP-2) and 3 more".
    private static func firstTwo(_ apps: [Int], _ language: Language, name: (Int, Language) -> String) -> String {
        apps.prefix(2).map { name($0, language) }.joined(separator: ", ")
            + (apps.count > 2 ? language.pick(en: " and \(ReportFormat.number(apps.count - 2, .en)) more", id: " dan \(ReportFormat.number(apps.count - 2, .id)) lainnya") : "")
    }

    /// The members of an assigned group that are a national system itself, in use: they stay as
    /// they are, and the effect names them so that what it counts adds up to the group.
    private static func inUse(_ members: [Int], platform: CataloguePlatform, input: PlanInput, items: [PlanItem],
                              name: (Int, Language) -> String) -> [(String, String)] {
        let systems = members.filter { app in
            guard platform.scope.covers(input.apps[app].level), case .systemInUse = items[app].reason else { return false }
            return true
        }
        guard !systems.isEmpty else { return [] }
        let count = systems.count
        return [("\(ReportFormat.number(count, .en)) of its apps \(CountedNoun.verb(count, "is itself a national system in use and stays as it is", "are themselves national systems in use and stay as they are")) (\(firstTwo(systems, .en, name: name)))",
                 "\(ReportFormat.number(count, .id)) aplikasinya merupakan sistem nasional itu sendiri yang sedang dipakai dan tetap apa adanya (\(firstTwo(systems, .id, name: name)))")]
    }

    /// Platforms the plan without the assign decisions held, which some of `members` went to,
    /// and which this plan no longer holds: the decision took the apps that kept them in.
    private static func emptiedPlatforms(_ members: [Int], except displaced: Int?, selection: PlatformSelection, catalogue: PlatformCatalogue) -> [Int] {
        guard let baseline = selection.baseline else { return [] }
        let before = Set(members.compactMap { baseline.platformOf[$0] })
        return baseline.chosen.filter { before.contains($0) && !selection.chosen.contains($0) && $0 != displaced }
    }

    /// "The apps it brings into P cost Rp … once and save Rp … a year (or add Rp … a year to the
    /// running bill): a net loss of Rp … over
    /// the plan's 5 years" when the apps an assign brings in cost more than they save within
    /// the horizon; none otherwise or when a cost is unknown.
    private static func netLoss(_ brought: [PlanItem], platform: String, parameters: PlanParameters) -> [(String, String)] {
        guard let loss = PlanMoney.netLoss(of: brought) else { return [] }
        let oneOff = brought.reduce(0) { $0 + ($1.oneOffCost ?? 0) }, saving = brought.reduce(0) { $0 + ($1.annualSaving ?? 0) }
        let money = { (value: Double, language: Language) in ReportFormat.money(value, language) }
        // A platform whose yearly fee exceeds what the moves stop adds to the bill: never "saves -Rp …".
        let yearly = saving < 0 ? ("add \(money(-saving, .en)) a year to the running bill", "menambah biaya operasional \(money(-saving, .id)) per tahun")
            : ("save \(money(saving, .en)) a year", "menghemat \(money(saving, .id)) per tahun")
        return [("The apps it brings into \(platform) cost \(money(oneOff, .en)) once and \(yearly.0): \(PlanMoney.lossClause(loss, years: parameters.years, .en))",
                "Aplikasi yang dibawanya ke \(platform) butuh biaya satu kali \(money(oneOff, .id)) dan \(yearly.1): \(PlanMoney.lossClause(loss, years: parameters.years, .id))")]
    }

    /// The apps a platform the plan holds only by assign decisions takes in beyond the assigned
    /// apps: a platform of the plan takes every app of the levels it serves doing its jobs, so
    /// choosing it for one group pulls in the other groups of its functions. Without this clause
    /// the effect would count the group while the platform's coverage rises by far more.
    private static func pulledIn(by members: [Int], into index: Int, input: PlanInput, items: [PlanItem],
                                 plan platforms: [PlannedPlatform]) -> [(String, String)] {
        guard let number = platforms.first(where: { $0.catalogueIndex == index })?.number else { return [] }
        let assigned = Set(input.decisions.filter { $0.kind == .assign }.map(\.id))
        let group = Set(members)
        let pulled = items.filter { $0.platform == number && !group.contains($0.app) && !($0.decision.map(assigned.contains) ?? false) }
        guard !pulled.isEmpty else { return [] }
        let catalogue = input.catalogue
        let counts: [(Int, Int)] = Dictionary(grouping: pulled.compactMap(\.function)) { $0 }.map { ($0.key, $0.value.count) }
        let byFunction = counts.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        func list(_ language: Language) -> String {
            byFunction.map { "\(PlanReason.lower(catalogue.functions[$0.0].function, language)) \(ReportFormat.number($0.1, language))" }
                .joined(separator: ", ")
        }
        let name = catalogue.platforms[index].name
        let total = items.filter { $0.platform == number }.count
        return [("\(name) is in the plan only by planners' assign decisions", "\(name) masuk rencana hanya karena keputusan \(PlannerDecision.Kind.assign.phrase(.id)) perencana"),
                ("A platform of the plan takes in every app of the levels it serves doing its jobs, so it also takes in \(CountedNoun.app(pulled.count)) besides the assigned ones (\(list(.en))): \(CountedNoun.app(total)) in all",
                 "Platform dalam rencana menampung setiap aplikasi pada tingkat yang dilayaninya yang menjalankan fungsinya, sehingga ikut menampung \(ReportFormat.number(pulled.count, .id)) aplikasi selain yang ditetapkan (\(list(.id))): seluruhnya \(ReportFormat.number(total, .id)) aplikasi")]
    }

    /// What a separate did: the pair is always cut, but both apps may stay in one group
    /// through other look-alikes; the plan then keeps either out of a module the other leads.
    private static func separateEffect(_ decision: ResolvedDecision, _ app: Int, _ other: Int, input: PlanInput, items: [PlanItem],
                                       name: (Int, Language) -> String, platformName: (Int?) -> String,
                                       effect: (Bool, String, String) -> DecisionEffect) -> DecisionEffect {
        let (a, b, ai, bi) = (name(app, .en), name(other, .en), name(app, .id), name(other, .id))
        guard let group = input.groups.firstIndex(where: { $0.contains(app) && $0.contains(other) }) else {
            return effect(true, "the pair \(a) – \(b) is cut; they are in no common overlap group",
                          "pasangan \(ai) – \(bi) diputus; keduanya tidak berada dalam satu kelompok tumpang tindih")
        }
        let through = bridge(from: app, to: other, within: Set(input.groups[group]), input: input)
        let via = through.isEmpty ? ("other look-alikes", "aplikasi serupa lainnya")
            : (ReportFormat.list(through.map { name($0, .en) }, .en), ReportFormat.list(through.map { name($0, .id) }, .id))
        let shared = input.groupName(group)
        let cut = ("the pair \(a) – \(b) is cut; through \(via.0) both stay in one group, \(shared.text(.en))",
                   "pasangan \(ai) – \(bi) diputus; melalui \(via.1) keduanya tetap dalam satu kelompok, \(shared.text(.id))")
        let (first, second) = (items[app], items[other])
        if case .keptApart = second.reason, second.decision == decision.id {
            return effect(true, cut.0 + "; \(b) stays as it is rather than move into the module \(a) leads",
                          cut.1 + "; \(bi) dipertahankan, tidak pindah ke modul yang berbasis \(ai)")
        }
        if case .keptApart = first.reason, first.decision == decision.id {
            return effect(true, cut.0 + "; \(a) stays as it is rather than move into the module \(b) leads",
                          cut.1 + "; \(ai) dipertahankan, tidak pindah ke modul yang berbasis \(bi)")
        }
        if let lead = first.lead, lead == second.lead, first.platform != nil {
            return effect(true, cut.0 + "; both move into the module of \(platformName(first.platform)) led by \(name(lead, .en))",
                          cut.1 + "; keduanya pindah ke modul \(platformName(first.platform)) yang berbasis \(name(lead, .id))")
        }
        return effect(true, cut.0 + "; neither moves into a module the other leads", cut.1 + "; tidak satu pun pindah ke modul yang dipimpin yang lain")
    }

    /// The apps on a shortest chain of look-alikes from `start` to `goal` inside one group (the
    /// pair itself is cut), at most two named: why a separated pair still shares a group.
    static func bridge(from start: Int, to goal: Int, within group: Set<Int>, input: PlanInput) -> [Int] {
        var previous: [Int: Int] = [start: start]
        var frontier = [start]
        while !frontier.isEmpty, previous[goal] == nil {
            var next: [Int] = []
            for app in frontier {
                for link in input.lookAlikes[app].map(\.app).sorted() where group.contains(link) && previous[link] == nil
                    && !(app == start && link == goal) {
                    previous[link] = app
                    next.append(link)
                }
            }
            frontier = next
        }
        guard previous[goal] != nil else { return [] }
        var chain: [Int] = []
        var step = previous[goal]!
        while step != start { chain.append(step); step = previous[step]! }
        return Array(chain.reversed().prefix(2))
    }

    /// For `merge` and `separate` decisions on the same pair, the earlier ones lose to the
    /// latest: decision id → the id that overrides it.
    package static func laterContradictions(_ decisions: [ResolvedDecision]) -> [Int64: Int64] {
        var latest: [UnorderedPair: ResolvedDecision] = [:]
        var result: [Int64: Int64] = [:]
        for decision in decisions.sorted(by: { $0.id < $1.id }) where decision.kind == .merge || decision.kind == .separate {
            guard let a = decision.app, let b = decision.other else { continue }
            let key = UnorderedPair(a, b)
            if let previous = latest[key], previous.kind != decision.kind { result[previous.id] = decision.id }
            latest[key] = decision
        }
        return result
    }
}
