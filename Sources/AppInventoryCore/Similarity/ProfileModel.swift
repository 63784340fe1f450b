/// What building a ``ProfileSet`` learnt from the inventory as a whole: the statistics and
/// word knowledge behind every app's vectors.
///
/// `check` and an incremental `analyze` profile one app at a time against it instead of
/// rebuilding every profile, and get the vectors the full build would have given that app
/// had its statistics not moved (see ``ProfileExtender``). It is stored with each analysis
/// by ``SearchIndexStore``.
package struct ProfileModel: Sendable {
    /// The normaliser as the build read the corpus: its language, stemmer roots and display forms.
    package var normalizer: TextNormalizer?
    /// Normalised expansion terms of every acronym known to the build (built in and learnt).
    package var expansions: [String: [String]] = [:]
    /// Number of apps the statistics were computed over.
    package var apps = 0
    /// Per field, the median raw TF-IDF norm that confidence is measured against (0 when no app has the field).
    package var medianNorms: [Float] = []
    /// Per field, the brand discount of each term (empty: no discount).
    package var brandFactors: [[Float]] = Array(repeating: [], count: SimilarityField.allCases.count)
    /// Per field, the median term coherence the brand discounts are measured against (0: no
    /// discount), so an incremental analysis can recompute the discounts its edits touch.
    package var brandMedians: [Double] = Array(repeating: 0, count: SimilarityField.allCases.count)
    /// Context values in id order and how many apps hold each.
    package var contextTerms: [String] = []
    package var contextHolders: [Int32] = []

    package init() {}
}
