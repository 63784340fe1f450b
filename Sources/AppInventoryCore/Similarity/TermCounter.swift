/// Term frequencies of one bag of weighted words at a time, by term id, in buffers reused
/// from bag to bag, so counting a national inventory's texts allocates almost nothing.
///
/// Shared by ``ProfileBuilder`` and ``ProfileExtender``: a word's frequency is the sum of its
/// weights in the bag, added in bag order, so both get the same numbers.
struct TermCounter {
    private var frequency: [Float] = []
    private var isHeld: [Bool] = []
    private var held: [Int32] = []

    /// The distinct terms of `bag` with their frequencies, in order of first appearance;
    /// `id(word)` gives (or assigns) a word's term id.
    mutating func count(_ bag: [(String, Float)], id: (String) -> Int32) -> [(Int32, Float)] {
        for (word, weight) in bag {
            let term = Int(id(word))
            while frequency.count <= term {
                frequency.append(0)
                isHeld.append(false)
            }
            if !isHeld[term] { isHeld[term] = true; held.append(Int32(term)) }
            frequency[term] += weight
        }
        let counted = held.map { ($0, frequency[Int($0)]) }
        for term in held { frequency[Int(term)] = 0; isHeld[Int(term)] = false }
        held.removeAll(keepingCapacity: true)
        return counted
    }
}
