import Dispatch
import Foundation

/// One app's near neighbour with the per-field cosines behind the score.
public struct Neighbour: Sendable, Equatable {
    public var index: Int
    public var score: Double
    /// Cosine per ``SimilarityField``; nil when either app lacks the field.
    public var components: [Double?]
}

/// Finds each app's top-k most similar apps without comparing all pairs.
///
/// An inverted index per field lists the apps holding each term; for one app, walking the
/// lists of its own terms accumulates exact cosines with every app sharing a term. Terms held
/// by more than `maxDocumentShare` of the inventory carry almost no weight and are skipped
/// when gathering candidates, and long lists are walked strongest-first up to `maxPostings`
/// entries; the scores of the kept neighbours are then computed exactly.
/// Apps are split across cores in fixed chunks and each writes only its own slot, so the
/// result is the same whatever the thread count.
struct NeighbourSearch {
    var profiles: ProfileSet
    var weights: SimilarityWeights
    var topK: Int
    var threshold: Double
    var maxDocumentShare = 0.2
    /// At most this many entries of one term's list are walked, strongest first, so work
    /// grows linearly with the inventory even for terms thousands of apps share.
    var maxPostings = 800
    /// Pairs never to report (planner said "not the same job"), as (low, high) indices.
    var separated: Set<UnorderedPair> = []

    /// Neighbours of a single app (used to check a proposed app against the inventory).
    func neighbours(of app: Int) -> [Neighbour] {
        let count = profiles.count
        var best: [(Int, Double)] = []
        for b in 0..<count where b != app && !separated.contains(UnorderedPair(app, b)) {
            let neighbour = score(app, b)
            if neighbour.score >= threshold { best.append((b, neighbour.score)) }
        }
        best.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return best.prefix(topK).map { score(app, $0.0) }
    }

    func run(progress: (@Sendable (Int) -> Void)? = nil) -> [[Neighbour]] {
        let count = profiles.count
        let fields = SimilarityField.allCases
        let postings: [[[(Int32, Float)]]] = fields.map { field in
            var lists = Array(repeating: [(Int32, Float)](), count: profiles.vocabulary[field.rawValue].count)
            for (app, vector) in profiles.vectors[field.rawValue].enumerated() {
                let trust = sqrtf(profiles.confidence[field.rawValue][app])
                for (term, weight) in zip(vector.terms, vector.weights) { lists[Int(term)].append((Int32(app), weight * trust)) }
            }
            return lists.map { $0.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 } }
        }
        let cap = Int32(max(50, Double(count) * maxDocumentShare))
        let output = ParallelSlots(repeating: [Neighbour](), count: count)
        let chunk = 256
        let chunks = (count + chunk - 1) / chunk
        ParallelSlots<Int>.forEach(chunks) { chunkIndex in
                var accumulators = Array(repeating: Float(0), count: count)
                var seen = Array(repeating: false, count: count)
                var touched: [Int] = []
                for a in (chunkIndex * chunk)..<min(count, (chunkIndex + 1) * chunk) {
                    touched.removeAll(keepingCapacity: true)
                    for field in fields {
                        let weight = Float(weights.values[field.rawValue]) * sqrtf(profiles.confidence[field.rawValue][a])
                        guard weight > 0 else { continue }
                        let vector = profiles.vectors[field.rawValue][a]
                        let df = profiles.documentFrequency[field.rawValue]
                        for (term, wa) in zip(vector.terms, vector.weights) where df[Int(term)] <= cap {
                            for (b, wb) in postings[field.rawValue][Int(term)].prefix(maxPostings) {
                                let other = Int(b)
                                if !seen[other] { seen[other] = true; touched.append(other) }
                                accumulators[other] += weight * wa * wb
                            }
                        }
                    }
                    // Keep the best few (rough score) without sorting every candidate.
                    let keep = topK + 5
                    var best: [(Int, Float)] = []
                    best.reserveCapacity(keep + 1)
                    for b in touched {
                        let value = accumulators[b]
                        accumulators[b] = 0
                        seen[b] = false
                        guard b != a else { continue }
                        if best.count == keep, let last = best.last, value < last.1 || (value == last.1 && b > last.0) { continue }
                        var position = best.count
                        while position > 0 && (best[position - 1].1 < value || (best[position - 1].1 == value && best[position - 1].0 > b)) {
                            position -= 1
                        }
                        best.insert((b, value), at: position)
                        if best.count > keep { best.removeLast() }
                    }
                    var neighbours: [Neighbour] = []
                    for (b, _) in best where !separated.contains(UnorderedPair(a, b)) {
                        let neighbour = score(a, b)
                        if neighbour.score >= threshold { neighbours.append(neighbour) }
                    }
                    neighbours.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
                    output.set(a, Array(neighbours.prefix(topK)))
                }
                let finished = output.finish(1)
                progress?(min(count, finished * chunk))
        }
        return output.values
    }

    /// Weight of agreeing context (unit kind, domain, SPBE codes, URL host, technology,
    /// integrations). Context only ever adds evidence: apps of one domain do many jobs, so
    /// disagreement says nothing, while a shared rare value backs up a thin description.
    static let contextWeight = 0.10

    /// Share of the name weight kept when two names have nothing in common.
    static let nameDisagreementFloor = 0.3

    /// The exact overlap score of two apps: the mean of field cosines over the fields both
    /// apps have, each weighted by its field weight times the geometric mean of the two
    /// apps' confidence in that field; name fields count less when the names disagree.
    func score(_ a: Int, _ b: Int) -> Neighbour {
        var total = 0.0
        var weightSum = 0.0
        var components: [Double?] = []
        for field in SimilarityField.allCases {
            let va = profiles.vectors[field.rawValue][a]
            let vb = profiles.vectors[field.rawValue][b]
            guard !va.isEmpty, !vb.isEmpty else { components.append(nil); continue }
            let cosine = Double(va.dot(vb))
            let trust = Double(profiles.confidence[field.rawValue][a] * profiles.confidence[field.rawValue][b]).squareRoot()
            var weight = weights.values[field.rawValue] * trust
            // Different names are weak evidence: agencies brand the same job differently
            // ("Lapor Hendi", "e-Aduan"), while equal names are strong evidence of one job.
            if field == .name || field == .characters { weight *= Self.nameDisagreementFloor + (1 - Self.nameDisagreementFloor) * cosine }
            components.append(cosine)
            total += weight * cosine
            weightSum += weight
        }
        if !profiles.context.isEmpty, !profiles.context[a].isEmpty, !profiles.context[b].isEmpty {
            let agreement = Double(profiles.context[a].dot(profiles.context[b]))
            total += Self.contextWeight * agreement * agreement
            weightSum += Self.contextWeight * agreement
        }
        return Neighbour(index: b, score: weightSum > 0 ? min(1, total / weightSum) : 0, components: components)
    }
}
