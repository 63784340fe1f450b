/// Plans the consolidation of an inventory into the platforms of a target architecture.
///
/// The stages, each in its own file:
/// 1. ``FunctionAssignment``: which catalogue function each overlap group (or lone app) does;
/// 2. ``PlatformSelection``: the dozen platforms, every national system the law obliges
///    agencies to use first, whatever the target;
/// 3. modules and leads: each function of a shared platform is led by its best app
///    (``SurvivorScore``), national platforms have no local lead;
/// 4. actions and reasons (``PlanReason``), one per app;
/// 5. money (``PlanMoney``) and dated waves (``MigrationWave``), as many as each platform's
///    onboarding capacity needs;
/// 6. the effect of every planner decision.
///
/// Pure computation: values in, a ``MergePlan`` out.
public enum MergePlanner {
    public static func plan(_ input: PlanInput, parameters: PlanParameters = PlanParameters()) -> MergePlan {
        let catalogue = input.catalogue
        let assignment = FunctionAssignment(input, parameters: parameters)
        // A platform a planner assigned apps to is in the plan when some of them move there: an
        // assign the law overrides, or one whose apps are all of levels it does not serve, never
        // takes a place of the target from a platform that would take in apps.
        let forced = Set(assignment.items.compactMap { item -> Int? in
            guard case .assigned = item.basis, let function = item.function else { return nil }
            return catalogue.functions[function].platform
        })
        // An optional platform that moves nothing in is never built: it would consolidate nothing.
        // One that loses money over the horizon gives its place to a platform waiting for one.
        // Plan again without them until every optional platform pays.
        var unprofitable: [Int: PlatformSelection.Unprofitable] = [:]
        while true {
            let baseline = forced.isEmpty ? nil : PlatformSelection.Baseline(input, parameters: parameters, unprofitable: unprofitable)
            let selection = PlatformSelection(assignment, catalogue: catalogue, target: parameters.target, forced: forced, baseline: baseline,
                                              unprofitable: unprofitable)
            let (platforms, items) = build(input, parameters: parameters, assignment: assignment, selection: selection)
            let losing = unprofitablePlatforms(platforms, items: items, catalogue: catalogue, forced: forced)
            // A loss only when a platform waits for the place: with places to spare nothing better is kept out.
            let dropped = selection.candidates.isEmpty ? losing.filter { if case .nothingMoves = $0.value { true } else { false } } : losing
            guard dropped.isEmpty else {
                unprofitable.merge(dropped) { $1 }
                continue
            }
            return finish(input, parameters: parameters, assignment: assignment, selection: selection, platforms: platforms, items: items)
        }
    }

    /// Stages 3 to 5 for one selection: modules, leads, waves and one item per app.
    private static func build(_ input: PlanInput, parameters: PlanParameters, assignment: FunctionAssignment,
                              selection: PlatformSelection) -> ([PlannedPlatform], [PlanItem]) {
        let catalogue = input.catalogue
        let functions = catalogue.functions
        var builder = ItemBuilder(input: input, parameters: parameters, assignment: assignment, selection: selection)
        var platforms: [PlannedPlatform] = []
        for (offset, catalogueIndex) in selection.chosen.enumerated() {
            var modules: [PlannedModule] = []
            for function in functions.indices where functions[function].platform == catalogueIndex {
                let members = input.apps.indices.filter { assignment.items[$0].planned == function }
                guard !members.isEmpty else { continue }
                modules.append(builder.module(function: function, members: members, platform: offset + 1, catalogueIndex: catalogueIndex))
            }
            let members = modules.flatMap(\.members).sorted()
            MigrationWave.schedule(&builder.items, members: members, apps: input.apps, kind: catalogue.platforms[catalogueIndex].kind,
                                   parameters: parameters)
            platforms.append(PlannedPlatform(number: offset + 1, catalogueIndex: catalogueIndex, modules: modules, members: members))
        }
        for app in input.apps.indices where builder.items[app] == nil {
            builder.retain(app)
        }
        return (platforms, builder.items.map { $0! })
    }

