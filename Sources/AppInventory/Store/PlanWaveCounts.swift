/// The counts of a wave by role (``WaveRole``) as SQL over `plan_items`, for the one figure
/// the plan does not store: a province's or an agency's part of each wave, in a report of that
/// scope. Every whole-plan output reads the counts the planner stored in `plan_waves`.
public enum PlanWaveCounts {
    /// Aggregate columns over plan items aliased `alias`: `moves`, `moves_to_check`,
    /// `switch_offs`, `leads`, in that order.
    public static func columns(_ alias: String = "i") -> String {
        let inactive = "coalesce(\(alias).saving_basis, '') = '\(SavingBasis.inactive.rawValue)'"
        let move = "\(alias).action IN ('\(PlanAction.migrate.rawValue)', '\(PlanAction.retire.rawValue)') AND NOT \(inactive)"
        return """
            coalesce(sum(\(move)), 0) AS moves,
            coalesce(sum(\(move) AND \(alias).saving_basis = '\(SavingBasis.weakMatch.rawValue)'), 0) AS moves_to_check,
            coalesce(sum(\(alias).action IN ('\(PlanAction.migrate.rawValue)', '\(PlanAction.retire.rawValue)') AND \(inactive)), 0) AS switch_offs,
            coalesce(sum(\(alias).action = '\(PlanAction.platform.rawValue)'), 0) AS leads
            """
    }
}
