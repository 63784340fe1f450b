/// Stage 6 of the planner: what each planner decision did in this plan, in words, so none is
/// ignored silently: "applied: …" or "overridden because …", in English and Indonesian.
package enum DecisionEffects {
    static func report(_ input: PlanInput, items: [PlanItem], plan platforms: [PlannedPlatform], catalogue: PlatformCatalogue) -> [DecisionEffect] {
        let apps = input.apps
        func name(_ app: Int) -> String { "\(apps[app].name) (\(apps[app].externalID))" }
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
        var assignOf: [Int: Int64] = [:]
        for decision in input.decisions.sorted(by: { $0.id < $1.id }) where decision.kind == .assign {
            guard let app = decision.app, let group = input.groups.firstIndex(where: { $0.contains(app) }) else { continue }
            if let previous = assignOf[group] { laterAssign[previous] = decision.id }
            assignOf[group] = decision.id
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
            let a = name(app)
            switch decision.kind {
            case .keep:
                if item.action == .platform && item.decision == decision.id {
                    return effect(true, "\(a) leads its module of \(platformName(item.platform))", "\(a) menjadi dasar modulnya pada \(platformName(item.platform))")
                }
                if isNational(item.platform) {
                    return effect(false, "\(a) moves to the national platform \(platformName(item.platform)), which has no local lead",
                                  "\(a) pindah ke platform nasional \(platformName(item.platform)), yang tidak memakai aplikasi daerah sebagai dasar")
                }
                if item.action == .retain {
                    return effect(false, "\(a) is not planned into any platform: \(item.reason.text(.en))",
                                  "\(a) tidak direncanakan masuk platform mana pun: \(item.reason.text(.id))")
                }
                return effect(false, "an earlier keep decision already names the lead of \(a)'s module",
                              "keputusan keep yang lebih awal sudah menetapkan dasar modul \(a)")
            case .retain:
                return effect(true, "\(a) is kept as it is", "\(a) dipertahankan apa adanya")
            case .exclude:
                if case .excluded = item.reason {
                    return effect(true, "the group of \(a) is left out of the plan", "kelompok \(a) dikeluarkan dari rencana")
                }
                if case .heldBack = item.reason {
                    return effect(false, "\(a) is retained by another decision", "\(a) dipertahankan oleh keputusan lain")
                }
                return effect(false, "\(a) is in no overlap group of the current analysis", "\(a) tidak berada dalam kelompok tumpang tindih analisis terkini")
            case .assign:
                guard let target = decision.platform, let index = catalogue.platform(named: target) else {
                    let target = decision.platform ?? ""
                    return effect(false, "the catalogue has no platform named \"\(target)\"", "katalog tidak memiliki platform bernama \"\(target)\"")
                }
                guard let group = input.groups.firstIndex(where: { $0.contains(app) }) else {
                    return effect(false, "\(a) is in no overlap group of the current analysis", "\(a) tidak berada dalam kelompok tumpang tindih analisis terkini")
                }
                if let winner = laterAssign[decision.id] {
                    return effect(false, "later decision #\(winner) assigns the same group", "keputusan #\(winner) yang lebih baru menetapkan kelompok yang sama")
                }
                let members = input.groups[group]
                let platform = catalogue.platforms[index]
                let moved = members.filter { platformName(items[$0].platform) == platform.name }.count
                let outside = members.filter { !platform.scope.covers(apps[$0].level) }.count
                let note = outside == 0 ? ("", "")
                    : ("; \(outside) of its \(members.count) apps stay where the plan puts them: \(platform.name) serves \(platform.scope.served(.en)) only",
                       "; \(outside) dari \(members.count) aplikasinya tetap di tempat yang direncanakan: \(platform.name) hanya melayani \(platform.scope.served(.id))")
                if moved > 0 {
                    return effect(true, "\(moved) app\(moved == 1 ? "" : "s") of the group of \(a) move\(moved == 1 ? "s" : "") into \(platform.name)\(note.0)",
                                  "\(moved) aplikasi dari kelompok \(a) pindah ke \(platform.name)\(note.1)")
                }
                if outside == members.count {
                    return effect(false, "none of the \(members.count) apps of the group of \(a) is of a level \(platform.name) serves (\(platform.scope.served(.en)) only)",
                                  "tidak satu pun dari \(members.count) aplikasi kelompok \(a) berada pada tingkat yang dilayani \(platform.name) (hanya \(platform.scope.served(.id)))")
                }
                return effect(false, "the apps of the group of \(a) are retained or their group excluded by other decisions",
                              "aplikasi kelompok \(a) dipertahankan atau kelompoknya dikeluarkan oleh keputusan lain")
            case .separate:
                let b = decision.other.map(name) ?? "?"
                return effect(true, "\(a) and \(b) are not paired; both keep their other look-alikes",
                              "\(a) dan \(b) tidak dipasangkan; keduanya tetap bersama aplikasi serupa lainnya")
            case .merge:
                guard let other = decision.other else {
                    return effect(false, "its second app is no longer in the inventory", "aplikasi keduanya tidak ada lagi di inventaris")
                }
                let b = name(other)
                if items[other].platform == item.platform && item.platform != nil {
                    return effect(true, "\(a) and \(b) are both planned into \(platformName(item.platform))",
                                  "\(a) dan \(b) sama-sama direncanakan masuk \(platformName(item.platform))")
                }
                if item.function == items[other].function && item.function != nil {
                    return effect(true, "\(a) and \(b) are planned for the same function", "\(a) dan \(b) direncanakan untuk fungsi yang sama")
                }
                return effect(false, "\(a) goes to \(platformName(item.platform)) and \(b) to \(platformName(items[other].platform)): their words name different functions",
                              "\(a) ke \(platformName(item.platform)) dan \(b) ke \(platformName(items[other].platform)): kata-katanya menyebut fungsi yang berbeda")
            }
        }
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