    /// The optional platforms of a plan (neither mandatory nor assigned by a planner) that move
    /// no app in (every app of theirs leads a module) or whose apps lose money over the horizon,
    /// module leads' one-off cost included, by the rule the summary and the platform's report
    /// card tell a loss by (``PlanMoney/netLoss(of:)``): a platform whose apps' costs are not all
    /// known proves no loss, so it is never dropped on a partial sum the cards would not show.
    static func unprofitablePlatforms(_ platforms: [PlannedPlatform], items: [PlanItem], catalogue: PlatformCatalogue,
                                      forced: Set<Int>) -> [Int: PlatformSelection.Unprofitable] {
        var found: [Int: PlatformSelection.Unprofitable] = [:]
        for platform in platforms where !catalogue.platforms[platform.catalogueIndex].mandatory && !forced.contains(platform.catalogueIndex) {
            let members = platform.members.map { items[$0] }
            let planned = members.filter { $0.action != .retain }
            guard !planned.isEmpty else { continue }
            if planned.allSatisfy({ $0.action == .platform }) {
                let name = catalogue.platforms[platform.catalogueIndex].name
                let costly = items.count { if case .noYearlySaving(_, _, name, _) = $0.reason { true } else { false } }
                found[platform.catalogueIndex] = .nothingMoves(costly: costly)
                continue
            }
            if let loss = PlanMoney.netLoss(of: planned) { found[platform.catalogueIndex] = .netLoss(-loss) }
        }
        return found
    }

    private static func finish(_ input: PlanInput, parameters: PlanParameters, assignment: FunctionAssignment, selection: PlatformSelection,
                               platforms: [PlannedPlatform], items: [PlanItem]) -> MergePlan {
        let catalogue = input.catalogue
        var items = items
        let queued = items.map(Optional.some)
        for platform in platforms {
            let entry = catalogue.platforms[platform.catalogueIndex]
            let mandatory = entry.mandatory ? entry.name : nil
            for (app, earliest) in MigrationWave.queue(queued, members: platform.members, apps: input.apps, kind: entry.kind) {
                items[app].shortfall = PlanShortfall.of(items[app], earliest: earliest, mandatory: mandatory, parameters: parameters)
            }
            // A build that stops takes no place in the queue: its wave is its earliest.
            for app in platform.members where MigrationWave.stopsBuild(items[app], app: input.apps[app]) {
                guard let wave = items[app].wave else { continue }
                items[app].shortfall = PlanShortfall.of(items[app], earliest: wave, mandatory: mandatory, parameters: parameters)
            }
        }
        var money = PlanMoney()
        money.years = parameters.years
        for item in items { money.add(item, app: input.apps[item.app]) }
        let late = lateQueues(items.map(Optional.some), platforms: platforms, apps: input.apps, catalogue: catalogue, parameters: parameters)
        return MergePlan(parameters: parameters, catalogue: catalogue, platforms: platforms, items: items,
                         waves: waves(items, apps: input.apps, parameters: parameters), candidates: selection.candidates,
                         tooSmall: selection.tooSmall.sorted().map { PlatformCandidate(catalogueIndex: $0, apps: selection.coverage[$0]) },
                         uncovered: uncovered(input, assignment: assignment),
                         decisionEffects: DecisionEffects.report(input, items: items, plan: platforms, catalogue: catalogue, selection: selection,
                                                                 parameters: parameters),
                         money: money, lateQueues: late)
    }

