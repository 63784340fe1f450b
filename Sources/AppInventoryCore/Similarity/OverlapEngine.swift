import Foundation

/// Finds which applications do the same job, groups them, and explains why.
///
/// Pure computation: takes applications, returns pairs and groups. Storage and commands
/// live elsewhere, so the engine can be tested and benchmarked on its own.
public enum OverlapEngine {
    /// Progress of a long analysis: a phase name and how many apps are done.
    public typealias Progress = @Sendable (_ phase: String, _ done: Int, _ total: Int) -> Void

    /// Analyses `apps`. `separated` pairs (by index) are never paired: only their link is cut,
    /// so both apps keep their other look-alikes and groups; `merged` pairs are always linked.
    public static func analyze(
        _ apps: [Application], parameters: AnalysisParameters = AnalysisParameters(),
        separated: [(Int, Int)] = [], merged: [(Int, Int)] = [], progress: Progress? = nil
    ) -> OverlapAnalysis {
        progress?("normalising", 0, apps.count)
        let profiles = ProfileBuilder.build(apps)
        // The grouping graph uses twice as many neighbours as are reported: denser links inside
        // a function keep its group whole, while the report stays short.
        var search = NeighbourSearch(profiles: profiles, weights: parameters.weights, topK: parameters.topK * 2, threshold: 0)
        search.separated = Set(separated.map { UnorderedPair($0.0, $0.1) })
        search.cosinesKept = parameters.topK
        let neighbours = search.run { done in progress?("comparing", done, apps.count) }
        return conclude(profiles: profiles, search: search, neighbours: neighbours, parameters: parameters, merged: merged, progress: progress)
    }

    /// Pairs, groups and evidence from every app's profile and neighbour list: the part of an
    /// analysis after the search.
    static func conclude(profiles: ProfileSet, search: NeighbourSearch, neighbours: [[Neighbour]], parameters: AnalysisParameters,
                         merged: [(Int, Int)], progress: Progress?) -> OverlapAnalysis {
        let found = FoundPairs(neighbours, reporting: PairReporting(parameters), merged: merged, search: search)
        let edges = found.pairs.map { ($0.low, $0.high, $0.neighbour.score) }
        progress?("grouping", 0, profiles.count)
        // Groups form from each app's vector blended with its nearest look-alikes' (see NeighbourBlend).
        let combined = NeighbourBlend.vectors(profiles.combinedVectors(weights: parameters.weights), neighbours: neighbours)
        let links = found.pairs.map { ($0.low, $0.high) }
        // Near look-alikes are not background: in a small inventory of look-alikes they are most
        // pairs, and on short texts they score under the pair threshold (see GroupingThreshold).
        let nearBar = GroupingThreshold.nearLookAlike(parameters)
        let overlapping = found.pairs.filter { $0.neighbour.score >= nearBar }.map { ($0.low, $0.high) }
        let grouping = GroupingThreshold(parameters: parameters, background: AverageLinkage.background(combined, links: overlapping))
        let linkage = AverageLinkage(vectors: combined, threshold: grouping.threshold)
        // A separated pair is only cut as a link: both apps keep their other look-alikes and groups.
        let mutual = MutualNeighbours.pairs(neighbours, among: Array(neighbours.indices), threshold: grouping.threshold) {
            Double(combined[$0].dot(combined[$1]))
        }
        var communities = linkage.clusters(links: links, forced: merged + mutual)
        if parameters.groupMergeThreshold < 1 {
            communities = GroupMerger(profiles: profiles, weights: parameters.weights, threshold: parameters.groupMergeThreshold)
                .merge(communities, edges: edges)
        }

        let held = heldCommunities(communities, links: overlapping + merged + mutual)
        for app in communities.indices where !held.contains(communities[app]) { communities[app] = communities.count + app }

        let reported = found.pairs.filter(\.reported)
        let evidence = EvidenceTerms(profiles)
        let pairs = ParallelSlots<OverlapPair?>.map(reported.count, { index in
            explain(reported[index].low, reported[index].high, neighbour: reported[index].neighbour, evidence: evidence)
        }, placeholder: nil).map { $0! }
        let (groups, groupOf) = buildGroups(communities, edges: edges, evidence: evidence)
        let shortLists = neighbours.map { Array($0.prefix(parameters.topK).filter { $0.score >= parameters.threshold }) }
        return OverlapAnalysis(parameters: parameters, pairs: pairs, groups: groups, neighbours: shortLists, groupOf: groupOf, grouping: grouping,
                               searchIndex: SearchIndex(profiles: profiles, neighbours: neighbours, background: grouping.background))
    }

