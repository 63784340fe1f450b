import HeapModule

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
    static func background(_ vectors: [SparseVector], links: [(Int, Int)]) -> Double {
        guard !vectors.isEmpty else { return 0 }
        let total = SparseVector.sum(vectors)
        var sum = Double(total.dot(total))
        for vector in vectors { sum -= Double(vector.dot(vector)) }
        for (a, b) in links { sum -= 2 * Double(vectors[a].dot(vectors[b])) }
        let n = Double(vectors.count)
        let pairs = n * (n - 1) - 2 * Double(links.count)
        return pairs > 0 ? max(0, sum / pairs) : 0
    }

    /// Cluster id per node (the lowest node index of its cluster). `links` are the candidate
    /// pairs (a planner's separated pairs are simply not among them); `forced` pairs are joined
    /// whatever their similarity. The sum of similarities of two linked nodes is the dot product
    /// of their vectors, exact for groups as for apps.
    func clusters(links: [(Int, Int)], forced: [(Int, Int)] = []) -> [Int] {
        let count = vectors.count
        var sums = vectors
        var sizes = self.sizes ?? Array(repeating: 1, count: count)
        var parent = Array(0..<count)
        var version = Array(repeating: Int32(0), count: count)
        // Sum of pairwise similarities between two clusters, for linked clusters.
        var crossSums = Array(repeating: [Int: Double](), count: count)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        let similarities = ParallelSlots<Double>.map(links.count, { Double(vectors[links[$0].0].dot(vectors[links[$0].1])) }, placeholder: 0)
        for ((a, b), similarity) in zip(links, similarities) where a != b && crossSums[a][b] == nil {
            crossSums[a][b] = similarity
            crossSums[b][a] = similarity
        }

        var heap = Heap<Candidate>()
        func push(_ a: Int, _ b: Int) {
            guard let cross = crossSums[a][b] else { return }
            let mean = cross / Double(sizes[a] * sizes[b])
            guard mean >= threshold else {
                // A link far below the threshold is forgotten: reaching it again would take
                // newcomers far more alike to the other group than their own neighbour lists
                // say. This keeps a large function's list of linked groups short.
                if mean < threshold * Self.forgetShare { crossSums[a][b] = nil; crossSums[b][a] = nil }
                return
            }
            heap.insert(Candidate(mean: mean, low: Int32(min(a, b)), high: Int32(max(a, b)), lowVersion: version[min(a, b)], highVersion: version[max(a, b)]))
        }
        /// Joins clusters `a` and `b` (both roots), combining what they know of their neighbours.
        func join(_ a: Int, _ b: Int) {
            let (kept, absorbed) = (min(a, b), max(a, b))
            // Taken out of the table so that updating them copies nothing.
            var neighbours = crossSums[kept]
            let absorbedLinks = crossSums[absorbed]
            crossSums[kept] = [:]
            crossSums[absorbed] = [:]
            neighbours[absorbed] = nil
            var keptOnly: [(Int, Double)] = []
            for (other, cross) in neighbours where absorbedLinks[other] == nil {
                keptOnly.append((other, cross + Double(sums[absorbed].dot(sums[other]))))
            }
            for (other, cross) in absorbedLinks where other != kept {
                neighbours[other] = (neighbours[other] ?? Double(sums[kept].dot(sums[other]))) + cross
                crossSums[other][absorbed] = nil
            }
            for (other, cross) in keptOnly { neighbours[other] = cross }
            for (other, cross) in neighbours { crossSums[other][kept] = cross }
            crossSums[kept] = neighbours
            sums[kept] = sums[kept].adding(sums[absorbed])
            sums[absorbed] = SparseVector()
            sizes[kept] += sizes[absorbed]
            parent[absorbed] = kept
            version[kept] += 1
            // Heap order is total (mean, then ids), so the order of insertion does not matter.
            for other in neighbours.keys { push(kept, other) }
        }

        for (a, b) in forced {
            let (x, y) = (root(a), root(b))
            if x != y { join(x, y) }
        }
        for a in 0..<count where parent[a] == a {
            for b in crossSums[a].keys.sorted() where b > a && parent[b] == b { push(a, b) }
        }
        while let best = heap.popMax() {
            let (low, high) = (Int(best.low), Int(best.high))
            guard parent[low] == low, parent[high] == high, version[low] == best.lowVersion, version[high] == best.highVersion else { continue }
            join(low, high)
        }
        return (0..<count).map(root)
    }

    /// Links whose mean falls below this share of the threshold are dropped.
    static let forgetShare = 0.25

    /// A possible merge; larger mean first, then the lowest ids. 32-bit ids keep the heap's
    /// entries small, as every join adds one per linked group.
    struct Candidate: Comparable {
        var mean: Double
        var low: Int32
        var high: Int32
        var lowVersion: Int32
        var highVersion: Int32

        static func < (x: Candidate, y: Candidate) -> Bool {
            if x.mean != y.mean { return x.mean < y.mean }
            if x.low != y.low { return x.low > y.low }
            return x.high > y.high
        }
    }
}
