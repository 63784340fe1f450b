extension OverlapEngine {
    /// How many apps a profiled app is scored against to find the neighbour lists it enters.
    static let enteringPool = 100

    /// What an incremental analysis starts from: the stored analysis's index and groups, and
    /// where each app of the inventory now stood in it.
    package struct StoredAnalysis: Sendable {
        package var index: SearchIndex
        /// Per app now: its position in the index when it kept its profile (nil: edited or new).
        package var keptPosition: [Int?]
        /// Per app now: its position in the index, edited or not (nil: new).
        package var formerPosition: [Int?]
        /// Per app now: the id of the stored group it is in (nil: none).
        package var groupOf: [Int?]
        /// Stored groups that lost a member the inventory no longer holds.
        package var shrunkGroups: Set<Int> = []
        /// The highest stored group id (0: none); new groups are numbered after it.
        package var highestGroupID = 0

        package init(index: SearchIndex, keptPosition: [Int?], formerPosition: [Int?], groupOf: [Int?],
                     shrunkGroups: Set<Int> = [], highestGroupID: Int = 0) {
            (self.index, self.keptPosition, self.formerPosition, self.groupOf) = (index, keptPosition, formerPosition, groupOf)
            (self.shrunkGroups, self.highestGroupID) = (shrunkGroups, highestGroupID)
        }
    }

    /// Re-analyses an inventory of which only a few apps changed since `stored` was saved,
    /// and returns only what changes in the stored results.
    ///
    /// Profiles: apps kept as they were keep their stored profiles; edited and new apps, and the
    /// apps sharing an edited, new or removed app's description, are profiled against the stored
    /// statistics (see ``ProfileExtender``).
    ///
    /// Neighbours: the lists of profiled apps, and of every app whose list held a removed app,
    /// are searched again; a list that held a profiled app has it scored again (and is searched
    /// again if it fell below the list's lowest score); a profiled app also enters the list of
    /// any of its ``enteringPool`` best matches it now ranks in. Every other list is kept with
    /// its stored scores. Pairs are compared with the stored ones only where a list changed.
    ///
    /// Groups: the profiled apps leave their stored groups; the apps linked to them, and the
    /// stored groups those are in (each one node with its summed vector), are grouped again by
    /// average linkage at the stored threshold, then linked groups among them are merged as in
    /// a full analysis. Groups elsewhere stay as they are, with their ids.
    /// `apps` is read only where an app is profiled again, so a lazy view of stored records will do.
    package static func reanalyze<Apps: RandomAccessCollection<Application>>(
        _ apps: Apps, stored: StoredAnalysis, parameters: AnalysisParameters, separated: [(Int, Int)] = [], merged: [(Int, Int)] = [],
        progress: Progress? = nil
    ) -> OverlapUpdate where Apps.Index == Int {
        progress?("normalising", 0, apps.count)
        let previous = stored.index
        let (profiles, profiled) = reprofile(apps, stored: stored)
        let changed = Set(profiled)

        progress?("comparing", 0, apps.count)
        var search = NeighbourSearch(profiles: profiles, weights: parameters.weights, topK: parameters.topK * 2, threshold: 0)
        search.separated = Set(separated.map { UnorderedPair($0.0, $0.1) })
        var movedTo = [Int?](repeating: nil, count: previous.profiles.count)
        for (position, old) in stored.formerPosition.enumerated() { if let old { movedTo[old] = position } }
        let (neighbours, relisted) = relist(apps.count, stored: stored, movedTo: movedTo, profiled: profiled, search: search)
        progress?("comparing", apps.count, apps.count)

        // Pairs: a pair's reported status depends on its two apps' lists, so only pairs seen in a
        // changed list (before or after) can change.
        let mergedPairs = Set(merged.map { UnorderedPair($0.0, $0.1) })
        let reporting = PairReporting(parameters)
        func rankBefore(_ a: Int, _ b: Int) -> (rank: Int, score: Double)? {
            guard let old = stored.formerPosition[a],
                  let rank = previous.links[old].firstIndex(where: { movedTo[Int($0)] == b }) else { return nil }
            return (rank, previous.scores[old][rank])
        }
        func rankNow(_ a: Int, _ b: Int) -> (rank: Int, score: Double)? {
            neighbours[a].firstIndex { $0.index == b }.map { ($0, neighbours[a][$0].score) }
        }
        func reported(_ pair: UnorderedPair, rank: (Int, Int) -> (rank: Int, score: Double)?) -> Bool {
            let (fromLow, fromHigh) = (rank(pair.low, pair.high), rank(pair.high, pair.low))
            guard let score = fromLow?.score ?? fromHigh?.score else { return false }
            return reporting.reports(score: score, rankFromA: fromLow?.rank, rankFromB: fromHigh?.rank)
        }
        var seen = Set(mergedPairs.filter { changed.contains($0.low) || changed.contains($0.high) })
        for a in relisted.union(changed) {
            if let old = stored.formerPosition[a] { for b in previous.links[old] { if let b = movedTo[Int(b)] { seen.insert(UnorderedPair(a, b)) } } }
            for neighbour in neighbours[a] { seen.insert(UnorderedPair(a, neighbour.index)) }
        }
        var stalePairs: [UnorderedPair] = []
        var rewritten: [UnorderedPair] = []
        for pair in seen.sorted() {
            let was = mergedPairs.contains(pair) || reported(pair, rank: rankBefore)
            let now = mergedPairs.contains(pair) || reported(pair, rank: rankNow)
            if was && !now { stalePairs.append(pair) }
            if now && (!was || changed.contains(pair.low) || changed.contains(pair.high)) { rewritten.append(pair) }
        }
        let evidence = EvidenceTerms(profiles)
        let pairs = rewritten.map { explain($0.low, $0.high, neighbour: search.score($0.low, $0.high), evidence: evidence) }

        progress?("grouping", 0, apps.count)
        let grouping = GroupingThreshold(parameters: parameters, background: previous.background)
        let (groups, staleGroups) = regroup(stored: stored, changed: changed, relisted: relisted, neighbours: neighbours, merged: merged,
                                            search: search, parameters: parameters, grouping: grouping, evidence: evidence)
        var index = SearchIndex(profiles: profiles, neighbours: neighbours, background: previous.background)
        index.statisticsRunID = previous.statisticsRunID
        return OverlapUpdate(parameters: parameters, grouping: grouping, pairs: pairs, stalePairs: stalePairs, groups: groups,
                             staleGroups: staleGroups, searchIndex: index)
    }

    /// The profiles of the apps now, and the apps profiled again: the edited and new ones,
    /// those sharing an edited, new or removed app's description (before or after), so the
    /// family-template rule sees every holder of that description, as the build does, and
    /// those holding a term whose brand discount the changes moved.
    private static func reprofile<Apps: RandomAccessCollection<Application>>(_ apps: Apps, stored: StoredAnalysis) -> (ProfileSet, [Int])
    where Apps.Index == Int {
        let previous = stored.index.profiles
        var extender = ProfileExtender(previous.selecting(stored.keptPosition))
        var profiled = stored.keptPosition.indices.filter { stored.keptPosition[$0] == nil }
        var descriptionTerms: [Int: [(String, Float)]] = [:]
        for position in profiled { descriptionTerms[position] = extender.replace(position, with: apps[position]) }
        let description = SimilarityField.description.rawValue
        var kept = [Bool](repeating: false, count: previous.count)
        for old in stored.keptPosition { if let old { kept[old] = true } }
        var touched = Set(profiled.map { extender.profiles.vectors[description][$0].terms })
        for old in 0..<previous.count where !kept[old] { touched.insert(previous.vectors[description][old].terms) }
        touched = touched.filter { $0.count >= 2 }
        let sharing = stored.keptPosition.indices.filter { stored.keptPosition[$0] != nil && touched.contains(extender.profiles.vectors[description][$0].terms) }
        (apps as? any AppPrefetching)?.prefetch(sharing)
        for position in sharing { descriptionTerms[position] = extender.replace(position, with: apps[position]) }
        profiled += sharing
        let holders = profiled.filter { touched.contains(extender.profiles.vectors[description][$0].terms) }
        extender.trustDescriptions(of: ProfileBuilder.familyTemplateHolders(holders.map { apps[$0] }, descriptions: holders.map { descriptionTerms[$0]! }).map { holders[$0] })
        // The brand discounts of the terms the changed apps hold, now or before, are recomputed;
        // the apps whose discounts moved are profiled again too.
        var brandTerms = [[Int32]](repeating: [], count: SimilarityField.allCases.count)
        for field in ProfileBuilder.brandFields {
            brandTerms[field.rawValue] = profiled.flatMap { extender.profiles.vectors[field.rawValue][$0].terms }
                + (0..<previous.count).filter { !kept[$0] }.flatMap { previous.vectors[field.rawValue][$0].terms }
        }
        let already = Set(profiled)
        profiled += extender.refreshBrandDiscounts(of: brandTerms).filter { !already.contains($0) }
        return (extender.profiles, profiled)
    }

    /// Every app's neighbour list now, and the apps whose list changed. A list that held only
    /// apps that kept their profiles is kept with its stored scores; one that held an app
    /// profiled again has that app scored again, and is kept if the app still scores at least
    /// the list's lowest stored score (nothing outside the list can then overtake it); any
    /// other list is searched again. A profiled app also enters the lists it now ranks in.
    private static func relist(_ count: Int, stored: StoredAnalysis, movedTo: [Int?], profiled: [Int],
                               search: NeighbourSearch) -> ([[Neighbour]], Set<Int>) {
        let previous = stored.index
        let changed = Set(profiled)
        var neighbours = [[Neighbour]](repeating: [], count: count)
        var kept = [Bool](repeating: false, count: count)
        var relisted = Set<Int>()
        // Each stored list is settled on its own (kept, rescored, or left to a search), so the
        // lists are settled on all cores, each in its own slot.
        let settled = ParallelSlots<KeptList?>.map(previous.links.count, { old in
            guard let a = movedTo[old], stored.keptPosition[a] != nil, !changed.contains(a) else { return nil }
            let list = previous.links[old]
            let mapped = list.compactMap { movedTo[Int($0)] }
            // A removed app leaves a place only a search can fill.
            guard mapped.count == list.count else { return nil }
            var entries = zip(mapped, previous.scores[old]).map { Neighbour(index: $0, score: $1, components: []) }
            guard entries.contains(where: { changed.contains($0.index) }) else { return KeptList(app: a, entries: entries, rescored: false) }
            let lowest = entries.last?.score ?? 0
            for index in entries.indices where changed.contains(entries[index].index) {
                entries[index].score = search.similarity(a, entries[index].index)
            }
            guard entries.count < search.topK || entries.allSatisfy({ $0.score >= lowest }) else { return nil }
            entries.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            return KeptList(app: a, entries: entries, rescored: true)
        }, placeholder: nil)
        for case let list? in settled {
            neighbours[list.app] = list.entries
            kept[list.app] = true
            if list.rescored { relisted.insert(list.app) }
        }
        let searched = kept.indices.filter { !kept[$0] }
        relisted.formUnion(searched)
        let postings = search.postings(for: searched)
        for (a, list) in zip(searched, search.search(searched, postings: postings, keep: search.candidatePool)) { neighbours[a] = list }
        var wide = search
        wide.topK = enteringPool
        for (c, matches) in zip(profiled, wide.search(profiled, postings: postings, keep: enteringPool)) {
            for match in matches where kept[match.index] && !neighbours[match.index].contains(where: { $0.index == c }) {
                let b = match.index
                var list = neighbours[b]
                list.append(search.score(b, c))
                list.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
                guard list.prefix(search.topK).contains(where: { $0.index == c }) else { continue }
                neighbours[b] = Array(list.prefix(search.topK))
                relisted.insert(b)
            }
        }
        return (neighbours, relisted)
    }

    /// A stored neighbour list an incremental analysis keeps: `app`'s entries, with any app
    /// profiled again scored again (`rescored`).
    private struct KeptList: Sendable {
        var app: Int
        var entries: [Neighbour]
        var rescored: Bool
    }

    /// Groups again the profiled apps, the apps linked to them and the stored groups those are
    /// in; returns the groups to write and the stored ids that no longer name a group.
    private static func regroup(stored: StoredAnalysis, changed: Set<Int>, relisted: Set<Int>, neighbours: [[Neighbour]], merged: [(Int, Int)],
                                search: NeighbourSearch, parameters: AnalysisParameters, grouping: GroupingThreshold,
                                evidence: EvidenceTerms) -> ([OverlapGroup], [Int]) {
        let count = neighbours.count
        var linked = changed
        for a in relisted.union(changed) {
            for neighbour in neighbours[a] where changed.contains(a) || changed.contains(neighbour.index) { linked.insert(neighbour.index); linked.insert(a) }
        }
        for (a, b) in merged where changed.contains(a) || changed.contains(b) { linked.insert(a); linked.insert(b) }
        var regionGroups = stored.shrunkGroups
        for app in linked { if let group = stored.groupOf[app] { regionGroups.insert(group) } }
        guard !regionGroups.isEmpty || !changed.isEmpty else { return ([], []) }

        // Nodes: each region group's members that stay (one node), and every other linked app.
        var membersOf: [Int: [Int]] = [:]
        for (app, group) in stored.groupOf.enumerated() { if let group, regionGroups.contains(group) { membersOf[group, default: []].append(app) } }
        var nodes: [[Int]] = membersOf.keys.sorted().compactMap { group in
            let staying = membersOf[group]!.filter { !changed.contains($0) }
            return staying.isEmpty ? nil : staying
        }
        nodes += linked.filter { app in changed.contains(app) || stored.groupOf[app] == nil }.sorted().map { [$0] }
        var nodeOf = [Int32](repeating: -1, count: count)
        for (node, members) in nodes.enumerated() { for app in members { nodeOf[app] = Int32(node) } }
        let region = nodes.flatMap { $0 }

        // Linked nodes, each with one of the app links between them (which is all the group merger needs to see).
        var linkOf: [UnorderedPair: UnorderedPair] = [:]
        for a in region {
            for neighbour in neighbours[a] where nodeOf[neighbour.index] >= 0 && nodeOf[neighbour.index] != nodeOf[a] {
                let link = UnorderedPair(a, neighbour.index)
                let nodes = UnorderedPair(Int(nodeOf[a]), Int(nodeOf[neighbour.index]))
                if let known = linkOf[nodes], known < link { continue }
                linkOf[nodes] = link
            }
        }
        // Each app of the region with its nearest look-alikes blended in, as a full analysis groups them (see NeighbourBlend).
        @Sendable func blended(_ app: Int) -> SparseVector {
            NeighbourBlend.vector(search.profiles.combinedVector(of: app, weights: search.weights), neighbours: neighbours[app][...]) {
                search.profiles.combinedVector(of: $0, weights: search.weights)
            }
        }
        let vectorOf = Dictionary(uniqueKeysWithValues: zip(region, ParallelSlots<SparseVector>.map(region.count, { blended(region[$0]) }, placeholder: SparseVector())))
        let mutual = MutualNeighbours.pairs(neighbours, among: region, threshold: grouping.threshold) { a, b in
            Double((vectorOf[a] ?? blended(a)).dot(vectorOf[b] ?? blended(b)))
        }
        let forcedApps = (merged + mutual).filter { nodeOf[$0.0] >= 0 && nodeOf[$0.1] >= 0 }
        let nodeLinks = linkOf.keys.sorted()
        let vectors = nodes.map { members in SparseVector.sum(members.map { vectorOf[$0]! }) }
        let linkage = AverageLinkage(vectors: vectors, threshold: grouping.threshold, sizes: nodes.map(\.count))
        let roots = linkage.clusters(links: nodeLinks.map { ($0.low, $0.high) }, forced: forcedApps.map { (Int(nodeOf[$0.0]), Int(nodeOf[$0.1])) })

        // Linked groups among the regrouped ones whose centroids agree are merged, as in a full analysis.
        var communities = Array(0..<count)
        for app in region { communities[app] = count + roots[Int(nodeOf[app])] }
        if parameters.groupMergeThreshold < 1 {
            communities = GroupMerger(profiles: search.profiles, weights: parameters.weights, threshold: parameters.groupMergeThreshold)
                .merge(communities, edges: linkOf.values.sorted().map { ($0.low, $0.high, 0) })
        }

        var clusters: [Int: [Int]] = [:]
        for app in region { clusters[communities[app], default: []].append(app) }
        // As in a full analysis, a group holds together by a near look-alike pair of its members, or a merged or mutual-best one.
        let nearBar = GroupingThreshold.nearLookAlike(parameters)
        let near = region.flatMap { a in neighbours[a].filter { $0.score >= nearBar }.map { (a, $0.index) } }
        let held = heldCommunities(communities, links: near + merged + mutual)
        let sizable: [[Int]] = clusters.filter { $0.value.count >= 2 && held.contains($0.key) }.map { $0.value.sorted() }
        let lists = sizable.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var nextID = stored.highestGroupID + 1
        var claimed = Set<Int>()
        var groups: [OverlapGroup] = []
        for list in lists {
            // The largest part of a stored group keeps its id; a group of apps from no stored group gets a new one.
            let id: Int
            if let kept = Set(list.compactMap { stored.groupOf[$0] }).subtracting(claimed).min() { id = kept } else { id = nextID; nextID += 1 }
            claimed.insert(id)
            // A group whose members and their profiles are as they were keeps its row.
            guard membersOf[id] != list || stored.shrunkGroups.contains(id) || list.contains(where: changed.contains) else { continue }
            var described = group(of: list, strength: strength(of: list, neighbours: neighbours, merged: merged, search: search), evidence: evidence)
            described.id = id
            groups.append(described)
        }
        return (groups, regionGroups.subtracting(claimed).sorted())
    }

    /// Each member's summed score over the links inside the group (each pair once, as in a full analysis).
    private static func strength(of list: [Int], neighbours: [[Neighbour]], merged: [(Int, Int)], search: NeighbourSearch) -> (Int) -> Double {
        let members = Set(list)
        var total: [Int: Double] = [:]
        func lists(_ a: Int, _ b: Int) -> Bool { neighbours[a].contains { $0.index == b } }
        for a in list {
            // A pair in both lists counts from its lower app's side only.
            for neighbour in neighbours[a] where members.contains(neighbour.index) && (a < neighbour.index || !lists(neighbour.index, a)) {
                total[a, default: 0] += neighbour.score
                total[neighbour.index, default: 0] += neighbour.score
            }
        }
        // Merged pairs link their apps even when neither lists the other.
        for pair in Set(merged.map { UnorderedPair($0.0, $0.1) }).sorted()
        where pair.low != pair.high && members.contains(pair.low) && members.contains(pair.high) && !lists(pair.low, pair.high) && !lists(pair.high, pair.low) {
            let score = search.similarity(pair.low, pair.high)
            total[pair.low, default: 0] += score
            total[pair.high, default: 0] += score
        }
        return { total[$0] ?? 0 }
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
