import Foundation

/// Which app of a module should lead it (carry the function into a shared platform), by an
/// explainable score in [0, 1]:
///
/// | part | weight | how |
/// |---|---|---|
/// | users | 0.25 | log(users) relative to the module's largest user base: proven capacity |
/// | level | 0.20 | central 1, province 0.75, regency or city 0.5, unknown 0.4 |
/// | fit | 0.20 | how clearly its own words name the module's function |
/// | status | 0.15 | active 1, development or unknown 0.5, inactive 0.2, retired 0 |
/// | features | 0.10 | share of the module's distinct features the app already has |
/// | integrations | 0.10 | number of integrations, 3 or more counts 1 |
///
/// Level weighs as much as fit, so of two apps doing the job equally well the central or
/// provincial one leads and kabupaten apps move into it, not the other way round.
/// Ties go to the lower app index (earlier in the inventory).
///
/// A platform is built on an app that runs: while a module has an app the register calls active
/// (or gives no status), no app still in development, inactive or retired leads it, however
/// many users it lists (a build the plan stops elsewhere must not become the platform).
public enum SurvivorScore {
    /// What a member is compared with: the module's largest user base and all its features.
    struct Context {
        var maxUsers: Int
        var features: Set<String>

        init(_ members: [Int], apps: [Application]) {
            maxUsers = members.compactMap { apps[$0].users }.max() ?? 0
            features = Set(members.flatMap { apps[$0].features.map(FeatureName.key) })
        }
    }

    /// The best lead among `members`; `fit` gives each app's own score for the function.
    public static func best(_ members: [Int], apps: [Application], fit: (Int) -> Double) -> Int {
        let context = Context(members, apps: apps)
        let running = members.filter { apps[$0].status == .active || apps[$0].status == nil }
        return (running.isEmpty ? members : running).max { a, b in
            let (x, y) = (score(a, context: context, apps: apps, fit: fit(a)), score(b, context: context, apps: apps, fit: fit(b)))
            return x != y ? x < y : a > b
        }!
    }

    public static func score(_ app: Int, among members: [Int], apps: [Application], fit: Double) -> Double {
        score(app, context: Context(members, apps: apps), apps: apps, fit: fit)
    }

    static func score(_ app: Int, context: Context, apps: [Application], fit: Double) -> Double {
        let candidate = apps[app]
        let users = context.maxUsers > 0 ? log1p(Double(max(0, candidate.users ?? 0))) / log1p(Double(context.maxUsers)) : 0
        let coverage = context.features.isEmpty ? 0 : Double(Set(candidate.features.map(FeatureName.key)).count) / Double(context.features.count)
        let status: Double = switch candidate.status {
        case .active: 1
        case .development, nil: 0.5
        case .inactive: 0.2
        case .retired: 0
        }
        let integrations = min(1, Double(candidate.integrations.count) / 3)
        return 0.25 * users + 0.20 * levelScore(candidate.level) + 0.20 * min(1, fit) + 0.15 * status + 0.10 * coverage + 0.10 * integrations
    }

    static func levelScore(_ level: GovernmentLevel?) -> Double {
        switch level {
        case .central: 1
        case .province: 0.75
        case .regency, .city: 0.5
        case nil: 0.4
        }
    }
}

/// Feature names compared as planners read them: case, spacing and punctuation ignored.
enum FeatureName {
    static func key(_ feature: String) -> String { Tokenizer.words(feature).joined(separator: " ") }
}
