import Foundation

/// Which member of a platform should survive, by an explainable score in [0, 1]:
///
/// | part | weight | how |
/// |---|---|---|
/// | users | 0.30 | log(users) relative to the largest member |
/// | feature coverage | 0.25 | share of the platform's distinct features the app has |
/// | status | 0.15 | active 1, development 0.5, inactive 0.2, retired 0, unknown 0.5 |
/// | level | 0.10 | central 1, province 0.75, regency or city 0.5 |
/// | integrations | 0.10 | number of integrations, 3 or more = 1 |
/// | cost per user | 0.10 | 1 for the cheapest per user in the platform, 0 for the dearest |
///
/// Ties go to the lower app index (earlier in the inventory).
public enum SurvivorScore {
    /// What a member is compared with: the platform's largest user base, all its features,
    /// and its range of cost per user. Computed once per platform.
    struct Context {
        var maxUsers: Int
        var features: Set<String>
        var costPerUser: ClosedRange<Double>?

        init(_ members: [Int], apps: [Application]) {
            maxUsers = members.compactMap { apps[$0].users }.max() ?? 0
            features = Set(members.flatMap { apps[$0].features.map { $0.lowercased() } })
            let perUser = members.compactMap { SurvivorScore.costPerUser(apps[$0]) }
            costPerUser = perUser.min().map { $0...(perUser.max()!) }
        }
    }

    public static func best(_ members: [Int], apps: [Application]) -> Int {
        let context = Context(members, apps: apps)
        return members.max { a, b in
            let (x, y) = (score(a, context: context, apps: apps), score(b, context: context, apps: apps))
            return x != y ? x < y : a > b
        }!
    }

    public static func score(_ app: Int, among members: [Int], apps: [Application]) -> Double {
        score(app, context: Context(members, apps: apps), apps: apps)
    }

    static func costPerUser(_ app: Application) -> Double? {
        guard let cost = app.annualCost, let users = app.users, users > 0 else { return nil }
        return cost / Double(users)
    }

    static func score(_ app: Int, context: Context, apps: [Application]) -> Double {
        let candidate = apps[app]
        let users = context.maxUsers > 0 ? log1p(Double(candidate.users ?? 0)) / log1p(Double(context.maxUsers)) : 0
        let coverage = context.features.isEmpty ? 0 : Double(Set(candidate.features.map { $0.lowercased() }).count) / Double(context.features.count)
        let status: Double = switch candidate.status {
        case .active: 1
        case .development, nil: 0.5
        case .inactive: 0.2
        case .retired: 0
        }
        let level: Double = switch candidate.level {
        case .central: 1
        case .province: 0.75
        case .regency, .city: 0.5
        case nil: 0.4
        }
        let integrations = min(1, Double(candidate.integrations.count) / 3)
        var costScore = 0.5
        if let own = costPerUser(candidate), let range = context.costPerUser, range.upperBound > range.lowerBound {
            costScore = 1 - (own - range.lowerBound) / (range.upperBound - range.lowerBound)
        }
        return 0.30 * users + 0.25 * coverage + 0.15 * status + 0.10 * level + 0.10 * integrations + 0.10 * costScore
    }
}
