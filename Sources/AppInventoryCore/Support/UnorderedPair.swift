/// Two indices where order does not matter: (3, 1) and (1, 3) are the same pair.
package struct UnorderedPair: Hashable, Sendable, Comparable {
    package var low: Int
    package var high: Int

    package init(_ a: Int, _ b: Int) {
        low = min(a, b)
        high = max(a, b)
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { (lhs.low, lhs.high) < (rhs.low, rhs.high) }
}
