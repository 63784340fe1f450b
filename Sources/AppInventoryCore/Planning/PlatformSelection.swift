/// Stage 2 of the planner: the dozen. Picks the catalogue platforms the plan consolidates
/// into: every mandatory national platform that has look-alikes in the inventory, and every
/// platform a planner assigned a group to, whatever the target; then the platforms that cover
/// most apps, until `target` platforms are chosen. A platform needs at least
/// ``minimumApps`` apps to be worth building or onboarding for.
struct PlatformSelection: Sendable {
    static let minimumApps = 2

    /// Catalogue indices in plan order: mandatory first (catalogue order), then by apps covered.
    var chosen: [Int]
    /// Apps whose function each catalogue platform covers.
    var coverage: [Int]
    /// Platforms left out that would cover at least ``minimumApps`` apps, most first.
    var candidates: [PlatformCandidate]

    init(_ assignment: FunctionAssignment, catalogue: PlatformCatalogue, target: Int, forced: Set<Int>) {
        let functions = catalogue.functions
        var coverage = Array(repeating: 0, count: catalogue.platforms.count)
        for item in assignment.items { if let function = item.planned { coverage[functions[function].platform] += 1 } }
        let always = catalogue.platforms.indices.filter { (catalogue.platforms[$0].mandatory && coverage[$0] > 0) || forced.contains($0) }
        let others = catalogue.platforms.indices
            .filter { !always.contains($0) && coverage[$0] >= Self.minimumApps }
            .sorted { coverage[$0] != coverage[$1] ? coverage[$0] > coverage[$1] : $0 < $1 }
        let slots = max(0, target - always.count)
        chosen = always.sorted { (catalogue.platforms[$0].mandatory ? 0 : 1, $0) < (catalogue.platforms[$1].mandatory ? 0 : 1, $1) }
            + others.prefix(slots)
        candidates = others.dropFirst(slots).map { PlatformCandidate(catalogueIndex: $0, apps: coverage[$0]) }
        self.coverage = coverage
    }
}
