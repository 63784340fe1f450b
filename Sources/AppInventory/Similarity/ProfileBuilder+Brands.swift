extension ProfileBuilder {
    /// For each term of `field`, the sum over pairs of its holders (apps with a description)
    /// of the part of their description similarity that the word itself makes.
    ///
    /// Descriptions repeat their product's brand ("Zentra Mail is the Zentra server…"), so the
    /// brand's holders look alike through the brand alone. That part is not evidence that they
    /// do one job, and ``discountBrands(_:field:)`` leaves it out of a word's coherence. With
    /// `w` the word's weight in each holder's description, the part is (Σw)² − Σw².
    static func ownWordSimilarity(_ profiles: ProfileSet, field: SimilarityField) -> [Double] {
        let descriptions = profiles.vectors[SimilarityField.description.rawValue]
        let ownWord = descriptionTermIDs(profiles, field: field)
        var sums = Array(repeating: 0.0, count: ownWord.count)
        var squares = Array(repeating: 0.0, count: ownWord.count)
        for (app, vector) in profiles.vectors[field.rawValue].enumerated() where !descriptions[app].isEmpty {
            for term in vector.terms {
                guard let own = ownWord[Int(term)] else { continue }
                let weight = Double(descriptions[app].weight(of: own))
                sums[Int(term)] += weight
                squares[Int(term)] += weight * weight
            }
        }
        return zip(sums, squares).map { $0 * $0 - $1 }
    }

    /// For each term of `field`, the id of the same word in the description vocabulary (nil
    /// when no description uses it).
    static func descriptionTermIDs(_ profiles: ProfileSet, field: SimilarityField) -> [Int32?] {
        let description = SimilarityField.description.rawValue
        if field == .description { return profiles.vocabulary[description].indices.map { Int32($0) } }
        var ids: [String: Int32] = [:]
        for (id, word) in profiles.vocabulary[description].enumerated() { ids[word] = Int32(id) }
        return profiles.vocabulary[field.rawValue].map { ids[$0] }
    }

    /// Letter trigrams spell the name's words, so a brand word discounted in the name by
    /// ``discountBrands(_:field:)`` is discounted in the trigrams that spell it, by the same
    /// factor: otherwise "Zentra Mail" and "Zentra Vault" would still meet through the letters
    /// of "zentra". A trigram that also spells a word of the name kept at full weight keeps
    /// its weight. Like the name vector, the characters vector is not renormalised, so a name
    /// made only of a brand stays weak.
    static func discountBrandSpelling(_ profiles: inout ProfileSet, undiscountedNames: [SparseVector]) {
        let name = SimilarityField.name.rawValue, characters = SimilarityField.characters.rawValue
        var gramIDs: [String: Int32] = [:]
        for (id, gram) in profiles.vocabulary[characters].enumerated() { gramIDs[gram] = Int32(id) }
        for app in profiles.vectors[characters].indices {
            let before = undiscountedNames[app], after = profiles.vectors[name][app]
            guard !profiles.vectors[characters][app].isEmpty, after.weights != before.weights else { continue }
            var factors: [Int32: Float] = [:]
            for (index, term) in after.terms.enumerated() where before.weights[index] > 0 {
                let factor = after.weights[index] / before.weights[index]
                for gram in trigrams(profiles.vocabulary[name][Int(term)]) {
                    if let id = gramIDs[gram] { factors[id] = max(factors[id] ?? 0, factor) }
                }
            }
            var vector = profiles.vectors[characters][app]
            vector.weights = zip(vector.terms, vector.weights).map { $1 * (factors[$0] ?? 1) }
            profiles.vectors[characters][app] = vector
        }
    }
}
