/// Slips of the keyboard in register entries ("Prvoinsi", "Loakl", "Smosir", "EVRSI"): a word
/// one edit away from a word we expect there is read as that word.
///
/// Used only where the words a name may carry are already few and known (the place and install
/// words around a national system's name), never to match job words, where one letter can change
/// the job ("barang" is not "batang").
enum Misspelling {
    /// Words shorter than this are left alone: at four letters one edit turns most words into
    /// other real words ("kota" → "kita", "siak" → "siap").
    static let shortestWord = 5

    /// The four slips of Damerau's edit distance.
    enum Slip { case changed, added, dropped, swapped }

    /// Whether `written` is `intended` with one slip (``slip(_:of:)``).
    static func isSlip(_ written: String, of intended: String) -> Bool {
        slip(written, of: intended) != nil
    }

    /// How `written` is `intended` with one letter changed, added, dropped, or two neighbouring
    /// letters swapped; nil when it is not, when either word is short, or when `written` is a
    /// word of its own (a root the stemmer knows: "beras" is rice, not "Berau").
    static func slip(_ written: String, of intended: String) -> Slip? {
        guard written != intended, written.count >= shortestWord, intended.count >= shortestWord,
              abs(written.count - intended.count) <= 1, !IndonesianStemmer.builtinRoots.contains(written) else { return nil }
        let a = Array(written.utf8), b = Array(intended.utf8)
        // Skip the common beginning and end; what is left must be one slip.
        var start = 0
        while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        switch (endA - start, endB - start) {
        case (0, 1): return .dropped
        case (1, 0): return .added
        case (1, 1): return .changed
        case (2, 2) where a[start] == b[start + 1] && a[start + 1] == b[start]: return .swapped
        default: return nil
        }
    }
}
