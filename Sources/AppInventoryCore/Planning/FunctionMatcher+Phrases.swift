/// How ``FunctionMatcher`` reads words in their phrase: the catalogue's keywords (which words
/// stand alone, which need their phrase, which phrases name a function whole) and an app's
/// noun phrases (heads, modifiers, loose phrase words, whole keyword phrases).
extension FunctionMatcher {
    /// The functions each keyword term names and the phrase partners of words the catalogue
    /// writes only in phrases. Keywords are read both as Indonesian and as English, so an
    /// Indonesian description in a mainly English register ("rencana kerja dan anggaran")
    /// still meets the Indonesian keywords, and the reverse.
    static func reading(_ keywords: [(function: Int, texts: [String], sense: [String])], normalizer: inout TextNormalizer,
                        expansions: [String: [String]]) -> KeywordReading {
        var neutral: Set<String> = []
        for language in [TextLanguage.indonesian, .english] { neutral.formUnion(normalizer.terms(neutralWords, language: language)) }
        var reading = KeywordReading()
        var standalone: Set<String> = []
        // One-word keywords as written ("lapor"), with the functions that list them.
        var written: [String: Set<Int>] = [:]
        for (function, _, sense) in keywords {
            for words in sense.map(Tokenizer.words) where !words.isEmpty {
                for language in [TextLanguage.indonesian, .english] {
                    let terms = normalizer.terms(words.joined(separator: " "), language: language)
                    reading.senses[function, default: []].append(terms.isEmpty ? words : terms)
                }
            }
        }
        for (function, texts, _) in keywords {
            for language in [TextLanguage.indonesian, .english] {
                // Whole phrases, function words left out ("rencana kerja dan anggaran"), and
                // what their acronyms spell.
                let content = texts.map { Tokenizer.words($0).filter { !Stopwords.function.contains($0) } }
                for words in content + content.flatMap({ $0.compactMap { expansions[$0] } }) {
                    let terms = words.flatMap { normalizer.terms($0, language: language) }
                    // A phrase some of whose words the normaliser drops as generic ("*data* siswa",
                    // "*data pokok* pendidikan") is read by its words, or it would shrink to the
                    // one word other functions share ("siswa" of "seleksi siswa").
                    if words.count > 1, terms.count < words.count {
                        reading.wordPhrases[wordPhraseKey(words), default: []].insert(function)
                        reading.longestWordPhrase = max(reading.longestWordPhrase, words.count)
                    }
                    guard terms.count > 1 else { continue }
                    reading.phrases[terms.joined(separator: " "), default: []].insert(function)
                    reading.longestPhrase = max(reading.longestPhrase, terms.count)
                }
                // A keyword of one word stands alone; every word of a longer one, function words
                // counted ("check-in", "Records and archives"), is written in a phrase.
                for (text, phrase) in texts.flatMap({ text in runs(Tokenizer.words(text)).map { (text, $0) } }) {
                    let alone = Tokenizer.words(text).count == 1
                    if alone, let word = Tokenizer.words(text).first { written[word, default: []].insert(function) }
                    // An acronym keyword ("renja") also stands for the phrase it spells ("rencana kerja").
                    for (words, alone) in [(phrase, alone)] + phrase.compactMap({ expansions[$0].map { ($0, $0.count == 1) } }) {
                        let wordTerms = words.map { normalizer.terms($0, language: language).filter { !neutral.contains($0) } }
                        for terms in wordTerms { for term in terms { reading.owners[term, default: []].insert(function) } }
                        guard !alone else { standalone.formUnion(wordTerms.flatMap { $0 }); continue }
                        for (position, terms) in wordTerms.enumerated() {
                            let others = words.indices.filter { $0 != position }
                            let completing = others.map { words[$0] } + others.flatMap { normalizer.terms(words[$0], language: language) }
                            for term in terms { reading.partners[term, default: []].formUnion(completing) }
                        }
                    }
                }
            }
        }
        for term in standalone { reading.partners[term] = nil }
        // Functions about staff: their name says whose job it is ("Presensi pegawai", "Kinerja pegawai").
        let staff = Set(["pegawai", "staff"].flatMap { word in [TextLanguage.indonesian, .english].flatMap { normalizer.terms(word, language: $0) } })
        for (function, texts, _) in keywords {
            guard let name = texts.first, [TextLanguage.indonesian, .english].contains(where: { !staff.isDisjoint(with: normalizer.terms(name, language: $0)) })
            else { continue }
            reading.staffFunctions.insert(function)
        }
        // "lapor" is a keyword of complaints on its own, while "laporan" (the same stem) is
        // only in other functions' phrases ("laporan keuangan", whole phrases counted apart):
        // the word as written names only the functions that list it.
        for (word, functions) in written.sorted(by: { $0.key < $1.key }) {
            let terms: [String] = normalizer.terms(word, language: .indonesian) + normalizer.terms(word, language: .english)
            guard terms.contains(where: { term in !(reading.owners[term] ?? []).isSubset(of: functions) }) else { continue }
            reading.exact[word] = functions
            reading.owners[exactKey(word)] = functions
        }
        return reading
    }

