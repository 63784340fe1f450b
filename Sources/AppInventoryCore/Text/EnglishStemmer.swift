/// A light English stemmer, so "servers", "server" and "serving" meet, and "managed",
/// "manages" and "managing" meet "manage", without an English dictionary.
///
/// It removes plural endings (-s, -es, -ies → -y), -ing, -ed and -ation, then a final -e, and
/// undoubles a final consonant ("mapping" → "map"). It never leaves a stem shorter than three
/// letters or without a vowel, so short words ("use", "string") are kept whole. Registers in
/// English are mostly short product descriptions: recall of inflected forms matters more than
/// Porter's finer distinctions.
enum EnglishStemmer {
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
        var stem = word
        if stem.hasSuffix("ies") {
            stem.removeLast(3)
            stem += "y"
        } else if ["sses", "shes", "ches", "xes"].contains(where: stem.hasSuffix) {
            stem.removeLast(2)
        } else if stem.hasSuffix("s") && !["ss", "us", "is"].contains(where: stem.hasSuffix) {
            stem.removeLast()
        }
        for suffix in ["ations", "ation", "ing", "ed"] where stem.hasSuffix(suffix) {
            let shorter = String(stem.dropLast(suffix.count))
            guard shorter.count >= 3, shorter.contains(where: isVowel) else { break }
            stem = shorter
            if let last = stem.last, stem.count > 3, stem.dropLast().last == last, !isVowel(last), !"lsz".contains(last) {
                stem.removeLast()
            }
            break
        }
        if stem.hasSuffix("e") && stem.count > 3 { stem.removeLast() }
        return stem
    }

    private static func isVowel(_ character: Character) -> Bool { "aeiouy".contains(character) }
}

/// Which language a text is written in, judged by its function words.
public enum TextLanguage: Sendable {
    case indonesian, english

    /// English or Indonesian by a majority of function words; nil when the text has none of
    /// either (a name, a short phrase): the caller falls back to the inventory's language.
    static func detect(_ words: [String]) -> TextLanguage? {
        var english = 0, indonesian = 0
        for word in words {
            if Stopwords.englishFunction.contains(word) { english += 1 }
            if Stopwords.indonesianFunction.contains(word) { indonesian += 1 }
        }
        if english == indonesian { return nil }
        return english > indonesian ? .english : .indonesian
    }
}
