/// A sparse, L2-normalised term vector: sorted term ids with weights.
package struct SparseVector: Sendable {
    package var terms: [Int32] = []
    package var weights: [Float] = []

    var isEmpty: Bool { terms.isEmpty }

    /// Cosine of two normalised vectors (see ``PackedVector/dot(_:)``).
    func dot(_ other: SparseVector) -> Float {
        withPacked { mine in other.withPacked { mine.dot($0) } }
    }

    /// Calls `body` with a view of this vector's memory.
    func withPacked<Result>(_ body: (PackedVector) -> Result) -> Result {
        terms.withUnsafeBufferPointer { terms in
            weights.withUnsafeBufferPointer { body(PackedVector(terms: terms, weights: $0)) }
        }
    }

    /// One more than the largest term id of `vectors`: the length of a dense array that holds any of them.
    static func dimension(of vectors: [SparseVector]) -> Int {
        // Term ids are sorted, so each vector's last is its largest.
        vectors.reduce(0) { max($0, Int($1.terms.last ?? -1) + 1) }
    }

    /// Element-wise sum (not normalised): the summed vector of a group of apps.
    func adding(_ other: SparseVector) -> SparseVector {
        var result = SparseVector()
        result.terms.reserveCapacity(terms.count + other.terms.count)
        result.weights.reserveCapacity(terms.count + other.terms.count)
        var i = 0, j = 0
        while i < terms.count || j < other.terms.count {
            if j == other.terms.count || (i < terms.count && terms[i] < other.terms[j]) {
                result.terms.append(terms[i]); result.weights.append(weights[i]); i += 1
            } else if i == terms.count || other.terms[j] < terms[i] {
                result.terms.append(other.terms[j]); result.weights.append(other.weights[j]); j += 1
            } else {
                result.terms.append(terms[i]); result.weights.append(weights[i] + other.weights[j]); i += 1; j += 1
            }
        }
        return result
    }

    package init(terms: [Int32] = [], weights: [Float] = []) {
        self.terms = terms
        self.weights = weights
    }

    /// The sum of `vectors` (empty for none), added in a balanced tree so the partial sums stay
    /// short while they grow.
    static func sum(_ vectors: [SparseVector]) -> SparseVector {
        var level = vectors
        while level.count > 1 {
            level = stride(from: 0, to: level.count, by: 2).map { $0 + 1 < level.count ? level[$0].adding(level[$0 + 1]) : level[$0] }
        }
        return level.first ?? SparseVector()
    }
}