    /// People who are not government staff, whose attendance or performance ("presensi siswa",
    /// "kehadiran pasien", "student attendance") is no job of the staff functions.
    static let nonStaffPeople: Set<String> = [
        "siswa", "murid", "pelajar", "didik", "mahasiswa", "santri", "pasien", "penduduk", "warga", "masyarakat", "pengunjung",
        "tamu", "wisatawan", "student", "students", "pupil", "pupils", "patient", "patients", "visitor", "visitors", "citizen",
        "citizens", "resident", "residents", "guest", "guests",
    ]

    /// Words that negate the word after them: "Perizinan non-berusaha" is no business licensing.
    static let negations: Set<String> = ["non", "bukan", "selain", "tanpa", "kecuali"]

    /// `words` without the negated ones and the negation words themselves.
    static func affirmed(_ words: [String]) -> [String] { negation(words).kept }

    /// `words` split into those affirmed and those a negation word takes out ("berusaha" of
    /// "non-berusaha"), negation words left out.
    static func negation(_ words: [String]) -> (kept: [String], negated: [String]) {
        var kept: [String] = []
        var negated: [String] = []
        var negating = false
        for word in words {
            if negations.contains(word) { negating = true; continue }
            if negating { negating = false; negated.append(word); continue }
            kept.append(word)
        }
        return (kept, negated)
    }

    /// The key of a word written as a one-word keyword of the catalogue (``KeywordReading/exact``).
    static func exactKey(_ word: String) -> String { "=" + word }

    /// The key of a keyword phrase read by its words (``KeywordReading/wordPhrases``).
    static func wordPhraseKey<Words: Sequence<String>>(_ words: Words) -> String { "~" + words.joined(separator: " ") }

    /// The parts of a phrase that function words ("dan", "untuk", "and") separate: each part
    /// is one noun phrase, whose head says the job.
    static func runs(_ words: [String]) -> [[String]] {
        words.split { $0.isEmpty || Stopwords.function.contains($0) }.map(Array.init).filter { !$0.isEmpty }
    }

    /// `words` with each occurrence of the app's own region's name (`place`, its words without
    /// level words) blanked: "Pendataan Koperasi Elektronik Siak" of Kabupaten Siak names where
    /// the app runs, not the SIAK population system; a blank ends a phrase as a stopword does.
    static func withoutPlace(_ words: [String], place: [String]) -> [String] {
        guard !place.isEmpty, words.count >= place.count else { return words }
        var result = words
        var start = 0
        while start + place.count <= result.count {
            if result[start..<(start + place.count)].elementsEqual(place) {
                for index in start..<(start + place.count) { result[index] = "" }
                start += place.count
            } else {
                start += 1
            }
        }
        return result
    }

    /// The one-word names (and aliases) of national systems, by the levels of government each
    /// does not serve, less any name a system serving that level also bears.
    static func foreignSystemNames(_ catalogue: PlatformCatalogue) -> [GovernmentLevel: Set<String>] {
        var result: [GovernmentLevel: Set<String>] = [:]
        for level in GovernmentLevel.allCases {
            var foreign: Set<String> = [], own: Set<String> = []
            for platform in catalogue.platforms where platform.kind.isNational {
                let names = platform.writtenNames.map(Tokenizer.words).filter { $0.count == 1 }.map { $0[0] }
                if platform.scope.covers(level) { own.formUnion(names) } else { foreign.formUnion(names) }
            }
            result[level] = foreign.subtracting(own)
        }
        return result
    }

    /// Words of `app` that name no job: its own region's name (less level words), which says
    /// where it runs, and the one-word names of national systems that do not serve its level
    /// of government, which are its own brand there. Scores and quoted evidence leave both out.
    static func wordsNamingNoJob(_ app: Application, reading: KeywordReading) -> (place: [String], foreign: Set<String>) {
        (Tokenizer.words(app.region ?? "").filter { !RegionGazetteer.levelWords.contains($0) },
         app.level.flatMap { reading.foreignNames[$0] } ?? [])
    }

