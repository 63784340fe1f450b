/// A name of two words or more, read for acronyms spelt from its syllables: "simpeg" from
/// "sistem informasi manajemen kepegawaian", "dinkes" from "dinas kesehatan".
///
/// Each word's forms (as written, and without a ke-/pe- prefix) and whether it is a function
/// word are worked out once: owner names are asked about every word of every app they own.
struct SpellableName: Sendable {
    let words: [String]
    /// Per word: its letters, then its letters without each prefix it carries.
    private let forms: [[[Unicode.Scalar]]]
    /// Per word: a function word ("dan", "of"), which an acronym may skip.
    private let isFunction: [Bool]

    static let prefixes = ["ke", "pe", "pen", "peng", "pem", "per"]
    /// The most letters an acronym takes from one word.
    static let lettersPerWord = 5

    init(_ words: [String]) {
        self.words = words
        forms = words.map { word in
            [Array(word.unicodeScalars)] + Self.prefixes.filter { word.hasPrefix($0) && word.count > $0.count + 2 }
                .map { Array(word.dropFirst($0.count).unicodeScalars) }
        }
        isFunction = words.map(Stopwords.function.contains)
    }

    /// Whether the acronym's letters are prefixes of the words, in order; function words may be
    /// skipped, a word may lose a ke-/pe- prefix first, and the last word may go unused.
    func isSpelt(by acronym: [Unicode.Scalar]) -> Bool {
        let width = words.count + 1
        return withUnsafeTemporaryAllocation(of: Int8.self, capacity: (acronym.count + 1) * width) { memo in
            memo.initialize(repeating: -1)
            func match(_ i: Int, _ j: Int) -> Bool {
                if i == acronym.count { return j >= words.count - 1 }
                if j == words.count { return false }
                if memo[i * width + j] >= 0 { return memo[i * width + j] == 1 }
                var result = isFunction[j] && match(i, j + 1)
                for form in forms[j] where !result {
                    var length = 1
                    while !result && length <= min(form.count, acronym.count - i, Self.lettersPerWord) && form[length - 1] == acronym[i + length - 1] {
                        result = match(i + length, j + 1)
                        length += 1
                    }
                }
                memo[i * width + j] = result ? 1 : 0
                return result
            }
            return match(0, 0)
        }
    }
}
