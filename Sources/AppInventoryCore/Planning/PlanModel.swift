/// What happens to one application in a consolidation plan.
public enum PlanAction: String, Sendable, CaseIterable, Codable {
    /// Leads a module of a shared platform: the platform is built on it and others move in.
    case platform
    /// Moves its users, data and unique features into the platform, then is switched off.
    case migrate
    /// Switched off: already inactive, or a duplicate with nothing the platform lacks.
    case retire
    /// Stays as it is: no platform of the plan covers its function, or a planner said so.
    case retain
}

/// One function of a planned platform and the app that carries it in (shared platforms only).
public struct PlannedModule: Sendable, Equatable {
    /// Index into ``PlatformCatalogue/functions``.
    public var function: Int
    /// App index of the module's lead; nil on a national platform.
    public var lead: Int?
    public var members: [Int]
}

/// One platform of the plan: a catalogue platform with the apps that move into it.
public struct PlannedPlatform: Sendable, Equatable {
    /// 1-based, in plan order (national platforms first, then by apps covered).
    public var number: Int
    /// Index into ``PlatformCatalogue/platforms``.
    public var catalogueIndex: Int
    public var modules: [PlannedModule]
    /// Every app planned into it, in app order.
    public var members: [Int]
}

/// The plan for one application: exactly one action, with its evidence and money.
public struct PlanItem: Sendable, Equatable {
    public var app: Int
    public var action: PlanAction
    /// Platform number for platform, migrate and retire.
    public var platform: Int?
    /// The function the app does, as a catalogue function index (nil when it matches none).
    public var function: Int?
    /// The module lead it moves into (shared platforms).
    public var lead: Int?
    /// 1 (first), 2, …: as many waves as the platform's onboarding capacity needs; nil for retain.
    public var wave: Int?
    /// 0-1: how sure the plan is that the app does this platform's job; the score its reason quotes.
    public var confidence: Double
    /// The rule and the evidence; ``PlanReason/text(_:weakBelow:)`` renders it in Indonesian or English.
    public var reason: PlanReason
    /// One-off migration cost in rupiah; nil when unknown (the app's running cost is unknown).
    public var oneOffCost: Double?
    /// Running cost no longer paid each year once moved; nil when unknown.
    public var annualSaving: Double?
    /// What it saves from the end of its wave to the end of the plan's horizon, minus its
    /// one-off cost; negative when moving it costs more than it saves in time. Nil when unknown.
    public var netSaving: Double?
    /// Id of the planner decision that shaped this item.
    public var decision: Int64?
    /// What its saving rests on; nil for a retained app.
    public var savingBasis: SavingBasis? = nil
    /// Why its move costs more than it saves over the horizon; nil when it saves or does not move.
    public var shortfall: PlanShortfall? = nil
}

/// What a planner decision did in this plan: every decision is reported, none ignored silently.
public struct DecisionEffect: Sendable, Equatable {
    public var decision: Int64
    public var applied: Bool
    /// "applied: …" or "overridden because …", in words.
    public var effect: String
    /// The same in Indonesian: "diterapkan: …" or "tidak berlaku karena …".
    public var effectID: String
}

/// A catalogue platform that is not in the plan and what it would add.
public struct PlatformCandidate: Sendable, Equatable {
    public var catalogueIndex: Int
    public var apps: Int

    /// How many of the next platforms a summary and the report name, most apps first: one
    /// number for both, so the plan's "3 more platforms would take …" and the report's list
    /// of platforms that could be added next never disagree.
    public static let shown = 3
}

/// A function some overlapping apps do that no catalogue platform covers.
public struct UncoveredFunction: Sendable, Equatable {
    /// Characteristic words of the group, as written in the inventory.
    public var words: [String]
    public var apps: Int
    /// The largest such group's example app.
    public var example: Int
    /// The group as `check` and decision effects name it (its representative, words and number).
    public var group: OverlapGroupName
}

/// One dated migration wave. Its apps are of three kinds (``WaveRole``), always stated apart:
/// only moves take the platforms' onboarding places.
public struct PlannedWave: Sendable, Equatable {
    public var number: Int
    public var start: Quarter
    public var end: Quarter
    /// Every app of the wave: ``moves`` + ``switchOffs`` + ``leads``.
    public var apps: Int
    /// Apps that move into a platform, each taking an onboarding place.
    public var moves: Int
    /// Of the moves, those whose match is weak and still waits for a check by hand.
    public var movesToCheck: Int
    /// Of the moves, apps still in development whose builds stop: they take no onboarding place.
    public var stops: Int
    /// Inactive apps switched off.
    public var switchOffs: Int
    /// Module leads a shared platform is built on.
    public var leads: Int
    /// Users of the moves, brought onto their platforms: a lead's users stay where they are, and
    /// an inactive app or a build that stops (nothing runs yet) has none to bring over.
    public var users: Int
    public var oneOffCost: Double
}

/// A platform whose onboarding queue runs into the waves that end at or after the end of the
/// horizon (``MergePlan/wavesAfterHorizon``), so the apps it takes in then save nothing within
/// it: the advice names the queue and what would shorten it.
public struct LateQueue: Sendable, Equatable {
    /// Number of the platform in the plan.
    public var platform: Int
    /// Its apps moving in those late waves.
    public var lateApps: Int
    /// Moves its queue holds in all (leads and inactive apps do not count).
    public var moves: Int
    /// The fewest moves a wave (``PlanParameters/waveCapacity``) with which its queue ends
    /// before those waves; nil when no capacity does, as some move may not start earlier.
    public var capacity: Int?
}

