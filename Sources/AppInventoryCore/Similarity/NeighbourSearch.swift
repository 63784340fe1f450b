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
/// when gathering candidates, and of long lists only the `maxPostings` strongest entries are
/// walked; the scores of the kept neighbours are then computed exactly.
/// Apps are split across cores in fixed chunks and each writes only its own slot, so the
/// result is the same whatever the thread count.
struct NeighbourSearch {
    let profiles: ProfileSet
    let weights: SimilarityWeights
    var topK: Int
    var threshold: Double
    var maxDocumentShare = 0.2
    /// At most this many entries of one term's list are walked, the strongest, so work
    /// grows linearly with the inventory even for terms thousands of apps share.
    var maxPostings = 800
    /// The fields whose postings gather candidates: words, not the letters of names. A name's
    /// dozen trigrams, most shared by hundreds of unrelated names ("sis", "tem", "pen"), made
    /// the largest part of the walk and filled the pool with apps whose names are spelt alike;
    /// letters still count in every candidate's exact score.
    static let gathering = SimilarityField.allCases.filter { $0 != .characters }.map(\.rawValue)
    /// Terms held by more apps than this are skipped when gathering candidates.
    var documentFrequencyCap: Int32 { Int32(max(50, Double(profiles.count) * maxDocumentShare)) }
    /// How many candidates, by their rough sum, are scored exactly for each app.
    var candidatePool: Int { topK + 5 }
    /// Pairs never to report (planner said "not the same job"), as (low, high) indices.
    var separated: Set<UnorderedPair> = []
    /// How many of each app's best neighbours from ``run(progress:)`` carry their field
    /// cosines; the others carry their score only (empty `components`). Cosines are evidence
    /// for reported pairs, while the grouping graph needs only scores, and on a national
    /// inventory millions of small arrays cost memory. Nil: all of them.
    var cosinesKept: Int?
    /// The profiles' vectors per field, packed for the per-pair loops.
    private let fields: [PackedVectors]
    private let context: PackedVectors
    private let fieldWeights: [Double]

    init(profiles: ProfileSet, weights: SimilarityWeights, topK: Int, threshold: Double) {
        self.profiles = profiles
        self.weights = weights
        self.topK = topK
        self.threshold = threshold
        fields = profiles.vectors.map(PackedVectors.init)
        context = PackedVectors(profiles.context)
        fieldWeights = weights.values
    }

    /// Neighbours of a single app (used to check a proposed app against the inventory).
    func neighbours(of app: Int) -> [Neighbour] {
        let count = profiles.count
        var best: [(Int, Double)] = []
        for b in 0..<count where b != app && !separated.contains(UnorderedPair(app, b)) {
            let score = similarity(app, b)
            if score >= threshold { best.append((b, score)) }
        }
        best.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return best.prefix(topK).map { score(app, $0.0) }
    }

    func run(progress: (@Sendable (Int) -> Void)? = nil) -> [[Neighbour]] {
        search(nil, postings: postings(for: nil), keep: candidatePool, progress: progress)
    }

    /// The neighbour lists of `queries` (nil: every app), in order, from `postings`: the
    /// `keep` best candidates by their rough sum are scored exactly. Queries are split across
    /// cores in fixed chunks, each writing only its own slots.
    func search(_ queries: [Int]?, postings: [Postings], keep: Int, progress: (@Sendable (Int) -> Void)? = nil) -> [[Neighbour]] {
        let count = queries?.count ?? profiles.count
        let output = ParallelSlots(repeating: [Neighbour](), count: count)
        let chunk = 256
        ParallelSlots<Int>.forEach((count + chunk - 1) / chunk) { chunkIndex in
            let scratch = Scratch(apps: profiles.count, keep: keep)
            for slot in (chunkIndex * chunk)..<min(count, (chunkIndex + 1) * chunk) {
                let a = queries?[slot] ?? slot
                output.set(slot, ranked(a, candidates(of: a, postings: postings, keep: keep, scratch: scratch)))
            }
            let finished = output.finish(1)
            progress?(min(count, finished * chunk))
        }
        return output.values
    }

