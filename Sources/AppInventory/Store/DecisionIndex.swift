/// Active planner decisions translated to app indices, for the engine and the planner.
public struct DecisionIndex: Sendable {
    /// Pairs the engine must not link (`separate`), unless a later `merge` says otherwise.
    public var separated: [(Int, Int)] = []
    /// Pairs the engine must link (`merge`), unless a later `separate` says otherwise.
    public var merged: [(Int, Int)] = []
    /// Every decision, resolved, for the planner.
    public var resolved: [ResolvedDecision] = []

    public init(_ decisions: [PlannerDecision], apps: [StoredApplication]) {
        self.init(decisions, externalIDs: apps.map(\.application.externalID))
    }

    /// The decisions on the apps whose external ids are `externalIDs`, by position.
    init(_ decisions: [PlannerDecision], externalIDs: [String]) {
        let index = Dictionary(externalIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        resolved = decisions.map { decision in
            ResolvedDecision(id: decision.id, kind: decision.kind, app: index[decision.appA], other: decision.appB.flatMap { index[$0] },
                             platform: decision.platform, citation: decision.citation)
        }
        // On one pair, the latest of merge and separate wins.
        let overridden = DecisionEffects.laterContradictions(resolved)
        for decision in resolved where decision.kind.changesAnalysis && overridden[decision.id] == nil {
            guard let a = decision.app, let b = decision.other else { continue }
            if decision.kind == .separate { separated.append((a, b)) } else { merged.append((a, b)) }
        }
    }
}