/// A consolidation plan: the chosen platforms of the target architecture and one action per app.
public struct MergePlan: Sendable {
    public var parameters: PlanParameters
    public var catalogue: PlatformCatalogue
    public var platforms: [PlannedPlatform]
    /// One per analysed app, in app order.
    public var items: [PlanItem]
    public var waves: [PlannedWave]
    /// Catalogue platforms left out, most apps first: what a larger target would add.
    public var candidates: [PlatformCandidate]
    /// Shared platforms left out although the target had places free, because only one app
    /// does their job: a platform built on one app brings nothing together.
    public var tooSmall: [PlatformCandidate]
    public var uncovered: [UncoveredFunction]
    public var decisionEffects: [DecisionEffect]
    public var money: PlanMoney
    /// The platforms whose queues fill the waves after the horizon, most late apps first.
    public var lateQueues: [LateQueue] = []

    public func count(_ action: PlanAction) -> Int { items.reduce(0) { $0 + ($1.action == action ? 1 : 0) } }

    /// Apps that are a national platform itself, in use (``PlanReason/systemInUse(platform:kind:)``):
    /// retained with nothing to move, so summaries count them apart from the apps that stay
    /// for want of a platform.
    public var systemsInUse: [Int] {
        items.filter { if case .systemInUse = $0.reason { true } else { false } }.map(\.app)
    }

    public func platform(_ number: Int) -> PlannedPlatform? { platforms.first { $0.number == number } }

    /// Platforms whose apps together cost more than they save over the horizon, module leads'
    /// one-off cost included (``PlanMoney/netLoss(of:)``, the rule of a platform's
    /// report card), with that loss, in plan order. A platform the law obliges, one a planner
    /// assigned apps to, or one kept while no other waited for its place can lose money, and
    /// the summary counts it among the losses beside the apps that cost more to move than they save.
    public var losingPlatforms: [(number: Int, loss: Double)] {
        platforms.compactMap { platform in
            PlanMoney.netLoss(of: platform.members.map { items[$0] }.filter { $0.action != .retain }).map { (platform.number, $0) }
        }
    }

    /// Waves that end in the horizon's last quarter or after it: an app saves from the end of
    /// its wave, so theirs save nothing within the horizon, and a summary says how many apps
    /// they move.
    public var wavesAfterHorizon: [PlannedWave] { waves.filter { $0.end >= parameters.horizonEnd } }

    /// Checks the plan's promises: one action per app, every migrate/retire points at an
    /// existing platform, leads are members of their modules.
    public func invariantViolations(appCount: Int) -> [String] {
        var problems: [String] = []
        if items.count != appCount || Set(items.map(\.app)).count != appCount { problems.append("not exactly one action per app") }
        let numbers = Set(platforms.map(\.number))
        for item in items where item.action != .retain {
            if item.platform.map(numbers.contains) != true { problems.append("app \(item.app) points at a missing platform") }
        }
        for item in items where item.action == .retain && item.platform != nil { problems.append("retained app \(item.app) points at a platform") }
        for platform in platforms {
            for module in platform.modules {
                if let lead = module.lead, !module.members.contains(lead) { problems.append("platform \(platform.number) lead is not a member") }
            }
        }
        return problems
    }
}

/// Settings of the planner.
public struct PlanParameters: Sendable, Equatable, Codable {
    /// Platforms in the plan. The national systems the law obliges agencies to use are in it
    /// whenever apps do their job, even beyond the target; optional platforms fill the places left.
    public var target = 12
    /// First quarter of wave 1.
    public var start = Quarter.next(after: Quarter.current())
    /// Quarters each wave lasts.
    public var waveQuarters = 2
    /// Apps each platform onboards in one wave; the rest move in later waves. 250 a six-month
    /// wave is about two apps a working day, each with its data, accounts and training: what a
    /// platform team with a few onboarding squads delivers (docs/plan.md, *Dated waves*).
    public var waveCapacity = 250
    /// Years from the first quarter of wave 1 over which the net saving is summed; each app
    /// saves from the end of its wave.
    public var years = 5
    /// One-off migration cost as a share of the app's yearly running cost (before scaling for
    /// users and integrations).
    public var migrationCostRate = 0.5
    /// Share of a moved app's running cost the receiving platform still spends on its users
    /// (capacity, licences, support); the rest is saved.
    public var residualCostShare = 0.3
    /// A group does a catalogue function when its apps' words name it at least this much on average.
    public var groupThreshold = 0.25
    /// An app without look-alikes joins a platform only when its own words name the function this much.
    public var loneThreshold = 0.40
    /// Below this confidence a reason says "weak match: check by hand".
    public var weakBelow = 0.35

    public init() {}

    /// Last quarter of the horizon: `years` from ``start``.
    public var horizonEnd: Quarter { start.adding(years * 4 - 1) }
}

extension PlanParameters {
    /// Reads stored parameters; a setting a plan predates takes its default, so older plans
    /// keep their other settings.
    public init(from decoder: Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func read<Value: Decodable>(_ key: CodingKeys, _ value: inout Value) throws {
            if let stored = try container.decodeIfPresent(Value.self, forKey: key) { value = stored }
        }
        try read(.target, &target)
        try read(.start, &start)
        try read(.waveQuarters, &waveQuarters)
        try read(.waveCapacity, &waveCapacity)
        try read(.years, &years)
        try read(.migrationCostRate, &migrationCostRate)
        try read(.residualCostShare, &residualCostShare)
        try read(.groupThreshold, &groupThreshold)
        try read(.loneThreshold, &loneThreshold)
        try read(.weakBelow, &weakBelow)
    }
}
