/// Community detection by modularity (Louvain method) on a weighted, undirected graph.
///
/// Unlike connected components over a threshold, it does not chain unrelated apps through
/// long paths: a community must be more densely linked inside than chance would make it.
/// Nodes are visited in index order and ties go to the lowest community id, so the result
/// is deterministic.
public enum Louvain {
    /// Community id (0-based, dense) for each node.
    public static func communities(nodeCount: Int, edges: [(Int, Int, Double)], resolution: Double = 1.0) -> [Int] {
        var adjacency = Array(repeating: [(Int, Double)](), count: nodeCount)
        for (a, b, weight) in edges where a != b && weight > 0 {
            adjacency[a].append((b, weight))
            adjacency[b].append((a, weight))
        }
        var inside = Array(repeating: 0.0, count: nodeCount)
        var membership = Array(0..<nodeCount)
        while true {
            let (assignment, moved) = localMoving(adjacency: adjacency, inside: inside, resolution: resolution)
            if !moved { break }
            let (dense, communityCount) = densify(assignment)
            membership = membership.map { dense[$0] }
            (adjacency, inside) = aggregate(adjacency: adjacency, inside: inside, assignment: dense, count: communityCount)
        }
        return densify(membership).0
    }

    private static func localMoving(adjacency: [[(Int, Double)]], inside: [Double], resolution: Double) -> ([Int], Bool) {
        let count = adjacency.count
        let degree = (0..<count).map { node in 2 * inside[node] + adjacency[node].reduce(0) { $0 + $1.1 } }
        let total = degree.reduce(0, +)
        guard total > 0 else { return (Array(0..<count), false) }
        var community = Array(0..<count)
        var communityDegree = degree
        var linkWeight = Array(repeating: 0.0, count: count)
        var touched: [Int] = []
        var movedAny = false
        for _ in 0..<50 {
            var moved = false
            for node in 0..<count where !adjacency[node].isEmpty {
                let current = community[node]
                touched.removeAll(keepingCapacity: true)
                for (neighbour, weight) in adjacency[node] {
                    let target = community[neighbour]
                    if linkWeight[target] == 0 { touched.append(target) }
                    linkWeight[target] += weight
                }
                communityDegree[current] -= degree[node]
                var best = current
                var bestGain = linkWeight[current] - resolution * communityDegree[current] * degree[node] / total
                for target in touched.sorted() where target != current {
                    let gain = linkWeight[target] - resolution * communityDegree[target] * degree[node] / total
                    if gain > bestGain + 1e-12 { best = target; bestGain = gain }
                }
                communityDegree[best] += degree[node]
                for target in touched { linkWeight[target] = 0 }
                if best != current {
                    community[node] = best
                    moved = true
                    movedAny = true
                }
            }
            if !moved { break }
        }
        return (community, movedAny)
    }

    private static func densify(_ labels: [Int]) -> ([Int], Int) {
        var ids: [Int: Int] = [:]
        let dense = labels.map { label in
            if let id = ids[label] { return id }
            let id = ids.count
            ids[label] = id
            return id
        }
        return (dense, ids.count)
    }

    private static func aggregate(adjacency: [[(Int, Double)]], inside: [Double], assignment: [Int], count: Int) -> ([[(Int, Double)]], [Double]) {
        var newInside = Array(repeating: 0.0, count: count)
        var links = Array(repeating: [Int: Double](), count: count)
        for node in adjacency.indices {
            let from = assignment[node]
            newInside[from] += inside[node]
            for (neighbour, weight) in adjacency[node] {
                let to = assignment[neighbour]
                if to == from {
                    newInside[from] += weight / 2
                } else {
                    links[from][to, default: 0] += weight
                }
            }
        }
        let newAdjacency = links.map { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        return (newAdjacency, newInside)
    }
}
