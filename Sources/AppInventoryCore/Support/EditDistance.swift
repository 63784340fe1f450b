/// Edit distance between two sequences, for spelling: a misspelt header ("Deskirpsi"), a
/// renamed app ("e-Planning NTB" → "e-Planning Provinsi NTB"), a platform name mistyped in a
/// decision, a slip in a national system's own entry ("LPSE Prvoinsi Gorontalo"). One
/// implementation for all four.
public enum EditDistance {
    /// The name of `names` nearest to `typed` in letters of either case, when at most `within`
    /// edits away (ties to the first): the "did you mean" of a mistyped province, field or
    /// platform name. `swaps` counts a swap of two neighbouring letters as one edit.
    /// `orItsBeginning` also measures `typed` against each name's first letters, as many as it
    /// has: a name both cut short and mistyped ("Platfrom Bersama Kepegawaian" for "Platform
    /// Bersama Kepegawaian Daerah") is nearest to the name it begins, not to another of its length.
    public static func nearest(_ typed: String, in names: [String], within: Int, swaps: Bool = true, orItsBeginning: Bool = false) -> String? {
        let letters = Array(typed.lowercased())
        let distance = { (name: String) -> Int in
            let whole = Array(name.lowercased())
            let full = between(whole, letters, swaps: swaps)
            return orItsBeginning && whole.count > letters.count ? min(full, between(Array(whole.prefix(letters.count)), letters, swaps: swaps)) : full
        }
        // Each name measured once; of equally near names the first wins.
        return names.map { ($0, distance($0)) }.filter { $0.1 <= within }.min { $0.1 < $1.1 }?.0
    }

    /// The insertions, deletions and substitutions from `a` to `b`; with `swaps`, a swap of two
    /// neighbouring elements counts as one edit too. Once every way needs more than `limit`
    /// edits, returns `limit + 1` without finishing.
    public static func between<Element: Equatable>(_ a: [Element], _ b: [Element], swaps: Bool = false, limit: Int = .max) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowBest = i
            for j in 1...b.count {
                var cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if swaps, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cost = min(cost, beforePrevious[j - 2] + 1) }
                current[j] = cost
                rowBest = min(rowBest, cost)
            }
            if rowBest > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
