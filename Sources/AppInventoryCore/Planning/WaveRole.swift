/// What an app does in its wave, so a wave is never stated as one count of "apps": a planner
/// reads "2,849 moves, 1,761 switch-offs" where "4,610 apps" would hide that most of a busy
/// first wave is inactive apps switched off, which take no onboarding place.
public enum WaveRole: String, Sendable, CaseIterable {
    /// Moves into its platform (migrate, or a duplicate whose users go over): takes one of the
    /// platform's onboarding places of the wave (``PlanParameters/waveCapacity``).
    case move
    /// Already inactive, switched off by its agency in wave 1: no users to bring over, no place taken.
    case switchOff = "switch-off"
    /// Leads a module of a shared platform: the platform is built on it in wave 1.
    case lead

    /// The role of a planned item; nil for a retained app, which has no wave.
    public static func of(_ item: PlanItem) -> WaveRole? {
        switch item.action {
        case .retain: nil
        case .platform: .lead
        case .migrate, .retire: item.savingBasis == .inactive ? .switchOff : .move
        }
    }
}
