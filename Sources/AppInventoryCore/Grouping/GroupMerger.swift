/// Joins groups that are fragments of one function.
///
/// On a k-nearest-neighbour graph a large function (hundreds of look-alike apps) can come
/// out of community detection in several pieces that are barely linked to each other, yet
/// describe the same job. Each group is summarised by its centroid (the normalised sum of its
/// members' term vectors per field); linked groups whose centroids are at least `threshold`
/// similar are merged, most similar first, recomputing centroids as they grow.
struct GroupMerger {
    var profiles: ProfileSet
    var weights: SimilarityWeights
    var threshold: Double

    typealias Centroid = [[Int32: Float]]

    func merge(_ communities: [Int], edges: [(Int, Int, Double)]) -> [Int] {
        var members: [Int: [Int]] = [:]
        for (app, community) in communities.enumerated() { members[community, default: []].append(app) }
        var sums: [Int: Centroid] = [:]
        for (community, list) in members where list.count >= 2 { sums[community] = centroid(of: list) }
        var links: Set<UnorderedPair> = []
        for (a, b, _) in edges {
            let (x, y) = (communities[a], communities[b])
            if x != y, sums[x] != nil, sums[y] != nil { links.insert(UnorderedPair(x, y)) }
        }
        var parent = Dictionary(uniqueKeysWithValues: sums.keys.map { ($0, $0) })
        func root(_ x: Int) -> Int { var x = x; while parent[x]! != x { x = parent[x]! }; return x }
        var cache: [UnorderedPair: Double] = [:]
        while true {
            var best: (UnorderedPair, Double)?
            for link in links.sorted() {
                let similarity = cache[link] ?? self.similarity(sums[link.low]!, sums[link.high]!)
                cache[link] = similarity
                if similarity >= threshold, similarity > (best?.1 ?? -1) { best = (link, similarity) }
            }
            guard let (pair, _) = best else { break }
            let (kept, absorbed) = (pair.low, pair.high)
            sums[kept] = add(sums[kept]!, sums[absorbed]!)
            sums[absorbed] = nil
            parent[absorbed] = kept
            links = Set(links.compactMap { link in
                let x = link.low == absorbed ? kept : link.low
                let y = link.high == absorbed ? kept : link.high
                return x == y ? nil : UnorderedPair(x, y)
            })
            // Only similarities involving the grown group change.
            cache = cache.filter { $0.key.low != kept && $0.key.high != kept && $0.key.low != absorbed && $0.key.high != absorbed }
        }
        return communities.map { parent[$0] == nil ? $0 : root($0) }
    }

    func centroid(of list: [Int]) -> Centroid {
        SimilarityField.allCases.map { field in
            var sum: [Int32: Float] = [:]
            for app in list {
                let vector = profiles.vectors[field.rawValue][app]
                for (term, weight) in zip(vector.terms, vector.weights) { sum[term, default: 0] += weight }
            }
            return sum
        }
    }

    func add(_ a: Centroid, _ b: Centroid) -> Centroid {
        zip(a, b).map { $0.merging($1, uniquingKeysWith: +) }
    }

    /// Weighted mean of centroid cosines over the fields both groups have.
    func similarity(_ a: Centroid, _ b: Centroid) -> Double {
        var total = 0.0, weightSum = 0.0
        for field in SimilarityField.allCases {
            let (x, y) = (a[field.rawValue], b[field.rawValue])
            guard !x.isEmpty, !y.isEmpty else { continue }
            // Sums run in term order so the result does not depend on dictionary layout.
            let (small, large) = x.count < y.count ? (x, y) : (y, x)
            var dot: Double = 0
            for term in small.keys.sorted() { if let other = large[term] { dot += Double(small[term]! * other) } }
            func squaredNorm(_ v: [Int32: Float]) -> Double { v.keys.sorted().reduce(0) { $0 + Double(v[$1]! * v[$1]!) } }
            let norm = (squaredNorm(x) * squaredNorm(y)).squareRoot()
            guard norm > 0 else { continue }
            total += weights.values[field.rawValue] * dot / norm
            weightSum += weights.values[field.rawValue]
        }
        return weightSum > 0 ? total / weightSum : 0
    }
}
