/// Groups apps so that every group holds together by many links, not by one bridge.
///
/// Average linkage: two groups join only when the mean similarity over *all* pairs of their
/// members reaches the threshold. One copy-pasted description between two tight sets adds a
/// single high pair to a mean over every cross pair, so it cannot bridge them, while a large
/// function whose members are alike on average stays whole.
///
/// Each app is one unit-length vector over a combined term space, so the sum of the pairwise
/// similarities of two groups is the dot product of their summed vectors: the mean is exact
/// without comparing every pair. Only groups linked in the neighbour graph are candidates,
/// which keeps the work near-linear. Merges run best-first with ties to the lowest ids, so the
/// result is deterministic.
struct AverageLinkage {
    /// One vector per node: an app's unit-length vector, or the sum of a group's.
    var vectors: [SparseVector]
    /// Lowest mean pairwise similarity at which two groups join.
    var threshold: Double
    /// How many apps each node holds (nil: one each). An incremental analysis starts from the
    /// stored groups near the changed apps, each one node with its summed vector, so the
    /// means it compares are exact means over apps.
    var sizes: [Int]? = nil

    /// Mean similarity of two apps over all pairs but `links` (0 when there is no other pair):
    /// how much vocabulary the register shares whatever the job. The overlapping pairs are
    /// passed as `links` and left out, so that a small inventory made mostly of look-alikes
    /// still has a low background.
    ///
    /// The sum over all pairs is the squared length of the summed vector less each vector's own
    /// square; the summed vector is accumulated in one dense array (its length is the combined
    /// vocabulary), linear in the apps' terms, where adding sparse vectors grows with the sum.
    static func background(_ vectors: [SparseVector], links: [(Int, Int)]) -> Double {
        guard !vectors.isEmpty else { return 0 }
        var total = [Double](repeating: 0, count: SparseVector.dimension(of: vectors))
        var sum = 0.0
        for vector in vectors {
            for (term, weight) in zip(vector.terms, vector.weights) {
                total[Int(term)] += Double(weight)
                sum -= Double(weight) * Double(weight)
            }
        }
        sum += total.reduce(0) { $0 + $1 * $1 }
        sum -= 2 * similarities(vectors, links).reduce(0, +)
        let n = Double(vectors.count)
        let pairs = n * (n - 1) - 2 * Double(links.count)
        return pairs > 0 ? max(0, sum / pairs) : 0
    }

    /// Cluster id per node (the lowest node index of its cluster). `links` are the candidate
    /// pairs (a planner's separated pairs are simply not among them); `forced` pairs are joined
    /// whatever their similarity. The sum of similarities of two linked nodes is the dot product
    /// of their vectors, exact for groups as for apps.
    func clusters(links: [(Int, Int)], forced: [(Int, Int)] = []) -> [Int] {
        let similarities = Self.similarities(vectors, links)
        // The run keeps linked nodes near each other in memory (see `localOrder`); candidates
        // still compare by the nodes' own indices, so the merges and the result are the same.
        let order = Self.localOrder(count: vectors.count, links: links + forced)
        var place = [Int](repeating: 0, count: order.count)
        for (index, node) in order.enumerated() { place[node] = index }
        let sizes = self.sizes ?? Array(repeating: 1, count: vectors.count)
        var run = Run(vectors: order.map { vectors[$0] }, sizes: order.map { sizes[$0] }, origins: order, threshold: threshold)
        run.link(links.map { (place[$0.0], place[$0.1]) }, similarities: similarities)
        for (a, b) in forced {
            let (x, y) = (run.root(place[a]), run.root(place[b]))
            if x != y { run.join(x, y) }
        }
        run.proposeAll()
        while let best = run.queue.top { run.join(Int(best.first), Int(best.second)) }
        return (0..<vectors.count).map { Int(run.origins[run.root(place[$0])]) }
    }

    /// The nodes in breadth-first order over `links`, each component from its lowest node.
    ///
    /// Apps of one job are linked to each other but lie anywhere in the inventory; each join
    /// reads the lists and vectors of every neighbour of the two groups, and at 100,000 apps
    /// those no longer fit in the processor's cache. In this order a group's neighbours sit
    /// close together, so most of those reads hit memory already loaded.
    static func localOrder(count: Int, links: [(Int, Int)]) -> [Int] {
        var starts = [Int](repeating: 0, count: count + 1)
        for (a, b) in links where a != b { starts[a + 1] += 1; starts[b + 1] += 1 }
        for node in 0..<count { starts[node + 1] += starts[node] }
        var fill = starts
        var adjacent = [Int32](repeating: 0, count: starts[count])
        for (a, b) in links where a != b {
            adjacent[fill[a]] = Int32(b); fill[a] += 1
            adjacent[fill[b]] = Int32(a); fill[b] += 1
        }
        var order: [Int] = []
        order.reserveCapacity(count)
        var seen = [Bool](repeating: false, count: count)
        for start in 0..<count where !seen[start] {
            seen[start] = true
            var next = order.count
            order.append(start)
            while next < order.count {
                let node = order[next]
                next += 1
                for other in adjacent[starts[node]..<starts[node + 1]] where !seen[Int(other)] {
                    seen[Int(other)] = true
                    order.append(Int(other))
                }
            }
        }
        return order
    }

