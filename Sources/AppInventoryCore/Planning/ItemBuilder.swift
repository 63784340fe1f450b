/// Stages 3 and 4 of the planner: modules with their leads, then one action, confidence,
/// reason and cost estimate per app.
struct ItemBuilder {
    let input: PlanInput
    let parameters: PlanParameters
    let assignment: FunctionAssignment
    let selection: PlatformSelection
    var items: [PlanItem?]
    /// Planner `keep` decisions by app (first one wins).
    private let keep: [Int: ResolvedDecision]
    /// Pairs a planner separated (and did not merge again later): never one in the other's module.
    private let separated: [UnorderedPair: ResolvedDecision]

    /// An app's own evidence is at least this share of the look-alike evidence before the
    /// reason quotes the app's words rather than its look-alike.
    static let retireSimilarity = 0.6

    init(input: PlanInput, parameters: PlanParameters, assignment: FunctionAssignment, selection: PlatformSelection) {
        self.input = input
        self.parameters = parameters
        self.assignment = assignment
        self.selection = selection
        items = Array(repeating: nil, count: input.apps.count)
        var keep: [Int: ResolvedDecision] = [:]
        for decision in input.decisions where decision.kind == .keep { if let app = decision.app, keep[app] == nil { keep[app] = decision } }
        self.keep = keep
        let overridden = DecisionEffects.laterContradictions(input.decisions)
        var separated: [UnorderedPair: ResolvedDecision] = [:]
        for decision in input.decisions where decision.kind == .separate && overridden[decision.id] == nil {
            if let a = decision.app, let b = decision.other { separated[UnorderedPair(a, b)] = decision }
        }
        self.separated = separated
    }

    private var apps: [Application] { input.apps }

