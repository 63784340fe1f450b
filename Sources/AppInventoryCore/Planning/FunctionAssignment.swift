/// Stage 1 of the planner: which catalogue function each app does.
///
/// An overlap group does the function its apps' words name most on average, when that
/// average reaches ``PlanParameters/groupThreshold``; every member follows its group, except a
/// member whose own words clearly name another function, and a member that nothing of its own
/// ties to the job (``groupOnly(_:group:own:groupOf:groupScore:input:parameters:)``), which stays
/// as it is for a check by hand. An app without look-alikes does its
/// own best function when its words name it at least ``PlanParameters/loneThreshold``, or the
/// group threshold when a mandatory national system serves that function (``loneBar(_:function:input:parameters:)``). Then
/// each app takes the platform of that function that serves its level of government
/// (``PlatformScope``), or none when no platform does. Planner decisions come first:
/// `retain` and `exclude` keep apps out, `assign` names the platform for the group's apps whose
/// level of government it serves (the others go where the plan would put them anyway, and so
/// does a member whose own job a mandatory national system serves: the law comes first), or
/// names it for a single app without look-alikes.
struct FunctionAssignment: Sendable {
    /// Why an app is (or is not) planned into a function.
    enum Basis: Sendable, Equatable {
        /// Its overlap group does this function.
        case group
        /// Its own words name this function (no look-alikes, or it differs from its group).
        case own
        /// A planner assigned its group to a platform.
        case assigned(Int64)
        /// A planner kept it out of the plan (retain, or its group excluded).
        case heldBack(Int64)
        /// No function matches well enough.
        case unmatched
        /// Its group names its function (`group`) only weakly, and its own words name another
        /// (`own`) at least as strongly and the group's hardly, yet too weakly to plan there:
        /// neither job is evidence enough, so it stays as it is for a check by hand.
        case review(own: Int, group: Int)
        /// It does its function, but the function's platform serves other levels of government
        /// and no platform of the catalogue covers the function for the app's level.
        case outOfScope
        /// It is this national platform itself, in use (``PlatformCatalogue/systemInUse(_:)``):
        /// nothing moves, and it does not count towards the platform's place in the plan.
        case inUse(Int)
        /// Its group does this function, but nothing of its own ties it to the job: its words
        /// name it under ``PlanParameters/groupThreshold`` and no look-alike of its group is as
        /// close as ``PlanParameters/weakBelow`` (``FunctionAssignment/groupOnly(_:group:own:groupOf:groupScore:input:parameters:)``).
        /// It stays as it is for a check by hand.
        case groupOnly
    }

    struct Assigned: Sendable {
        var function: Int?
        var basis: Basis
        /// Index into the input's groups.
        var group: Int?
        /// Mean score of the group's apps for the group's function.
        var groupScore: Double
        /// For an app a planner assigned: the function the plan would give it without the
        /// decision, or else the one its own words name best however weakly (nil when they
        /// name none), which its reason and confidence quote.
        var ownFunction: Int?

        /// The function whose platform takes the app; nil when it stays as it is.
        var planned: Int? {
            switch basis {
            case .outOfScope, .inUse, .groupOnly: nil
            default: function
            }
        }
    }

    /// A member leaves its group's function (the one the group's words name best, planned or
    /// not) when its own words name another one at least this much
    /// (or, when the group names its function only weakly, under ``PlanParameters/weakBelow``, at
    /// least that threshold: its own words are then no weaker evidence than the group's; between
    /// the group's own score and that threshold it follows neither and is reviewed)...
    static let ownOverride = 0.40
    /// ...and name the group's function less than this share of that.
    static let overrideRatio = 0.5
    /// A group holds together when at least this share of its apps name its function best.
    static let cohesion = 0.6
    /// Whether `app`, a member of group `group`, follows its group's function on
    /// membership alone: its own words name the function under the
    /// ``PlanParameters/groupThreshold`` a group must reach on average (`own`), and its closest
    /// look-alike in the group, counted no higher than the group names the function (as the
    /// reason would quote it), is under the weak threshold. Moving it would rest on nothing a
    /// planner could check ("E-INFORMASI", a portal whose one-line "Mendukung kinerja perangkat
    /// daerah" names performance accountability at 0.10, with the performance apps), so it is
    /// retained with a reason naming its group.
    static func groupOnly(_ app: Int, group: Int, own: Double, groupOf: [Int: Int], groupScore: Double,
                          input: PlanInput, parameters: PlanParameters) -> Bool {
        guard own < parameters.groupThreshold else { return false }
        let closest = input.lookAlikes[app].filter { $0.app != app && groupOf[$0.app] == group }.map(\.score).max() ?? 0
        return min(closest, max(groupScore, own)) < parameters.weakBelow
    }