    /// Term frequencies of an app, weighted by field and by each word's place in its phrase,
    /// and the share of evidence each function that needs a sense receives.
    static func weightedTerms(_ app: Application, normalizer: inout TextNormalizer, expansions: [String: [String]],
                              reading: KeywordReading) -> AppWords {
        var weights: [String: TermWeight] = [:]
        var sensed: Set<Int> = []
        var denied: Set<Int> = []
        let (place, foreign) = wordsNamingNoJob(app, reading: reading)
        for (field, texts) in texts(of: app).enumerated() {
            for text in texts {
                let words = Tokenizer.words(text)
                let language = TextLanguage.detect(words) ?? normalizer.language
                // A phrase-only word is also completed by a word of its phrase elsewhere in the same
                // text: "Pajak daerah: hotel, restoran, reklame" lists taxes. A negated word completes nothing.
                let (kept, negated) = negation(words)
                let context = Set(kept.filter { $0.count > 1 }
                    + normalizer.terms(negated.isEmpty ? text : kept.joined(separator: " "), language: language))
                if !reading.senses.isEmpty {
                    let denying = negated.isEmpty ? [] : Set(negated + normalizer.terms(negated.joined(separator: " "), language: language))
                    for (function, senses) in reading.senses {
                        if senses.contains(where: { context.isSuperset(of: $0) }) { sensed.insert(function) }
                        if senses.contains(where: { denying.isSuperset(of: $0) }) { denied.insert(function) }
                    }
                }
                for segment in phraseSegments(text) {
                    let runs = runs(withoutPlace(affirmed(Tokenizer.words(String(segment))), place: place).map { foreign.contains($0) ? "" : $0 })
                    read(runs, context: context, language: language, weight: fieldWeights[field], normalizer: &normalizer, reading: reading,
                         into: &weights)
                    for word in runs.joined() {
                        guard let expansion = expansions[word] else { continue }
                        read([expansion], context: context, language: language, weight: fieldWeights[field] * expansionWeight,
                             normalizer: &normalizer, reading: reading, into: &weights)
                    }
                }
            }
        }
        // The sense anywhere in the app's words grants its function full evidence; negated and
        // nowhere affirmed ("Perizinan non-berusaha"), none.
        var shares: [Int: Double] = [:]
        for function in reading.senses.keys where !sensed.contains(function) {
            shares[function] = denied.contains(function) ? 0 : loosePhraseWordEvidence
        }
        return AppWords(terms: weights, senseShares: shares)
    }

