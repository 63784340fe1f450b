/// The vectors of one field for every app in three contiguous buffers (struct of arrays):
/// app `i`'s term ids and weights are at `starts[i]..<starts[i + 1]`.
///
/// Neighbour search and scoring read millions of vectors; nested arrays of ``SparseVector``
/// cost a reference count and a bounds check on every access, contiguous memory neither.
final class PackedVectors: @unchecked Sendable {
    let count: Int
    private let starts: UnsafeMutableBufferPointer<Int>
    private let terms: UnsafeMutableBufferPointer<Int32>
    private let weights: UnsafeMutableBufferPointer<Float>

    init(_ vectors: [SparseVector]) {
        count = vectors.count
        starts = .allocate(capacity: vectors.count + 1)
        var total = 0
        for (index, vector) in vectors.enumerated() {
            starts[index] = total
            total += vector.terms.count
        }
        starts[vectors.count] = total
        terms = .allocate(capacity: max(total, 1))
        weights = .allocate(capacity: max(total, 1))
        for (index, vector) in vectors.enumerated() {
            _ = UnsafeMutableBufferPointer(rebasing: terms[starts[index]..<starts[index + 1]]).initialize(from: vector.terms)
            _ = UnsafeMutableBufferPointer(rebasing: weights[starts[index]..<starts[index + 1]]).initialize(from: vector.weights)
        }
    }

    deinit {
        starts.deallocate()
        terms.deallocate()
        weights.deallocate()
    }

    /// App `index`'s vector; valid while this object lives.
    subscript(index: Int) -> PackedVector {
        let start = starts[index]
        let length = starts[index + 1] - start
        return PackedVector(terms: UnsafeBufferPointer(rebasing: terms[start..<(start + length)]),
                            weights: UnsafeBufferPointer(rebasing: weights[start..<(start + length)]))
    }
}

/// A view of one sparse vector: sorted term ids and their weights, in memory someone else owns.
struct PackedVector {
    let terms: UnsafeBufferPointer<Int32>
    let weights: UnsafeBufferPointer<Float>

    var isEmpty: Bool { terms.isEmpty }

    /// Dot product: a merge of the sorted term lists, or a binary search of the short one's
    /// terms in the long one when their lengths differ greatly (one app against the summed
    /// vector of a large group). The sum runs in term order, so the result is the same
    /// whichever vector is on the left.
    func dot(_ other: PackedVector) -> Float {
        if terms.count * 16 < other.terms.count { return other.searchingDot(self) }
        if other.terms.count * 16 < terms.count { return searchingDot(other) }
        var i = 0, j = 0
        var sum: Float = 0
        while i < terms.count && j < other.terms.count {
            let (x, y) = (terms[i], other.terms[j])
            if x == y {
                sum += weights[i] * other.weights[j]
                i += 1; j += 1
            } else if x < y { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// Dot product with a much shorter vector, finding each of its terms by binary search.
    private func searchingDot(_ short: PackedVector) -> Float {
        var sum: Float = 0
        var low = 0
        for index in 0..<short.terms.count {
            let term = short.terms[index]
            var high = terms.count
            while low < high {
                let middle = (low + high) / 2
                if terms[middle] < term { low = middle + 1 } else { high = middle }
            }
            if low < terms.count && terms[low] == term { sum += weights[low] * short.weights[index] }
        }
        return sum
    }
}
