import Foundation
/// Settings of one overlap analysis.
public struct AnalysisParameters: Sendable, Equatable, Codable {
    /// Pairs scoring at least this are reported (see ``PairReporting``).
    public var threshold = 0.40
    /// Neighbours kept per app.
    public var topK = 10
    /// Two apps each among the other's this many best matches are reported from half the
    /// threshold: short texts leave true look-alikes under it (see ``PairReporting``; 0 turns it off).
    public var mutualRank = 3
    public var weights = SimilarityWeights()
    /// Group granularity: scales the calibrated group threshold; above 1 gives smaller,
    /// tighter groups.
    public var resolution = 1.0
    /// Mean pairwise similarity at which groups join; nil calibrates it to the inventory
    /// (see ``GroupingThreshold``).
    public var groupCohesion: Double?
    /// Linked groups whose centroids are at least this similar are merged (1 turns merging off).
    public var groupMergeThreshold = 0.5
    /// Which rules built the profiles and groups (10: a typo the register repeats read as the far
    /// more frequent word, see ``TextNormalizer/repeatedTypos(counts:stemmer:slips:)``; 9: "rumah sakit" read as one term, see
    /// ``TextNormalizer/compoundNouns``; 8: "persediaan" and "ketersediaan" kept
    /// whole, see ``IndonesianStemmer/wholeWords``; 7: a slip one letter from both a word and
    /// the register's repeated typo of it read as the word; 6: long words typed with one slip read as the
    /// word meant, see ``SlipReading``, and an own region's name that is also a word or an
    /// acronym weighed as the owner's, see ``OwnerNames``; 5: groups formed from vectors blended with
    /// each app's nearest look-alikes, see ``NeighbourBlend``; 4: acronyms with two national
    /// readings, "SIKS", not expanded; 3: words naming the app's own owner weighed down; 2: not those, brand discounts
    /// on name words, name letter trigrams and description words; 1: not on trigrams). Stored
    /// with the analysis so an incremental run never extends an index whose profiles were built
    /// by other rules.
    public var profileRules = 10

    public init() {}

    /// Reads settings stored by any version: a setting an older analysis did not store took
    /// its then behaviour (no mutual near matches: `mutualRank` 0; profiles of rules 1), others their defaults, so
    /// an old analysis still reads and the next `analyze` sees that the settings differ.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = AnalysisParameters()
        threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? defaults.threshold
        topK = try container.decodeIfPresent(Int.self, forKey: .topK) ?? defaults.topK
        mutualRank = try container.decodeIfPresent(Int.self, forKey: .mutualRank) ?? 0
        weights = try container.decodeIfPresent(SimilarityWeights.self, forKey: .weights) ?? defaults.weights
        resolution = try container.decodeIfPresent(Double.self, forKey: .resolution) ?? defaults.resolution
        groupCohesion = try container.decodeIfPresent(Double.self, forKey: .groupCohesion)
        groupMergeThreshold = try container.decodeIfPresent(Double.self, forKey: .groupMergeThreshold) ?? defaults.groupMergeThreshold
        profileRules = try container.decodeIfPresent(Int.self, forKey: .profileRules) ?? 1
    }
}

/// Two apps that look like they do the same job, with the evidence.
public struct OverlapPair: Sendable, Equatable {
    /// Indices into the analysed app list; `a < b`.
    public var a: Int
    public var b: Int
    public var score: Double
    /// Cosine per ``SimilarityField`` (nil when either app lacks the field).
    public var components: [Double?]
    /// Words both apps use that drove the score, strongest first.
    public var sharedTerms: [String]
    /// Feature names both apps list.
    public var sharedFeatures: [String]

    public func component(_ field: SimilarityField) -> Double? { components[field.rawValue] }
}

/// Apps that do the same job, as found by clustering the neighbour graph.
public struct OverlapGroup: Sendable, Equatable {
    /// 1-based. A full analysis numbers groups largest first; an incremental one keeps the
    /// ids of the groups it leaves or changes and numbers new groups after the highest.
    public var id: Int
    /// Indices into the analysed app list, representative first.
    public var members: [Int]
    public var representative: Int
    /// Terms that characterise the group ("pegawai", "cuti", "pangkat").
    public var terms: [String]

