/// The plan's money, as a ministry of finance reads it: what the planned apps cost now,
/// what moving them costs once, what stops being paid each year, and the net over `years`
/// with a low and a high case. Apps with unknown running cost get no estimate at all: they
/// are counted, never valued at zero.
///
/// Per app (rupiah, yearly cost `c` from the inventory):
/// - migrate: one-off = platform onboarding + rate × c × scale; saving = (1 − residual) × c −
///   the platform's yearly cost per app, where the residual share (30% by default) is the
///   capacity, licences and support the platform needs for the users that move in; a saving of
///   zero or less never pays back, so only a platform the law obliges agencies to use, or a
///   planner's assign decision, moves such an app (``PlanShortfall``);
/// - migrate an app still in development: its build stops, so one-off = platform onboarding
///   only (its users get accounts; no data or running service moves); saving as for migrate;
/// - retire a duplicate: one-off = platform onboarding (its users get accounts on the
///   platform); saving as for migrate;
/// - retire an inactive app: one-off 0; saving 0: no running service stops, so nothing is
///   counted; the cost the register records for it is totalled apart (``inactiveRecordedCost``),
///   saved only where an agency confirms it is still paid (``InactiveApp``);
/// - platform (module lead): one-off = 2 × rate × c × scale (hardening an app to serve many
///   agencies); saving 0, it keeps running;
/// - retain: nothing.
///
/// scale = 1 + 0.25 per integration (at most 4) + 0.25 over 1,000 users or 0.5 over 10,000.
///
/// An app saves only once its wave has ended: over a horizon of `years` from the plan's first
/// quarter, an app of wave w saves for `years` − w × (wave length) of them (none when its wave
/// ends after the horizon). The net is what the horizon saves minus every one-off cost, and
/// may be negative. Low case: savings 30% smaller and one-off costs 50% larger; high case:
/// savings as planned and one-off costs 20% smaller.
///
/// Every total says what it rests on: ``weakSaving`` and ``weakNet`` are the part of the
/// saving and of the net that comes from apps whose match is weak (``SavingBasis/weakMatch``),
/// still to verify by hand, so a summary reads "Rp X a year, of which Rp Y depends on weak
/// matches still to verify".
public struct PlanMoney: Sendable, Equatable {
    /// Yearly running cost of the apps the plan moves (known costs only; inactive apps aside).
    public var annualCostPlanned: Double = 0
    public var oneOffCost: Double = 0
    /// Saved each year once every planned app has moved.
    public var annualSaving: Double = 0
    /// Saved within the horizon, each app from the end of its wave.
    public var horizonSaving: Double = 0
    public var years: Int = 5
    /// Apps the plan moves (platform, migrate, retire).
    public var plannedApps: Int = 0
    /// Planned apps with unknown running cost: no saving or one-off cost is claimed for them
    /// (inactive apps aside, which save nothing whatever their cost).
    public var unknownCostApps: Int = 0
    /// Moving apps whose match is weak, and the part of ``annualSaving`` and ``netSaving``
    /// they account for (known costs only).
    public var weakApps: Int = 0
    public var weakSaving: Double = 0
    public var weakNet: Double = 0
    /// Builds of apps still in development that stop (``MigrationWave/stopsBuild(_:app:)``), and
    /// the part of ``annualSaving`` and ``netSaving`` they account for (known costs only): the
    /// yearly cost the register records for apps not running yet, which a minister must see apart
    /// from the running costs moves stop.
    public var stoppedApps: Int = 0
    /// The yearly cost the register records for them (part of ``annualCostPlanned``).
    public var stoppedCost: Double = 0
    public var stoppedSaving: Double = 0
    public var stoppedNet: Double = 0
    /// Of ``stoppedApps``, those listing more than ``InactiveApp/usersToVerify`` users: the
    /// register says they are in development, yet that many users say they likely run already,
    /// and then their move is a migration, not a stop (its one-off cost more than onboarding).
    public var stoppedToVerify: Int = 0
    /// Inactive or retired apps the plan switches off: no saving is counted for them.
    public var inactiveApps: Int = 0
    /// The yearly cost the register records for them: saved only where still paid, never in the totals.
    public var inactiveRecordedCost: Double = 0
    /// Inactive apps that list more than ``InactiveApp/usersToVerify`` users: their status needs checking.
    public var inactiveToVerify: Int = 0
    /// Inactive or retired apps the plan leaves as they are (no platform of it takes them):
    /// their agencies can switch them off without it, and a summary must not leave them unsaid.
    public var inactiveKept: Int = 0
    /// The yearly cost the register records for them (saved only if their agencies switch them off and still pay it).
    public var inactiveKeptCost: Double = 0
    /// Migrating or retired apps whose one-off cost exceeds what they save within the horizon.
    public var losingApps: Int = 0
    /// Their net over the horizon (negative).
    public var losingNet: Double = 0
    /// Of ``losingApps``, those that lose only because their wave comes late
    /// (``PlanShortfall/lateInQueue(wave:earliest:paybackYears:)``): more onboarding capacity
    /// turns them into savings. The rest never pay back within the horizon.
    public var lateQueueApps: Int = 0
    /// Of the others, those whose move adds to the yearly bill: each moves only because the law
    /// obliges agencies to use its platform or a planner assigned it...
    public var noYearlySavingApps: Int = 0
    /// ...and of them, those a planner's decision moved (no law obliges their platform).
    public var noYearlySavingAssignedApps: Int = 0

