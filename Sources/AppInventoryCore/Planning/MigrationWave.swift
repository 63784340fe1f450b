/// Orders migrations by risk, so the first wave holds the quick wins, and dates the waves.
///
/// Risk points: users over 10,000 (+2) or over 1,000 (+1); three or more integrations (+2)
/// or at least one (+1); confidence under 0.5 (+1); active (+1), while an inactive or retired
/// app (-1) is easy to switch off. Wave 1: at most 1 point; wave 2: 2 or 3 points; wave 3: 4
/// or more. National platforms run already, so their migrations follow risk alone; a shared
/// platform is first built on its module leads (wave 1), so apps move into it from wave 2.
public enum MigrationWave {
    public static func riskPoints(for app: Application, confidence: Double) -> Int {
        var points = 0
        if let users = app.users { points += users > 10_000 ? 2 : users > 1_000 ? 1 : 0 }
        points += app.integrations.count >= 3 ? 2 : app.integrations.isEmpty ? 0 : 1
        if confidence < 0.5 { points += 1 }
        switch app.status {
        case .active: points += 1
        case .inactive, .retired: points -= 1
        case .development, nil: break
        }
        return points
    }

    public static func wave(for app: Application, confidence: Double, kind: PlatformKind) -> Int {
        let points = riskPoints(for: app, confidence: confidence)
        let wave = points <= 1 ? 1 : points <= 3 ? 2 : 3
        return kind == .shared ? min(3, wave + 1) : wave
    }

    /// First and last quarter of wave `number` (1-based).
    public static func dates(of number: Int, parameters: PlanParameters) -> (start: Quarter, end: Quarter) {
        let start = parameters.start.adding((number - 1) * parameters.waveQuarters)
        return (start, start.adding(parameters.waveQuarters - 1))
    }
}
