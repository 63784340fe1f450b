import Foundation

/// The comparable form of every app: one TF-IDF vector per field, over shared vocabularies.
struct ProfileSet: Sendable {
    /// vectors[field][app]
    var vectors: [[SparseVector]]
    /// Readable word for each term id, per field (the most frequent surface form).
    var vocabulary: [[String]]
    /// Number of apps holding each term, per field.
    var documentFrequency: [[Int32]]
    /// How much each app's field can be trusted, in (0, 1]: its TF-IDF mass relative to the
    /// field's median. A one-word or boilerplate description gets a small say in the score.
    var confidence: [[Float]]
    /// Feature phrases per app, normalised, for "shared features" evidence.
    var featurePhrases: [[String]]
    /// Business context per app (domain words, SPBE codes, owning unit): not part of the
    /// overlap score, but it tells the planner which functions belong on one platform.
    var sector: [SparseVector] = []
    /// Readable words for terms (term → the inventory's most frequent word with that root).
    var displayForms: [String: String] = [:]

    /// A readable form of a term or of a phrase of terms.
    func display(_ text: String) -> String {
        text.split(separator: " ").map { displayForms[String($0)] ?? String($0) }.joined(separator: " ")
    }
    var count: Int { vectors[0].count }
}

/// Builds ``ProfileSet`` values: normalises text, learns acronyms, weights terms by TF-IDF.
enum ProfileBuilder {
    /// Weight of acronym-expansion terms relative to words written in the name.
    static let expansionWeight: Float = 0.7

    static func build(_ apps: [Application]) -> ProfileSet {
        var normalizer = TextNormalizer(corpus: apps.flatMap { [$0.name, $0.description ?? ""] + $0.features })
        var acronyms = AcronymLexicon()
        for app in apps {
            if let acronym = app.acronym { acronyms.learn(acronym: acronym, fullName: app.name) }
            if let open = app.name.firstIndex(of: "("), let close = app.name.lastIndex(of: ")"), open < close {
                acronyms.learn(acronym: String(app.name[app.name.index(after: open)..<close]), fullName: String(app.name[..<open]))
            }
        }
        let expansionTerms = acronyms.expansions.mapValues { normalizer.terms($0.joined(separator: " ")) }

        let template = normalizer
        // Each chunk of apps is normalised on its own core with its own copy of the normaliser.
        let perApp = ParallelSlots<AppTerms>.map(apps.count, { index in
            var normalizer = template
            return terms(of: apps[index], normalizer: &normalizer, expansions: expansionTerms)
        }, placeholder: AppTerms())
        var bags: [[[(String, Float)]]] = Array(repeating: [], count: SimilarityField.allCases.count)
        for field in SimilarityField.allCases { bags[field.rawValue] = perApp.map { $0.bags[field.rawValue] } }
        let phrases = perApp.map(\.featurePhrases)
        let sectorBags = apps.map { app -> [(String, Float)] in
            var terms = Tokenizer.words([app.domain, app.unit].compactMap { $0 }.joined(separator: " "))
                .filter { !Stopwords.contains($0) && $0.count > 2 }.map { ($0, Float(1)) }
            for code in [app.rabCode, app.raaCode].compactMap({ $0 }) { terms.append(("code:" + code.filter { $0.isNumber || $0 == "." }, 2)) }
            return terms
        }
        var profiles = ProfileSet(vectors: [], vocabulary: [], documentFrequency: [], confidence: [], featurePhrases: phrases)
        for bag in bags {
            let (vectors, vocabulary, df, norms) = vectorize(bag)
            profiles.vectors.append(vectors)
            profiles.confidence.append(confidence(norms))
            profiles.vocabulary.append(vocabulary)
            profiles.documentFrequency.append(df)
        }
        profiles.sector = vectorize(sectorBags).0
        profiles.displayForms = normalizer.displayForms
        return profiles
    }

