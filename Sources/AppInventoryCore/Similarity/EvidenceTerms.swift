import Foundation

/// The words shown as evidence (a pair's shared terms, a group's label), with every term of
/// the evidence fields given one integer id per distinct word and its display form worked out
/// once, so that explaining hundreds of thousands of pairs hashes no strings.
///
/// A word used in several fields ("pegawai" in names and descriptions) has one id, so its
/// contributions from each field add up, as they would under a String key.
final class EvidenceTerms: Sendable {
    /// The fields whose terms are shown as evidence.
    static let fields: [SimilarityField] = [.name, .description, .features, .data]

    let profiles: ProfileSet
    /// ids[field][term] for the evidence fields: the word's id; words are `words[id]`, shown as `shown[id]`.
    private let ids: [[Int32]]
    private let words: [String]
    private let shown: [String]
    /// Each app's feature phrases as phrase ids, in the app's order, and the same ids sorted;
    /// phrases are shown as `shownPhrases[id]`.
    private let phrases: [[Int32]]
    private let sortedPhrases: [[Int32]]
    private let shownPhrases: [String]

    init(_ profiles: ProfileSet) {
        self.profiles = profiles
        var known: [String: Int32] = [:]
        var words: [String] = []
        ids = Self.fields.map { field in
            profiles.vocabulary[field.rawValue].map { word in
                if let id = known[word] { return id }
                known[word] = Int32(words.count)
                words.append(word)
                return Int32(words.count - 1)
            }
        }
        self.words = words
        shown = words.map(profiles.display)
        var phraseIDs: [String: Int32] = [:]
        var phraseTexts: [String] = []
        phrases = profiles.featurePhrases.map { list in
            list.map { phrase in
                if let id = phraseIDs[phrase] { return id }
                phraseIDs[phrase] = Int32(phraseTexts.count)
                phraseTexts.append(phrase)
                return Int32(phraseTexts.count - 1)
            }
        }
        sortedPhrases = phrases.map { $0.sorted() }
        shownPhrases = phraseTexts.map(profiles.display)
    }

    /// Words both apps use that contributed most to their cosines (the products of their
    /// weights, summed over fields), strongest first, ties in word order.
    func sharedTerms(_ a: Int, _ b: Int, limit: Int = 6) -> [String] {
        var contributions: [(id: Int32, value: Float)] = []
        for field in Self.fields {
            let vectors = profiles.vectors[field.rawValue]
            let fieldIDs = ids[field.rawValue]
            vectors[a].withPacked { va in
                vectors[b].withPacked { vb in
                    var (i, j) = (0, 0)
                    while i < va.terms.count && j < vb.terms.count {
                        if va.terms[i] == vb.terms[j] {
                            let id = fieldIDs[Int(va.terms[i])]
                            let contribution = va.weights[i] * vb.weights[j]
                            if let index = contributions.firstIndex(where: { $0.id == id }) {
                                contributions[index].value += contribution
                            } else {
                                contributions.append((id, contribution))
                            }
                            i += 1; j += 1
                        } else if va.terms[i] < vb.terms[j] { i += 1 } else { j += 1 }
                    }
                }
            }
        }
        contributions.sort { $0.value != $1.value ? $0.value > $1.value : words[Int($0.id)] < words[Int($1.id)] }
        return contributions.prefix(limit).map { shown[Int($0.id)] }
    }

    /// Feature phrases both apps list, once each, in the first app's order.
    func sharedFeatures(_ a: Int, _ b: Int) -> [String] {
        guard !phrases[a].isEmpty, !sortedPhrases[b].isEmpty else { return [] }
        var found: [Int32] = []
        for id in phrases[a] where !found.contains(id) {
            // Binary search in the other app's sorted phrase ids.
            let other = sortedPhrases[b]
            var (low, high) = (0, other.count)
            while low < high {
                let middle = (low + high) / 2
                if other[middle] < id { low = middle + 1 } else { high = middle }
            }
            if low < other.count && other[low] == id { found.append(id) }
        }
        return found.map { shownPhrases[Int($0)] }
    }

    /// Terms many members share and few other apps use (share in group × inverse document
    /// frequency), strongest first, ties in word order.
    func characteristic(of members: [Int], total: Double, limit: Int = 5) -> [String] {
        var scores: [Int32: Double] = [:]
        for field in [SimilarityField.name, .description, .features] {
            var counts: [Int32: Int] = [:]
            for member in members {
                for term in profiles.vectors[field.rawValue][member].terms { counts[term, default: 0] += 1 }
            }
            let fieldWeight = field == .name ? 1.5 : 1.0
            for (term, count) in counts where count >= 2 || members.count == 2 {
                let df = Double(profiles.documentFrequency[field.rawValue][Int(term)])
                let score = fieldWeight * Double(count) / Double(members.count) * log((total + 1) / (df + 1))
                scores[ids[field.rawValue][Int(term)], default: 0] += score
            }
        }
        return scores.sorted { $0.value != $1.value ? $0.value > $1.value : words[Int($0.key)] < words[Int($1.key)] }
            .prefix(limit).map { shown[Int($0.key)] }
    }
}
