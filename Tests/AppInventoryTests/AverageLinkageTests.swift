import Testing
@testable import AppInventoryCore

/// The grouping step's own structures: the queue of best merges and the order independence of
/// average linkage, on random inputs from a fixed seed.
@Suite("Average linkage")
struct AverageLinkageTests {
    @Test func queueAlwaysOffersTheLargestKeyAfterChangesAndRemovals() {
        var generator = SeededGenerator(seed: 12)
        var queue = IndexedHeap<Int>(capacity: 40)
        var reference: [Int: Int] = [:]
        for _ in 0..<3000 {
            let id = Int.random(in: 0..<40, using: &generator)
            let key = generator.chance(0.3) ? nil : Int.random(in: 0..<1000, using: &generator)
            queue.update(id, to: key)
            reference[id] = key
            #expect(queue.top == reference.values.max())
            #expect(queue[id] == key)
        }
    }

    /// Five topics on disjoint words; each app links to a few apps of its topic and a few of any.
    static func topics(seed: UInt64) -> (vectors: [SparseVector], links: [(Int, Int)], topic: [Int]) {
        var generator = SeededGenerator(seed: seed)
        let topic = (0..<150).map { _ in Int.random(in: 0..<5, using: &generator) }
        let vectors = topic.map { t -> SparseVector in
            let terms = (0..<6).map { Int32(t * 6 + $0) }.filter { _ in generator.chance(0.7) }
            let weights = terms.map { _ in Float.random(in: 0.2...1, using: &generator) }
            let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return SparseVector(terms: terms, weights: weights.map { $0 / max(norm, 1e-6) })
        }
        var links: [(Int, Int)] = []
        for a in topic.indices {
            let sameTopic = topic.indices.filter { topic[$0] == topic[a] && $0 != a }
            for _ in 0..<4 { links.append((a, generator.pick(sameTopic))) }
            for _ in 0..<2 { links.append((a, Int.random(in: 0..<topic.count, using: &generator))) }
        }
        return (vectors, links, topic)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func groupsDoNotDependOnTheOrderOfLinks(seed: UInt64) {
        let (vectors, links, topic) = Self.topics(seed: seed)
        let linkage = AverageLinkage(vectors: vectors, threshold: 0.3)
        let clusters = linkage.clusters(links: links)
        var generator = SeededGenerator(seed: seed + 100)
        let shuffled = links.map { generator.chance(0.5) ? ($0.1, $0.0) : $0 }.shuffled(using: &generator)
        #expect(linkage.clusters(links: shuffled) == clusters)
        #expect(linkage.clusters(links: links.reversed()) == clusters)
        for (app, cluster) in clusters.enumerated() {
            #expect(topic[app] == topic[cluster], "apps on disjoint words share no pair, so their mean is 0")
        }
        #expect(Set(clusters).count < vectors.count / 2, "apps of one topic are alike on average and join")
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func eachGroupIsNamedByItsLowestAppWhereverTheRunKeepsIt(seed: UInt64) {
        let (vectors, links, _) = Self.topics(seed: seed)
        let clusters = AverageLinkage(vectors: vectors, threshold: 0.3).clusters(links: links)
        for (app, cluster) in clusters.enumerated() {
            #expect(cluster <= app && clusters[cluster] == cluster, "app \(app) in group \(cluster)")
        }
    }

    @Test func aSpreadVectorsDotProductIsTheSparseOneToTheLastBit() {
        var generator = SeededGenerator(seed: 5)
        func vector(terms: Int) -> SparseVector {
            let ids = Set((0..<terms).map { _ in Int32.random(in: 0..<400, using: &generator) }).sorted()
            return SparseVector(terms: ids, weights: ids.map { _ in Float.random(in: 0.01...3, using: &generator) })
        }
        var spread = SpreadVector(dimension: 400)
        for _ in 0..<50 {
            let (left, right) = (vector(terms: Int.random(in: 0...60, using: &generator)), vector(terms: Int.random(in: 0...300, using: &generator)))
            spread.spread(left)
            #expect(spread.dot(right) == left.dot(right))
            #expect(spread.dot(left) == left.dot(left))
        }
    }
}
