/// Turns names and descriptions into comparable terms: words, minus region names, level
/// words and stopwords, then stemmed by the rules of the text's language.
///
/// "SIMPEG Kabupaten Bantul" and "SIMPEG Kota Malang" both become ["simpeg"];
/// "Sistem Informasi Kepegawaian" becomes ["pegawai"]. In a mainly Indonesian inventory
/// English words are mapped to Indonesian roots ("Staff Attendance" becomes
/// ["pegawai", "hadir"]); in a mainly English one English stays English ("mail servers"
/// becomes ["mail", "server"]) so group labels read in the register's own language.
public struct TextNormalizer: Sendable {
    public let stemmer: IndonesianStemmer
    /// Long words typed with one slip, read as the lexicon word meant ("kepegawain").
    private let slips: SlipReading
    private let regionPhrases: [String: [[String]]]
    private let regionSingles: Set<String>
    /// What each word of the corpus becomes, worked out once: registers repeat the same few
    /// thousand words in every row, so each occurrence costs one look-up.
    private var rules: [String: WordRule] = [:]
    /// Rules of words met after initialisation (acronym expansions, data entities), kept apart
    /// so that copies of a normaliser share `rules` without copying it.
    private var laterRules: [String: WordRule] = [:]
    /// The language most of the inventory's texts are written in; texts without function
    /// words (names, short phrases) are read in it.
    public let language: TextLanguage
    /// The inventory's most frequent word for each root ("anggar" → "anggaran"), for display.
    public private(set) var displayForms: [String: String] = [:]
    /// Whether ``compoundNouns`` are read as one term each (the overlap engine's reading).
    private let joinsCompounds: Bool

    /// Two words that name one thing unlike either word: "rumah sakit" is a hospital, while
    /// "rumah" alone is a house ("perumahan", housing) and "sakit" is illness ("penyakit").
    /// Read word by word, a housing app meets every hospital on "rumah". The overlap engine
    /// reads each as one term (``compoundTerm(_:)``); the plan's function matcher does not, as
    /// its catalogue phrases already read the words together.
    static let compoundNouns: [[String]] = [["rumah", "sakit"]]

    /// The term a compound noun is read as, and its display form: "rumahsakit", "rumah sakit".
    static func compoundTerm(_ words: [String]) -> String { words.joined() }

    /// Region words that are also ordinary words or acronyms; removed only after a level word.
    static let ambiguousRegionWords: Set<String> = [
        "batu", "tanah", "laut", "air", "sungai", "gunung", "pasar", "metro", "malang", "siak", "agam", "bone", "kota", "jaya",
        "raya", "mas", "bandar", "padang", "datar", "muara", "toba", "karo", "ende", "bima", "buru", "lebak", "pati", "sigi",
        "tual", "kaur", "belu", "alor", "asmat", "puncak", "banjar", "serang", "kudus", "barat", "timur", "utara", "selatan",
        "tengah", "kepulauan", "pulau", "teluk", "tanjung", "hulu", "hilir", "lima", "puluh", "empat", "seribu", "baru", "kubu",
        "landak", "laut", "dairi", "solok", "lingga", "natuna", "bungo", "tebo", "muna", "buton", "wajo", "luwu", "gowa", "maros",
    ]