    /// The function `members` name most on average (restricted to `allowed` when given), and that average.
    static func best(_ members: [Int], input: PlanInput, allowed: Set<Int>?) -> (Int?, Double) {
        var sums: [Int: Double] = [:]
        for app in members { for match in input.matches[app] where allowed?.contains(match.function) ?? true { sums[match.function, default: 0] += match.score } }
        guard let top = sums.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return (nil, 0) }
        return (top.key, top.value / Double(members.count))
    }

    var items: [Assigned]
    /// Function of each group (nil when none matches).
    var groupFunctions: [Int?]

    init(_ input: PlanInput, parameters: PlanParameters) {
        var items = Array(repeating: Assigned(function: nil, basis: .unmatched, group: nil, groupScore: 0), count: input.apps.count)
        var heldBack: [Int: Int64] = [:]
        var assignedPlatform: [Int: (Int, Int64)] = [:]
        // Apps without look-alikes a planner assigned on their own.
        var assignedApp: [Int: (Int, Int64)] = [:]
        var excludedGroups: [Int: Int64] = [:]
        var groupOf: [Int: Int] = [:]
        for (index, group) in input.groups.enumerated() { for app in group { groupOf[app] = index } }
        for decision in input.decisions {
            guard let app = decision.app else { continue }
            switch decision.kind {
            case .retain: heldBack[app] = heldBack[app] ?? decision.id
            case .exclude: if let group = groupOf[app] { excludedGroups[group] = excludedGroups[group] ?? decision.id }
            case .assign:
                guard let name = decision.platform, let platform = input.catalogue.platform(named: name) else { continue }
                if let group = groupOf[app] { assignedPlatform[group] = (platform, decision.id) } else { assignedApp[app] = (platform, decision.id) }
            case .keep, .separate, .merge: break
            }
        }

        // Apps that are a national system itself, unless their own words name another job
        // (``isInUse(_:platform:input:parameters:)``); a planner's retain or exclude still wins.
        let inUse = input.catalogue.systemsInUse(input.apps).filter { Self.isInUse($0.key, platform: $0.value, input: input, parameters: parameters) }

        var groupFunctions: [Int?] = []
        for (index, group) in input.groups.enumerated() {
            // A group holds together when most of its apps name its function themselves; a
            // mixed group (licensing and building permits linked by shared words) is judged
            // part by part, each part being the apps whose own words name one function.
            let (function, score) = Self.best(group, input: input, allowed: nil)
            var parts: [([Int], Int?, Double)] = [(group, function, score)]
            let agreeing = group.filter { input.matches[$0].first?.function == function }.count
            if function == nil || Double(agreeing) < Self.cohesion * Double(group.count) {
                let byOwn = Dictionary(grouping: group) { input.matches[$0].first?.function ?? -1 }
                parts = byOwn.keys.sorted().map { key in
                    let part = byOwn[key]!
                    let (partFunction, partScore) = Self.best(part, input: input, allowed: nil)
                    return (part, partFunction, partScore)
                }
            }
            var matched: Int?
            for (part, partFunction, partScore) in parts {
                let accepted = partScore >= parameters.groupThreshold ? partFunction : nil
                if matched == nil { matched = accepted }
                for app in part {
                    items[app].group = index
                    items[app].groupScore = partScore
                    if let excluded = excludedGroups[index] {
                        items[app].basis = .heldBack(excluded)
                        continue
                    }
                    let own = input.matches[app].first
                    // The group's job, planned or not: a member whose words name the job its group
                    // names too weakly to plan follows its group (Fishbowl's "QuickBooks" read as
                    // books in a group of e-book readers named library at 0.19), where one naming
                    // another job is read on its own.
                    let groupJob = accepted ?? partFunction
                    let differs = own.map { $0.function != groupJob && input.ownScore(app, groupJob ?? -1) < $0.score * Self.overrideRatio } ?? false
                    // "School Admission Portal" in a weak school-data group names admissions at 0.36
                    // and school data at 0.09: it does admissions, not the group's weak job.
                    let weak = partScore < parameters.weakBelow
                    let override = weak ? min(Self.ownOverride, parameters.weakBelow) : Self.ownOverride
                    if let own, differs, own.score >= override {
                        items[app].function = own.function
                        items[app].basis = .own
                    } else if let own, differs, weak, let accepted, own.score >= partScore {
                        // At 0.338 it names admissions no less than its group (0.32) names school
                        // data, too weakly to plan either: a planner checks it.
                        items[app].basis = .review(own: own.function, group: accepted)
                    } else if let accepted {
                        items[app].function = accepted
                        items[app].basis = Self.groupOnly(app, group: index, own: input.ownScore(app, accepted), groupOf: groupOf,
                                                          groupScore: partScore, input: input, parameters: parameters) ? .groupOnly : .group
                    }
                    if let platform = inUse[app] { Self.markInUse(app, platform: platform, input: input, items: &items) }
                }
            }
            groupFunctions.append(matched)
            if excludedGroups[index] == nil, let (platform, id) = assignedPlatform[index] {
                Self.assign(group, to: platform, decision: id, input: input, items: &items)
            }
        }
        for app in input.apps.indices where items[app].group == nil {
            if let own = input.matches[app].first, own.score >= Self.loneBar(app, function: own.function, input: input, parameters: parameters) {
                items[app].function = own.function
                items[app].basis = .own
            }
            if let platform = inUse[app] { Self.markInUse(app, platform: platform, input: input, items: &items) }
            if let (platform, id) = assignedApp[app] { Self.assign([app], to: platform, decision: id, input: input, items: &items, lone: true) }
        }
        // Each app goes to the platform of its function that serves its level of government
        // (SIPD RI for a province, SAKTI for a ministry); a planner's assign decision stands.
        for app in input.apps.indices {
            guard let function = items[app].function, items[app].basis == .group || items[app].basis == .own else { continue }
            if let placed = input.catalogue.function(function, for: input.apps[app].level) {
                items[app].function = placed
            } else {
                items[app].basis = .outOfScope
            }
        }
        for (app, id) in heldBack {
            items[app].function = nil
            items[app].basis = .heldBack(id)
        }
        self.items = items
        self.groupFunctions = groupFunctions
    }

    /// How strongly the words of an app without look-alikes must name `function` to plan it
    /// there: ``PlanParameters/loneThreshold``, since one app's words are the only evidence of a
    /// job no other app does; but a mandatory national system's job needs only what a group
    /// needs (``PlanParameters/groupThreshold``), since the law applies to one app as to many
    /// ("Lapor Gubernur" goes to SP4N-LAPOR!, flagged for a check by hand when weak).
    static func loneBar(_ app: Int, function: Int, input: PlanInput, parameters: PlanParameters) -> Double {
        let catalogue = input.catalogue
        guard let placed = catalogue.function(function, for: input.apps[app].level),
              catalogue.platforms[catalogue.functions[placed].platform].mandatory else { return parameters.loneThreshold }
        return min(parameters.groupThreshold, parameters.loneThreshold)
    }

    /// Moves the members of an assigned group whose level of government `platform` serves
    /// into its function the members name most (its first function when they name none);
    /// members of other levels keep the function the plan gave them, and so does a member
    /// whose own job a mandatory national system serves (``lawBound(_:function:platform:catalogue:)``):
    /// the law comes first, a planner's assign of a group does not take it out of that system.
    /// A `lone` app, assigned by name, moves all the same: the planner has judged that one app's
    /// job ("Aplikasi Lapor Bencana" reports disasters, not complaints, whatever its "lapor"),
    /// and the decision's effect says which system the analysis read it for.
    private static func assign(_ group: [Int], to platform: Int, decision id: Int64, input: PlanInput, items: inout [Assigned], lone: Bool = false) {
        let catalogue = input.catalogue
        let served = group.filter {
            if case .inUse = items[$0].basis { return false }
            return catalogue.platforms[platform].scope.covers(input.apps[$0].level)
                && (lone || lawBound(input.apps[$0].level, function: items[$0].function, platform: platform, catalogue: catalogue) == nil)
        }
        guard !served.isEmpty else { return }
        // Matches name functions by their first entry; the platform's own entry of the same
        // function is the one the group moves into.
        let entries = Dictionary(catalogue.functions.indices.filter { catalogue.functions[$0].platform == platform }.map { (catalogue.canonical[$0], $0) },
                                 uniquingKeysWith: min)
        let (best, _) = Self.best(served, input: input, allowed: Set(entries.keys))
        guard let function = best.flatMap({ entries[$0] }) ?? entries.values.min() else { return }
        for app in served {
            items[app].ownFunction = items[app].function ?? input.matches[app].first?.function
            items[app].function = function
            items[app].basis = .assigned(id)
        }
    }

    /// Marks `app` as the national `platform` itself, doing the platform's function its words
    /// name most (its first when they name none), so its function is the platform's own entry.
    /// Whether `app`, named as national system `platform` (``PlatformCatalogue/systemInUse(_:)``),
    /// is that system in use. Its name says so unless its own words name another job best, at
    /// least as strongly as a group must name its job (``PlanParameters/groupThreshold``), though
    /// the name itself counts for the system's job: a ministry's "SAKTI" described as "presensi
    /// berbasis lokasi dan swafoto" is an attendance app wearing a word that also means
    /// "powerful", not the treasury's system; kept as "SAKTI itself" it would stay out of the plan
    /// with its cost. A thin or empty description names no job and leaves the name to speak.
    /// An entry the register marks inactive or retired ("LPSE", status Dihentikan) is an
    /// installation no longer used: it is switched off like any inactive app, not counted as
    /// the system in use.
    static func isInUse(_ app: Int, platform: Int, input: PlanInput, parameters: PlanParameters) -> Bool {
        if let status = input.apps[app].status, status == .inactive || status == .retired { return false }
        let catalogue = input.catalogue
        guard let best = input.matches[app].first, best.score >= parameters.groupThreshold else { return true }
        return catalogue.functions.indices.contains { catalogue.functions[$0].platform == platform && catalogue.canonical[$0] == catalogue.canonical[best.function] }
    }

    private static func markInUse(_ app: Int, platform: Int, input: PlanInput, items: inout [Assigned]) {
        let catalogue = input.catalogue
        let entries = catalogue.functions.indices.filter { catalogue.functions[$0].platform == platform }
        let named = input.matches[app].lazy.compactMap { match in entries.first { catalogue.canonical[$0] == catalogue.canonical[match.function] } }.first
        items[app].function = named ?? entries.first
        items[app].basis = .inUse(platform)
    }

    /// The mandatory national platform other than `platform` that serves `function` (an app's
    /// job before any assign) for an app of `level`; nil when none does. An app doing that job
    /// must use that system whatever a planner assigns its look-alikes to.
    static func lawBound(_ level: GovernmentLevel?, function: Int?, platform: Int, catalogue: PlatformCatalogue) -> Int? {
        guard let function, let placed = catalogue.function(function, for: level) else { return nil }
        let system = catalogue.functions[placed].platform
        return system != platform && catalogue.platforms[system].mandatory ? system : nil
    }
}