    /// The similarity of each linked pair of `vectors`, on all cores.
    private static func similarities(_ vectors: [SparseVector], _ links: [(Int, Int)]) -> [Double] {
        ParallelSlots<Double>.map(links.count, { Double(vectors[links[$0].0].dot(vectors[links[$0].1])) }, placeholder: 0)
    }

    /// Links whose mean falls below this share of the threshold are dropped.
    static let forgetShare = 0.25

    /// A possible merge; larger mean first, then the lowest ids.
    struct Candidate: Comparable {
        var mean: Double
        /// The two groups' ids (each its lowest node index), which break ties.
        var low: Int32
        var high: Int32
        /// Where the two groups sit in the run.
        var first: Int32
        var second: Int32

        static func < (x: Candidate, y: Candidate) -> Bool {
            if x.mean != y.mean { return x.mean < y.mean }
            if x.low != y.low { return x.low > y.low }
            return x.high > y.high
        }
    }

    /// A link to another cluster: the sum of the similarities of all pairs across the two.
    struct Link {
        var other: Int32
        var cross: Double
    }

    /// The state of one clustering. Each cluster's links sit in one array sorted by the other
    /// cluster's id, so a join merges two sorted lists and updates each neighbour's list in
    /// place; each cluster's best merge sits in a queue keyed by cluster, changed in place when
    /// a join changes it. No hashing, no per-link allocation and no stale entries in the loop.
    private struct Run {
        var sums: [SparseVector]
        var sizes: [Int]
        /// Each group's id: the lowest node index among its members.
        var origins: [Int32]
        var parent: [Int]
        /// Links of every root cluster, sorted by `other`; symmetric, and only between roots.
        var links: [[Link]]
        /// Every root cluster's best candidate at or above the threshold. The best of them all
        /// is the best pair overall, as each pair is listed by both its clusters.
        var queue: IndexedHeap<Candidate>
        let threshold: Double

        /// The two groups of the join under way, spread for their dot products with each neighbour.
        var keptSpread: SpreadVector
        var absorbedSpread: SpreadVector

        init(vectors: [SparseVector], sizes: [Int], origins: [Int], threshold: Double) {
            (self.sums, self.sizes, self.threshold) = (vectors, sizes, threshold)
            self.origins = origins.map(Int32.init)
            let dimension = SparseVector.dimension(of: vectors)
            (keptSpread, absorbedSpread) = (SpreadVector(dimension: dimension), SpreadVector(dimension: dimension))
            parent = Array(0..<vectors.count)
            links = Array(repeating: [], count: vectors.count)
            queue = IndexedHeap(capacity: vectors.count)
        }

        mutating func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }

        /// Records the candidate pairs; of a pair listed twice the first similarity counts.
        mutating func link(_ pairs: [(Int, Int)], similarities: [Double]) {
            for ((a, b), similarity) in zip(pairs, similarities) where a != b {
                links[a].append(Link(other: Int32(b), cross: similarity))
                links[b].append(Link(other: Int32(a), cross: similarity))
            }
            for node in links.indices where links[node].count > 1 {
                // Stable, so the first of two entries for one pair comes first and is kept.
                links[node].sort { $0.other < $1.other }
                var kept = 0
                for index in links[node].indices where kept == 0 || links[node][index].other != links[node][kept - 1].other {
                    links[node][kept] = links[node][index]
                    kept += 1
                }
                links[node].removeLast(links[node].count - kept)
            }
        }

        func mean(_ cross: Double, _ a: Int, _ b: Int) -> Double {
            cross / Double(sizes[a] * sizes[b])
        }

        /// The merge of `a` and `b` when their mean reaches the threshold.
        func candidate(_ a: Int, _ b: Int, cross: Double) -> Candidate? {
            let mean = mean(cross, a, b)
            guard mean >= threshold else { return nil }
            let (x, y) = (origins[a], origins[b])
            return Candidate(mean: mean, low: min(x, y), high: max(x, y), first: Int32(a), second: Int32(b))
        }

        /// The best merge among `node`'s links.
        func bestCandidate(of node: Int) -> Candidate? {
            var best: Candidate?
            for link in links[node] {
                if let candidate = candidate(node, Int(link.other), cross: link.cross), best.map({ $0 < candidate }) ?? true { best = candidate }
            }
            return best
        }

        /// Drops the links far below the threshold (see ``AverageLinkage/forgetShare``) and
        /// queues every root's best merge.
        mutating func proposeAll() {
            let forgetBelow = threshold * AverageLinkage.forgetShare
            let sizes = self.sizes
            for a in links.indices where parent[a] == a {
                links[a].removeAll { $0.cross / Double(sizes[a] * sizes[Int($0.other)]) < forgetBelow }
                queue.update(a, to: bestCandidate(of: a))
            }
        }

