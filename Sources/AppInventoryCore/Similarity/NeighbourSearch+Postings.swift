import Foundation

extension NeighbourSearch {
    /// Neighbours of a few apps (a proposal, the apps a re-import changed), found the way
    /// ``run(progress:)`` finds every app's, without indexing the whole inventory.
    ///
    /// Only the lists of the terms the queried apps hold are built (terms held by more than
    /// ``maxDocumentShare`` of the inventory are skipped, as the walk skips them), and the same
    /// walk as ``run(progress:)`` gathers each app's candidates, the same pool of which is
    /// scored exactly, so the same neighbours come out.
    func neighbours(of queries: [Int]) -> [[Neighbour]] {
        search(queries, postings: postings(for: queries), keep: candidatePool)
    }

    /// Each field's postings: every term's (nil), or only those of the terms `queries` hold
    /// that the walk does not skip; none for a field that gathers no candidates (``gathering``).
    /// Each field's lists are built on its own core.
    func postings(for queries: [Int]?) -> [Postings] {
        let cap = documentFrequencyCap
        return ParallelSlots<Postings?>.map(SimilarityField.allCases.count, chunk: 1, { f in
            let selected = !Self.gathering.contains(f) ? [Bool](repeating: false, count: profiles.vocabulary[f].count) : queries.map { queries in
                var selected = [Bool](repeating: false, count: profiles.vocabulary[f].count)
                for a in queries {
                    for term in profiles.vectors[f][a].terms where profiles.documentFrequency[f][Int(term)] <= cap { selected[Int(term)] = true }
                }
                return selected
            }
            return Postings(profiles.vectors[f], confidence: profiles.confidence[f], terms: profiles.vocabulary[f].count, selected: selected,
                            walked: maxPostings)
        }, placeholder: nil).map { $0! }
    }

    /// Each term's list of (app, weight × √confidence): its `walked` strongest entries (ties to
    /// the lowest app) first, in app order, then the others: one contiguous list per field, term
    /// `t`'s entries at `starts[t]..<starts[t + 1]`. The walk reads only the strongest; in app
    /// order its adds to the per-app accumulators go forward through memory instead of jumping,
    /// which on a national inventory (accumulators larger than the cache) halves their cost.
    struct Postings: Sendable {
        var starts: [Int]
        var apps: [Int32]
        var weights: [Float]

        /// `selected`: the terms whose lists are built (the others stay empty); nil: all.
        init(_ vectors: [SparseVector], confidence: [Float], terms: Int, selected: [Bool]? = nil, walked: Int) {
            starts = Array(repeating: 0, count: terms + 1)
            for vector in vectors { for term in vector.terms where selected?[Int(term)] ?? true { starts[Int(term) + 1] += 1 } }
            for term in 0..<terms { starts[term + 1] += starts[term] }
            var next = starts
            var entries = Array(repeating: (app: Int32(0), weight: Float(0)), count: starts[terms])
            for (app, vector) in vectors.enumerated() {
                let trust = sqrtf(confidence[app])
                for (term, weight) in zip(vector.terms, vector.weights) where selected?[Int(term)] ?? true {
                    entries[next[Int(term)]] = (Int32(app), weight * trust)
                    next[Int(term)] += 1
                }
            }
            for term in 0..<terms where starts[term + 1] - starts[term] > 1 {
                entries[starts[term]..<starts[term + 1]].sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.app < $1.app }
                entries[starts[term]..<min(starts[term + 1], starts[term] + walked)].sort { $0.app < $1.app }
            }
            apps = entries.map(\.app)
            weights = entries.map(\.weight)
        }
    }

    /// One worker's buffers for gathering candidates, reused app after app: an accumulator per
    /// app in raw memory, so the walk pays no copy-on-write or bounds checks. Every add is
    /// positive, so an accumulator still at zero marks an app not yet touched.
    final class Scratch {
        let accumulators: UnsafeMutableBufferPointer<Float>
        var touched: [Int] = []
        var best: [(Int, Float)] = []

        init(apps: Int, keep: Int) {
            accumulators = .allocate(capacity: max(apps, 1))
            accumulators.initialize(repeating: 0)
            best.reserveCapacity(keep + 1)
        }

        deinit {
            accumulators.deallocate()
        }
    }
}
