/// Apps new in a re-imported file that look like an app the file's earlier version had and
/// this one lacks: most likely the same app renamed ("e-Planning NTB" → "e-Planning Provinsi
/// NTB"). In a register without an id column the new name derives a new id, so without a word
/// the rename would insert a second copy and leave decisions on the old one.
public enum RenameCandidates {
    /// One new app and the earlier app it resembles.
    public struct Pair: Sendable, Equatable {
        public var newName: String
        /// The row of the new app in the file.
        public var newRow: Int
        public var newExternalID: String
        public var oldName: String
        public var oldExternalID: String
    }

    /// An app on either side: its name and agency (renames stay within one agency).
    public struct Entry: Sendable {
        public var name: String
        public var agency: String?
        /// The file row for a new app, or the external id for an earlier one.
        public var row: Int
        public var externalID: String

        public init(name: String, agency: String?, row: Int = 0, externalID: String = "") {
            self.name = name
            self.agency = agency
            self.row = row
            self.externalID = externalID
        }
    }

    /// Beyond this many comparisons (new × missing) the file is not a renamed version but a
    /// different register, and no pairs are looked for.
    public static let comparisonLimit = 4_000_000

    /// Each new app paired with the most alike earlier app of its agency, each earlier app
    /// used once; pairs in file order. `names` are all the names of the new file and the
    /// missing apps: words that three or more of them share ("e", the region's "NTB") say
    /// nothing about which app is which and are left out of the comparison.
    public static func pairs(new: [Entry], missing: [Entry], names: [String]) -> [Pair] {
        guard !new.isEmpty, !missing.isEmpty, new.count * missing.count <= comparisonLimit else { return [] }
        var frequency: [String: Int] = [:]
        for name in names { for word in Set(Tokenizer.words(name)) { frequency[word, default: 0] += 1 } }
        func distinctive(_ name: String) -> Set<String> {
            let words = Set(Tokenizer.words(name))
            let rare = words.filter { frequency[$0, default: 0] < 3 }
            return rare.isEmpty ? words : rare
        }
        let missingWords = missing.map { distinctive($0.name) }
        var used = Set<Int>()
        var result: [Pair] = []
        for app in new {
            let words = distinctive(app.name)
            var best: (index: Int, score: Double)?
            for (index, old) in missing.enumerated() where !used.contains(index) && old.agency == app.agency {
                let score = resemblance(words, missingWords[index], app.name, old.name)
                if score >= threshold, score > best?.score ?? 0 { best = (index, score) }
            }
            guard let best else { continue }
            used.insert(best.index)
            result.append(Pair(newName: app.name, newRow: app.row, newExternalID: app.externalID, oldName: missing[best.index].name, oldExternalID: missing[best.index].externalID))
        }
        return result
    }

    /// How alike two names must be: "SIMPEG NTB" and "SIMRS NTB" (one region word shared)
    /// stay apart; "e-Planning NTB" and "e-Planning Provinsi NTB" do not.
    static let threshold = 0.6

    /// The larger of the names' word overlap (Dice) and their spelling closeness (one minus
    /// the edit distance over the longer name), so both an added word and a typo fix count.
    static func resemblance(_ a: Set<String>, _ b: Set<String>, _ nameA: String, _ nameB: String) -> Double {
        let dice = a.isEmpty && b.isEmpty ? 0 : 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
        let foldedA = Array(InventoryField.fold(nameA).unicodeScalars)
        let foldedB = Array(InventoryField.fold(nameB).unicodeScalars)
        let longer = max(foldedA.count, foldedB.count)
        guard longer > 0 else { return dice }
        let spelling = 1 - Double(EditDistance.between(foldedA, foldedB)) / Double(longer)
        // Short names differ by little in spelling yet name different apps (SIMPEG, SIMRS).
        return max(dice, longer >= 8 ? spelling - 0.1 : 0)
    }
}