    /// Plans the members of one function on a chosen platform.
    mutating func module(function: Int, members: [Int], platform number: Int, catalogueIndex: Int) -> PlannedModule {
        let platform = input.catalogue.platforms[catalogueIndex]
        let definition = input.catalogue.functions[function].function
        let memberSet = Set(members)
        // Evidence of the apps the plan finds doing the function; a planner's assignment moves
        // an app whatever its evidence, and its reason says so instead.
        var evidence: [Int: (PlanReason.Evidence, Double)] = [:]
        var kept: [Int] = []
        for app in members {
            if assignedDecision(app) != nil {
                kept.append(app)
            } else if let found = self.evidence(app, function: function, module: memberSet) {
                evidence[app] = found
                kept.append(app)
            } else {
                items[app] = PlanItem(app: app, action: .retain, platform: nil, function: function, lead: nil, wave: nil, confidence: 0,
                                      reason: .noEvidence(function: definition), oneOffCost: nil, annualSaving: nil, netSaving: nil, decision: nil)
            }
        }
        func inactive(_ app: Int) -> InactiveApp? { InactiveApp(apps[app]) }
        // A move that adds to the yearly bill never pays back: only the law or a planner makes it.
        func addsYearly(_ app: Int) -> Double? {
            guard assignedDecision(app) == nil, inactive(app) == nil, !platform.mandatory,
                  let saving = PlanMoney.estimate(.migrate, app: apps[app], platform: platform, parameters: parameters).saving, saving <= 0 else { return nil }
            return -saving
        }
        func retainCostly(_ app: Int, adds: Double) {
            items[app] = PlanItem(app: app, action: .retain, platform: nil, function: function, lead: nil, wave: nil,
                                  confidence: PlanReason.rounded(evidence[app]?.1 ?? 0),
                                  reason: .noYearlySaving(function: definition, evidence: evidence[app]?.0, platform: platform.name, adds: adds),
                                  oneOffCost: nil, annualSaving: nil, netSaving: nil, decision: nil)
        }
        guard !kept.isEmpty else { return PlannedModule(function: function, lead: nil, members: []) }

        if platform.kind.isNational {
            var moving: [Int] = []
            for app in kept {
                if let adds = addsYearly(app) {
                    retainCostly(app, adds: adds)
                    continue
                }
                moving.append(app)
                let (reason, confidence) = assigned(app, platform: platform.name, leads: false, pinned: nil, inactive: inactive(app))
                    ?? evidence[app].map { found, score in
                        (.national(platform: platform.name, kind: platform.kind, mandatory: platform.mandatory, basis: platform.basis,
                                   function: definition, evidence: found, inactive: inactive(app)), score)
                    }!
                record(app, inactive(app) != nil ? .retire : .migrate, platform: number, catalogueIndex: catalogueIndex, function: function, lead: nil,
                       confidence: confidence, reason: reason, decision: assignedDecision(app)?.id)
            }
            return PlannedModule(function: function, lead: nil, members: moving)
        }

        let pinned = kept.filter { keep[$0] != nil }.min { keep[$0]!.id < keep[$1]!.id }
        let input = self.input
        let fit = { (app: Int) in input.ownScore(app, function) }
        let lead = pinned ?? SurvivorScore.best(kept, apps: apps, fit: fit)
        let context = SurvivorScore.Context(kept, apps: apps)
        let leadScore = SurvivorScore.score(lead, context: context, apps: apps, fit: fit(lead))
        let leadFeatures = Set(apps[lead].features.map(FeatureName.key))
        // A central app never moves into a regional lead without the reason saying why.
        let outranked = apps[lead].level != .central
            ? kept.first { apps[$0].level == .central && $0 != lead }.map { "\(apps[$0].name) (\(apps[$0].externalID))" } : nil
        let (leadReason, leadConfidence) = assigned(lead, platform: platform.name, leads: true, pinned: pinned.map { keep[$0]!.citation }, inactive: nil)
            ?? evidence[lead].map { found, score in
                (.lead(platform: platform.name, function: definition, survivorScore: leadScore, evidence: found,
                       pinned: pinned.map { keep[$0]!.citation }, outranks: outranked), score)
            }!
        record(lead, .platform, platform: number, catalogueIndex: catalogueIndex, function: function, lead: lead, confidence: leadConfidence,
               reason: leadReason, decision: pinned.map { keep[$0]!.id } ?? assignedDecision(lead)?.id)
        var joined = [lead]
        for app in kept where app != lead {
            // A planner said this app and the lead do different jobs: it does not move into
            // the lead's module (links through other apps may still have put it here).
            if assignedDecision(app) == nil, let decision = separated[UnorderedPair(app, lead)] {
                items[app] = PlanItem(app: app, action: .retain, platform: nil, function: function, lead: nil, wave: nil, confidence: 0,
                                      reason: .keptApart(platform: platform.name, lead: apps[lead].name, leadID: apps[lead].externalID,
                                                         citation: decision.citation),
                                      oneOffCost: nil, annualSaving: nil, netSaving: nil, decision: decision.id)
                continue
            }
            // The lead keeps running and pays no fee to itself; a member joining it does.
            if let adds = addsYearly(app) {
                retainCostly(app, adds: adds)
                continue
            }
            joined.append(app)
            let features = apps[app].features.map(FeatureName.key)
            if inactive(app) == nil, !features.isEmpty, features.allSatisfy(leadFeatures.contains),
               let similarity = input.overlap(app, lead), similarity >= Self.retireSimilarity {
                record(app, .retire, platform: number, catalogueIndex: catalogueIndex, function: function, lead: lead, confidence: similarity,
                       reason: .retireDuplicate(platform: platform.name, lead: apps[lead].name, leadID: apps[lead].externalID,
                                                score: similarity, features: Set(features).count), decision: assignedDecision(app)?.id)
            } else if let (reason, confidence) = assigned(app, platform: platform.name, leads: false, pinned: nil, inactive: inactive(app)) {
                record(app, inactive(app) != nil ? .retire : .migrate, platform: number, catalogueIndex: catalogueIndex,
                       function: function, lead: lead, confidence: confidence, reason: reason, decision: assignedDecision(app)?.id)
            } else if let off = inactive(app) {
                let (found, confidence) = evidence[app]!
                record(app, .retire, platform: number, catalogueIndex: catalogueIndex, function: function, lead: lead, confidence: confidence,
                       reason: .retireInactive(platform: platform.name, function: definition, evidence: found, inactive: off), decision: nil)
            } else {
                let (found, confidence) = evidence[app]!
                var seen: Set<String> = []
                let brings = apps[app].features.filter { !leadFeatures.contains(FeatureName.key($0)) && seen.insert(FeatureName.key($0)).inserted }
                record(app, .migrate, platform: number, catalogueIndex: catalogueIndex, function: function, lead: lead, confidence: confidence,
                       reason: .moveInto(platform: platform.name, function: definition, lead: apps[lead].name, leadID: apps[lead].externalID,
                                         evidence: found, brings: Array(brings.prefix(3))), decision: nil)
            }
        }
        return PlannedModule(function: function, lead: lead, members: joined.sorted())
    }

