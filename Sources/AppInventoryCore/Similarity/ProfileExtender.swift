import Foundation

/// Profiles apps one at a time against a built ``ProfileSet`` and its ``ProfileModel``, so
/// `check` and an incremental `analyze` need not rebuild every profile.
///
/// An app is read by the build's normaliser and acronym expansions and weighed by the
/// statistics of the inventory the set was built from: document frequencies, field median
/// norms, brand discounts and context value counts stay as they were (an incremental analysis
/// then recomputes the brand discounts its edits move, ``refreshBrandDiscounts(of:)``). An app already in that
/// inventory therefore gets exactly the vectors and confidences the build gave it (unless it
/// was a family-template holder, whose description confidence the build raised to 1). A term
/// or context value the set does not know is added, counting the apps that bring it from then
/// on, so two new apps that share a new word still meet. The family-template rule, which looks
/// at every holder of one description, is left to the caller (``trustDescriptions(of:)``).
struct ProfileExtender {
    private(set) var profiles: ProfileSet
    private var normalizer: TextNormalizer
    private var ids: [[String: Int32]]
    private var contextIDs: [String: Int32]
    /// Terms from this id on were added here; their counts grow as apps bring them.
    private let firstAdded: [Int]
    private let firstAddedContext: Int
    /// Reused from app to app (see ``TermCounter``).
    private var counter = TermCounter()

    init(_ profiles: ProfileSet) {
        self.profiles = profiles
        normalizer = profiles.model.normalizer ?? TextNormalizer()
        ids = profiles.vocabulary.map { Dictionary(zip($0, $0.indices.map(Int32.init)), uniquingKeysWith: { first, _ in first }) }
        contextIDs = Dictionary(zip(profiles.model.contextTerms, profiles.model.contextTerms.indices.map(Int32.init)), uniquingKeysWith: { first, _ in first })
        firstAdded = profiles.vocabulary.map(\.count)
        firstAddedContext = profiles.model.contextTerms.count
    }

    /// One app's vectors, confidences, feature phrases and context, as the set holds them per app.
    struct AppProfile {
        var vectors: [SparseVector]
        var confidence: [Float]
        var featurePhrases: [String]
        var context: SparseVector
        /// The description's normalised words as the build reads them, for the family-template rule.
        var descriptionTerms: [(String, Float)]
    }

    /// Profiles `app` and appends it to ``profiles``; returns its index.
    @discardableResult
    mutating func append(_ app: Application) -> Int {
        let profile = self.profile(app)
        for field in SimilarityField.allCases {
            profiles.vectors[field.rawValue].append(profile.vectors[field.rawValue])
            profiles.confidence[field.rawValue].append(profile.confidence[field.rawValue])
        }
        profiles.featurePhrases.append(profile.featurePhrases)
        if !profiles.context.isEmpty { profiles.context.append(profile.context) }
        if !profiles.sector.isEmpty { profiles.sector.append(SparseVector()) }
        return profiles.count - 1
    }

    /// Profiles `app` and puts it at `index`, in place of what was there; returns its description's words.
    @discardableResult
    mutating func replace(_ index: Int, with app: Application) -> [(String, Float)] {
        let profile = self.profile(app)
        for field in SimilarityField.allCases {
            profiles.vectors[field.rawValue][index] = profile.vectors[field.rawValue]
            profiles.confidence[field.rawValue][index] = profile.confidence[field.rawValue]
        }
        profiles.featurePhrases[index] = profile.featurePhrases
        if !profiles.context.isEmpty { profiles.context[index] = profile.context }
        return profile.descriptionTerms
    }

    /// Gives the apps at `indices` full description confidence (family-template holders).
    mutating func trustDescriptions(of indices: [Int]) {
        for index in indices { profiles.confidence[SimilarityField.description.rawValue][index] = 1 }
    }

