import Foundation

/// How well an app's own words name one function of the catalogue.
public struct FunctionMatch: Sendable, Equatable, Codable {
    /// Index into ``PlatformCatalogue/functions``.
    public var function: Int
    /// Share of the app's informative words that belong to the function, in [0, 1].
    public var score: Double

    public init(function: Int, score: Double) {
        self.function = function
        self.score = score
    }
}

/// Scores applications against the functions of a ``PlatformCatalogue`` with the same
/// normaliser the overlap engine uses (stems, synonyms, English glossary, acronyms).
///
/// The score is the share of an app's term weight (TF-IDF over the inventory) that falls on
/// the function's keywords, each keyword counted in proportion to how few functions share it
/// ("pegawai" belongs to four functions, "presensi" to one); words no function names count
/// half in the app's total. It asks "what job do this app's
/// words describe?", so a one-line description or a branded name gives a low, honest score
/// rather than a confident wrong one.
///
/// Three rules read words in their phrase, as a planner does (docs/plan.md, "What job each
/// group does"). The job is the head of a phrase ("*pajak* kendaraan bermotor" is a tax,
/// "vehicle *tax*" too: Indonesian puts the head first, English last); words after it that name
/// other functions only say what the job is about, and count ``modifierWeight``. A word the
/// catalogue writes only inside a phrase ("open" of "open data", "cascading" of "cascading
/// kinerja", "office" of "e-office") is evidence only with a word of that phrase; alone
/// ("OpenVPN", "Microsoft Office") it counts ``loosePhraseWordEvidence`` of itself, so it cannot
/// make a confident match. A keyword phrase found whole ("rencana kerja dan anggaran") counts
/// for its own functions, not for every function its words belong to, even when one of its
/// words alone names another function ("dana *desa*": "desa" alone is village administration)
/// or nothing at all ("*data pokok* pendidikan", "*data* siswa": generic words the normaliser
/// drops, which would leave only the "didik" or "siswa" that school admission shares). A job
/// word only staff functions write ("presensi" of "Presensi pegawai") said of people who are
/// not staff ("presensi siswa", "student attendance") names none of them. A function whose
/// keywords name a kind of work other jobs share ("perizinan" is any licence) may need its
/// sense (``PlatformFunction/senseWords``: business licensing needs "usaha", "NIB", …): without
/// it the app's evidence for that function counts ``loosePhraseWordEvidence``, negated none.
public struct FunctionMatcher: Sendable {
    public let catalogue: PlatformCatalogue
    private let functions: [(platform: Int, function: PlatformFunction)]
    /// A normaliser with an empty cache: copied per app, so copies stay cheap.
    private let normalizer: TextNormalizer
    private let expansions: [String: [String]]
    /// term → (function, specificity) pairs.
    private let keywordIndex: [String: [(Int, Double)]]
    /// How the catalogue's keywords read an app's phrases.
    private let reading: KeywordReading
    /// Inverse document frequency of terms over the inventory.
    private let idf: [String: Double]
    private let unknownIDF: Double
    /// The inverse document frequency of an average word occurrence in the inventory: the
    /// most a word no function names may weigh, so a rare brand name or typo ("e-RAK",
    /// "moblie") cannot outweigh the common words that name the job ("anggaran").
    private let typicalIDF: Double
    /// Weighted terms of each app the matcher was built on.
    private let appTerms: [AppWords]
    /// Functions each word of the inventory names on its own, for quoting evidence.
    private let wordOwners: [String: Set<Int>]

    /// Changes whenever scoring changes, so cached matches are recomputed.
    public static let version = 17

    /// Words that are part of keyword phrases but say nothing about a job on their own
    /// ("satu" of "satu data", "sistem informasi" of every app): never counted as evidence.
    /// Also the generic halves of keyword phrases: "wajib" of "wajib pajak" ("wajib belajar",
    /// "wajib lapor"), "dinas" of "nota dinas" (every "Dinas Kesehatan"), "kerja" of "jam kerja".
    static let neutralWords = "satu data sistem informasi aplikasi online digital elektronik terpadu terintegrasi daerah nasional pemerintah umum publik public kelola manajemen administrasi mobile web system management information app"
        + " wajib dinas kerja jam baru hasil tindak lanjut kegiatan program profil pendaftaran perubahan standar pokok kebutuhan bukti lulus"
        + " masyarakat warga anggota kualitas pelaku produk lokal dasar perangkat pemerintahan tata riwayat capaian penilaian"

