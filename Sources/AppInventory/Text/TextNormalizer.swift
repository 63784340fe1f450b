/// Turns names and descriptions into comparable terms: words, minus region names, level
/// words and stopwords, English words mapped to Indonesian roots, then stemmed.
///
/// "SIMPEG Kabupaten Bantul" and "SIMPEG Kota Malang" both become ["simpeg"];
/// "Sistem Informasi Kepegawaian" becomes ["pegawai"]; "Staff Attendance" becomes
/// ["pegawai", "hadir"].
public struct TextNormalizer: Sendable {
    public let stemmer: IndonesianStemmer
    private let regionPhrases: [String: [[String]]]
    private let regionSingles: Set<String>
    private var cache: [String: String] = [:]
    /// The inventory's most frequent word for each root ("anggar" → "anggaran"), for display.
    public private(set) var displayForms: [String: String] = [:]

    /// Region words that are also ordinary words or acronyms; removed only after a level word.
    static let ambiguousRegionWords: Set<String> = [
        "batu", "tanah", "laut", "air", "sungai", "gunung", "pasar", "metro", "malang", "siak", "agam", "bone", "kota", "jaya",
        "raya", "mas", "bandar", "padang", "datar", "muara", "toba", "karo", "ende", "bima", "buru", "lebak", "pati", "sigi",
        "tual", "kaur", "belu", "alor", "asmat", "puncak", "banjar", "serang", "kudus", "barat", "timur", "utara", "selatan",
        "tengah", "kepulauan", "pulau", "teluk", "tanjung", "hulu", "hilir", "lima", "puluh", "empat", "seribu", "baru", "kubu",
        "landak", "laut", "dairi", "solok", "lingga", "natuna", "bungo", "tebo", "muna", "buton", "wajo", "luwu", "gowa", "maros",
    ]

    /// Prepares a normaliser whose stemmer also knows the words of `corpus` (seen at least twice).
    public init(corpus: [String] = []) {
        var counts: [String: Int] = [:]
        for text in corpus { for word in Tokenizer.words(text) { counts[word, default: 0] += 1 } }
        stemmer = IndonesianStemmer(corpusWords: Set(counts.filter { $0.value >= 2 && !Stopwords.contains($0.key) }.keys))
        var best: [String: (word: String, count: Int)] = [:]
        for (word, count) in counts where word.count > 2 && !Stopwords.contains(word) && word.allSatisfy(\.isLetter) {
            let stemmed = stemmer.stem(word)
            let root = Synonyms.canonical[stemmed] ?? stemmed
            // Most frequent word wins; ties go to the alphabetically first, whatever the dictionary order.
            if let current = best[root], current.count > count || (current.count == count && current.word < word) { continue }
            best[root] = (word, count)
        }
        displayForms = best.mapValues(\.word)
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
    }

    /// Content terms of a text, in order.
    public mutating func terms(_ text: String) -> [String] {
        let words = Tokenizer.words(text)
        var result: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if RegionGazetteer.level(marker: word) != nil || RegionGazetteer.levelWords.contains(word) {
                // "Kabupaten Siak": after a level word, even an ambiguous region name goes.
                index += 1
                if index < words.count, let length = regionLength(words, at: index, allowAmbiguous: true) { index += length }
                continue
            }
            if let length = regionLength(words, at: index, allowAmbiguous: false) {
                index += length
                continue
            }
            index += 1
            guard word.count > 1, !word.allSatisfy(\.isNumber), !Stopwords.contains(word) else { continue }
            if let mapped = EnglishGlossary.roots[word] {
                result += mapped
            } else {
                result.append(canonical(stem(word)))
                if let inner = prefixedName(word) { result.append(canonical(stem(inner))) }
            }
        }
        return result
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

    private mutating func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        let root = stemmer.stem(word)
        cache[word] = root
        return root
    }

    private func regionLength(_ words: [String], at index: Int, allowAmbiguous: Bool) -> Int? {
        if let candidates = regionPhrases[words[index]] {
            for phrase in candidates where index + phrase.count <= words.count && Array(words[index..<(index + phrase.count)]) == phrase {
                return phrase.count
            }
        }
        if regionSingles.contains(words[index]) { return 1 }
        if allowAmbiguous && Self.ambiguousRegionWords.contains(words[index]) && RegionGazetteer.shared.regionWords.contains(words[index]) { return 1 }
        return nil
    }
}
