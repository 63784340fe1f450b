/// Every pair that appears in some app's neighbour list, or that a planner merged, once and
/// in (low, high) order: the links of the grouping graph and the pairs an analysis reports.
///
/// A pair usually appears in both apps' lists; the sightings are sorted rather than hashed,
/// which keeps hundreds of thousands of them cheap and the order independent of hashing.
struct FoundPairs {
    struct Pair {
        var low: Int
        var high: Int
        /// The score and field cosines (the same from either side; cosines only where reported).
        var neighbour: Neighbour
        /// Whether the pair is reported by ``PairReporting``, or merged.
        var reported: Bool
    }

    var pairs: [Pair] = []

    init(_ neighbours: [[Neighbour]], reporting: PairReporting, merged: [(Int, Int)], search: NeighbourSearch) {
        // A sighting's `order` says where it was seen: list entries in list order, then merges.
        var sightings: [(low: Int32, high: Int32, order: Int32)] = []
        var origins: [(app: Int32, rank: Int32)] = []
        sightings.reserveCapacity(neighbours.reduce(0) { $0 + $1.count } + merged.count)
        for (a, list) in neighbours.enumerated() {
            for (rank, neighbour) in list.enumerated() {
                sightings.append((Int32(min(a, neighbour.index)), Int32(max(a, neighbour.index)), Int32(origins.count)))
                origins.append((Int32(a), Int32(rank)))
            }
        }
        let listed = origins.count
        for (index, (a, b)) in merged.enumerated() where a != b {
            sightings.append((Int32(min(a, b)), Int32(max(a, b)), Int32(listed + index)))
        }
        sightings.sort { ($0.low, $0.high, $0.order) < ($1.low, $1.high, $1.order) }
        var index = 0
        while index < sightings.count {
            let first = sightings[index]
            var rankFromLow: Int?
            var rankFromHigh: Int?
            var neighbour: Neighbour?
            var mergedIndex: Int?
            while index < sightings.count && sightings[index].low == first.low && sightings[index].high == first.high {
                let order = Int(sightings[index].order)
                if order >= listed {
                    mergedIndex = mergedIndex ?? order - listed
                } else {
                    let rank = Int(origins[order].rank)
                    if origins[order].app == first.low { rankFromLow = rankFromLow ?? rank } else { rankFromHigh = rankFromHigh ?? rank }
                }
                if order < listed, neighbour?.components.isEmpty ?? true {
                    // The first sighting with field cosines (lists keep them only where reported).
                    let seen = neighbours[Int(origins[order].app)][Int(origins[order].rank)]
                    if neighbour == nil || !seen.components.isEmpty { neighbour = seen }
                }
                index += 1
            }
            if let mergedIndex, neighbour == nil || neighbour!.components.isEmpty {
                neighbour = search.score(merged[mergedIndex].0, merged[mergedIndex].1)
            }
            let reported = mergedIndex != nil || reporting.reports(score: neighbour!.score, rankFromA: rankFromLow, rankFromB: rankFromHigh)
            pairs.append(Pair(low: Int(first.low), high: Int(first.high), neighbour: neighbour!, reported: reported))
        }
    }
}
