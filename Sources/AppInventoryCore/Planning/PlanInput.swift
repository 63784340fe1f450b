/// Everything the planner reads, as values: the inventory, the overlap analysis, the
/// catalogue's function matches and the planner decisions in force.
public struct PlanInput: Sendable {
    public var apps: [Application]
    /// Overlap groups as app indices (from the latest analysis), each group's representative first.
    public var groups: [[Int]]
    /// Characteristic words of each group, as the analysis stored them.
    public var groupTerms: [[String]]
    /// Each group's number as `consolidate overlap` lists it (1, 2, … when not given: an
    /// incremental analysis leaves gaps, so the store passes its ids).
    public var groupNumbers: [Int]
    /// Each group's label as the analysis stored it ("presensi / fingerprint / pegawai"); empty when unknown.
    public var groupLabels: [String]
    /// Look-alikes per app with their overlap score (stored pairs), for evidence and the retire rule.
    public var lookAlikes: [[LookAlike]]
    /// Best catalogue functions per app, best first.
    public var matches: [[FunctionMatch]]
    /// The app's own words naming each of its matched functions (parallel to `matches`).
    public var evidence: [[[String]]]
    public var catalogue: PlatformCatalogue
    public var decisions: [ResolvedDecision]

    public init(apps: [Application], groups: [[Int]], groupTerms: [[String]], lookAlikes: [[LookAlike]],
                matches: [[FunctionMatch]], evidence: [[[String]]], catalogue: PlatformCatalogue, decisions: [ResolvedDecision] = []) {
        self.apps = apps
        self.groups = groups
        self.groupTerms = groupTerms
        self.groupNumbers = groups.indices.map { $0 + 1 }
        self.groupLabels = groups.map { _ in "" }
        self.lookAlikes = lookAlikes
        self.matches = matches
        self.evidence = evidence
        self.catalogue = catalogue
        self.decisions = decisions
    }

    /// The app's own score for a catalogue function (0 when it is not among its best matches);
    /// matches name a function by its first entry (``PlatformCatalogue/canonical``).
    func ownScore(_ app: Int, _ function: Int) -> Double {
        guard function >= 0 else { return 0 }
        let key = catalogue.canonical[function]
        return matches[app].first { $0.function == key }?.score ?? 0
    }

    /// The app's own words naming a function, if that function is among its best matches.
    func ownEvidence(_ app: Int, _ function: Int) -> [String] {
        let key = catalogue.canonical[function]
        guard let rank = matches[app].firstIndex(where: { $0.function == key }), rank < evidence[app].count else { return [] }
        return evidence[app][rank]
    }

    /// Group `index` as a planner knows it: its representative app, its words and its number.
    func groupName(_ index: Int) -> OverlapGroupName {
        let representative = apps[groups[index][0]]
        let label = index < groupLabels.count && !groupLabels[index].isEmpty ? groupLabels[index] : nil
        return OverlapGroupName(number: index < groupNumbers.count ? groupNumbers[index] : index + 1,
                                representative: representative.name, representativeID: representative.externalID, words: label)
    }

    /// The overlap score of two apps when the analysis stored their pair.
    func overlap(_ a: Int, _ b: Int) -> Double? {
        lookAlikes[a].first { $0.app == b }?.score
    }
}

/// Another app that looks like this one, with the analysis' overlap score.
public struct LookAlike: Sendable, Equatable {
    public var app: Int
    public var score: Double

    public init(app: Int, score: Double) {
        self.app = app
        self.score = score
    }
}

/// A planner decision with its apps resolved to indices of the planned inventory.
public struct ResolvedDecision: Sendable, Equatable {
    public var id: Int64
    public var kind: PlannerDecision.Kind
    /// Nil when the app is no longer in the inventory.
    public var app: Int?
    public var other: Int?
    /// Catalogue platform name (assign).
    public var platform: String?
    /// "#3 (keep, Budi: owns the data)".
    public var citation: String

    public init(id: Int64, kind: PlannerDecision.Kind, app: Int?, other: Int? = nil, platform: String? = nil, citation: String) {
        self.id = id
        self.kind = kind
        self.app = app
        self.other = other
        self.platform = platform
        self.citation = citation
    }
}
