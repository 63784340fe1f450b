/// A platform every agency must or may use, such as SRIKANDI or SP4N-LAPOR!.
public struct NationalPlatform: Sendable, Equatable {
    public var name: String
    public var acronym: String?
    public var owner: String?
    /// Mandatory for its function (Perpres 95/2018 general applications): a local look-alike
    /// always migrates into it, whatever the target count.
    public var mandatory: Bool
    public var functions: [String]
    public var description: String?

    public init(name: String, acronym: String? = nil, owner: String? = nil, mandatory: Bool, functions: [String], description: String? = nil) {
        self.name = name
        self.acronym = acronym
        self.owner = owner
        self.mandatory = mandatory
        self.functions = functions
        self.description = description
    }

    /// The platform as an application, so the overlap engine can compare it with apps.
    var asApplication: Application {
        Application(externalID: "national:\(name)", name: name, acronym: acronym, agency: owner,
                    description: ([description] + [functions.joined(separator: ", ")]).compactMap { $0 }.joined(separator: ". "),
                    features: functions)
    }
}

/// What happens to one application in a merge plan.
public enum PlanAction: String, Sendable, CaseIterable, Codable {
    /// The survivor: the platform others move into.
    case platform
    /// Moves its users and unique features into the platform.
    case migrate
    /// A duplicate with nothing the platform lacks: switched off.
    case retire
    /// Stays as it is: unique, too different from every platform, or pinned by a planner.
    case retain
}

/// One target platform of a plan.
public struct PlannedPlatform: Sendable, Equatable {
    /// 1-based.
    public var number: Int
    public var name: String
    /// The national platform this is, when it is one.
    public var national: String?
    /// Index of the surviving app; nil for a national platform.
    public var survivor: Int?
    /// Indices of every app planned into it (survivor included).
    public var members: [Int]
    public var users: Int
    public var costBefore: Double
    public var costAfter: Double
    public var saving: Double { costBefore - costAfter }
    /// Characteristic terms of the functions it covers.
    public var functions: [String]
}

/// The plan for one application: exactly one action.
public struct PlanItem: Sendable, Equatable {
    public var app: Int
    public var action: PlanAction
    /// Platform number for platform, migrate and retire.
    public var platform: Int?
    /// 1 (quick win), 2 or 3 for migrate and retire.
    public var wave: Int?
    /// 0-1: how sure the plan is of this action.
    public var confidence: Double
    /// One line naming the evidence.
    public var reason: String
}

/// A consolidation plan: target platforms and one action per app.
public struct MergePlan: Sendable {
    public var target: Int
    public var platforms: [PlannedPlatform]
    /// One per analysed app, in app order.
    public var items: [PlanItem]

    public var costBefore: Double { platforms.reduce(0) { $0 + $1.costBefore } }
    public var costAfter: Double { platforms.reduce(0) { $0 + $1.costAfter } }
    public func count(_ action: PlanAction) -> Int { items.filter { $0.action == action }.count }

    /// Checks the plan's promises: one action per app, every migrate/retire points at an
    /// existing platform, survivors are members of their platform.
    public func invariantViolations(appCount: Int) -> [String] {
        var problems: [String] = []
        if items.count != appCount || Set(items.map(\.app)).count != appCount { problems.append("not exactly one action per app") }
        let numbers = Set(platforms.map(\.number))
        for item in items where item.action != .retain {
            if item.platform.map(numbers.contains) != true { problems.append("app \(item.app) points at a missing platform") }
        }
        for platform in platforms {
            if let survivor = platform.survivor, !platform.members.contains(survivor) { problems.append("platform \(platform.number) survivor is not a member") }
        }
        return problems
    }
}

/// Settings of the planner.
public struct PlanParameters: Sendable, Equatable, Codable {
    /// At most this many platforms; mandatory national platforms with look-alikes are kept even beyond it.
    public var target = 12
    /// An app at least this similar to a national platform matches it; a group maps to the
    /// platform most of its apps match (a lone app needs 0.15 more).
    public var nationalThreshold = 0.30
    /// Apps that fit their platform's look-alikes less than this stay `retain`.
    public var minScore = 0.25
    public init() {}
}
