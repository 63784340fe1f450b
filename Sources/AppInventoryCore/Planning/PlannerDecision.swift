/// A planner's decision, stored with who, when and why.
public struct PlannerDecision: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Pin an app as the lead of its module on a shared platform.
        case keep
        /// Never merge an app: it stays as it is.
        case retain
        /// Two apps do not do the same job: their pair is cut, both keep their other look-alikes.
        case separate
        /// Two apps do the same job: always link them.
        case merge
        /// A whole overlap group belongs to a catalogue platform.
        case assign
        /// Leave a whole overlap group out of the plan.
        case exclude

        /// Decisions that change the overlap evidence, so the analysis must run again.
        public var changesAnalysis: Bool { self == .separate || self == .merge }
    }

    public var id: Int64
    public var kind: Kind
    /// The app decided about; for assign and exclude, an app of the group (the group is
    /// found again by this app after every re-analysis).
    public var appA: String
    public var appB: String?
    /// Catalogue platform name (assign).
    public var platform: String?
    public var reason: String?
    public var decidedBy: String?
    public var decidedAt: String

    /// "#3 (keep, Budi: owns the data)": how plan reasons cite it. Reasons store it in this form;
    /// ``localised(_:_:)`` writes its kind in the reader's language when a reason is rendered.
    public var citation: String {
        "#\(id) (\(kind.rawValue)\(decidedBy.map { ", \($0)" } ?? "")\(reason.map { ": \($0)" } ?? ""))"
    }

    /// A stored ``citation`` with its kind in `language` by the one decision vocabulary
    /// (``Kind/phrase(_:)``): "#3 (penetapan inti, Budi: owns the data)", so an Indonesian reason
    /// never cites a decision by its English code. Text that is not a citation stays as it is.
    public static func localised(_ citation: String, _ language: Language) -> String {
        guard language != .en, citation.hasPrefix("#"), let open = citation.range(of: " (") else { return citation }
        let rest = citation[open.upperBound...]
        let code = rest.prefix { $0.isLetter }
        guard let kind = Kind(rawValue: String(code)) else { return citation }
        return String(citation[..<open.upperBound]) + kind.phrase(language) + String(rest.dropFirst(code.count))
    }

    package init(id: Int64, kind: Kind, appA: String, appB: String?, platform: String?, reason: String?, decidedBy: String?, decidedAt: String) {
        self.id = id
        self.kind = kind
        self.appA = appA
        self.appB = appB
        self.platform = platform
        self.reason = reason
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}