    /// The existing apps most like a proposed one: the question asked before a new app is
    /// funded. Scores and evidence are computed exactly as in ``analyze(_:parameters:separated:merged:progress:)``.
    public static func check(_ proposal: Application, against apps: [Application], parameters: AnalysisParameters = AnalysisParameters(), limit: Int = 10) -> [OverlapPair] {
        let profiles = ProfileBuilder.build(apps + [proposal])
        let search = NeighbourSearch(profiles: profiles, weights: parameters.weights, topK: limit, threshold: parameters.threshold)
        let index = apps.count
        let evidence = EvidenceTerms(profiles)
        return search.neighbours(of: index).map { explain(index, $0.index, neighbour: $0, evidence: evidence) }
    }

    /// The existing apps most like a proposed one, from the stored index of the last analysis:
    /// only the proposal is profiled (against that analysis's vocabulary and statistics, see
    /// ``ProfileExtender``) and only apps sharing its terms are scored, exactly as
    /// ``analyze(_:parameters:separated:merged:progress:)`` scores pairs.
    package static func check(_ proposal: Application, index: SearchIndex, parameters: AnalysisParameters = AnalysisParameters(), limit: Int = 10) -> [OverlapPair] {
        var extender = ProfileExtender(index.profiles)
        let position = extender.append(proposal)
        let profiles = extender.profiles
        let search = NeighbourSearch(profiles: profiles, weights: parameters.weights, topK: limit, threshold: parameters.threshold)
        // One query: a pool much larger than the analysis's costs nothing to score, and the rough
        // sums that pick it favour apps with every field, so a name-only "SIMRS_MOBILE" (0.98)
        // would otherwise lose its place to fuller, weaker look-alikes, and what is found would
        // change with --limit.
        let found = search.search([position], postings: search.postings(for: [position]), keep: max(search.candidatePool, Self.checkPool))[0]
        guard !found.isEmpty else { return [] }
        let evidence = EvidenceTerms(profiles)
        return found.map { explain(position, $0.index, neighbour: $0, evidence: evidence) }
    }

    /// The communities that hold together by look-alikes: those with a link of `links` (near
    /// look-alike, merged or mutual-best pairs) between two of their members. A community joined
    /// only by resembling neighbourhoods is no group; a full and an incremental analysis both
    /// ask this.
    static func heldCommunities(_ communities: [Int], links: [(Int, Int)]) -> Set<Int> {
        Set(links.lazy.filter { communities[$0.0] == communities[$0.1] }.map { communities[$0.0] })
    }

    /// How many candidates, by their rough sums, `check` scores exactly.
    static let checkPool = 1_000

    static func explain(_ a: Int, _ b: Int, neighbour: Neighbour, evidence: EvidenceTerms) -> OverlapPair {
        OverlapPair(a: a, b: b, score: neighbour.score, components: neighbour.components,
                    sharedTerms: evidence.sharedTerms(a, b), sharedFeatures: evidence.sharedFeatures(a, b))
    }

    /// The group of the apps in `list` (id 0): its representative is the member with the largest
    /// `strength` (summed scores of its links inside the group), ties to the lowest index.
    static func group(of list: [Int], strength: (Int) -> Double, evidence: EvidenceTerms) -> OverlapGroup {
        let representative = list.max { strength($0) != strength($1) ? strength($0) < strength($1) : $0 > $1 }!
        return OverlapGroup(id: 0, members: [representative] + list.filter { $0 != representative }.sorted(),
                            representative: representative, terms: evidence.characteristic(of: list, total: Double(evidence.profiles.count)))
    }

    private static func buildGroups(_ communities: [Int], edges: [(Int, Int, Double)], evidence: EvidenceTerms) -> ([OverlapGroup], [Int?]) {
        var members: [Int: [Int]] = [:]
        for (app, community) in communities.enumerated() { members[community, default: []].append(app) }
        var strength = Array(repeating: 0.0, count: communities.count)
        for (a, b, weight) in edges where communities[a] == communities[b] {
            strength[a] += weight
            strength[b] += weight
        }
        var groups: [OverlapGroup] = []
        for list in members.values where list.count >= 2 {
            groups.append(group(of: list, strength: { strength[$0] }, evidence: evidence))
        }
        groups.sort { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.members[0] < $1.members[0] }
        var groupOf = [Int?](repeating: nil, count: communities.count)
        for index in groups.indices {
            groups[index].id = index + 1
            for member in groups[index].members { groupOf[member] = index + 1 }
        }
        return (groups, groupOf)
    }
}
