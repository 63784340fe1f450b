/// Two indices where order does not matter: (3, 1) and (1, 3) are the same pair.
struct UnorderedPair: Hashable, Sendable, Comparable {
    var low: Int
    var high: Int

    init(_ a: Int, _ b: Int) {
        low = min(a, b)
        high = max(a, b)
    }

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.low, lhs.high) < (rhs.low, rhs.high) }
}