        /// Joins clusters `a` and `b` (both roots) into the lower id, combining what they know
        /// of their neighbours. A link far below the threshold is forgotten: reaching it again
        /// would take newcomers far more alike to the other group than their own neighbour
        /// lists say. This keeps a large function's list of linked groups short.
        mutating func join(_ a: Int, _ b: Int) {
            let (kept, absorbed) = (min(a, b), max(a, b))
            var keptLinks: [Link] = []
            var absorbedLinks: [Link] = []
            swap(&keptLinks, &links[kept])
            swap(&absorbedLinks, &links[absorbed])
            sizes[kept] += sizes[absorbed]
            origins[kept] = min(origins[kept], origins[absorbed])
            parent[absorbed] = kept
            queue.update(absorbed, to: nil)
            let forgetBelow = threshold * AverageLinkage.forgetShare
            var joined: [Link] = []
            joined.reserveCapacity(keptLinks.count + absorbedLinks.count)
            var keptBest: Candidate?
            absorbedSpread.spread(sums[absorbed])
            var keptSpreadYet = false
            var i = 0, j = 0
            while i < keptLinks.count || j < absorbedLinks.count {
                let other: Int, cross: Double
                if j == absorbedLinks.count || (i < keptLinks.count && keptLinks[i].other < absorbedLinks[j].other) {
                    other = Int(keptLinks[i].other)
                    i += 1
                    if other == absorbed { continue }
                    cross = keptLinks[i - 1].cross + Double(absorbedSpread.dot(sums[other]))
                } else if i == keptLinks.count || absorbedLinks[j].other < keptLinks[i].other {
                    other = Int(absorbedLinks[j].other)
                    j += 1
                    if other == kept { continue }
                    if !keptSpreadYet { keptSpread.spread(sums[kept]); keptSpreadYet = true }
                    cross = Double(keptSpread.dot(sums[other])) + absorbedLinks[j - 1].cross
                } else {
                    other = Int(keptLinks[i].other)
                    cross = keptLinks[i].cross + absorbedLinks[j].cross
                    i += 1; j += 1
                }
                let stays = mean(cross, kept, other) >= forgetBelow
                links[other].relink(absorbed: absorbed, kept: kept, cross: stays ? cross : nil)
                let joinedCandidate = stays ? candidate(kept, other, cross: cross) : nil
                // The neighbour's best merge changes only if it was with one of the two, or the grown group now beats it.
                let previous = queue[other]
                var best = previous
                if let previous, case let partner = Int(previous.first == Int32(other) ? previous.second : previous.first), partner == kept || partner == absorbed {
                    best = bestCandidate(of: other)
                } else if let joinedCandidate, previous.map({ $0 < joinedCandidate }) ?? true {
                    best = joinedCandidate
                }
                if best != previous { queue.update(other, to: best) }
                guard stays else { continue }
                joined.append(Link(other: Int32(other), cross: cross))
                if let joinedCandidate, keptBest.map({ $0 < joinedCandidate }) ?? true { keptBest = joinedCandidate }
            }
            links[kept] = joined
            queue.update(kept, to: keptBest)
            sums[kept] = sums[kept].adding(sums[absorbed])
            sums[absorbed] = SparseVector()
        }
    }
}

extension Array where Element == AverageLinkage.Link {
    /// Index of the first link to `other` or beyond (the list is sorted by `other`).
    fileprivate func position(of other: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if Int(self[middle].other) < other { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// After `absorbed` joined `kept` (`kept` < `absorbed`): the link to `absorbed` goes, and
    /// the link to `kept` carries `cross` (or goes too when nil). Keeps the list sorted.
    fileprivate mutating func relink(absorbed: Int, kept: Int, cross: Double?) {
        let keptAt = position(of: kept)
        let hasKept = keptAt < count && Int(self[keptAt].other) == kept
        let absorbedAt = position(of: absorbed)
        let hasAbsorbed = absorbedAt < count && Int(self[absorbedAt].other) == absorbed
        switch (hasKept, hasAbsorbed, cross) {
        case (true, _, let cross?):
            self[keptAt].cross = cross
            if hasAbsorbed { remove(at: absorbedAt) }
        case (true, _, nil):
            if hasAbsorbed { remove(at: absorbedAt) }
            remove(at: keptAt)
        case (false, true, let cross?):
            // Slide the links between the two ids up one place and put `kept` before them.
            var index = absorbedAt
            while index > keptAt { self[index] = self[index - 1]; index -= 1 }
            self[keptAt] = AverageLinkage.Link(other: Int32(kept), cross: cross)
        case (false, true, nil):
            remove(at: absorbedAt)
        case (false, false, _):
            break
        }
    }
}