    /// Words no function names count this much in the app's total: many are process words
    /// ("pengajuan", "penerbitan") every job uses, others belong to jobs outside the catalogue.
    static let unknownWordWeight = 0.5

    /// Weights of an app's fields: its name says most about its job.
    static let fieldWeights: [Double] = [1.5, 1.0, 1.0, 0.5]
    /// Weight of words an acronym stands for ("SIMPEG" → manajemen kepegawaian).
    static let expansionWeight = 0.7
    /// Weight of a word that follows (in English: precedes) the head of its phrase and names
    /// only functions the head does not: "kendaraan bermotor" in "pajak kendaraan bermotor".
    static let modifierWeight = 0.25
    /// Share of its weight a phrase-only keyword word counts as evidence when no word of its
    /// phrase stands beside it; it still counts fully in the app's total.
    static let loosePhraseWordEvidence = 0.2

    /// An app's weight on one term, and how much of it is evidence of the term's functions.
    struct TermWeight: Sendable {
        var weight = 0.0
        var evidence = 0.0
    }

    /// An app's weighted terms, and the share of its evidence each function that needs a sense
    /// (``PlatformFunction/senseWords``) receives: 1 when the app's words hold the sense,
    /// ``loosePhraseWordEvidence`` when they do not, 0 when they negate it ("non-berusaha").
    struct AppWords: Sendable {
        var terms: [String: TermWeight] = [:]
        var senseShares: [Int: Double] = [:]
    }

    /// What the catalogue's keywords say about words in a phrase.
    struct KeywordReading: Sendable {
        /// Functions each term names (first entries of functions shared between scopes).
        var owners: [String: Set<Int>] = [:]
        /// Terms the catalogue writes only inside phrases, with the words and terms that
        /// complete them ("open" → data, portal).
        var partners: [String: Set<String>] = [:]
        /// Keyword phrases as their terms joined by spaces ("rencana kerja anggar"), with the
        /// functions that write them.
        var phrases: [String: Set<Int>] = [:]
        /// Terms in the longest phrase.
        var longestPhrase = 0
        /// Keyword phrases some of whose words the normaliser drops as generic ("data siswa",
        /// "data pokok pendidikan"), by their words (``FunctionMatcher/wordPhraseKey(_:)``), with
        /// the functions that write them.
        var wordPhrases: [String: Set<Int>] = [:]
        /// Words in the longest of them.
        var longestWordPhrase = 0
        /// Functions whose name says they are about staff ("Presensi pegawai"): their job words
        /// said of other people (``FunctionMatcher/nonStaffPeople``) do not name them.
        var staffFunctions: Set<Int> = []
        /// One-word keywords whose stem other functions write only in phrases, with the
        /// functions that list the word itself: written so ("Lapor Gubernur") it names those alone.
        var exact: [String: Set<Int>] = [:]
        /// Functions that need a sense, with the terms of each sense word or phrase ("usaha";
        /// "tanam modal" of "penanaman modal"): an app holds the sense when it has every term of one.
        var senses: [Int: [[String]]] = [:]
        /// For each level of government, the one-word names of national systems that do not
        /// serve it ("sakti" for a regency, "sipd" for a ministry): there such a name is the
        /// app's own brand ("SAKTI" of a BPBD, "SIPD" for a ministry's travel orders), not the
        /// system's job (``FunctionMatcher/foreignSystemNames(_:)``).
        var foreignNames: [GovernmentLevel: Set<String>] = [:]
    }