    /// Prepares a normaliser whose stemmer also knows the words of `corpus` (seen at least twice)
    /// and every word of `vocabulary` (a catalogue's keywords: words a slip may be read as
    /// however rarely the inventory writes them).
    ///
    /// `joinsCompounds` reads each of ``compoundNouns`` as one term.
    public init(corpus: [String] = [], vocabulary: [String] = [], joinsCompounds: Bool = false) {
        self.joinsCompounds = joinsCompounds
        let corpusCounts = CorpusWordCounts(corpus)
        let (counts, englishCounts) = (corpusCounts.all, corpusCounts.english)
        language = corpusCounts.englishTexts > corpusCounts.indonesianTexts ? .english : .indonesian
        let known = vocabulary.flatMap(Tokenizer.words).filter { !Stopwords.contains($0) }
        let written = Set(counts.filter { $0.value >= 2 && !Stopwords.contains($0.key) }.keys).union(known)
        let learnt = IndonesianStemmer(corpusWords: written)
        // Slips are read in an Indonesian inventory only: English is dense with real words one
        // letter apart ("consent" / "content", "cooling" / "tooling").
        let learntSlips = SlipReading(lexicon: language == .indonesian ? learnt.lexicon : [])
        let typos = language == .indonesian ? Self.repeatedTypos(counts: counts, stemmer: learnt, slips: learntSlips) : []
        stemmer = typos.isEmpty ? learnt : IndonesianStemmer(corpusWords: written.subtracting(typos))
        slips = typos.isEmpty ? learntSlips : SlipReading(lexicon: stemmer.lexicon)
        var best: [String: (word: String, count: Int)] = [:]
        for (word, count) in counts where word.count > 2 && !Stopwords.contains(word) && word.allSatisfy(\.isLetter) {
            // A word read mostly in English texts (or in an English inventory) gets its English root.
            let english = language == .english || 2 * (englishCounts[word] ?? 0) > count
            let stemmed = english ? EnglishStemmer.stem(word) : stemmer.stem(word)
            let root = english ? stemmed : Synonyms.canonical[stemmed] ?? stemmed
            // Most frequent word wins; ties go to the alphabetically first, whatever the dictionary order.
            if let current = best[root], current.count > count || (current.count == count && current.word < word) { continue }
            best[root] = (word, count)
        }
        displayForms = best.mapValues(\.word)
        if joinsCompounds {
            for words in Self.compoundNouns { displayForms[Self.compoundTerm(words)] = words.joined(separator: " ") }
        }
        var phrases: [String: [[String]]] = [:]
        var singles: Set<String> = []
        for region in RegionGazetteer.shared.regions {
            if region.words.count > 1 {
                phrases[region.words[0], default: []].append(region.words)
            } else if !Self.ambiguousRegionWords.contains(region.words[0]) {
                singles.insert(region.words[0])
            }
        }
        for (key, value) in phrases { phrases[key] = value.sorted { $0.count > $1.count } }
        regionPhrases = phrases
        regionSingles = singles.union(RegionGazetteer.provinceAbbreviations.keys)
        let template = self
        let words = Array(counts.keys)
        let wordRules = ParallelSlots<WordRule>.map(words.count, { template.makeRule(words[$0]) }, placeholder: WordRule())
        rules = Dictionary(uniqueKeysWithValues: zip(words, wordRules))
    }

    /// How many times more often a register writes a word than a slip of it, for the slip to be
    /// read as the word even where the register repeats it.
    static let typoRatio = 10

    /// Words a register writes twice or more that are still typos: one keyboard slip
    /// (``SlipReading``) from a word the stemmer analyses that the register writes at least
    /// ``typoRatio`` times as often, and not analysable themselves. Written twice, "kepegawain"
    /// would be a word of its own beside a "kepegawaian" written hundreds of times, and a proposal
    /// so typed would meet only the two apps with the same typo. Left out of the lexicon, they are
    /// read as the word meant wherever they appear, by the analysis and by a stored index alike.
    /// `slips` reads slips against `stemmer`'s lexicon.
    static func repeatedTypos(counts: [String: Int], stemmer: IndonesianStemmer, slips reading: SlipReading) -> Set<String> {
        var typos: Set<String> = []
        for (word, count) in counts where count >= 2 && stemmer.lexicon.contains(word) && !stemmer.isDerived(word) {
            guard let meant = reading.intended(word, isKnown: { _ in false }, isDerived: stemmer.isDerived, root: stemmer.stem),
                  stemmer.isDerived(meant), (counts[meant] ?? 0) >= typoRatio * count else { continue }
            typos.insert(word)
        }
        return typos
    }

    /// What the normaliser does with one word wherever it appears.
    struct WordRule: Sendable {
        /// A level word ("kabupaten", "pemkot"): dropped, with the region name after it.
        var isLevelWord = false
        /// The first word of a multi-word region name ("jawa" of "Jawa Tengah").
        var startsRegionPhrase = false
        /// A region name on its own ("bantul", "jateng").
        var isRegion = false
        /// A region name that is also an ordinary word or acronym ("batu", "siak").
        var isAmbiguousRegion = false
        /// A version or edition word ("pro", "lt"), dropped from names.
        var isEdition = false
        /// The word this one is a slip of ("kepegawaian" for "kepegawain"), read in its place.
        var meant: String?
        /// The word's terms in an Indonesian text and in an English one (none for stopwords and numbers).
        var indonesian: [String] = []
        var english: [String] = []
    }

