import Foundation

/// The comparable form of every app: one TF-IDF vector per field, over shared vocabularies.
package struct ProfileSet: Sendable {
    /// vectors[field][app]
    package var vectors: [[SparseVector]]
    /// Readable word for each term id, per field (the most frequent surface form).
    package var vocabulary: [[String]]
    /// Number of apps holding each term, per field.
    package var documentFrequency: [[Int32]]
    /// How much each app's field can be trusted, in (0, 1]: its TF-IDF mass relative to the
    /// field's median. A one-word or boilerplate description gets a small say in the score.
    package var confidence: [[Float]]
    /// Feature phrases per app, normalised, for "shared features" evidence.
    package var featurePhrases: [[String]]
    /// Business context per app (domain words, SPBE codes, owning unit): not part of the
    /// overlap score, but it tells the planner which functions belong on one platform.
    package var sector: [SparseVector] = []
    /// Readable words for terms (term → the inventory's most frequent word with that root).
    package var displayForms: [String: String] = [:]
    /// What else the register says about an app (kind of owning unit, domain, SPBE codes,
    /// URL host, technology, integrations), TF-IDF weighted so that a value most apps share
    /// says little and a rare one says much. Empty when the register carries none.
    package var context: [SparseVector] = []
    /// What the build learnt from the inventory as a whole, so one more app can be profiled
    /// as the build would have profiled it (see ``ProfileExtender``).
    package var model = ProfileModel()

    package init(vectors: [[SparseVector]], vocabulary: [[String]], documentFrequency: [[Int32]], confidence: [[Float]],
                 featurePhrases: [[String]], sector: [SparseVector] = [], displayForms: [String: String] = [:],
                 context: [SparseVector] = [], model: ProfileModel = ProfileModel()) {
        self.vectors = vectors
        self.vocabulary = vocabulary
        self.documentFrequency = documentFrequency
        self.confidence = confidence
        self.featurePhrases = featurePhrases
        self.sector = sector
        self.displayForms = displayForms
        self.context = context
        self.model = model
    }

    /// A readable form of a term or of a phrase of terms.
    package func display(_ text: String) -> String {
        text.split(separator: " ").map { displayForms[String($0)] ?? String($0) }.joined(separator: " ")
    }
    package var count: Int { vectors[0].count }

    /// One unit-length vector per app over all fields at once (term ids offset per field),
    /// each field scaled by the square root of its weight times the app's confidence in it:
    /// the dot product of two such vectors is a single similarity that sums over groups.
    func combinedVectors(weights: SimilarityWeights) -> [SparseVector] {
        let offsets = fieldOffsets
        return ParallelSlots<SparseVector>.map(count, { combinedVector(of: $0, weights: weights, offsets: offsets) }, placeholder: SparseVector())
    }

    /// Where each field's term ids start in the combined term space.
    private var fieldOffsets: [Int32] {
        var offsets: [Int32] = [0]
        for field in vocabulary.dropLast() { offsets.append(offsets.last! + Int32(field.count)) }
        return offsets
    }

    /// One app's vector of ``combinedVectors(weights:)``.
    func combinedVector(of app: Int, weights: SimilarityWeights) -> SparseVector {
        combinedVector(of: app, weights: weights, offsets: fieldOffsets)
    }

    /// Empty for an app none of whose fields that describe a job has words: its data entities
    /// or context alone, made unit length, would look like full agreement with any app sharing
    /// one of them (see ``SimilarityField/describesJob``).
    private func combinedVector(of app: Int, weights: SimilarityWeights, offsets: [Int32]) -> SparseVector {
        var combined = SparseVector()
        guard SimilarityField.allCases.contains(where: { $0.describesJob && !vectors[$0.rawValue][app].isEmpty }) else { return combined }
        for field in SimilarityField.allCases {
            let vector = vectors[field.rawValue][app]
            let scale = Float(weights.values[field.rawValue]).squareRoot() * confidence[field.rawValue][app].squareRoot()
            guard scale > 0 else { continue }
            combined.terms += vector.terms.map { $0 + offsets[field.rawValue] }
            combined.weights += vector.weights.map { $0 * scale }
        }
        if !context.isEmpty {
            let offset = offsets.last! + Int32(vocabulary.last!.count)
            combined.terms += context[app].terms.map { $0 + offset }
            combined.weights += context[app].weights.map { $0 * Float(NeighbourSearch.contextWeight).squareRoot() }
        }
        let norm = combined.weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 { combined.weights = combined.weights.map { $0 / norm } }
        return combined
    }
}