    /// The low case's assumptions: savings this share of the plan's, one-off costs this
    /// multiple of them. Summaries and the report say them beside the range ("the low case
    /// assumes savings 30% smaller and one-off costs 50% larger"), so a reader knows what the
    /// lower figure means.
    public static let lowSavingShare = 0.7
    public static let lowOneOffFactor = 1.5
    /// The high case: savings as planned, one-off costs this multiple of the plan's.
    public static let highOneOffFactor = 0.8

    public var netSaving: Double { horizonSaving - oneOffCost }
    /// No app that moves has a known running cost: every total would be Rp 0, which reads as
    /// "free", so summaries say the money cannot be estimated instead of showing zeros.
    public var costsUnknown: Bool {
        Self.costsUnknown(plannedApps: plannedApps, inactiveApps: inactiveApps, unknownCostApps: unknownCostApps)
    }

    /// ``costsUnknown`` from the counts a stored plan keeps (the report reads them back).
    public static func costsUnknown(plannedApps: Int, inactiveApps: Int, unknownCostApps: Int) -> Bool {
        plannedApps > inactiveApps && unknownCostApps >= plannedApps - inactiveApps
    }
    public var netSavingLow: Double { horizonSaving * Self.lowSavingShare - oneOffCost * Self.lowOneOffFactor }
    public var netSavingHigh: Double { horizonSaving - oneOffCost * Self.highOneOffFactor }

    /// What apps lose together over the horizon, from their ``PlanItem/netSaving``s: the loss
    /// (positive) when their `net` is below zero, nil when it is not or when `known` of the
    /// `count` apps leave some net unknown, since a partial sum proves no loss. One rule for a
    /// decision's effect and a platform's report card.
    public static func netLoss(net: Double, known: Int, of count: Int) -> Double? {
        count > 0 && known == count && net < 0 ? -net : nil
    }

    /// The net loss of `items` over the horizon (their net savings summed), nil when they save
    /// or any of them has no known cost: the one rule a platform's card, the summary and a
    /// decision's effect tell a loss by.
    public static func netLoss(of items: [PlanItem]) -> Double? {
        let nets = items.compactMap(\.netSaving)
        return netLoss(net: nets.reduce(0, +), known: nets.count, of: items.count)
    }