    /// How far a term's brand factor may drift from the one stored before an incremental
    /// analysis gives it the recomputed factor (and so profiles its holders again): a common
    /// term's coherence barely moves with one more holder, a rare term's moves much. A name
    /// trigram is one of a dozen in its name and its field weighs a twentieth of the score, so its
    /// factor may drift five times as far for the same effect on a score (well under 0.01),
    /// and an edit does not profile again every app sharing a syllable with the edited one.
    static func brandFactorTolerance(_ field: SimilarityField) -> Float { field == .characters ? 0.25 : 0.05 }

    /// Recomputes the brand discount (``ProfileBuilder/discountBrands(_:field:)``) of `terms`
    /// (per field: the terms of apps edited, added or removed) from the descriptions of all
    /// their holders now, against the build's median coherence, and gives every holder the
    /// new factor where it moved more than ``brandFactorTolerance``. Returns the apps whose
    /// vectors changed. Without this an edit to one of three apps named by a rare acronym
    /// would leave the acronym discounted as the old three deserved.
    mutating func refreshBrandDiscounts(of terms: [[Int32]]) -> [Int] {
        let description = SimilarityField.description.rawValue
        let descriptionFactors = profiles.model.brandFactors[description]
        var raw: [Int: SparseVector] = [:]
        var sum = ProfileBuilder.DescriptionSum(terms: profiles.vocabulary[description].count)
        var changes: [(field: Int, term: Int32, factor: Float, holders: [Int])] = []
        let holdersOf = Self.holders(of: terms, in: profiles)
        for (field, holders) in zip(ProfileBuilder.brandFields, holdersOf) {
            let f = field.rawValue
            let median = profiles.model.brandMedians[f]
            guard median > 0, !terms[f].isEmpty else { continue }
            let factors = profiles.model.brandFactors[f]
            for term in holders.keys.sorted() {
                let list = holders[term]!
                for app in list where raw[app] == nil {
                    raw[app] = Self.undiscounted(profiles.vectors[description][app], by: descriptionFactors)
                }
                let coherence = sum.coherence(of: list, descriptions: { raw[$0]! })
                let factor = ProfileBuilder.brandFactor(coherence: coherence, median: median)
                let old = Int(term) < factors.count ? factors[Int(term)] : 1
                if abs(factor - old) > Self.brandFactorTolerance(field) { changes.append((f, term, factor, list)) }
            }
        }
        var rescaled = Set<Int>()
        for change in changes {
            var factors = profiles.model.brandFactors[change.field]
            if factors.count < profiles.vocabulary[change.field].count {
                factors += [Float](repeating: 1, count: profiles.vocabulary[change.field].count - factors.count)
            }
            let ratio = change.factor / factors[Int(change.term)]
            factors[Int(change.term)] = change.factor
            profiles.model.brandFactors[change.field] = factors
            for app in change.holders {
                var vector = profiles.vectors[change.field][app]
                guard let slot = vector.terms.firstIndex(of: change.term) else { continue }
                vector.weights[slot] *= ratio
                profiles.vectors[change.field][app] = vector
                rescaled.insert(app)
            }
        }
        return rescaled.sorted()
    }

    /// Per brand field (in ``ProfileBuilder/brandFields`` order), the apps with a description
    /// holding each of `terms[field]`, in app order. Finding them walks every app's vector: each
    /// field's walk runs on its own core.
    private static func holders(of terms: [[Int32]], in profiles: ProfileSet) -> [[Int32: [Int]]] {
        let description = SimilarityField.description.rawValue
        return ParallelSlots<[Int32: [Int]]>.map(ProfileBuilder.brandFields.count, chunk: 1, { index in
            let f = ProfileBuilder.brandFields[index].rawValue
            guard profiles.model.brandMedians[f] > 0, !terms[f].isEmpty else { return [:] }
            var wanted = [Bool](repeating: false, count: profiles.vocabulary[f].count)
            for term in terms[f] { wanted[Int(term)] = true }
            var holders: [Int32: [Int]] = [:]
            for (app, vector) in profiles.vectors[f].enumerated() where !profiles.vectors[description][app].isEmpty {
                for term in vector.terms where wanted[Int(term)] { holders[term, default: []].append(app) }
            }
            return holders
        }, placeholder: [:])
    }