    /// The app's strongest evidence for `function`: its own words, or its best look-alike
    /// among apps doing the same function or else in its group (limited by how clearly its
    /// group names the function). Nil when there is none.
    func evidence(_ app: Int, function: Int, module: Set<Int>) -> (PlanReason.Evidence, Double)? {
        let item = assignment.items[app]
        let own = input.ownScore(app, function)
        let words = input.ownEvidence(app, function)
        // Its strongest look-alike doing the same function, else the strongest in its group.
        var best: LookAlike?
        for candidate in input.lookAlikes[app] where module.contains(candidate.app) && candidate.app != app {
            if Self.stronger(candidate, than: best) { best = candidate }
        }
        if best == nil, let group = item.group {
            for candidate in input.lookAlikes[app] where candidate.app != app && assignment.items[candidate.app].group == group {
                if Self.stronger(candidate, than: best) { best = candidate }
            }
        }
        let group = best.map { min($0.score, max(item.groupScore, own)) } ?? 0
        if own >= group, own > 0, !words.isEmpty { return (.ownWords(words, score: own), own) }
        if let best, group > 0 {
            return (.lookAlike(name: apps[best.app].name, id: apps[best.app].externalID, score: group, similarity: best.score), group)
        }
        return nil
    }

    /// Higher score first, ties to the lower app index, so the evidence does not depend on
    /// the order the look-alikes were read in.
    static func stronger(_ candidate: LookAlike, than best: LookAlike?) -> Bool {
        guard let best else { return candidate.score > 0 }
        return candidate.score != best.score ? candidate.score > best.score : candidate.app < best.app
    }

    /// The catalogue alias of `platform` that `name` carries when it does not carry the
    /// platform's own name ("SIRUP Tual" of SPSE): the reason then names it, since "SPSE itself,
    /// as its name says" would not be true of it.
    static func alias(of platform: CataloguePlatform, in name: String) -> String? {
        // Names compared with their words run together, as the catalogue finds systems in use.
        let key = { (text: String) in PlatformCatalogue.nameWords(text).joined() }
        let written = key(name)
        let own = key(platform.name.split(separator: "(").first.map(String.init) ?? platform.name)
        guard !written.contains(own) else { return nil }
        return platform.aliases.filter { written.contains(key($0)) }.max { key($0).count < key($1).count }
    }

    /// The assign decision that put the app on its platform, if one did.
    private func assignedDecision(_ app: Int) -> ResolvedDecision? {
        guard case .assigned(let id) = assignment.items[app].basis else { return nil }
        return input.decisions.first { $0.id == id }
    }