    public init(catalogue: PlatformCatalogue, apps: [Application]) {
        self.catalogue = catalogue
        functions = catalogue.functions
        let keywordTexts = functions.flatMap { [$0.function.name, $0.function.english] + $0.function.keywords }
        var template = TextNormalizer(corpus: apps.flatMap { [$0.name, $0.description ?? ""] + $0.features } + keywordTexts, vocabulary: keywordTexts)
        var acronyms = AcronymLexicon()
        for app in apps { if let acronym = app.acronym { acronyms.learn(acronym: acronym, fullName: app.name) } }
        // An acronym different agencies spell out as different jobs names none of them.
        acronyms.forgetAmbiguous(apps.compactMap { app in app.acronym.map { ($0, app.name) } })
        let expansions = acronyms.expansions
        // Each distinct word is stemmed once here; the per-app copies below then find every
        // word in the warmed cache instead of stemming it again.
        var distinct: Set<String> = []
        for app in apps { for text in Self.texts(of: app).flatMap({ $0 }) { distinct.formUnion(Tokenizer.words(text)) } }
        var wordTerms: [String: [String]] = [:]
        for word in distinct.sorted() { wordTerms[word] = Self.terms(word, normalizer: &template, expansions: expansions).map(\.0) }

        var normalizer = template
        var keywords = Self.reading(catalogue.functions.indices.map { index in
            // Platforms of different scopes covering one function pool their keywords into
            // that function's first entry, so the function's score is not split.
            let function = catalogue.functions[index].function
            return (catalogue.canonical[index], [function.name, function.english] + function.keywords, function.senseWords)
        }, normalizer: &normalizer, expansions: expansions)
        keywords.foreignNames = Self.foreignSystemNames(catalogue)
        let reading = keywords
        var index: [String: [(Int, Double)]] = [:]
        for (term, set) in reading.owners.merging(reading.phrases, uniquingKeysWith: { $0.union($1) }).merging(reading.wordPhrases, uniquingKeysWith: { $0.union($1) }) {
            index[term] = set.sorted().map { ($0, 1 / Double(set.count)) }
        }

        let warmed = template
        let terms = ParallelSlots<AppWords>.map(apps.count, { app in
            var normalizer = warmed
            return Self.weightedTerms(apps[app], normalizer: &normalizer, expansions: expansions, reading: reading)
        }, placeholder: AppWords())
        var df: [String: Int] = [:]
        for bag in terms { for term in bag.terms.keys { df[term, default: 0] += 1 } }
        let n = Double(max(apps.count, 1))
        let inverse = df.mapValues { log((n + 1) / (Double($0) + 1)) + 1 }
        idf = inverse
        unknownIDF = log(n + 1) + 1
        let occurrences = df.values.reduce(0, +)
        typicalIDF = occurrences == 0 ? unknownIDF : df.reduce(0.0) { $0 + Double($1.value) * inverse[$1.key]! } / Double(occurrences)
        keywordIndex = index
        self.reading = reading
        appTerms = terms
        wordOwners = wordTerms.mapValues { terms in Set(terms.flatMap { index[$0]?.map(\.0) ?? [] }) }
            .merging(reading.exact) { $1 }
        self.normalizer = warmed
        self.expansions = expansions
    }

    /// The texts of each scored field: name (with acronym), description, features, data.
    static func texts(of app: Application) -> [[String]] {
        [[app.name, app.acronym ?? ""], [app.description ?? ""], app.features, app.dataEntities]
    }

    /// Normalised terms of a text with acronym expansions (weight < 1).
    static func terms(_ text: String, normalizer: inout TextNormalizer, expansions: [String: [String]]) -> [(String, Double)] {
        var result = normalizer.terms(text).map { ($0, 1.0) }
        for word in Tokenizer.words(text) {
            guard let expansion = expansions[word] else { continue }
            result += normalizer.terms(expansion.joined(separator: " ")).map { ($0, expansionWeight) }
        }
        return result
    }

    /// The best functions for any app (a proposal too), best first: at most `limit`, score above 0.
    public func matches(_ app: Application, limit: Int = 3) -> [FunctionMatch] {
        var normalizer = self.normalizer
        return score(Self.weightedTerms(app, normalizer: &normalizer, expansions: expansions, reading: reading), limit: limit)
    }

