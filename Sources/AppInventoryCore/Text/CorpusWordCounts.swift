/// How often an inventory writes each word, overall and in English texts, and how many of its
/// texts read as English or as Indonesian: what a ``TextNormalizer`` learns its lexicon, its
/// display forms and the inventory's language from.
struct CorpusWordCounts {
    var all: [String: Int] = [:]
    /// Occurrences in texts read as English (``TextLanguage/detect(_:)``).
    var english: [String: Int] = [:]
    var englishTexts = 0
    var indonesianTexts = 0

    /// Counts `corpus` in slices on all cores, each slice into counts of its own, summed after:
    /// a national register has hundreds of thousands of texts. Sums do not depend on the order
    /// the slices finish in.
    init(_ corpus: [String]) {
        let sliceLength = 4_096
        let slices = ParallelSlots<CorpusWordCounts>.map((corpus.count + sliceLength - 1) / sliceLength, chunk: 1, { slice in
            CorpusWordCounts(corpus[(slice * sliceLength)..<min(corpus.count, (slice + 1) * sliceLength)])
        }, placeholder: CorpusWordCounts())
        self = slices.dropFirst().reduce(into: slices.first ?? CorpusWordCounts()) { $0.add($1) }
    }

    private init() {}

    private init(_ texts: ArraySlice<String>) {
        for text in texts {
            let words = Tokenizer.words(text)
            let detected = TextLanguage.detect(words)
            if detected == .english { englishTexts += 1 } else if detected == .indonesian { indonesianTexts += 1 }
            for word in words {
                all[word, default: 0] += 1
                if detected == .english { english[word, default: 0] += 1 }
            }
        }
    }

    private mutating func add(_ other: CorpusWordCounts) {
        all.merge(other.all, uniquingKeysWith: +)
        english.merge(other.english, uniquingKeysWith: +)
        englishTexts += other.englishTexts
        indonesianTexts += other.indonesianTexts
    }
}