    /// The reason of an app a planner assigned, and its confidence: the decision moves it, and
    /// the reason quotes the function the plan would give it on its own and that evidence (or
    /// none), never the platform's legal basis nor a match it does not have. Nil for other apps.
    private func assigned(_ app: Int, platform: String, leads: Bool, pinned: String?, inactive: InactiveApp?) -> (PlanReason, Double)? {
        guard let decision = assignedDecision(app) else { return nil }
        let own = assignment.items[app].ownFunction
        let found = own.flatMap { evidence(app, function: $0, module: []) }
        return (.assigned(platform: platform, citation: decision.citation, function: own.map { input.catalogue.functions[$0].function },
                          evidence: found?.0, leads: leads, pinned: pinned, inactive: inactive), found?.1 ?? 0)
    }

    private mutating func record(_ app: Int, _ action: PlanAction, platform number: Int, catalogueIndex: Int, function: Int, lead: Int?,
                                 confidence: Double, reason: PlanReason, decision: Int64?) {
        let platform = input.catalogue.platforms[catalogueIndex]
        let money = PlanMoney.estimate(action, app: apps[app], platform: platform, parameters: parameters)
        // An app still in development does not migrate: its build stops (``PlanReason/stopsBuild(_:platform:)``).
        let reason = MigrationWave.stopsBuild(action, app: apps[app]) ? .stopsBuild(reason, platform: platform.name) : reason
        // The wave's risk order follows the confidence the plan states, so a stated 0.50 is never treated as below 0.5.
        let stated = PlanReason.rounded(confidence)
        // An assigned app keeps the job the plan finds in it, not the platform's function.
        let job = assignedDecision(app) == nil ? function : assignment.items[app].ownFunction
        // Wave and net follow once the platform's whole schedule is known (``MigrationWave/schedule``).
        items[app] = PlanItem(app: app, action: action, platform: number, function: job, lead: lead, wave: nil,
                              confidence: stated, reason: reason, oneOffCost: money.oneOff, annualSaving: money.saving,
                              netSaving: nil, decision: decision,
                              savingBasis: SavingBasis.of(action, app: apps[app], reason: reason, weakBelow: parameters.weakBelow))
    }

