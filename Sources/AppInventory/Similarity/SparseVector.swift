/// A sparse, L2-normalised term vector: sorted term ids with weights.
struct SparseVector: Sendable {
    var terms: [Int32] = []
    var weights: [Float] = []

    var isEmpty: Bool { terms.isEmpty }

    /// Cosine of two normalised vectors (a merge of the sorted term lists; a binary search of
    /// the short one's terms in the long one when their lengths differ greatly, as when one
    /// app meets the summed vector of a large group).
    func dot(_ other: SparseVector) -> Float {
        if terms.count * 16 < other.terms.count { return other.searchingDot(self) }
        if other.terms.count * 16 < terms.count { return searchingDot(other) }
        var i = 0, j = 0
        var sum: Float = 0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                sum += weights[i] * other.weights[j]
                i += 1; j += 1
            } else if terms[i] < other.terms[j] { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// Dot product with a much shorter vector, finding each of its terms by binary search.
    private func searchingDot(_ short: SparseVector) -> Float {
        var sum: Float = 0
        var low = 0
        for (term, weight) in zip(short.terms, short.weights) {
            var high = terms.count
            while low < high {
                let middle = (low + high) / 2
                if terms[middle] < term { low = middle + 1 } else { high = middle }
            }
            if low < terms.count && terms[low] == term { sum += weights[low] * weight }
        }
        return sum
    }

    /// Terms both vectors hold, with their contribution to the cosine, largest first.
    func shared(_ other: SparseVector) -> [(term: Int32, contribution: Float)] {
        var i = 0, j = 0
        var result: [(Int32, Float)] = []
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                result.append((terms[i], weights[i] * other.weights[j]))
                i += 1; j += 1
            } else if terms[i] < other.terms[j] { i += 1 } else { j += 1 }
        }
        return result.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
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
}