    /// The `keep` apps with the largest rough similarity to `a` (the sum of weight products over
    /// the postings of `a`'s terms), largest first, ties to the lowest app.
    private func candidates(of a: Int, postings: [Postings], keep: Int, scratch: Scratch) -> [(Int, Float)] {
        let cap = documentFrequencyCap
        let accumulators = scratch.accumulators
        scratch.touched.removeAll(keepingCapacity: true)
        for field in Self.gathering {
            let weight = Float(fieldWeights[field]) * sqrtf(profiles.confidence[field][a])
            guard weight > 0 else { continue }
            let vector = fields[field][a]
            let df = profiles.documentFrequency[field]
            postings[field].apps.withUnsafeBufferPointer { apps in
                postings[field].weights.withUnsafeBufferPointer { weights in
                    let starts = postings[field].starts
                    for index in 0..<vector.terms.count {
                        let term = Int(vector.terms[index])
                        guard df[term] <= cap else { continue }
                        let wa = vector.weights[index]
                        for entry in starts[term]..<min(starts[term + 1], starts[term] + maxPostings) {
                            let other = Int(apps[entry])
                            if accumulators[other] == 0 { scratch.touched.append(other) }
                            accumulators[other] += weight * wa * weights[entry]
                        }
                    }
                }
            }
        }
        // Keep the best few without sorting every candidate.
        // Taken out of the scratch (and put back) so that growing it copies nothing.
        var best: [(Int, Float)] = []
        swap(&best, &scratch.best)
        best.removeAll(keepingCapacity: true)
        for b in scratch.touched {
            let value = accumulators[b]
            accumulators[b] = 0
            guard b != a else { continue }
            if best.count == keep, let last = best.last, value < last.1 || (value == last.1 && b > last.0) { continue }
            var position = best.count
            while position > 0 && (best[position - 1].1 < value || (best[position - 1].1 == value && best[position - 1].0 > b)) {
                position -= 1
            }
            best.insert((b, value), at: position)
            if best.count > keep { best.removeLast() }
        }
        scratch.best = best
        return best
    }

    /// `a`'s neighbours among `candidates`: scored exactly, best first, at most `topK` at or
    /// above the threshold, the first ``cosinesKept`` with their field cosines.
    private func ranked(_ a: Int, _ candidates: [(Int, Float)]) -> [Neighbour] {
        var scored: [(index: Int, score: Double)] = []
        for (b, _) in candidates where separated.isEmpty || !separated.contains(UnorderedPair(a, b)) {
            let score = similarity(a, b)
            if score >= threshold { scored.append((b, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return scored.prefix(topK).enumerated().map { rank, neighbour in
            rank < cosinesKept ?? topK ? score(a, neighbour.index) : Neighbour(index: neighbour.index, score: neighbour.score, components: [])
        }
    }

    /// ``SimilarityField/describesJob`` by field index, for the per-pair loop.
    private static let describesJob = SimilarityField.allCases.map(\.describesJob)

    /// Weight of agreeing context (unit kind, domain, SPBE codes, URL host, technology,
    /// integrations). Context only ever adds evidence: apps of one domain do many jobs, so
    /// disagreement says nothing, while a shared rare value backs up a thin description.
    static let contextWeight = 0.10

    /// Share of the name weight kept when two names have nothing in common.
    static let nameDisagreementFloor = 0.3

    /// The exact overlap score of two apps with the cosine of every field both have.
    func score(_ a: Int, _ b: Int) -> Neighbour {
        var components = [Double?](repeating: nil, count: fields.count)
        let score = similarity(a, b) { components[$0] = $1 }
        return Neighbour(index: b, score: score, components: components)
    }

    /// The exact overlap score of two apps: the mean of field cosines over the fields both
    /// apps have, each weighted by its field weight times the geometric mean of the two
    /// apps' confidence in that field; name fields count less when the names disagree.
    /// 0 when the two share no field that describes a job (``SimilarityField/describesJob``).
    /// `cosine(field, value)` is told each field's cosine.
    func similarity(_ a: Int, _ b: Int, cosine report: (Int, Double) -> Void = { _, _ in }) -> Double {
        var total = 0.0
        var weightSum = 0.0
        var describesJob = false
        for field in 0..<fields.count {
            let va = fields[field][a]
            let vb = fields[field][b]
            guard !va.isEmpty, !vb.isEmpty else { continue }
            describesJob = describesJob || Self.describesJob[field]
            let cosine = Double(va.dot(vb))
            let trust = Double(profiles.confidence[field][a] * profiles.confidence[field][b]).squareRoot()
            var weight = fieldWeights[field] * trust
            // Different names are weak evidence: agencies brand the same job differently
            // ("Lapor Hendi", "e-Aduan"), while equal names are strong evidence of one job.
            if field == SimilarityField.name.rawValue || field == SimilarityField.characters.rawValue {
                weight *= Self.nameDisagreementFloor + (1 - Self.nameDisagreementFloor) * cosine
            }
            report(field, cosine)
            total += weight * cosine
            weightSum += weight
        }
        guard describesJob else { return 0 }
        if context.count > 0 {
            let (ca, cb) = (context[a], context[b])
            if !ca.isEmpty, !cb.isEmpty {
                let agreement = Double(ca.dot(cb))
                total += Self.contextWeight * agreement * agreement
                weightSum += Self.contextWeight * agreement
            }
        }
        return weightSum > 0 ? min(1, total / weightSum) : 0
    }
}
