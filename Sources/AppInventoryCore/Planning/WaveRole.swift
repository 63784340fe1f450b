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
    public static func of(_ item: PlanItem) -> WaveRole? { of(item.action, item.savingBasis) }

    /// The rule itself, on what a plan stores of an item: its action and saving basis. The
    /// planner applies it to items; ``PlanWaveCounts`` turns it into SQL over stored items.
    public static func of(_ action: PlanAction, _ basis: SavingBasis?) -> WaveRole? {
        switch action {
        case .retain: nil
        case .platform: .lead
        case .migrate, .retire: basis == .inactive ? .switchOff : .move
        }
    }

    /// A move whose saving rests on a weak match: counted apart, as a move to check by hand first.
    public static func isMoveToCheck(_ action: PlanAction, _ basis: SavingBasis?) -> Bool {
        of(action, basis) == .move && basis == .weakMatch
    }
}