    public var label: String { terms.prefix(3).joined(separator: " / ") }
}

/// Result of ``OverlapEngine/analyze(_:parameters:separated:merged:progress:)``.
public struct OverlapAnalysis: Sendable {
    public var parameters: AnalysisParameters
    public var pairs: [OverlapPair]
    public var groups: [OverlapGroup]
    /// Nearest neighbours of every app, best first (for precision@k and `overlap --app`).
    public var neighbours: [[Neighbour]]
    /// Group id per app (nil for apps that overlap with nothing).
    public var groupOf: [Int?]
    /// The threshold groups were cut at, and how it was chosen.
    public var grouping: GroupingThreshold
    /// Profiles and neighbour lists, stored so `check` and the next `analyze` can reuse them.
    package var searchIndex: SearchIndex?
}

/// The mean pairwise similarity at which two groups join, calibrated to the inventory.
///
/// Similarities depend on the register: rich, templated texts make look-alikes score high,
/// one-line descriptions make everything score low. So the threshold is not a fixed number but
/// a *lift* over the inventory's background, the mean similarity of two apps that are not near
/// look-alikes (a pair in a neighbour list scoring at least ``nearLookAlikeShare`` of the pair
/// threshold is one): two groups join when their members are on average ``lift`` times
/// as alike as that (times ``AnalysisParameters/resolution``), and never below ``floor``. A
/// fixed ``AnalysisParameters/groupCohesion`` overrides it.
public struct GroupingThreshold: Sendable, Equatable {
    /// How many times the background similarity groups must reach on average.
    public static let lift = 12.0
    /// The lowest calibrated threshold: a small inventory of look-alikes has almost no
    /// background, yet a group still needs members that are alike.
    public static let floor = 0.05
    /// Share of the pair threshold from which a neighbour is a near look-alike, left out of the
    /// background. One-line descriptions make true look-alikes score under the pair threshold;
    /// counted as background they would lift the group threshold most where texts are shortest.
    public static let nearLookAlikeShare = 0.5

    /// The lowest score of a near look-alike under `parameters`: left out of the background,
    /// and what a group needs a pair of its members to reach to hold together.
    static func nearLookAlike(_ parameters: AnalysisParameters) -> Double { nearLookAlike(threshold: parameters.threshold) }

    /// The lowest score of a near look-alike under the pair `threshold`.
    static func nearLookAlike(threshold: Double) -> Double { threshold * nearLookAlikeShare }
    /// Mean similarity (combined over fields) of two apps that are not near look-alikes.
    public var background: Double
    public var threshold: Double
    /// False when the threshold was given (`groupCohesion`).
    public var calibrated: Bool

    /// ``AnalysisParameters/resolution`` the threshold was scaled by.
    public var resolution: Double

    init(parameters: AnalysisParameters, background: Double) {
        self.background = background
        resolution = parameters.resolution
        if let fixed = parameters.groupCohesion {
            threshold = fixed
            calibrated = false
        } else {
            // Never below a floor: an inventory of near-identical apps still needs a real match.
            threshold = max(Self.floor, Self.lift * parameters.resolution * background)
            calibrated = true
        }
    }

    /// One short line for the planner, in `language`: the threshold and where it came from
    /// (docs/overlap.md explains the background).
    public func explanation(_ language: Language = .en) -> String {
        func decimal(_ value: Double, _ digits: Int) -> String {
            let text = String(format: "%.\(digits)f", value)
            return language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        let head = language == .id ? "kelompok bergabung pada kemiripan rata-rata \(decimal(threshold, 3))"
                                   : "groups join at mean similarity \(decimal(threshold, 3))"
        guard calibrated else { return head + " (--group-cohesion)" }
        let scale = resolution == 1 ? "" : " × \(decimal(resolution, 2)) (--resolution)"
        // Said in words: "background" alone is jargon a planner cannot read.
        let product = "\(Int(Self.lift))\(scale) × \(decimal(background, 4)), "
            + (language == .id ? "rerata kemiripan aplikasi tak terkait" : "the mean similarity of unrelated apps")
        guard threshold > Self.floor else {
            return head + (language == .id ? " (batas bawah; \(product), lebih rendah)" : " (the floor; \(product), is lower)")
        }
        return head + " (\(product))"
    }
}