    /// An app no chosen platform takes: says why.
    mutating func retain(_ app: Int) {
        let item = assignment.items[app]
        var decision: Int64?
        var reason: PlanReason
        switch item.basis {
        case .heldBack(let id):
            decision = id
            let citation = input.decisions.first { $0.id == id }?.citation ?? "#\(id)"
            reason = input.decisions.first { $0.id == id }?.kind == .exclude ? .excluded(citation) : .heldBack(citation)
        case .unmatched:
            if let group = item.group {
                // Words of the group that name a function, however weakly, mean a platform covers
                // the job (as ``MergePlanner/uncovered(_:assignment:)`` decides); the group's
                // average for it is what the group threshold judges, not one app's best score.
                let members = input.groups[group]
                let closest = MergePlanner.closestFunction(of: members, input: input)
                reason = .noFunction(groupWords: Array(input.groupTerms[group].prefix(3)), lookAlikes: members.count - 1,
                                     closest: closest.map { input.catalogue.functions[$0.function].function }, score: closest?.average ?? 0,
                                     needed: parameters.groupThreshold)
            } else if let closest = input.matches[app].first, closest.score >= MergePlanner.uncoveredBelow {
                // Under that floor a function's name would be quoted for a word or two in common
                // (roads and "hospital information system" at 0.05): it names none.
                reason = .noLookAlike(closest: input.catalogue.functions[closest.function].function, score: closest.score,
                                      needed: FunctionAssignment.loneBar(app, function: closest.function, input: input, parameters: parameters))
            } else {
                reason = .noLookAlike(closest: nil, score: 0, needed: 0)
            }
        case let .review(own, group):
            let functions = input.catalogue.functions
            reason = .reviewAgainstGroup(function: functions[own].function, score: input.ownScore(app, own), evidence: input.ownEvidence(app, own),
                                         groupFunction: functions[group].function, groupScore: item.groupScore, ownGroupScore: input.ownScore(app, group))
        case .inUse(let index):
            let platform = input.catalogue.platforms[index]
            reason = .systemInUse(platform: platform.name, kind: platform.kind, alias: Self.alias(of: platform, in: apps[app].name),
                                  settingUp: apps[app].status == .development)
        case .groupOnly:
            // Named by the platform that would take it at its level, else the function's first.
            let function = item.function!
            let placed = input.catalogue.function(function, for: apps[app].level) ?? function
            reason = .groupOnly(function: input.catalogue.functions[placed].function,
                                platform: input.catalogue.platforms[input.catalogue.functions[placed].platform].name,
                                score: input.ownScore(app, function), evidence: input.ownEvidence(app, function),
                                group: input.groupName(item.group!), needed: parameters.weakBelow)
        case .group, .own, .assigned, .outOfScope:
            let function = item.function!
            let catalogueIndex = input.catalogue.functions[function].platform
            let platform = input.catalogue.platforms[catalogueIndex]
            let own = input.ownScore(app, function)
            let words = input.ownEvidence(app, function)
            let evidence: PlanReason.Evidence? = !words.isEmpty && own > 0 ? .ownWords(words, score: own)
                : input.lookAlikes[app].reduce(LookAlike?.none) { Self.stronger($1, than: $0) ? $1 : $0 }
                    .map { .lookAlike(name: apps[$0.app].name, id: apps[$0.app].externalID, score: $0.score, similarity: $0.score) }
            if item.basis == .outOfScope {
                reason = .outsideScope(function: input.catalogue.functions[function].function, evidence: evidence, platform: platform.name,
                                       serves: platform.scope, level: apps[app].level ?? .central)
            } else if selection.tooSmall.contains(catalogueIndex) {
                reason = .tooFew(function: input.catalogue.functions[function].function, evidence: evidence, platform: platform.name,
                                 apps: selection.coverage[catalogueIndex], minimum: PlatformSelection.minimumApps)
            } else if let why = selection.unprofitable[catalogueIndex] {
                let (loss, costly): (Double?, Int) = switch why {
                case .netLoss(let net): (net, 0)
                case .nothingMoves(let costly): (nil, costly)
                }
                reason = .doesNotPay(function: input.catalogue.functions[function].function, evidence: evidence, platform: platform.name,
                                     kind: platform.kind, apps: selection.coverage[catalogueIndex], loss: loss, years: parameters.years, costly: costly)
            } else {
                let displacer = selection.displaced.first { $0.value == catalogueIndex }?.key
                let decision = displacer.flatMap { displacer in
                    input.decisions.last { $0.kind == .assign && $0.platform.flatMap(input.catalogue.platform(named:)) == displacer }
                }
                reason = .notChosen(function: input.catalogue.functions[function].function, evidence: evidence, platform: platform.name,
                                    kind: platform.kind, apps: selection.coverage[catalogueIndex], platforms: selection.chosen.count,
                                    displacedBy: decision?.citation)
            }
        }
        // An app that is a national system itself is known by its name alone (the system's, with
        // only its agency's or region's words beside it): no score weighs that, and 0 would read
        // as "no idea".
        let inUse: Bool = if case .systemInUse = reason { true } else { false }
        if decision == nil, !inUse, let inactive = InactiveApp(apps[app]) { reason = .inactiveKept(reason, inactive) }
        if decision == nil, !inUse, apps[app].status == .development { reason = .buildGoesOn(reason) }
        items[app] = PlanItem(app: app, action: .retain, platform: nil, function: item.function, lead: nil, wave: nil,
                              confidence: inUse ? 1 : PlanReason.rounded(reason.quotedScore ?? 0), reason: reason, oneOffCost: nil, annualSaving: nil, netSaving: nil,
                              decision: decision)
    }
}
