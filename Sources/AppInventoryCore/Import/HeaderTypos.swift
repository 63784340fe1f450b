/// Reads a header's misspelt words as the known header words they were meant to be, so
/// "Deskirpsi" is the description and "Biaya Pemelihraan (Rp)" the yearly maintenance cost.
///
/// Registers are typed by hand and a column dropped for one typo loses what the analysis
/// compares apps on. A word is corrected only when it is no known word itself, is at least six
/// letters long, starts with the known word's letter, and is one edit away from exactly one
/// known word (two edits for words of ten letters or more, such as "pemeliharaan"; swapping two
/// neighbouring letters is one edit). Short words are left alone: "model" is not "modul".
enum HeaderTypos {
    /// One corrected word: where it stands in the header, and the known word it is read as.
    struct Correction: Sendable, Equatable {
        var typed: String
        var known: String
    }

    /// Words a header may use to name a field or say what a cost column holds.
    private static let vocabulary: Set<String> = Set(
        InventoryField.allCases.flatMap { $0.spellings.flatMap { $0.split(separator: "_").map(String.init) } }
    ).union(ColumnReport.runningCostWords)

    /// Known words by first letter, for the words long enough to correct.
    private static let targets: [Character: [[Unicode.Scalar]]] =
        Dictionary(grouping: vocabulary.filter { $0.count >= shortest }.map { Array($0.unicodeScalars) }) { Character($0[0]) }

    /// The shortest word read as a typo: shorter words are too often other words.
    private static let shortest = 6

    /// The header's words (lower case, letters and digits), each read as the known word it
    /// misspells where it is one, with the corrections made; nil when no word was corrected.
    static func corrected(_ words: [String]) -> (words: [String], corrections: [Correction])? {
        var result = words
        var corrections: [Correction] = []
        for (index, word) in words.enumerated() {
            guard let known = knownWord(misspelt: word) else { continue }
            result[index] = known
            corrections.append(Correction(typed: word, known: known))
        }
        return corrections.isEmpty ? nil : (result, corrections)
    }

    /// The one known word `word` misspells, if any.
    static func knownWord(misspelt word: String) -> String? {
        guard word.count >= shortest, !vocabulary.contains(word), let first = word.first,
              let candidates = targets[first] else { return nil }
        let typed = Array(word.unicodeScalars)
        var found: [Unicode.Scalar]?
        for candidate in candidates {
            let allowed = candidate.count >= 10 ? 2 : 1
            guard abs(candidate.count - typed.count) <= 1, EditDistance.between(typed, candidate, swaps: true, limit: allowed) <= allowed else { continue }
            // Two known words equally near: the typo is ambiguous, so nothing is read into it.
            if found != nil { return nil }
            found = candidate
        }
        return found.map { String(String.UnicodeScalarView($0)) }
    }

    /// The header as read with its corrections: each typed word replaced by its known word,
    /// in the typed word's case ("Pemelihraan" → "Pemeliharaan", "DESKIRPSI" → "DESKRIPSI").
    static func reading(_ header: String, corrections: [Correction]) -> String {
        var words: [Substring] = []
        var start: String.Index?
        for index in header.indices {
            let isWordCharacter = header[index].isLetter || header[index].isNumber
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let begin = start {
                words.append(header[begin..<index])
                start = nil
            }
        }
        if let begin = start { words.append(header[begin...]) }
        var result = ""
        var cursor = header.startIndex
        for word in words {
            guard let correction = corrections.first(where: { $0.typed == word.lowercased() }) else { continue }
            result += header[cursor..<word.startIndex]
            result += inCase(of: word, correction.known)
            cursor = word.endIndex
        }
        return result + header[cursor...]
    }

    /// `known` written in the case of `typed`: all capitals, a capital first letter, or lower case.
    private static func inCase(of typed: Substring, _ known: String) -> String {
        if typed.count > 1, typed.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return known.uppercased() }
        if typed.first?.isUppercase == true { return known.prefix(1).uppercased() + known.dropFirst() }
        return known
    }
}
