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
        let neighbours = search.run { done in progress?("comparing", done, apps.count) }
        return conclude(profiles: profiles, search: search, neighbours: neighbours, parameters: parameters, merged: merged, progress: progress)
    }

    /// Pairs, groups and evidence from every app's profile and neighbour list: the part of an
    /// analysis after the search, shared by a full and an incremental analysis. Reported pairs
    /// in `unchanged` are not explained again (their stored evidence stands).
    static func conclude(profiles: ProfileSet, search: NeighbourSearch, neighbours: [[Neighbour]], parameters: AnalysisParameters,
                         merged: [(Int, Int)], unchanged: Set<UnorderedPair> = [], progress: Progress?) -> OverlapAnalysis {
        var best: [UnorderedPair: Neighbour] = [:]
        var reported: Set<UnorderedPair> = []
        for (a, list) in neighbours.enumerated() {
            for (rank, neighbour) in list.enumerated() {
                let key = UnorderedPair(a, neighbour.index)
                if best[key] == nil { best[key] = neighbour }
                if rank < parameters.topK && neighbour.score >= parameters.threshold { reported.insert(key) }
            }
        }
        for (a, b) in merged where a != b {
            let key = UnorderedPair(a, b)
            if best[key] == nil { best[key] = search.score(a, b) }
            reported.insert(key)
        }
        let keys = best.keys.sorted()
        let edges = keys.map { key in (key.low, key.high, best[key]!.score) }
        progress?("grouping", 0, profiles.count)
        let combined = profiles.combinedVectors(weights: parameters.weights)
        let links = keys.map { ($0.low, $0.high) }
        // Pairs that overlap are not background: in a small inventory of look-alikes they are most pairs.
        let overlapping = keys.filter { best[$0]!.score >= parameters.threshold }.map { ($0.low, $0.high) }
        let grouping = GroupingThreshold(parameters: parameters, background: AverageLinkage.background(combined, links: overlapping))
        let linkage = AverageLinkage(vectors: combined, threshold: grouping.threshold)
        // A separated pair is only cut as a link: both apps keep their other look-alikes and groups.
        var communities = linkage.clusters(links: links, forced: merged)
        if parameters.groupMergeThreshold < 1 {
            communities = GroupMerger(profiles: profiles, weights: parameters.weights, threshold: parameters.groupMergeThreshold)
                .merge(communities, edges: edges)
        }

        let kept = keys.filter { reported.contains($0) && !unchanged.contains($0) }.map { ($0, best[$0]!) }
        let pairs = ParallelSlots<OverlapPair?>.map(kept.count, { index in
            explain(kept[index].0.low, kept[index].0.high, neighbour: kept[index].1, profiles: profiles)
        }, placeholder: nil).map { $0! }
        let (groups, groupOf) = buildGroups(communities, edges: edges, profiles: profiles)
        let shortLists = neighbours.map { Array($0.prefix(parameters.topK).filter { $0.score >= parameters.threshold }) }
        return OverlapAnalysis(parameters: parameters, pairs: pairs, groups: groups, neighbours: shortLists, groupOf: groupOf, grouping: grouping,
                               searchIndex: SearchIndex(profiles: profiles, links: neighbours.map { $0.map { Int32($0.index) } }),
                               unchangedPairs: reported.intersection(unchanged).sorted())
    }

    /// The existing apps most like a proposed one: the question asked before a new app is
    /// funded. Scores and evidence are computed exactly as in ``analyze(_:parameters:separated:merged:progress:)``.
    public static func check(_ proposal: Application, against apps: [Application], parameters: AnalysisParameters = AnalysisParameters(), limit: Int = 10) -> [OverlapPair] {
        let profiles = ProfileBuilder.build(apps + [proposal])
        let search = NeighbourSearch(profiles: profiles, weights: parameters.weights, topK: limit, threshold: parameters.threshold)
        let index = apps.count
        return search.neighbours(of: index).map { explain(index, $0.index, neighbour: $0, profiles: profiles) }
    }

    /// The existing apps most like a proposed one, from the stored index of the last analysis:
    /// only the proposal is profiled (against that analysis's vocabulary and statistics, see
    /// ``ProfileExtender``) and only apps sharing its terms are scored, exactly as
    /// ``analyze(_:parameters:separated:merged:progress:)`` scores pairs.
    static func check(_ proposal: Application, index: SearchIndex, parameters: AnalysisParameters = AnalysisParameters(), limit: Int = 10) -> [OverlapPair] {
        var extender = ProfileExtender(index.profiles)
        let position = extender.append(proposal)
        let profiles = extender.profiles
        let search = NeighbourSearch(profiles: profiles, weights: parameters.weights, topK: limit, threshold: parameters.threshold)
        return search.neighbours(of: [position])[0].map { explain(position, $0.index, neighbour: $0, profiles: profiles) }
    }

    static func explain(_ a: Int, _ b: Int, neighbour: Neighbour, profiles: ProfileSet) -> OverlapPair {
        var contributions: [String: Float] = [:]
        for field in [SimilarityField.name, .description, .features, .data] {
            let va = profiles.vectors[field.rawValue][a]
            let vb = profiles.vectors[field.rawValue][b]
            for (term, contribution) in va.shared(vb) {
                contributions[profiles.vocabulary[field.rawValue][Int(term)], default: 0] += contribution
            }
        }
        let terms = contributions.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(6).map { profiles.display($0.key) }
        let featuresB = Set(profiles.featurePhrases[b])
        let sharedFeatures = profiles.featurePhrases[a].filter { featuresB.contains($0) }
        var seen = Set<String>()
        return OverlapPair(a: a, b: b, score: neighbour.score, components: neighbour.components,
                           sharedTerms: terms, sharedFeatures: sharedFeatures.filter { seen.insert($0).inserted }.map(profiles.display))
    }

    private static func buildGroups(_ communities: [Int], edges: [(Int, Int, Double)], profiles: ProfileSet) -> ([OverlapGroup], [Int?]) {
        var members: [Int: [Int]] = [:]
        for (app, community) in communities.enumerated() { members[community, default: []].append(app) }
        var strength = Array(repeating: 0.0, count: communities.count)
        for (a, b, weight) in edges where communities[a] == communities[b] {
            strength[a] += weight
            strength[b] += weight
        }
        let n = Double(communities.count)
        var groups: [OverlapGroup] = []
        for list in members.values where list.count >= 2 {
            let representative = list.max { strength[$0] != strength[$1] ? strength[$0] < strength[$1] : $0 > $1 }!
            groups.append(OverlapGroup(id: 0, members: [representative] + list.filter { $0 != representative }.sorted(),
                                       representative: representative, terms: characteristicTerms(list, profiles: profiles, total: n)))
        }
        groups.sort { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.members[0] < $1.members[0] }
        var groupOf = [Int?](repeating: nil, count: communities.count)
        for index in groups.indices {
            groups[index].id = index + 1
            for member in groups[index].members { groupOf[member] = index + 1 }
        }
        return (groups, groupOf)
    }

    /// Terms many members share and few other apps use (share in group × inverse document frequency).
    static func characteristicTerms(_ members: [Int], profiles: ProfileSet, total: Double) -> [String] {
        var scores: [String: Double] = [:]
        for field in [SimilarityField.name, .description, .features] {
            var counts: [Int32: Int] = [:]
            for member in members {
                for term in profiles.vectors[field.rawValue][member].terms { counts[term, default: 0] += 1 }
            }
            let fieldWeight = field == .name ? 1.5 : 1.0
            for (term, count) in counts where count >= 2 || members.count == 2 {
                let df = Double(profiles.documentFrequency[field.rawValue][Int(term)])
                let score = fieldWeight * Double(count) / Double(members.count) * log((total + 1) / (df + 1))
                scores[profiles.vocabulary[field.rawValue][Int(term)], default: 0] += score
            }
        }
        return scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5).map { profiles.display($0.key) }
    }
}
