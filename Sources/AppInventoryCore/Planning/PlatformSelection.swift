/// Stage 2 of the planner: the dozen. Picks the catalogue platforms the plan consolidates into.
///
/// The law comes first: every national system agencies are obliged to use (an Aplikasi Umum,
/// or a mandatory sectoral system such as Dapodik or SIAK Terpusat) is in the plan whenever
/// inventory apps do its job, whatever the target, because a local look-alike may not stay.
/// Then the platforms a planner assigned apps to. The places left under `target` go to the
/// optional platforms that cover most apps. A national system takes even one app (the app
/// moves into a system that runs already); a shared platform needs ``minimumApps``, since a
/// platform built on one app consolidates nothing. An optional platform a first plan moved no
/// app into is left out, and one it lost money on over the horizon gives its place to the next
/// (``Unprofitable``).
struct PlatformSelection: Sendable {
    static let minimumApps = 2

    /// Why an optional platform is kept out although it covers apps: the plan that held it
    /// showed it does not pay, so it takes no place a platform with a saving could take.
    enum Unprofitable: Sendable, Equatable {
        /// Nothing moves in: `costly` of its apps would pay it more a year than they save
        /// (``PlanReason/noYearlySaving(function:evidence:platform:adds:)``) and every other
        /// would lead a module (one app a function).
        case nothingMoves(costly: Int)
        /// Its apps' net saving over the plan's years, leads' one-off cost included, is this loss.
        case netLoss(Double)
    }

    /// Catalogue indices in plan order: obligations (catalogue order), assigned platforms,
    /// then optional platforms by apps covered.
    var chosen: [Int]
    /// Apps whose function each catalogue platform covers.
    var coverage: [Int]
    /// Optional platforms left out for want of places, most apps first.
    var candidates: [PlatformCandidate]
    /// Mandatory platforms in the plan: more than the target when the law demands it.
    var obligations: Int
    /// Shared platforms left out although places were free, because fewer than
    /// ``minimumApps`` apps do their job.
    var tooSmall: Set<Int>
    /// Optional platforms that would be in the plan but for an assigned platform taking their
    /// place: assigned platform → the platform it displaced.
    var displaced: [Int: Int]
    /// Assigned platforms the plan would not hold without the assign decisions: each takes in
    /// every app doing its jobs, not only the assigned group's.
    var addedByDecision: Set<Int>
    /// Optional platforms a plan that held them found not to pay: they take no place.
    var unprofitable: [Int: Unprofitable]
    /// The plan without the assign decisions, which a decision's effect is told against: a
    /// platform "leaves" or "enters" the plan only when that plan held it or did not.
    var baseline: Baseline?

    /// The platforms and each app's platform (catalogue indices) of the plan without the assign
    /// decisions.
    struct Baseline: Sendable {
        var chosen: [Int]
        var coverage: [Int]
        var platformOf: [Int?]

        init(_ input: PlanInput, parameters: PlanParameters, unprofitable: [Int: Unprofitable] = [:]) {
            var plain = input
            plain.decisions.removeAll { $0.kind == .assign }
            let assignment = FunctionAssignment(plain, parameters: parameters)
            let selection = PlatformSelection(assignment, catalogue: input.catalogue, target: parameters.target, forced: [], unprofitable: unprofitable)
            chosen = selection.chosen
            coverage = selection.coverage
            platformOf = assignment.items.map { $0.planned.map { input.catalogue.functions[$0].platform } }
        }
    }

    init(_ assignment: FunctionAssignment, catalogue: PlatformCatalogue, target: Int, forced: Set<Int>, baseline: Baseline? = nil,
         unprofitable: [Int: Unprofitable] = [:]) {
        let functions = catalogue.functions
        var coverage = Array(repeating: 0, count: catalogue.platforms.count)
        for item in assignment.items { if let function = item.planned { coverage[functions[function].platform] += 1 } }
        let platforms = catalogue.platforms
        let required = platforms.indices.filter { platforms[$0].mandatory && coverage[$0] > 0 }
        let assigned = forced.filter { !platforms[$0].mandatory }.sorted()
        func worthIt(_ index: Int) -> Bool { coverage[index] >= (platforms[index].kind.isNational ? 1 : Self.minimumApps) }
        func optional(excluding: Set<Int>) -> [Int] {
            platforms.indices.filter { !platforms[$0].mandatory && !excluding.contains($0) && unprofitable[$0] == nil && worthIt($0) }
                .sorted { coverage[$0] != coverage[$1] ? coverage[$0] > coverage[$1] : $0 < $1 }
        }
        let others = optional(excluding: Set(assigned))
        let places = max(0, target - required.count - assigned.count)
        let chosen = required + assigned + others.prefix(places)
        candidates = others.dropFirst(places).map { PlatformCandidate(catalogueIndex: $0, apps: coverage[$0]) }
        obligations = required.count
        tooSmall = chosen.count < target
            ? Set(platforms.indices.filter { !platforms[$0].mandatory && coverage[$0] > 0 && !worthIt($0) && !forced.contains($0) }) : []
        // What the plan would hold without the assign decisions, to name what they push out.
        let before = baseline?.chosen ?? required + optional(excluding: []).prefix(max(0, target - required.count))
        // A platform that lost the apps keeping it in (an assign moved them) left by that, not for want of a place.
        let pushedOut = before.filter { !chosen.contains($0) && !platforms[$0].mandatory && unprofitable[$0] == nil && worthIt($0) }
        let newcomers = assigned.filter { !before.contains($0) }
        displaced = Dictionary(uniqueKeysWithValues: zip(newcomers, pushedOut.reversed()))
        addedByDecision = Set(newcomers)
        self.baseline = baseline
        self.unprofitable = unprofitable
        self.chosen = chosen
        self.coverage = coverage
    }
}