    private func makeRule(_ word: String) -> WordRule {
        var rule = WordRule()
        rule.isLevelWord = RegionGazetteer.level(marker: word) != nil || RegionGazetteer.levelWords.contains(word) || Self.isLevelWordSlip(word)
        rule.startsRegionPhrase = regionPhrases[word] != nil
        rule.isRegion = regionSingles.contains(word)
        rule.isAmbiguousRegion = Self.ambiguousRegionWords.contains(word) && RegionGazetteer.shared.regionWords.contains(word)
        rule.isEdition = Stopwords.editions.contains(word)
        guard word.count > 1, !word.allSatisfy(\.isNumber), !Stopwords.contains(word) else { return rule }
        rule.meant = slips.intended(word, isKnown: isKnown, isDerived: stemmer.isDerived, root: { canonical(stemmer.stem($0)) })
        let meant = rule.meant ?? word
        // The glossary lets English meet Indonesian in a mixed register; an English
        // register keeps its own words.
        if language == .indonesian, var mapped = EnglishGlossary.roots[meant] {
            // "hospital" is "rumah sakit": one term where compounds are.
            if joinsCompounds && Self.compoundNouns.contains(mapped) { mapped = [Self.compoundTerm(mapped)] }
            rule.indonesian = mapped
            rule.english = mapped
            return rule
        }
        let englishRoot = EnglishStemmer.stem(word)
        if !Stopwords.contains(englishRoot) { rule.english = [englishRoot] }
        rule.indonesian = [canonical(stemmer.stem(meant))]
        if let inner = prefixedName(meant) { rule.indonesian.append(canonical(stemmer.stem(inner))) }
        return rule
    }

    /// Whether `word` is a long level word typed with one slip of the keyboard ("Kabupten",
    /// "Provnisi"): read as the level word, it goes with the region after it, where kept it would
    /// be a rare word two apps of unrelated jobs share ("Sistem Informasi Kebencanaan Kabupten
    /// Sumba Barat", "e-News Kabupten Bombana"). Only level words of eight letters or more, which
    /// no other word is one slip from.
    static func isLevelWordSlip(_ word: String) -> Bool {
        guard word.count >= 7, word.count <= 11 else { return false }
        let letters = Array(word)
        return RegionGazetteer.levelWords.contains { $0.count >= 8 && EditDistance.between(Array($0), letters, swaps: true, limit: 1) <= 1 }
    }

    /// Whether a word is one of its own rather than a possible slip: the inventory uses it, it is
    /// a known root with affixes ("perumahan" of "rumah"), or an English word the glossary knows.
    private func isKnown(_ word: String) -> Bool {
        stemmer.lexicon.contains(word) || EnglishGlossary.roots[word] != nil || Stopwords.contains(word) || stemmer.isAffixed(word)
    }

    /// The word as the register means it: `word` itself, or the word it is a slip of
    /// (``SlipReading``), for readers that look words up as written.
    public mutating func spelling(_ word: String) -> String { rule(word).meant ?? word }

    private mutating func rule(_ word: String) -> WordRule {
        if let rule = rules[word] ?? laterRules[word] { return rule }
        let rule = makeRule(word)
        laterRules[word] = rule
        return rule
    }

