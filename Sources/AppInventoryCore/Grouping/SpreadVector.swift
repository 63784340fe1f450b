/// One sparse vector spread over a dense array indexed by term, for many dot products with
/// it: each then costs the other vector's length, one look-up per term and no comparison,
/// where a merge of two sorted term lists walks both and branches at every step.
///
/// The sum runs in the other vector's term order, as ``SparseVector/dot(_:)`` does, so the
/// result is the same to the last bit.
struct SpreadVector {
    private var values: [Float]
    private var vector = SparseVector()

    /// A dense array for term ids below `dimension`, holding nothing yet.
    init(dimension: Int) {
        values = Array(repeating: 0, count: dimension)
    }

    /// The vector spread, if any.
    var spread: SparseVector { vector }

    /// Spreads `vector`, clearing the one spread before.
    mutating func spread(_ vector: SparseVector) {
        for term in self.vector.terms { values[Int(term)] = 0 }
        for (term, weight) in zip(vector.terms, vector.weights) { values[Int(term)] = weight }
        self.vector = vector
    }

    /// The dot product of the spread vector and `other`. When `other` is much longer, finding
    /// the spread vector's few terms in it is cheaper than walking it.
    func dot(_ other: SparseVector) -> Float {
        if vector.terms.count * 16 < other.terms.count { return vector.dot(other) }
        return values.withUnsafeBufferPointer { values in
            other.terms.withUnsafeBufferPointer { terms in
                other.weights.withUnsafeBufferPointer { weights in
                    var sum: Float = 0
                    for index in 0..<terms.count { sum += weights[index] * values[Int(terms[index])] }
                    return sum
                }
            }
        }
    }
}
