extension OverlapEngine {
    /// How many apps a profiled app is scored against to find the neighbour lists it enters.
    static let enteringPool = 100

    /// Re-analyses an inventory of which only a few apps changed since `previous` was stored.
    ///
    /// `previousApps[i]` is the app at index `i` of `previous` (nil when it was removed or
    /// edited since); `apps` is the inventory now. Apps kept as they were keep their stored
    /// profiles; edited and new apps are profiled against the stored statistics (see
    /// ``ProfileExtender``: document frequencies, medians, brand discounts and context counts
    /// stay those of the last full analysis). The neighbour lists of edited and new apps, and
    /// of every app whose list held an edited or removed app, are searched again; an edited or
    /// new app also enters the list of any of its ``enteringPool`` best matches it now ranks
    /// in. Every other list is kept and rescored exactly. Pairs and groups then come from all
    /// lists as in a full analysis; of the `storedPairs` (the pairs the stored analysis reports,
    /// by index in `apps`), those whose apps both kept their profiles keep their evidence.
    package static func reanalyze(_ apps: [Application], previousIndex: [Int?], previous: SearchIndex, storedPairs: [UnorderedPair] = [],
                          parameters: AnalysisParameters, separated: [(Int, Int)] = [], merged: [(Int, Int)] = [],
                          progress: Progress? = nil) -> OverlapAnalysis {
        progress?("normalising", 0, apps.count)
        let oldCount = previous.profiles.count
        var newIndex = [Int?](repeating: nil, count: oldCount)
        for (position, old) in previousIndex.enumerated() { if let old { newIndex[old] = position } }
        var extender = ProfileExtender(previous.profiles.selecting(previousIndex))
        var profiled = previousIndex.indices.filter { previousIndex[$0] == nil }
        var descriptionTerms: [Int: [(String, Float)]] = [:]
        for position in profiled { descriptionTerms[position] = extender.replace(position, with: apps[position]) }
        // The family-template rule looks at every app with one description: the apps that share
        // an edited, new or removed app's description (before or after) are profiled again and the
        // rule is applied to each such description's holders, as the build applies it.
        let description = SimilarityField.description.rawValue
        var touched = Set(profiled.map { extender.profiles.vectors[description][$0].terms })
        for old in 0..<oldCount where newIndex[old] == nil { touched.insert(previous.profiles.vectors[description][old].terms) }
        touched = touched.filter { $0.count >= 2 }
        let sharing = previousIndex.indices.filter { previousIndex[$0] != nil && touched.contains(extender.profiles.vectors[description][$0].terms) }
        for position in sharing { descriptionTerms[position] = extender.replace(position, with: apps[position]) }
        profiled += sharing
        let holders = profiled.filter { touched.contains(extender.profiles.vectors[description][$0].terms) }
        extender.trustDescriptions(of: ProfileBuilder.familyTemplateHolders(holders.map { apps[$0] }, descriptions: holders.map { descriptionTerms[$0]! }).map { holders[$0] })
        let profiles = extender.profiles

        progress?("comparing", 0, apps.count)
        var search = NeighbourSearch(profiles: profiles, weights: parameters.weights, topK: parameters.topK * 2, threshold: 0)
        search.separated = Set(separated.map { UnorderedPair($0.0, $0.1) })
        // Kept lists, in new positions; a list that held an edited or removed app is searched again.
        var kept = [[Int]?](repeating: nil, count: apps.count)
        let reprofiled = Set(sharing)
        for (old, list) in previous.links.enumerated() {
            guard let position = newIndex[old], !reprofiled.contains(position) else { continue }
            let mapped = list.compactMap { newIndex[Int($0)] }
            if mapped.count == list.count, !mapped.contains(where: reprofiled.contains) { kept[position] = mapped }
        }
        let searched = kept.indices.filter { kept[$0] == nil }
        let (keptLists, scorer) = (kept, search)
        var neighbours = ParallelSlots<[Neighbour]>.map(apps.count, { a in
            keptLists[a].map { list in list.map { scorer.score(a, $0) } } ?? []
        }, placeholder: [])
        for (a, list) in zip(searched, search.neighbours(of: searched)) { neighbours[a] = list }
        var wide = search
        wide.topK = enteringPool
        for (c, matches) in zip(profiled, wide.neighbours(of: profiled, pool: enteringPool)) {
            for match in matches where kept[match.index] != nil {
                let b = match.index
                var list = neighbours[b]
                list.append(search.score(b, c))
                list.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
                neighbours[b] = Array(list.prefix(search.topK))
            }
        }
        progress?("comparing", apps.count, apps.count)
        let changed = Set(profiled)
        let unchanged = Set(storedPairs.filter { !changed.contains($0.low) && !changed.contains($0.high) })
        var analysis = conclude(profiles: profiles, search: search, neighbours: neighbours, parameters: parameters, merged: merged,
                                unchanged: unchanged, progress: progress)
        analysis.searchIndex?.statisticsRunID = previous.statisticsRunID
        return analysis
    }
}

extension ProfileSet {
    /// The profiles of the apps at `positions` (nil: an empty profile to fill in), with the
    /// same vocabularies, statistics and model.
    func selecting(_ positions: [Int?]) -> ProfileSet {
        var result = self
        result.vectors = vectors.map { field in positions.map { $0.map { field[$0] } ?? SparseVector() } }
        result.confidence = confidence.map { field in positions.map { $0.map { field[$0] } ?? 1 } }
        result.featurePhrases = positions.map { $0.map { featurePhrases[$0] } ?? [] }
        result.context = context.isEmpty ? [] : positions.map { $0.map { context[$0] } ?? SparseVector() }
        result.sector = []
        return result
    }
}