    /// Adds the terms of the noun phrases of one stretch of text (`runs`, which function words
    /// separated), each weighted by whether it is its phrase's head or a modifier naming another
    /// job, counted as evidence only when a phrase-only keyword word has its phrase beside it or
    /// in the rest of its text (`context`: the text's words and terms); a keyword phrase found
    /// whole across them counts as one term of the phrase's functions.
    static func read(_ runs: [[String]], context: Set<String>, language: TextLanguage, weight: Double, normalizer: inout TextNormalizer,
                             reading: KeywordReading, into weights: inout [String: TermWeight]) {
        var words: [String] = []
        var slots: [[String]] = []
        // The terms of each word before a word written as a one-word keyword stands for itself
        // (``KeywordReading/exact``): keyword phrases are found on these, so "dana desa" is still
        // village finance though "desa" alone names village administration.
        var plain: [[String]] = []
        var runOf: [Int] = []
        for (run, runWords) in runs.enumerated() {
            // The terms the normaliser keeps from the whole phrase (region names, level words
            // and stopwords gone), placed back on the words they come from.
            var kept: [String: Int] = [:]
            for term in normalizer.terms(runWords.joined(separator: " "), language: language) { kept[term, default: 0] += 1 }
            for word in runWords {
                // Read as the register means it ("pengaduaan" is "pengaduan"), so keyword phrases
                // and one-word keywords written as such are found through a slip too.
                let spelt = normalizer.spelling(word)
                words.append(spelt)
                runOf.append(run)
                let terms = normalizer.terms(word, language: language).filter { term in
                    guard let count = kept[term], count > 0 else { return false }
                    kept[term] = count - 1
                    return true
                }
                slots.append(reading.exact[spelt] != nil && !terms.isEmpty ? [exactKey(spelt)] : terms)
                plain.append(terms)
            }
        }
        func completed(_ term: String, at position: Int) -> Bool {
            guard let partners = reading.partners[term] else { return true }
            // A one-letter partner ("e" of "e-office") counts only right beside the word.
            return !partners.isDisjoint(with: context.subtracting([words[position], term]))
                || [position - 1, position + 1].contains { neighbour in
                    words.indices.contains(neighbour) && runOf[neighbour] == runOf[position]
                        && (partners.contains(words[neighbour]) || slots[neighbour].contains { partners.contains($0) })
                }
        }
        // An English word an Indonesian text borrows ("office" read as "surat") is judged as
        // the catalogue writes it in English: "Microsoft Office" is no "e-office".
        let borrowed = words.map { word in
            language == .indonesian && EnglishGlossary.roots[word] != nil ? normalizer.terms(word, language: .english) : []
        }
        // Job words of staff functions only (`named`), said of people who are not staff beside
        // them ("presensi siswa", "penilaian kinerja siswa", "student attendance"), are no
        // evidence of those functions: the phrase is about those people.
        func saidOfOthers(_ named: Set<Int>, from first: Int, to last: Int) -> Bool {
            guard !named.isEmpty, named.isSubset(of: reading.staffFunctions) else { return false }
            return [first - 2, first - 1, last + 1, last + 2].contains { near in
                words.indices.contains(near) && runOf[near] == runOf[first] && runOf[near] == runOf[last] && nonStaffPeople.contains(words[near])
            }
        }
        let mentionsOthers = words.contains(where: nonStaffPeople.contains)
        let evidence = slots.indices.map { position in
            let loose = borrowed[position].contains { !completed($0, at: position) }
            let others = mentionsOthers && saidOfOthers(Set(slots[position].flatMap { reading.owners[$0] ?? [] }), from: position, to: position)
            return slots[position].map { others ? 0 : !loose && completed($0, at: position) ? 1 : loosePhraseWordEvidence }
        }
        var scale = Array(repeating: 1.0, count: slots.count)
        for run in runs.indices {
            var head: Set<Int>?
            let positions = slots.indices.filter { runOf[$0] == run }
            for position in language == .english ? positions.reversed() : positions {
                // A loose phrase-only word is too weak to be the head.
                let named = Set(zip(slots[position], evidence[position]).filter { $0.1 == 1 }.flatMap { reading.owners[$0.0] ?? [] })
                guard !named.isEmpty else { continue }
                if let head {
                    if head.isDisjoint(with: named) { scale[position] = modifierWeight }
                } else {
                    head = named
                }
            }
        }
        func addPhrase(_ key: String, at position: Int, through last: Int) {
            let functions = reading.phrases[key] ?? reading.wordPhrases[key] ?? []
            weights[key, default: TermWeight()].weight += weight * scale[position]
            weights[key, default: TermWeight()].evidence += saidOfOthers(functions, from: position, to: last) ? 0 : weight * scale[position]
        }
        // Keyword phrases read by their words, longest first, inside one noun phrase ("program
        // dan kegiatan" is no "program kegiatan"); their words' terms count only in them.
        var taken = Set<Int>()
        var first = 0
        while first < words.count, reading.longestWordPhrase > 1 {
            var length = min(reading.longestWordPhrase, words.count - first)
            while length > 1, runOf[first + length - 1] != runOf[first] || reading.wordPhrases[wordPhraseKey(words[first..<(first + length)])] == nil { length -= 1 }
            guard length > 1, let counted = (first..<(first + length)).first(where: { !plain[$0].isEmpty }) else { first += 1; continue }
            addPhrase(wordPhraseKey(words[first..<(first + length)]), at: counted, through: first + length - 1)
            taken.formUnion(first..<(first + length))
            first += length
        }
        // Keyword phrases found whole, longest first, over the terms in text order.
        let flat = plain.indices.filter { !taken.contains($0) }.flatMap { position in plain[position].indices.map { (position, $0) } }
        var inPhrase = Array(repeating: Set<Int>(), count: plain.count)
        var start = 0
        while start < flat.count {
            var length = min(reading.longestPhrase, flat.count - start)
            while length > 1, reading.phrases[flat[start..<(start + length)].map { plain[$0.0][$0.1] }.joined(separator: " ")] == nil { length -= 1 }
            guard length > 1 else { start += 1; continue }
            addPhrase(flat[start..<(start + length)].map { plain[$0.0][$0.1] }.joined(separator: " "), at: flat[start].0, through: flat[start + length - 1].0)
            for (position, index) in flat[start..<(start + length)] { inPhrase[position].insert(index) }
            start += length
        }
        // The other terms; a word written as a one-word keyword counts once, as itself.
        for position in slots.indices where !taken.contains(position) {
            let exact = slots[position] != plain[position]
            if exact, !inPhrase[position].isEmpty { continue }
            for (index, term) in slots[position].enumerated() where exact || !inPhrase[position].contains(index) {
                let added = weight * scale[position]
                weights[term, default: TermWeight()].weight += added
                weights[term, default: TermWeight()].evidence += added * evidence[position][index]
            }
        }
    }
}
