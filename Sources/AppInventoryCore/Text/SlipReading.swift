/// Long words typed with one slip ("Kepegawain", "Perpustaaan", "Persedian"): read as the word
/// the register means.
///
/// One wrong letter hides a job from every term its word would have given: "Sistem Informasi
/// Kepegawain" met no staff-management app, and a proposal so typed passed `check` as new. In
/// an Indonesian reading (English is dense with real words one letter apart: "consent" /
/// "content", "cooling" / "tooling") a word is read as another when all of these hold:
///
/// - both are ``shortestWord`` letters or more: at four to six letters one slip turns many
///   words into other real words ("barang" / "batang", "kota" / "kita");
/// - the written word is not one the inventory uses (the normaliser's lexicon holds the words
///   its texts use at least twice, and the built-in roots), nor a known root with one prefix and
///   one suffix (``IndonesianStemmer/isAffixed(_:)``: "perumahan" of "rumah" stays housing,
///   however close "perubahan" is);
/// - the word meant is in that lexicon, one keyboard slip away (``isKeyboardSlip(_:of:)``: a
///   letter added, dropped, swapped, or changed into a key beside it), and every lexicon word one
///   such slip away comes from the same root as it (two candidates of different roots leave the
///   word as written). A candidate that is itself one slip from a candidate the stemmer takes
///   apart into a known root with its affixes is that word's repeated typo, not a second
///   meaning: a register that types "kepegawaain" twice makes it a lexicon word, yet
///   "kepegawain" still means "kepegawaian" (ke- pegawai -an).
///
/// The lexicon is what a stored analysis keeps (``TextNormalizer/corpusRoots``), so `check`
/// reads a proposal's slips exactly as the analysis read the inventory's.
struct SlipReading: Sendable {
    static let shortestWord = 7

    /// Lexicon words of at least ``shortestWord`` letters, by each of their one-letter
    /// deletions and by themselves (a symmetric-deletion index: two words one slip apart
    /// share a key, so candidates are found by look-up, not by comparing with every word).
    private let byKey: [String: [String]]

    init(lexicon: Set<String>) {
        var index: [String: [String]] = [:]
        for word in lexicon.sorted() where word.count >= Self.shortestWord && word.allSatisfy(\.isLetter) {
            for key in Self.keys(of: word) { index[key, default: []].append(word) }
        }
        byKey = index
    }

    /// One slip of the keyboard: a letter added, dropped or swapped with its neighbour, or
    /// changed into a key beside it ("kepegawaiam"). A letter changed into one far away on the
    /// keyboard is more often another word than a slip: "pengawalan" (escort) is not
    /// "pengawasan" (supervision), nor "perumahan" (housing) "perubahan" (change).
    static func isKeyboardSlip(_ written: String, of intended: String) -> Bool {
        guard let slip = Misspelling.slip(written, of: intended) else { return false }
        guard slip == .changed else { return true }
        guard let (a, b) = zip(written, intended).first(where: { $0 != $1 }) else { return false }
        return keyNeighbours[a]?.contains(b) ?? false
    }

    /// The keys around each letter key of a QWERTY keyboard, as Indonesian offices use.
    static let keyNeighbours: [Character: Set<Character>] = [
        "q": ["w", "a"], "w": ["q", "e", "a", "s"], "e": ["w", "r", "s", "d"], "r": ["e", "t", "d", "f"], "t": ["r", "y", "f", "g"],
        "y": ["t", "u", "g", "h"], "u": ["y", "i", "h", "j"], "i": ["u", "o", "j", "k"], "o": ["i", "p", "k", "l"], "p": ["o", "l"],
        "a": ["q", "w", "s", "z"], "s": ["a", "d", "w", "e", "z", "x"], "d": ["s", "f", "e", "r", "x", "c"], "f": ["d", "g", "r", "t", "c", "v"],
        "g": ["f", "h", "t", "y", "v", "b"], "h": ["g", "j", "y", "u", "b", "n"], "j": ["h", "k", "u", "i", "n", "m"], "k": ["j", "l", "i", "o", "m"],
        "l": ["k", "o", "p"], "z": ["a", "s", "x"], "x": ["z", "c", "s", "d"], "c": ["x", "v", "d", "f"], "v": ["c", "b", "f", "g"],
        "b": ["v", "n", "g", "h"], "n": ["b", "m", "h", "j"], "m": ["n", "j", "k"],
    ]

    /// The word and each of its one-letter deletions, once each.
    private static func keys(of word: String) -> Set<String> {
        var keys: Set<String> = [word]
        var letters = Array(word)
        for position in letters.indices {
            let removed = letters.remove(at: position)
            keys.insert(String(letters))
            letters.insert(removed, at: position)
        }
        return keys
    }

    /// The lexicon word `word` is a slip of, or nil. `isKnown` says whether the written word is
    /// a word of its own (in the lexicon, or derived from a built-in root); `isDerived` whether a
    /// candidate is a known root or one with its affixes; `root` gives a word's root, so
    /// candidates that differ only in their affixes count as one.
    func intended(_ word: String, isKnown: (String) -> Bool, isDerived: (String) -> Bool, root: (String) -> String) -> String? {
        guard !byKey.isEmpty, word.count >= Self.shortestWord, word.allSatisfy(\.isLetter) else { return nil }
        var candidates: Set<String> = []
        for key in Self.keys(of: word) {
            for candidate in byKey[key] ?? [] where Self.isKeyboardSlip(word, of: candidate) { candidates.insert(candidate) }
        }
        // Most rare words have no candidate: whether the word is one of its own (stemming) is
        // asked only of those that do.
        guard !candidates.isEmpty, !isKnown(word) else { return nil }
        // A typo the register repeats is in the lexicon too: a candidate that is itself one slip
        // from a candidate the stemmer analyses is that word's typo, not a second meaning.
        let derived = candidates.filter(isDerived)
        candidates = candidates.filter { candidate in
            derived.contains(candidate) || !derived.contains { Self.isKeyboardSlip(candidate, of: $0) }
        }
        guard let first = candidates.min() else { return nil }
        let firstRoot = root(first)
        return candidates.allSatisfy({ root($0) == firstRoot }) ? first : nil
    }
}
