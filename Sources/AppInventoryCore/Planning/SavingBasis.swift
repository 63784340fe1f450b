/// What an app's saving in the plan rests on, so every total can say how much of it the plan
/// stands behind and how much still needs a check before a minister signs it.
public enum SavingBasis: String, Sendable, CaseIterable, Codable {
    /// A match at or above the weak threshold, or a planner decision: counted in the totals.
    case confirmed
    /// A match below ``PlanParameters/weakBelow``: its reason says "check by hand", and its
    /// saving is shown apart ("of which Rp Y depends on weak matches still to verify").
    case weakMatch = "weak-match"
    /// Already inactive or retired: switching it off stops no running service, so no saving is
    /// counted; the cost the register records for it is listed apart (``InactiveApp``).
    case inactive

    /// The basis of an item: inactive when an inactive app is switched off, weak when its
    /// reason says the match is weak, else confirmed; nil for a retained app (nothing moves).
    static func of(_ action: PlanAction, app: Application, reason: PlanReason, weakBelow: Double) -> SavingBasis? {
        switch action {
        case .retain: nil
        case .retire where InactiveApp(app) != nil: .inactive
        default: reason.isWeak(weakBelow: weakBelow) ? .weakMatch : .confirmed
        }
    }
}
