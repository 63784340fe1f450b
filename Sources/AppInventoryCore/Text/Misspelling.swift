/// Slips of the keyboard in register entries ("Prvoinsi", "Loakl", "Smosir", "EVRSI"): a word
/// one edit away from a word we expect there is read as that word.
///
/// Used where the words a name may carry are already few and known (the place and install words
/// around a national system's name). Job words are read so only under the stricter rules of
/// ``SlipReading`` (long words, rare as written, one meaning): at six letters one letter can
/// change the job ("barang" is not "batang").
enum Misspelling {
    /// Words shorter than this are left alone: at four letters one edit turns most words into
    /// other real words ("kota" → "kita", "siak" → "siap"). A word of four letters is read only
    /// as a longer word with a letter dropped ("Vrsi" of "versi").
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
        guard written != intended, written.count >= shortestWord - 1, intended.count >= shortestWord,
              abs(written.count - intended.count) <= 1, !IndonesianStemmer.builtinRoots.contains(written) else { return nil }
        let a = Array(written), b = Array(intended)
        guard EditDistance.between(a, b, swaps: true, limit: 1) == 1 else { return nil }
        if a.count < b.count { return .dropped }
        if a.count > b.count { return .added }
        return EditDistance.between(a, b, limit: 1) == 1 ? .changed : .swapped
    }
}