    /// The platforms with moves in the waves ending at or after the horizon's last quarter, and
    /// the capacity a wave that would end each one's queue before them.
    static func lateQueues(_ items: [PlanItem?], platforms: [PlannedPlatform], apps: [Application], catalogue: PlatformCatalogue,
                           parameters: PlanParameters) -> [LateQueue] {
        var lastInTime = 0
        while MigrationWave.dates(of: lastInTime + 1, parameters: parameters).end < parameters.horizonEnd { lastInTime += 1 }
        return platforms.compactMap { platform -> LateQueue? in
            let late = platform.members.filter { (items[$0]?.wave ?? 0) > lastInTime }.count
            guard late > 0 else { return nil }
            let queue = MigrationWave.queue(items, members: platform.members, apps: apps, kind: catalogue.platforms[platform.catalogueIndex].kind)
            return LateQueue(platform: platform.number, lateApps: late, moves: queue.count,
                             capacity: MigrationWave.capacity(toFinish: queue, by: lastInTime))
        }.sorted { $0.lateApps != $1.lateApps ? $0.lateApps > $1.lateApps : $0.platform < $1.platform }
    }

    static func waves(_ items: [PlanItem], apps: [Application], parameters: PlanParameters) -> [PlannedWave] {
        let byWave = Dictionary(grouping: items.filter { $0.wave != nil }) { $0.wave! }
        return byWave.keys.sorted().map { number in
            let moving = byWave[number]!
            let (start, end) = MigrationWave.dates(of: number, parameters: parameters)
            func count(_ role: WaveRole) -> Int { moving.reduce(0) { $0 + (WaveRole.of($1) == role ? 1 : 0) } }
            return PlannedWave(number: number, start: start, end: end, apps: moving.count, moves: count(.move),
                               movesToCheck: moving.reduce(0) { $0 + (WaveRole.isMoveToCheck($1.action, $1.savingBasis) ? 1 : 0) },
                               stops: moving.reduce(0) { $0 + (MigrationWave.stopsBuild($1, app: apps[$1.app]) ? 1 : 0) },
                               switchOffs: count(.switchOff), leads: count(.lead),
                               // Users brought over: a lead's stay on it, an inactive app and a build not yet running have none to bring.
                               users: moving.reduce(0) { $0 + (WaveRole.of($1) == .move && !MigrationWave.stopsBuild($1, app: apps[$1.app])
                                                               ? max(0, apps[$1.app].users ?? 0) : 0) },
                               oneOffCost: moving.reduce(0) { $0 + ($1.oneOffCost ?? 0) })
        }
    }

    /// A group whose apps' own words name no catalogue function even this much on average does
    /// a job the catalogue lacks; one whose words name a function more, yet too weakly to plan,
    /// does a job a platform covers and is not listed as lacking one.
    static let uncoveredBelow = 0.1

    /// The function `members`' own words name most on average, with that average, when it reaches
    /// ``uncoveredBelow``; nil when they name none. The average, not one member's best score: in a
    /// register of software products, 162 CAD and BIM programs were read as naming "official
    /// vehicle fleet" because one of them did, at 0.00 on average, and the largest group was then
    /// missing from the jobs no platform covers.
    static func closestFunction(of members: [Int], input: PlanInput) -> (function: Int, average: Double)? {
        let (function, average) = FunctionAssignment.best(members, input: input, allowed: nil)
        guard let function, average >= uncoveredBelow else { return nil }
        return (function, average)
    }

    /// Overlap groups whose job no catalogue function names: what the catalogue lacks.
    static func uncovered(_ input: PlanInput, assignment: FunctionAssignment) -> [UncoveredFunction] {
        input.groups.indices.compactMap { group -> UncoveredFunction? in
            let members = input.groups[group]
            guard assignment.groupFunctions[group] == nil,
                  members.contains(where: { if case .unmatched = assignment.items[$0].basis { true } else { false } }),
                  closestFunction(of: members, input: input) == nil else { return nil }
            return UncoveredFunction(words: Array(input.groupTerms[group].prefix(3)), apps: members.count, example: members[0],
                                     group: input.groupName(group))
        }.sorted { $0.apps != $1.apps ? $0.apps > $1.apps : $0.example < $1.example }
    }
}
