import Foundation

extension NeighbourSearch {
    /// Neighbours of a few apps (a proposal, the apps a re-import changed), found the way
    /// ``run(progress:)`` finds every app's, without indexing the whole inventory.
    ///
    /// Only the lists of apps holding the queried apps' own terms are gathered (one pass over
    /// the stored term ids), each walked strongest first up to ``maxPostings`` entries and
    /// skipping terms held by more than ``maxDocumentShare`` of the inventory; the `pool` best
    /// candidates by that rough sum are then scored exactly. With the default pool this is the
    /// candidate set ``run(progress:)`` scores, so the same neighbours come out.
    func neighbours(of queries: [Int], pool: Int? = nil) -> [[Neighbour]] {
        let count = profiles.count
        let cap = documentFrequencyCap
        let postings = SimilarityField.allCases.map { field in queryPostings(field, for: queries, cap: cap) }
        var accumulators = [Float](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        return queries.map { a in
            var touched: [Int] = []
            for field in SimilarityField.allCases {
                let f = field.rawValue
                let weight = Float(weights.values[f]) * sqrtf(profiles.confidence[f][a])
                guard weight > 0 else { continue }
                let vector = profiles.vectors[f][a]
                for (term, wa) in zip(vector.terms, vector.weights) {
                    guard let list = postings[f][term] else { continue }
                    for (b, wb) in list {
                        let other = Int(b)
                        if !seen[other] { seen[other] = true; touched.append(other) }
                        accumulators[other] += weight * wa * wb
                    }
                }
            }
            let rough = touched.filter { $0 != a }.map { ($0, accumulators[$0]) }
            for b in touched { accumulators[b] = 0; seen[b] = false }
            let candidates = rough.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(pool ?? candidatePool)
            var found: [Neighbour] = []
            for (b, _) in candidates where !separated.contains(UnorderedPair(a, b)) {
                let neighbour = score(a, b)
                if neighbour.score >= threshold { found.append(neighbour) }
            }
            found.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            return Array(found.prefix(topK))
        }
    }

    /// For each term the queried apps hold in `field` (and fewer than `cap` apps share), the
    /// apps holding it with their trusted weight, strongest first, at most ``maxPostings``.
    private func queryPostings(_ field: SimilarityField, for queries: [Int], cap: Int32) -> [Int32: [(Int32, Float)]] {
        let f = field.rawValue
        let documentFrequency = profiles.documentFrequency[f]
        var slot = [Int32](repeating: -1, count: profiles.vocabulary[f].count)
        var lists: [[(Int32, Float)]] = []
        for a in queries {
            for term in profiles.vectors[f][a].terms where slot[Int(term)] < 0 && documentFrequency[Int(term)] <= cap {
                slot[Int(term)] = Int32(lists.count)
                lists.append([])
            }
        }
        guard !lists.isEmpty else { return [:] }
        for (app, vector) in profiles.vectors[f].enumerated() {
            let trust = sqrtf(profiles.confidence[f][app])
            for (term, weight) in zip(vector.terms, vector.weights) where slot[Int(term)] >= 0 {
                lists[Int(slot[Int(term)])].append((Int32(app), weight * trust))
            }
        }
        var result: [Int32: [(Int32, Float)]] = [:]
        for (term, index) in slot.enumerated() where index >= 0 {
            result[Int32(term)] = Array(lists[Int(index)].sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(maxPostings))
        }
        return result
    }
}