    /// Content terms of a text, in order. For a name (`isName`), words that only say which
    /// version or edition of a product it is ("Pro", "Enterprise", "LT", "2018", "for Windows")
    /// are dropped, so "AutoCAD LT 2018" and "AutoCAD 2021" compare as the same product. `language` reads
    /// the text in that language instead of detecting it: a part of a sentence has lost the
    /// function words that said which language the sentence is in.
    public mutating func terms(_ text: String, isName: Bool = false, language given: TextLanguage? = nil) -> [String] {
        let words = Tokenizer.words(text)
        let language = given ?? TextLanguage.detect(words) ?? self.language
        var result: [String] = []
        var index = 0
        while index < words.count {
            let rule = rule(words[index])
            if rule.isLevelWord {
                // "Kabupaten Siak": after a level word, even an ambiguous region name goes.
                index += 1
                if index < words.count, let length = regionLength(words, at: index, rule: self.rule(words[index]), allowAmbiguous: true) { index += length }
                continue
            }
            if let length = regionLength(words, at: index, rule: rule, allowAmbiguous: false) {
                index += length
                continue
            }
            if joinsCompounds, let compound = Self.compoundNouns.first(where: { words[index...].starts(with: $0) }) {
                result.append(Self.compoundTerm(compound))
                index += compound.count
                continue
            }
            if words[index] == "open" && index + 1 < words.count && words[index + 1] == "source" {
                // "open source" is a licence, like "free": it says nothing of the job.
                index += 2
                continue
            }
            if Stopwords.setting.contains(words[index]) && namesSetting(words, at: index) {
                index += 1
                continue
            }
            index += 1
            if isName && rule.isEdition { continue }
            if isName && index >= 2 && Stopwords.platforms.contains(words[index - 1]) && ["for", "untuk"].contains(words[index - 2]) { continue }
            result += language == .english ? rule.english : rule.indonesian
        }
        return result
    }

    /// Whether the word of ``Stopwords/setting`` at `index` says where the app is used ("di
    /// lingkungan Pemkab Bantul") rather than name a job ("izin lingkungan").
    private mutating func namesSetting(_ words: [String], at index: Int) -> Bool {
        if index > 0 && Stopwords.settingMarkers.contains(words[index - 1]) { return true }
        guard index + 1 < words.count else { return false }
        let next = rule(words[index + 1])
        return next.isLevelWord || Stopwords.governmentBodies.contains(words[index + 1])
            || regionLength(words, at: index + 1, rule: next, allowAmbiguous: false) != nil
    }

    /// The word inside a syllable-prefixed app name: "siabsen" → "absen", "sihadir" → "hadir",
    /// "epuskesmas" → "puskesmas"; nil unless the rest is a known word of four letters or more.
    func prefixedName(_ word: String) -> String? {
        for prefix in ["sim", "si", "e"] where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            if rest.count >= 4, stemmer.lexicon.contains(rest) || Synonyms.canonical[rest] != nil { return rest }
        }
        return nil
    }

    /// A readable word for a term: the inventory's most frequent word with that root.
    public func display(_ term: String) -> String { displayForms[term] ?? term }

    private func canonical(_ root: String) -> String { Synonyms.canonical[root] ?? root }

    private func regionLength(_ words: [String], at index: Int, rule: WordRule, allowAmbiguous: Bool) -> Int? {
        if rule.startsRegionPhrase, let candidates = regionPhrases[words[index]] {
            for phrase in candidates where index + phrase.count <= words.count && Array(words[index..<(index + phrase.count)]) == phrase {
                return phrase.count
            }
        }
        if rule.isRegion { return 1 }
        if allowAmbiguous && rule.isAmbiguousRegion { return 1 }
        return nil
    }
}

extension TextNormalizer {
    /// The inventory words the stemmer accepts as roots beyond its built-in ones.
    package var corpusRoots: Set<String> { stemmer.lexicon.subtracting(IndonesianStemmer.builtinRoots) }

    /// A normaliser that reads text exactly as one built from a corpus did, restored from what
    /// that one learnt (``corpusRoots``, ``language``, ``displayForms``) without rereading the
    /// corpus: `check` uses it to read a proposal as the last analysis read the inventory.
    package init(language: TextLanguage, corpusRoots: Set<String>, displayForms: [String: String], joinsCompounds: Bool = false) {
        let regions = TextNormalizer()
        self.joinsCompounds = joinsCompounds
        stemmer = IndonesianStemmer(corpusWords: corpusRoots)
        slips = SlipReading(lexicon: language == .indonesian ? stemmer.lexicon : [])
        regionPhrases = regions.regionPhrases
        regionSingles = regions.regionSingles
        self.language = language
        self.displayForms = displayForms
    }
}
