/// Stage 6 of the planner: what each planner decision did in this plan, in words, so none is
/// ignored silently: "applied: …" or "overridden because …".
enum DecisionEffects {
    static func report(_ input: PlanInput, items: [PlanItem], plan platforms: [PlannedPlatform], catalogue: PlatformCatalogue) -> [DecisionEffect] {
        let apps = input.apps
        func name(_ app: Int) -> String { "\(apps[app].externalID)" }
        func platformName(_ number: Int?) -> String {
            guard let number, let platform = platforms.first(where: { $0.number == number }) else { return "no platform" }
            return catalogue.platforms[platform.catalogueIndex].name
        }
        let later = laterContradictions(input.decisions)
        return input.decisions.map { decision in
            func effect(_ applied: Bool, _ text: String) -> DecisionEffect {
                DecisionEffect(decision: decision.id, applied: applied, effect: (applied ? "applied: " : "overridden because ") + text)
            }
            guard let app = decision.app else { return effect(false, "its app is no longer in the inventory") }
            if let winner = later[decision.id] { return effect(false, "later decision #\(winner) says the opposite about the same apps") }
            let item = items[app]
            switch decision.kind {
            case .keep:
                if item.action == .platform && item.decision == decision.id {
                    return effect(true, "\(name(app)) leads its module of \(platformName(item.platform))")
                }
                if let number = item.platform, let platform = platforms.first(where: { $0.number == number }),
                   catalogue.platforms[platform.catalogueIndex].kind.isNational {
                    return effect(false, "\(name(app)) moves to the national platform \(platformName(number)), which has no local lead")
                }
                if item.action == .retain { return effect(false, "\(name(app)) is not planned into any platform: \(item.reason.text(.en))") }
                return effect(false, "an earlier keep decision already names the lead of \(name(app))'s module")
            case .retain:
                return effect(true, "\(name(app)) is kept as it is")
            case .exclude:
                if case .excluded = item.reason { return effect(true, "the group of \(name(app)) is left out of the plan") }
                if case .heldBack = item.reason { return effect(false, "\(name(app)) is retained by another decision") }
                return effect(false, "\(name(app)) is in no overlap group of the current analysis")
            case .assign:
                guard let target = decision.platform, catalogue.platform(named: target) != nil else {
                    return effect(false, "the catalogue has no platform named \"\(decision.platform ?? "")\"")
                }
                if item.decision == decision.id { return effect(true, "the group of \(name(app)) moves into \(platformName(item.platform))") }
                if case .heldBack = item.reason { return effect(false, "\(name(app)) is retained or its group excluded by another decision") }
                return effect(false, "\(name(app)) is in no overlap group of the current analysis")
            case .separate:
                return effect(true, "\(name(app)) and \(decision.other.map(name) ?? "?") are not paired; both keep their other look-alikes")
            case .merge:
                guard let other = decision.other else { return effect(false, "its second app is no longer in the inventory") }
                if items[other].platform == item.platform && item.platform != nil {
                    return effect(true, "\(name(app)) and \(name(other)) are both planned into \(platformName(item.platform))")
                }
                if item.function == items[other].function && item.function != nil {
                    return effect(true, "\(name(app)) and \(name(other)) are planned for the same function")
                }
                return effect(false, "\(name(app)) goes to \(platformName(item.platform)) and \(name(other)) to \(platformName(items[other].platform)): their words name different functions")
            }
        }
    }

    /// For `merge` and `separate` decisions on the same pair, the earlier ones lose to the
    /// latest: decision id → the id that overrides it.
    static func laterContradictions(_ decisions: [ResolvedDecision]) -> [Int64: Int64] {
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