    /// `vector` with the brand discount ``ProfileBuilder/discounted(_:by:)`` applied by `factors` taken off again.
    private static func undiscounted(_ vector: SparseVector, by factors: [Float]) -> SparseVector {
        SparseVector(terms: vector.terms, weights: zip(vector.terms, vector.weights).map { term, weight in
            Int(term) < factors.count ? weight / factors[Int(term)] : weight
        })
    }

    /// The profile of `app` against the set's statistics, by the build's own per-app steps
    /// (``ProfileBuilder/terms(of:owner:normalizer:expansions:)``, ``TermCounter``,
    /// ``ProfileBuilder/weighed(_:idf:)``, ``ProfileBuilder/discounted(_:by:)``).
    mutating func profile(_ app: Application) -> AppProfile {
        let model = profiles.model
        let terms = ProfileBuilder.terms(of: app, owner: OwnerNames(of: app), normalizer: &normalizer, expansions: model.expansions)
        let apps = Float(model.apps)
        var vectors: [SparseVector] = []
        var confidence: [Float] = []
        // Taken out while counting, which assigns ids to new words (a mutation of `self`).
        var counter = TermCounter()
        swap(&counter, &self.counter)
        defer { swap(&counter, &self.counter) }
        for field in SimilarityField.allCases {
            let f = field.rawValue
            let counted = counter.count(terms.bags[f]) { id(of: $0, field: f) }
            for (id, _) in counted where Int(id) >= firstAdded[f] { profiles.documentFrequency[f][Int(id)] += 1 }
            let documentFrequency = profiles.documentFrequency[f]
            let (vector, norm) = ProfileBuilder.weighed(counted) { ProfileBuilder.inverseDocumentFrequency(documentFrequency[Int($0)], apps: apps) }
            vectors.append(vector)
            confidence.append(ProfileBuilder.confidence(norm: norm, median: f < model.medianNorms.count ? model.medianNorms[f] : 0))
        }
        // Brand words are discounted in apps that have a description, by the build's factors.
        if !vectors[SimilarityField.description.rawValue].isEmpty {
            for field in ProfileBuilder.brandFields where !model.brandFactors[field.rawValue].isEmpty {
                vectors[field.rawValue] = ProfileBuilder.discounted(vectors[field.rawValue], by: model.brandFactors[field.rawValue])
            }
        }
        return AppProfile(vectors: vectors, confidence: confidence, featurePhrases: terms.featurePhrases, context: contextVector(app),
                          descriptionTerms: terms.bags[SimilarityField.description.rawValue])
    }

    private mutating func id(of term: String, field: Int) -> Int32 {
        if let known = ids[field][term] { return known }
        let id = Int32(profiles.vocabulary[field].count)
        ids[field][term] = id
        profiles.vocabulary[field].append(term)
        profiles.documentFrequency[field].append(0)
        return id
    }

    private mutating func contextVector(_ app: Application) -> SparseVector {
        guard !profiles.context.isEmpty, profiles.model.apps > 1 else { return SparseVector() }
        let values = Set(ProfileBuilder.contextTerms(app).map(\.0)).sorted()
        let terms = values.map { value -> Int32 in
            if let known = contextIDs[value] { return known }
            let id = Int32(profiles.model.contextTerms.count)
            contextIDs[value] = id
            profiles.model.contextTerms.append(value)
            profiles.model.contextHolders.append(0)
            return id
        }.sorted()
        for term in terms where Int(term) >= firstAddedContext { profiles.model.contextHolders[Int(term)] += 1 }
        let apps = Float(profiles.model.apps)
        return SparseVector(terms: terms, weights: terms.map {
            ProfileBuilder.contextWeight(holders: profiles.model.contextHolders[Int($0)], apps: apps, values: terms.count)
        })
    }
}
