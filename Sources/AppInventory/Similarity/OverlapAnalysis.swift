/// Settings of one overlap analysis.
public struct AnalysisParameters: Sendable, Equatable, Codable {
    /// Pairs scoring below this are not reported or grouped.
    public var threshold = 0.40
    /// Neighbours kept per app.
    public var topK = 10
    public var weights = SimilarityWeights()
    /// Louvain resolution: above 1 gives smaller, tighter groups.
    public var resolution = 1.0
    /// Linked groups whose centroids are at least this similar are merged (1 turns merging off).
    public var groupMergeThreshold = 0.5

    public init() {}
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
    /// 1-based, largest group first.
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
}
