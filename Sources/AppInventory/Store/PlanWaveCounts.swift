/// The counts of a wave by role (``WaveRole``) as SQL over `plan_items`, for the one figure
/// the plan does not store: a province's or an agency's part of each wave, in a report of that
/// scope. Every whole-plan output reads the counts the planner stored in `plan_waves`.
///
/// The SQL is generated from ``WaveRole/of(_:_:)`` over every action and saving basis, so the
/// planner's counts and these can never follow two rules.
public enum PlanWaveCounts {
    /// Aggregate columns over plan items aliased `alias`: `moves`, `moves_to_check`,
    /// `switch_offs`, `leads`, in that order.
    public static func columns(_ alias: String = "i") -> String {
        func count(_ name: String, _ rule: (PlanAction, SavingBasis?) -> Bool) -> String {
            "coalesce(sum(\(condition(alias, rule))), 0) AS \(name)"
        }
        return [count("moves") { WaveRole.of($0, $1) == .move }, count("moves_to_check", WaveRole.isMoveToCheck),
                count("switch_offs") { WaveRole.of($0, $1) == .switchOff }, count("leads") { WaveRole.of($0, $1) == .lead }]
            .joined(separator: ",\n")
    }

    /// A condition true for the items aliased `alias` that move (``WaveRole/move``): a wave's
    /// users are theirs, the users brought over.
    public static func moveCondition(_ alias: String = "i") -> String { condition(alias) { WaveRole.of($0, $1) == .move } }

    /// A condition true for the stored items (`action`, `saving_basis`) `rule` holds for; an
    /// empty saving basis is none.
    static func condition(_ alias: String, _ rule: (PlanAction, SavingBasis?) -> Bool) -> String {
        let bases: [SavingBasis?] = [nil] + SavingBasis.allCases
        let terms = PlanAction.allCases.compactMap { action -> String? in
            let held = bases.filter { rule(action, $0) }.map { "'\($0?.rawValue ?? "")'" }
            guard !held.isEmpty else { return nil }
            return "(\(alias).action = '\(action.rawValue)' AND coalesce(\(alias).saving_basis, '') IN (\(held.joined(separator: ", "))))"
        }
        return terms.isEmpty ? "0" : terms.joined(separator: " OR ")
    }
}