    /// The weighted terms of one app, per field.
    struct AppTerms: Sendable {
        var bags: [[(String, Float)]] = Array(repeating: [], count: SimilarityField.allCases.count)
        var featurePhrases: [String] = []
    }

    static func terms(of app: Application, normalizer: inout TextNormalizer, expansions: [String: [String]]) -> AppTerms {
        var result = AppTerms()
        let written = app.name + " " + (app.acronym ?? "")
        var nameTerms = normalizer.terms(written, isName: true)
        var name = nameTerms.map { ($0, Float(1)) }
        for word in Set(Tokenizer.words(written)).sorted() {
            for term in expansions[word] ?? [] where !nameTerms.contains(term) {
                name.append((term, expansionWeight))
                nameTerms.append(term)
            }
        }
        result.bags[SimilarityField.name.rawValue] = name
        result.bags[SimilarityField.description.rawValue] = normalizer.terms(app.description ?? "").map { ($0, 1) }
        let featureTerms = app.features.map { normalizer.terms($0) }
        result.bags[SimilarityField.features.rawValue] = featureTerms.flatMap { $0 }.map { ($0, 1) }
        result.featurePhrases = featureTerms.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
        result.bags[SimilarityField.data.rawValue] = app.dataEntities.flatMap { normalizer.terms($0) }.map { ($0, 1) }
        result.bags[SimilarityField.characters.rawValue] = trigrams(normalizer.terms(app.name, isName: true).joined(separator: " ")).map { ($0, 1) }
        return result
    }

    /// Character trigrams of each word padded with spaces: robust to typos ("SIMPGE").
    static func trigrams(_ text: String) -> [String] {
        var grams: [String] = []
        for word in text.split(separator: " ") where word.count >= 3 {
            let characters = Array(" " + word + " ")
            for index in 0...(characters.count - 3) { grams.append(String(characters[index..<(index + 3)])) }
        }
        return grams
    }

    /// TF-IDF with sublinear term frequency, L2-normalised; term ids sorted by first appearance.
    /// Field confidence from raw vector norms: norm / median norm of non-empty fields, capped at 1.
    static func confidence(_ norms: [Float]) -> [Float] {
        let present = norms.filter { $0 > 0 }.sorted()
        guard !present.isEmpty else { return norms.map { _ in 1 } }
        let median = present[present.count / 2]
        return norms.map { min(1, max(0.05, $0 / median)) }
    }

    static func vectorize(_ bags: [[(String, Float)]]) -> ([SparseVector], [String], [Int32], [Float]) {
        var ids: [String: Int32] = [:]
        var vocabulary: [String] = []
        var df: [Int32] = []
        var counted: [[(Int32, Float)]] = []
        counted.reserveCapacity(bags.count)
        for bag in bags {
            var tf: [Int32: Float] = [:]
            for (term, weight) in bag {
                let id: Int32
                if let known = ids[term] { id = known } else {
                    id = Int32(vocabulary.count)
                    ids[term] = id
                    vocabulary.append(term)
                    df.append(0)
                }
                tf[id, default: 0] = max(tf[id, default: 0], 0) + weight
            }
            for id in tf.keys { df[Int(id)] += 1 }
            counted.append(tf.map { ($0.key, $0.value) })
        }
        let n = Float(bags.count)
        let idf = df.map { logf((n + 1) / (Float($0) + 1)) + 1 }
        var norms: [Float] = []
        norms.reserveCapacity(counted.count)
        let vectors = counted.map { terms -> SparseVector in
            let sorted = terms.sorted { $0.0 < $1.0 }
            var weights = sorted.map { (1 + logf(max($0.1, 1))) * min($0.1, 1) * idf[Int($0.0)] }
            let norm = sqrtf(weights.reduce(0) { $0 + $1 * $1 })
            norms.append(norm)
            if norm > 0 { weights = weights.map { $0 / norm } }
            return SparseVector(terms: sorted.map(\.0), weights: weights)
        }
        return (vectors, vocabulary, df, norms)
    }
}
