/// Active planner decisions translated to app indices, for the engine and the planner.
public struct DecisionIndex: Sendable {
    public var separated: [(Int, Int)] = []
    public var merged: [(Int, Int)] = []
    public var planner = MergePlanner.Decisions()

    public init(_ decisions: [PlannerDecision], apps: [StoredApplication]) {
        let index = Dictionary(uniqueKeysWithValues: apps.enumerated().map { ($1.application.externalID, $0) })
        for decision in decisions {
            guard let a = index[decision.appA] else { continue }
            let b = decision.appB.flatMap { index[$0] }
            switch decision.kind {
            case .keep: planner.keep[a] = decision.citation
            case .retain: planner.retain[a] = decision.citation
            case .separate: if let b { separated.append((a, b)) }
            case .merge: if let b { merged.append((a, b)) }
            }
        }
    }
}