    private func score(_ words: AppWords, limit: Int) -> [FunctionMatch] {
        var total = 0.0
        var perFunction: [Int: Double] = [:]
        // Summed in term order: a dictionary's order changes with each process's hash seed,
        // and floating-point sums in another order round differently.
        for (term, found) in words.terms.sorted(by: { $0.key < $1.key }) where found.weight > 0 {
            let tf = found.weight
            let frequency = (1 + log(max(tf, 1))) * min(tf, 1)
            guard let owners = keywordIndex[term] else {
                total += frequency * min(idf[term] ?? unknownIDF, typicalIDF) * Self.unknownWordWeight
                continue
            }
            let weight = frequency * (idf[term] ?? unknownIDF)
            total += weight
            let evidence = weight * found.evidence / tf
            for (function, specificity) in owners {
                perFunction[function, default: 0] += evidence * specificity * (words.senseShares[function] ?? 1)
            }
        }
        guard total > 0 else { return [] }
        let matches: [FunctionMatch] = perFunction.filter { $0.value > 0 }.map { FunctionMatch(function: $0.key, score: min(1, $0.value / total)) }
        return matches.sorted { $0.score != $1.score ? $0.score > $1.score : $0.function < $1.function }
            .prefix(limit).map { $0 }
    }

    /// The app's own words that name each of `functions` (as written, lower-case, adjacent
    /// words joined into one phrase, no repeats, at most `limit` phrases): the evidence a reason quotes.
    public func evidence(_ app: Application, functions wanted: [Int], limit: Int = 3) -> [[String]] {
        var normalizer = self.normalizer
        var phrases = Array(repeating: [String](), count: wanted.count)
        var seen = Array(repeating: Set<String>(), count: wanted.count)
        // Quotes only words the score counted ("SAKTI Pekalongan" quotes no "sakti").
        let (place, foreign) = Self.wordsNamingNoJob(app, reading: reading)
        for text in Self.texts(of: app).flatMap({ $0 }) {
            for segment in Self.phraseSegments(text) {
                var open = Array(repeating: false, count: wanted.count)
                for word in Self.withoutPlace(Self.affirmed(Tokenizer.words(String(segment))), place: place) {
                    let owners = word.count > 1 && !foreign.contains(word) ? owners(of: word, normalizer: &normalizer) : []
                    for (slot, function) in wanted.enumerated() {
                        guard owners.contains(function), !seen[slot].contains(word) else { open[slot] = false; continue }
                        if open[slot], let last = phrases[slot].last {
                            phrases[slot][phrases[slot].count - 1] = last + " " + word
                        } else if phrases[slot].count < limit {
                            phrases[slot].append(word)
                            open[slot] = true
                        }
                        seen[slot].insert(word)
                    }
                }
            }
        }
        return phrases
    }

    /// The stretches of a text whose words stand together: punctuation ("Disposisi. Surat
    /// masuk", "pajak/retribusi", a line break) ends a phrase; hyphens and underscores join words.
    static func phraseSegments(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber || $0 == " " || $0 == "\t" || $0 == "-" || $0 == "_" || $0 == "'") }
    }

    private func owners(of word: String, normalizer: inout TextNormalizer) -> Set<Int> {
        if let known = wordOwners[word] { return known }
        return Set(Self.terms(word, normalizer: &normalizer, expansions: expansions).flatMap { keywordIndex[$0.0]?.map(\.0) ?? [] })
    }

    /// Matches and evidence for every app the matcher was built on, on both cores.
    public func matchAllWithEvidence(_ apps: [Application], limit: Int = 3) -> (matches: [[FunctionMatch]], evidence: [[[String]]]) {
        let results = ParallelSlots<([FunctionMatch], [[String]])>.map(appTerms.count, { index in
            let matches = score(appTerms[index], limit: limit)
            return (matches, evidence(apps[index], functions: matches.map(\.function)))
        }, placeholder: ([], []))
        return (results.map(\.0), results.map(\.1))
    }

    public var functionCount: Int { functions.count }
}