/// Builds ``ProfileSet`` values: normalises text, learns acronyms, weights terms by TF-IDF.
package enum ProfileBuilder {
    /// Weight of acronym-expansion terms relative to words written in the name.
    static let expansionWeight: Float = 0.7

    static func build(_ apps: [Application]) -> ProfileSet {
        var normalizer = TextNormalizer(corpus: apps.flatMap { [$0.name, $0.description ?? ""] + $0.features }, joinsCompounds: true)
        var acronyms = AcronymLexicon()
        for app in apps {
            if let acronym = app.acronym { acronyms.learn(acronym: acronym, fullName: app.name) }
            if let open = app.name.firstIndex(of: "("), let close = app.name.lastIndex(of: ")"), open < close {
                acronyms.learn(acronym: String(app.name[app.name.index(after: open)..<close]), fullName: String(app.name[..<open]))
            }
        }
        let expansionTerms = acronyms.expansions.mapValues { normalizer.terms($0.joined(separator: " ")) }

        let template = normalizer
        let owners = ownerNames(apps)
        // Each chunk of apps is normalised on its own core with its own copy of the normaliser.
        let perApp = ParallelSlots<AppTerms>.map(apps.count, { index in
            var normalizer = template
            return terms(of: apps[index], owner: owners[index], normalizer: &normalizer, expansions: expansionTerms)
        }, placeholder: AppTerms())
        var bags: [[[(String, Float)]]] = Array(repeating: [], count: SimilarityField.allCases.count)
        for field in SimilarityField.allCases { bags[field.rawValue] = perApp.map { $0.bags[field.rawValue] } }
        let phrases = perApp.map(\.featurePhrases)
        let sectorBags = ParallelSlots<[(String, Float)]>.map(apps.count, { index in
            let app = apps[index]
            var terms = Tokenizer.words([app.domain, app.unit].compactMap { $0 }.joined(separator: " "))
                .filter { !Stopwords.contains($0) && $0.count > 2 }.map { ($0, Float(1)) }
            for code in [app.rabCode, app.raaCode].compactMap({ $0 }) { terms.append(("code:" + code.filter { $0.isNumber || $0 == "." }, 2)) }
            return terms
        }, placeholder: [])
        var profiles = ProfileSet(vectors: [], vocabulary: [], documentFrequency: [], confidence: [], featurePhrases: phrases)
        // Each field, and the sector, has a vocabulary of its own: one core each.
        let fieldBags = bags + [sectorBags]
        var vectorized = ParallelSlots<Vectorized>.map(fieldBags.count, chunk: 1, { vectorize(fieldBags[$0]) }, placeholder: ([], [], [], []))
        profiles.sector = vectorized.removeLast().0
        for (vectors, vocabulary, df, norms) in vectorized {
            profiles.vectors.append(vectors)
            profiles.confidence.append(confidence(norms))
            profiles.model.medianNorms.append(medianNorm(norms) ?? 0)
            profiles.vocabulary.append(vocabulary)
            profiles.documentFrequency.append(df)
        }
        for field in brandFields { discountBrands(&profiles, field: field) }
        let context = contextVectors(ParallelSlots<[(String, Float)]>.map(apps.count, { contextTerms(apps[$0]) }, placeholder: []))
        profiles.context = context.vectors
        (profiles.model.contextTerms, profiles.model.contextHolders) = (context.terms, context.holders)
        for app in familyTemplateHolders(apps, descriptions: bags[SimilarityField.description.rawValue]) {
            profiles.confidence[SimilarityField.description.rawValue][app] = 1
        }
        profiles.displayForms = normalizer.displayForms
        (profiles.model.normalizer, profiles.model.expansions, profiles.model.apps) = (template, expansionTerms, apps.count)
        return profiles
    }

    /// Each app's ``OwnerNames``. Most apps share their unit and agency with many others: each
    /// distinct owner is read once, on all cores.
    static func ownerNames(_ apps: [Application]) -> [OwnerNames] {
        var slotOf: [OwnerNames.Key: Int] = [:]
        var firstApp: [Int] = []
        let slots = apps.indices.map { index in
            let key = OwnerNames.Key(apps[index])
            if let slot = slotOf[key] { return slot }
            slotOf[key] = firstApp.count
            firstApp.append(index)
            return firstApp.count - 1
        }
        let readFrom = firstApp
        let distinct = ParallelSlots<OwnerNames>.map(readFrom.count, chunk: 64, { OwnerNames(of: apps[readFrom[$0]]) }, placeholder: OwnerNames())
        return slots.map { distinct[$0] }
    }

    /// The fields whose terms get a brand discount (see ``discountBrands(_:field:)``). The
    /// letter trigrams of names are among them: discounting the vendor word "oracle" is
    /// worth little while "rac" and "acl", which spell it, still join every Oracle product.
    /// The description comes last, so that every field is measured against descriptions
    /// before their own discount, as an incremental analysis measures them.
    static let brandFields: [SimilarityField] = [.name, .characters, .description]

    /// Words held by apps whose descriptions are unlike each other are brands (a vendor, an
    /// agency, a programme) rather than a job: "Oracle" names databases, identity servers and
    /// development tools alike, while "SIMPEG" or "Revit" name one kind of product.
    ///
    /// A term's *coherence* is the mean description similarity over all pairs of apps that
    /// hold it in `field` (exact, from the sum of their description vectors). Terms held by at
    /// least three apps with descriptions get their weight scaled by their coherence relative
    /// to the median term's, capped at 1 (the vector is not renormalised, so a field made only
    /// of brand words stays weak); other terms, and apps without descriptions, keep full weight.
    static func discountBrands(_ profiles: inout ProfileSet, field: SimilarityField) {
        let name = field.rawValue
        let descriptions = profiles.vectors[SimilarityField.description.rawValue]
        var holders = Array(repeating: [Int](), count: profiles.vocabulary[name].count)
        for (app, vector) in profiles.vectors[name].enumerated() where !descriptions[app].isEmpty {
            for term in vector.terms { holders[Int(term)].append(app) }
        }
        var sum = DescriptionSum(terms: profiles.vocabulary[SimilarityField.description.rawValue].count)
        let coherence = holders.map { sum.coherence(of: $0, descriptions: { descriptions[$0] }) }
        let known = coherence.compactMap { $0 }.sorted()
        guard !known.isEmpty, known[known.count / 2] > 0 else { return }
        let median = known[known.count / 2]
        let factors = coherence.map { brandFactor(coherence: $0, median: median) }
        (profiles.model.brandFactors[name], profiles.model.brandMedians[name]) = (factors, median)
        for app in profiles.vectors[name].indices where !profiles.vectors[name][app].isEmpty && !descriptions[app].isEmpty {
            profiles.vectors[name][app] = discounted(profiles.vectors[name][app], by: factors)
        }
    }

    /// Sums the description vectors of a term's holders in one dense scratch array, cleared
    /// after each term: the work is linear in the holders' description lengths, where adding
    /// sparse vectors one by one grows with the sum (a letter trigram such as "sis" has
    /// thousands of holders).
    struct DescriptionSum {
        private var sum: [Double]
        private var touched: [Int32] = []

        init(terms: Int) { sum = [Double](repeating: 0, count: terms) }

        /// The coherence (``ProfileBuilder/coherence(holders:squaredSum:selfSimilarity:)``) of
        /// a term held by `holders`, whose description vectors `descriptions` gives.
        mutating func coherence(of holders: [Int], descriptions: (Int) -> SparseVector) -> Double? {
            guard holders.count >= 3 else { return nil }
            var selfSimilarity = 0.0
            for app in holders {
                let vector = descriptions(app)
                selfSimilarity += Double(vector.dot(vector))
                for (term, weight) in zip(vector.terms, vector.weights) {
                    if Int(term) >= sum.count { sum += [Double](repeating: 0, count: Int(term) + 1 - sum.count) }
                    if sum[Int(term)] == 0 { touched.append(term) }
                    sum[Int(term)] += Double(weight)
                }
            }
            let squaredSum = touched.reduce(0.0) { $0 + sum[Int($1)] * sum[Int($1)] }
            for term in touched { sum[Int(term)] = 0 }
            touched.removeAll(keepingCapacity: true)
            return ProfileBuilder.coherence(holders: holders.count, squaredSum: squaredSum, selfSimilarity: selfSimilarity)
        }
    }

    /// Mean description similarity over all pairs of a term's `holders`, from the squared norm
    /// of the sum of their description vectors and the sum of each one's squared norm; nil
    /// for a term held by fewer than three apps with descriptions, which keeps full weight.
    static func coherence(holders: Int, squaredSum: Double, selfSimilarity: Double) -> Double? {
        guard holders >= 3 else { return nil }
        let n = Double(holders)
        return (squaredSum - selfSimilarity) / (n * (n - 1))
    }

    /// A term's brand factor: its coherence relative to the field's median, in [0.05, 1].
    static func brandFactor(coherence: Double?, median: Double) -> Float {
        Float(min(1, max(0.05, (coherence ?? median) / median)))
    }

    /// `vector` with each term's weight scaled by its brand factor (terms beyond `factors`, which
    /// the build never saw, keep theirs). Not renormalised: a name that is only a brand ("Oracle
    /// Database") must stay weak.
    static func discounted(_ vector: SparseVector, by factors: [Float]) -> SparseVector {
        SparseVector(terms: vector.terms, weights: zip(vector.terms, vector.weights).map { term, weight in
            Int(term) < factors.count ? weight * factors[Int(term)] : weight
        })
    }

    /// The kind of unit that owns an app: the first word of the unit's name, which in
    /// Indonesian and English registers names the kind ("Kelurahan Sukamaju", "Kecamatan
    /// Cibeunying", "Dinas Kesehatan", "Office of the CIO").
    static func unitKind(_ app: Application) -> String? {
        Tokenizer.words(app.unit ?? "").first { $0.count > 2 && !Stopwords.function.contains($0) }
    }

    /// Apps whose description is a template shared by a family of units of one kind.
    ///
    /// Boilerplate that units of every kind paste ("mengelola data dan informasi") says nothing
    /// about the job, and field confidence rightly discounts it. But when several units of one
    /// kind (every kelurahan) register the same description, it is the template of one job
    /// handed down to them: the holders of a description (same normalised words) of whom at
    /// least two, and at least two thirds of all holders, are units of one kind, keep full
    /// confidence in it.
    static func familyTemplateHolders(_ apps: [Application], descriptions: [[(String, Float)]]) -> [Int] {
        var holders: [[String]: [Int]] = [:]
        for (app, bag) in descriptions.enumerated() where bag.count >= 2 {
            holders[Set(bag.map(\.0)).sorted(), default: []].append(app)
        }
        var result: [Int] = []
        for list in holders.values where list.count >= 2 {
            var kinds: [String: [Int]] = [:]
            for app in list { if let kind = unitKind(apps[app]) { kinds[kind, default: []].append(app) } }
            guard let family = kinds.values.max(by: { $0.count < $1.count }), family.count >= 2, 3 * family.count >= 2 * list.count else { continue }
            result += family
        }
        return result.sorted()
    }

    /// Context vectors whose dot product is Σ informativeness of the shared values / √(|A|·|B|),
    /// where a value's informativeness is log(n / holders) / log(n): 0 when every app has it,
    /// near 1 when two apps share it. Unlike a cosine, this does not make one common shared
    /// value ("unit: dinas") look like full agreement.
    /// Also returns the context values in id order and how many apps hold each.
    static func contextVectors(_ bags: [[(String, Float)]]) -> (vectors: [SparseVector], terms: [String], holders: [Int32]) {
        var ids: [String: Int32] = [:]
        var vocabulary: [String] = []
        var holders: [Int32] = []
        let termSets = bags.map { bag -> [Int32] in
            Set(bag.map(\.0)).sorted().map { term in
                if let id = ids[term] { holders[Int(id)] += 1; return id }
                ids[term] = Int32(holders.count)
                vocabulary.append(term)
                holders.append(1)
                return Int32(holders.count - 1)
            }.sorted()
        }
        let n = Float(bags.count)
        guard n > 1 else { return (bags.map { _ in SparseVector() }, vocabulary, holders) }
        let vectors = termSets.map { terms in
            SparseVector(terms: terms, weights: terms.map { contextWeight(holders: holders[Int($0)], apps: n, values: terms.count) })
        }
        return (vectors, vocabulary, holders)
    }

    /// Weight of one context value held by `holders` of `apps` apps, in an app with `values` values.
    static func contextWeight(holders: Int32, apps: Float, values: Int) -> Float {
        (logf(apps / Float(holders)) / logf(apps) / Float(values)).squareRoot()
    }

    /// Context terms of one app, each prefixed by where it comes from.
    static func contextTerms(_ app: Application) -> [(String, Float)] {
        var terms: [(String, Float)] = []
        if let kind = unitKind(app) { terms.append(("unit:" + kind, 1)) }
        for word in Tokenizer.words(app.domain ?? "") where word.count > 2 && !Stopwords.contains(word) { terms.append(("domain:" + word, 1)) }
        for code in [app.rabCode, app.raaCode].compactMap({ $0 }) { terms.append(("code:" + code.filter { $0.isNumber || $0 == "." }, 1)) }
        if let host = urlHost(app.url) {
            terms.append(("host:" + host, 1))
            // "simpeg.bantulkab.go.id" and "simpeg.malangkota.go.id": one product, two regions.
            let labels = host.split(separator: ".")
            if labels.count >= 4 { terms.append(("product:" + labels[0], 1)) }
        }
        for word in Tokenizer.words(app.techStack ?? "") where word.count > 1 { terms.append(("tech:" + word, 1)) }
        for system in app.integrations { terms.append(("integrates:" + Tokenizer.words(system).joined(separator: " "), 1)) }
        return terms
    }

    /// The host of a URL without "www." and the port ("https://www.lapor.go.id/x" → "lapor.go.id").
    static func urlHost(_ url: String?) -> String? {
        guard var text = url?.lowercased().trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let scheme = text.range(of: "://") { text = String(text[scheme.upperBound...]) }
        let host = text.prefix { $0 != "/" && $0 != ":" && $0 != "?" }
        let bare = host.hasPrefix("www.") ? host.dropFirst(4) : host[...]
        return bare.contains(".") ? String(bare) : nil
    }

    /// The weighted terms of one app, per field.
    struct AppTerms: Sendable {
        var bags: [[(String, Float)]] = Array(repeating: [], count: SimilarityField.allCases.count)
        var featurePhrases: [String] = []
    }

    /// `owner`: the app's ``OwnerNames``, built once for all apps of the same unit and agency.
    static func terms(of app: Application, owner: OwnerNames, normalizer: inout TextNormalizer, expansions: [String: [String]]) -> AppTerms {
        var result = AppTerms()
        let written = app.name + " " + (app.acronym ?? "")
        var name = weighedTerms(written, isName: true, owner: owner, normalizer: &normalizer)
        var nameTerms = name.map(\.0)
        // An acronym that names the owner brings no expansion: it says nothing of the job.
        let ownerWords = Set(owner.split(Tokenizer.words(written))?.owner ?? [])
        for word in Set(Tokenizer.words(written)).subtracting(ownerWords).sorted() {
            for term in expansions[word] ?? [] where !nameTerms.contains(term) {
                name.append((term, expansionWeight))
                nameTerms.append(term)
            }
        }
        result.bags[SimilarityField.name.rawValue] = name
        result.bags[SimilarityField.description.rawValue] = weighedTerms(app.description ?? "", isName: false, owner: owner, normalizer: &normalizer)
        let featureTerms = app.features.map { normalizer.terms($0) }
        result.bags[SimilarityField.features.rawValue] = featureTerms.flatMap { $0 }.map { ($0, 1) }
        result.featurePhrases = featureTerms.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
        result.bags[SimilarityField.data.rawValue] = app.dataEntities.flatMap { normalizer.terms($0) }.map { ($0, 1) }
        result.bags[SimilarityField.characters.rawValue] = weighedTerms(app.name, isName: true, owner: owner, normalizer: &normalizer)
            .flatMap { term, weight in trigrams(term).map { ($0, weight) } }
        return result
    }

    /// Weight of a word that names the app's own owner ("Dinkes" in "Presensi Online Dinkes",
    /// "Pendidikan" in "TNDE Dinas Pendidikan"; see ``OwnerNames``) relative to other words: it
    /// says who owns the app, not what it does, so two apps of one office must not look alike by it.
    static let ownerWeight: Float = 0.3

    /// The terms of `text`, each with its weight: ``ownerWeight`` for the words that name the
    /// app's owner, 1 for the others. Both parts are read in the language of the whole text.
    static func weighedTerms(_ text: String, isName: Bool, owner: OwnerNames, normalizer: inout TextNormalizer) -> [(String, Float)] {
        let words = owner.isEmpty ? [] : Tokenizer.words(text)
        guard let split = owner.split(words) else { return normalizer.terms(text, isName: isName).map { ($0, 1) } }
        let language = TextLanguage.detect(words) ?? normalizer.language
        return normalizer.terms(split.rest.joined(separator: " "), isName: isName, language: language).map { ($0, 1) }
            + normalizer.terms(split.owner.joined(separator: " "), isName: isName, language: language).map { ($0, ownerWeight) }
    }

    /// Character trigrams of each word padded with spaces: robust to typos ("SIMPGE").
    static func trigrams(_ text: String) -> [String] {
        var grams: [String] = []
        for word in text.split(separator: " ") where word.count >= 3 {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                // One byte per character: slice bytes instead of grapheme clusters.
                let bytes = Array((" " + word + " ").utf8)
                for index in 0...(bytes.count - 3) { grams.append(String(decoding: bytes[index..<(index + 3)], as: UTF8.self)) }
                continue
            }
            let characters = Array(" " + word + " ")
            for index in 0...(characters.count - 3) { grams.append(String(characters[index..<(index + 3)])) }
        }
        return grams
    }

    /// TF-IDF with sublinear term frequency, L2-normalised; term ids sorted by first appearance.
    /// Field confidence from raw vector norms: norm / median norm of non-empty fields, capped at 1.
    static func confidence(_ norms: [Float]) -> [Float] {
        let median = medianNorm(norms) ?? 0
        return norms.map { confidence(norm: $0, median: median) }
    }

    /// The median of the non-zero norms; nil when every app lacks the field.
    static func medianNorm(_ norms: [Float]) -> Float? {
        let present = norms.filter { $0 > 0 }.sorted()
        return present.isEmpty ? nil : present[present.count / 2]
    }

    /// Confidence of one app's field of raw norm `norm`, against the field's median (0: no app has the field, full confidence).
    static func confidence(norm: Float, median: Float) -> Float { median > 0 ? min(1, max(0.05, norm / median)) : 1 }

    /// One field's vectors, vocabulary, document frequencies and raw norms (``vectorize(_:)``).
    typealias Vectorized = ([SparseVector], [String], [Int32], [Float])

    static func vectorize(_ bags: [[(String, Float)]]) -> Vectorized {
        var ids: [String: Int32] = [:]
        var vocabulary: [String] = []
        var df: [Int32] = []
        var counter = TermCounter()
        let counted = bags.map { bag in
            let terms = counter.count(bag) { term in
                if let known = ids[term] { return known }
                ids[term] = Int32(vocabulary.count)
                vocabulary.append(term)
                df.append(0)
                return Int32(vocabulary.count - 1)
            }
            for (id, _) in terms { df[Int(id)] += 1 }
            return terms
        }
        let n = Float(bags.count)
        let idf = df.map { inverseDocumentFrequency($0, apps: n) }
        var norms: [Float] = []
        norms.reserveCapacity(counted.count)
        let vectors = counted.map { terms -> SparseVector in
            let (vector, norm) = weighed(terms) { idf[Int($0)] }
            norms.append(norm)
            return vector
        }
        return (vectors, vocabulary, df, norms)
    }

    /// One app's field vector from its counted terms (any order), each weighed by its term
    /// frequency and `idf`, unit length; and its norm before normalising. The one place both
    /// the build and ``ProfileExtender`` do this arithmetic, so their vectors agree bit for bit.
    static func weighed(_ counted: [(Int32, Float)], idf: (Int32) -> Float) -> (vector: SparseVector, norm: Float) {
        let sorted = counted.sorted { $0.0 < $1.0 }
        var weights = sorted.map { termWeight(frequency: $0.1, idf: idf($0.0)) }
        let norm = sqrtf(weights.reduce(0) { $0 + $1 * $1 })
        if norm > 0 { weights = weights.map { $0 / norm } }
        return (SparseVector(terms: sorted.map(\.0), weights: weights), norm)
    }

    /// Smoothed inverse document frequency of a term `documentFrequency` of `apps` apps hold.
    static func inverseDocumentFrequency(_ documentFrequency: Int32, apps: Float) -> Float {
        logf((apps + 1) / (Float(documentFrequency) + 1)) + 1
    }

    /// Sub-linear term frequency times inverse document frequency, before normalisation.
    static func termWeight(frequency: Float, idf: Float) -> Float { (1 + logf(max(frequency, 1))) * min(frequency, 1) * idf }
}
