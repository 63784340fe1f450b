extension SparseVector {
    /// The weight of one term (0 when the vector does not hold it), by binary search.
    func weight(of term: Int32) -> Float {
        var low = 0, high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] < term { low = middle + 1 } else { high = middle }
        }
        return low < terms.count && terms[low] == term ? weights[low] : 0
    }
}