    /// "a net loss of Rp 298 million over the plan's 5 years", in `language`.
    public static func lossClause(_ loss: Double, years: Int, _ language: Language) -> String {
        language == .id ? "rugi bersih \(ReportFormat.money(loss, .id)) selama \(years) tahun rencana"
                        : "a net loss of \(ReportFormat.money(loss, .en)) over the plan's \(years) years"
    }

    /// A factor as the whole percentage it changes a figure by: 0.7 → 30, 1.5 → 50.
    public static func percentChange(_ factor: Double) -> Int { Int((abs(1 - factor) * 100).rounded()) }

    public init() {}

    /// Years of the horizon an app of `wave` saves: from the end of its wave to the end of the horizon.
    public static func savingYears(wave: Int?, parameters: PlanParameters) -> Double {
        guard let wave else { return 0 }
        return Double(max(0, parameters.years * 4 - wave * parameters.waveQuarters)) / 4
    }

    static func scale(_ app: Application) -> Double {
        let users = app.users ?? 0
        return 1 + 0.25 * Double(min(app.integrations.count, 4)) + (users > 10_000 ? 0.5 : users > 1_000 ? 0.25 : 0)
    }

    /// One-off cost and yearly saving of one item, nil when the app's running cost is unknown.
    static func estimate(_ action: PlanAction, app: Application, platform: CataloguePlatform?, parameters: PlanParameters) -> (oneOff: Double?, saving: Double?) {
        guard action != .retain, let platform else { return (nil, nil) }
        if action == .retire, InactiveApp(app) != nil { return (0, 0) }
        guard let cost = app.annualCost, cost.isFinite else { return (nil, nil) }
        let rate = parameters.migrationCostRate
        let saving = (1 - parameters.residualCostShare) * cost - platform.runningCostPerApp
        switch action {
        // An app still in development has no data or service to move: its users get accounts.
        case .migrate where MigrationWave.stopsBuild(action, app: app): return (platform.onboardingCost, saving)
        case .migrate: return (platform.onboardingCost + rate * cost * scale(app), saving)
        case .retire: return (platform.onboardingCost, saving)
        case .platform: return (2 * rate * cost * scale(app), 0)
        case .retain: return (nil, nil)
        }
    }

    /// Adds one planned item.
    mutating func add(_ item: PlanItem, app: Application) {
        guard item.action != .retain else {
            if let inactive = InactiveApp(app) {
                inactiveKept += 1
                inactiveKeptCost += inactive.recordedCost ?? 0
            }
            return
        }
        plannedApps += 1
        if item.savingBasis == .inactive {
            inactiveApps += 1
            if let inactive = InactiveApp(app) {
                inactiveRecordedCost += inactive.recordedCost ?? 0
                if inactive.statusToVerify { inactiveToVerify += 1 }
            }
            return
        }
        let weak = item.savingBasis == .weakMatch
        if weak { weakApps += 1 }
        guard let oneOff = item.oneOffCost, let saving = item.annualSaving, let cost = app.annualCost else {
            unknownCostApps += 1
            return
        }
        annualCostPlanned += cost
        oneOffCost += oneOff
        annualSaving += saving
        let net = item.netSaving ?? 0
        horizonSaving += net + oneOff
        if weak {
            weakSaving += saving
            weakNet += net
        }
        if MigrationWave.stopsBuild(item.action, app: app) {
            stoppedApps += 1
            stoppedCost += cost
            stoppedSaving += saving
            stoppedNet += net
            if (app.users ?? 0) > InactiveApp.usersToVerify { stoppedToVerify += 1 }
        }
        if let shortfall = item.shortfall {
            losingApps += 1
            losingNet += net
            switch shortfall {
            case .lateInQueue: lateQueueApps += 1
            case let .noYearlySaving(_, obligedBy):
                noYearlySavingApps += 1
                if obligedBy == nil { noYearlySavingAssignedApps += 1 }
            case .slowPayback: break
            }
        }
    }
}
