/// Every word of the report for officials, one table per language, so the Indonesian report
/// holds no English and a translation is one file. Figures are passed in already formatted
/// (``ReportFormat``); data from the inventory never passes through here.
public struct ReportMessages: Sendable {
    public var title: String
    public var scopeProvince: @Sendable (String) -> String
    public var scopeAgency: @Sendable (String) -> String
    public var central: String
    public var unknownProvince: String
    public var generated: @Sendable (String) -> String

    // Executive summary
    public var summaryTitle: String
    public var figureApps: String
    public var figureOverlap: String
    public var figurePlatforms: String
    public var figureOneOff: String
    public var figureSaving: String
    /// The one money box when no moving app has a known running cost (``ReportData/Headline/costsUnknown``):
    /// its value ("not known"), label and note, in place of three boxes of Rp 0.
    public var figureMoneyUnknown: String
    public var figureMoney: String
    public var noteMoneyUnknown: String
    /// The net figure's label over `years`; `loss` when the plan costs more than it saves.
    public var figureNet: @Sendable (_ years: Int, _ loss: Bool) -> String
    public var range: @Sendable (String, String) -> String
    /// What the range's two ends assume, in one clause: "the low case assumes savings 30%
    /// smaller and one-off costs 50% larger, the high case one-off costs 20% smaller"
    /// (``PlanMoney/lowSavingShare``, ``PlanMoney/highOneOffFactor``), so neither end of a range
    /// stands unexplained.
    public var clauseCases: String
    /// The same assumptions as a caption inside the net-saving box ("low case: savings −30%,
    /// one-off costs +50%; high case: one-off costs −20%").
    public var captionCases: String
    public var actionsTitle: String
    public var actionLead: String
    public var actionMigrate: String
    public var actionRetire: String
    public var actionRetain: String
    /// What the retire count holds when it mixes both kinds, so it never stands beside the
    /// inactive count unexplained: "1,932 already inactive, 13 duplicates …".
    public var clauseRetireParts: @Sendable (_ inactive: String, _ duplicates: String) -> String
    /// How many of the migrating apps are still in development, whose builds stop rather than
    /// migrate (``PlanReason/stopsBuild(_:platform:)``): "1,165 of them still in development: their builds stop".
    public var clauseStoppedBuilds: @Sendable (_ count: String) -> String
    /// The actions a count of planned apps not already inactive adds up from, so "11,069 moving
    /// apps" never stands beside "migrate 11,056" unexplained: "11,056 migrating, 13 duplicates
    /// retired" and, when `leads` is given, the module leads.
    /// `duplicates` and `leads` are nil when there are none ("0 duplicates retired" is no news).
    public var clauseMovingParts: @Sendable (_ migrate: String, _ duplicates: String?, _ leads: String?) -> String
    /// `overlap` counts apps with a look-alike in their group scoring at least `threshold`.
    /// `agencies` is nil when the register names no owning agency ("of 0 agencies" would be news).
    public var sentenceInventory: @Sendable (_ apps: String, _ agencies: String?, _ overlap: String, _ share: String, _ threshold: String) -> String
    /// Apps of overlap groups without such a look-alike: not counted above, left to check.
    public var sentenceLoose: @Sendable (_ apps: String) -> String
    /// `moving` counts the apps brought together (module leads, moves and retired duplicates),
    /// not the inactive apps that are only switched off, which ``sentenceInactive`` states;
    /// `inUse` is a ``clauseInUse`` when some retained apps are a national system themselves.
    public var sentencePlatforms: @Sendable (_ platforms: String, _ national: String, _ moving: String, _ retain: String, _ inUse: String?) -> String
    /// Of the apps that stay as they are, those that are a national system itself, in use
    /// (``MergePlan/systemsInUse``): nothing to move, said apart from apps left without a platform.
    public var clauseInUse: @Sendable (_ apps: String) -> String
    /// The money sentence; `loss` when the plan costs more than it saves in the horizon (`net`
    /// is then the excess cost), `weak` and `weakNet` clauses (``clauseWeak``, ``clauseWeakNet``)
    /// saying how much rests on weak matches, `losing` (``clauseLosing``) naming the apps that
    /// cost more than they save, said as a sentence of its own after it: one sentence holding
    /// both ran to 90 words.
    public var sentenceMoney: @Sendable (_ oneOff: String, _ saving: String, _ weak: String?, _ years: Int, _ net: String, _ weakNet: String?,
                                         _ low: String, _ high: String, _ loss: Bool, _ losing: String?) -> String
    /// The part of a yearly saving that rests on weak matches: "of which Rp 1.2 billion depends
    /// on 300 weak matches still to verify".
    public var clauseWeak: @Sendable (_ saving: String, _ apps: String) -> String
    /// The part of a net that rests on weak matches; `loss` when they lose together (`net` is
    /// then the loss, without sign: "of which weak matches lose Rp 2.9 billion", never "-Rp").
    public var clauseWeakNet: @Sendable (_ net: String, _ loss: Bool) -> String
    /// Already inactive apps switched off (nil: none): no saving counted; `cost` (when the
    /// register records one) is saved only where still paid; `toVerify` of them list more than
    /// `limit` users; `kept` more inactive apps stay as they are, no platform of the plan taking
    /// them, with the yearly `keptCost` the register records for them.
    /// The part of the yearly saving and of the net that comes from builds that stop: money for
    /// apps not running yet, not a running service switched off. A reader compares it with the
    /// action count ("1,162 of them still in development") and with the cost the register
    /// records, so it says how many have a cost, how the saving is worked out from that cost,
    /// and what the net is without it (``StoppedBuildsSaving``).
    public var sentenceStoppedSaving: @Sendable (StoppedBuildsSaving) -> String
    /// Apps still in development that no platform of the plan takes (``PlanReason/buildGoesOn(_:)``):
    /// their builds go on unless their agencies stop them, and since the President's stop on
    /// new apps (2024) spending on them needs KemenPANRB's approval.
    public var sentenceBuildsGoOn: @Sendable (_ apps: String) -> String
    public var sentenceInactive: @Sendable (_ apps: String?, _ cost: String?, _ toVerify: String?, _ limit: String, _ kept: String?, _ keptCost: String?) -> String
    /// Moving apps whose recorded yearly cost no app plausibly has: how many (and whether one),
    /// and the first few as "id cost".
    public var sentenceImplausibleCosts: @Sendable (_ apps: String, _ one: Bool, _ listed: String) -> String
    /// Apps that cost more to move than they save within the horizon: how many and their net;
    /// of them, `late` lose only because their wave comes late (``PlanShortfall/lateInQueue(wave:earliest:paybackYears:)``),
    /// `never` because their move does not pay back within the horizon, `noYearly` of which add
    /// to the yearly bill: `byLaw` moved because the law obliges agencies to use their platform,
    /// `assigned` by a planner's decision (the report says which, as each calls for its own answer).
    public var clauseLosing: @Sendable (_ apps: String, _ net: String, _ late: Int, _ never: Int, _ noYearly: (byLaw: Int, assigned: Int)) -> String
    /// Wave 1 starts (`start`) before the quarter the plan was made in (`made`): a plan dated in
    /// the past counts savings from waves that have not happened, and a reader must be told.
    public var sentencePastStart: @Sendable (_ start: String, _ made: String) -> String
    public var sentenceWaves: @Sendable (_ waves: Int, _ period: String) -> String
    /// Waves that end after the horizon: how many, the apps they move and the horizon's last
    /// month; `queues` a ``clauseLateQueues`` naming what would bring them in, when known.
    public var sentenceAfterHorizon: @Sendable (_ waves: Int, _ apps: String, _ years: Int, _ horizonEnd: String, _ queues: String?) -> String
    /// The platforms whose onboarding queues fill those waves (``LateQueue``), each with its
    /// moves, the `current` capacity a wave, and the `capacity` that would end them in time
    /// (nil when none would).
    public var clauseLateQueues: @Sendable (_ queues: [(name: String, moves: String)], _ current: String, _ capacity: String?) -> String
    /// `parts` is ``clauseMovingParts`` of the `planned` apps, nil when they all migrate.
    /// `unknown` (nil when every planned app's cost is known) and `weak` (nil when none) may each
    /// be left out; the sentence is empty when both are.
    public var sentenceUnknown: @Sendable (_ unknown: String?, _ planned: String, _ parts: String?, _ weak: String?) -> String
    /// In place of the money sentence and ``sentenceUnknown`` when no moving app has a known
    /// running cost: none of the `planned` apps (not already inactive) records one, what to fill
    /// in, and `weak` matches (when there are any) to check.
    public var sentenceMoneyUnknown: @Sendable (_ planned: String, _ weak: String?) -> String
    public var nothingPlanned: String

    // Provinces
    public var provincesTitle: String
    public var provincesIntro: String
    public var columnProvince: String
    public var columnApps: String
    public var columnOverlap: String
    public var columnMoving: String
    public var columnCostNow: String
    public var columnOneOff: String
    public var columnSaving: String
    public var columnWeakSaving: String
    public var total: String
    /// A province tile's share, worded as the table's column it repeats (``columnMoving``).
    public var tileMoving: String
    public var perYear: String

    // Platforms
    public var platformsTitle: String
    public var platformsIntro: String
    public var kindMandatory: String
    public var kindSectoral: String
    public var kindShared: String
    public var owner: String
    public var basis: String
    public var modules: String
    public var leads: String
    /// `agencies` is nil when the register names no owning agency.
    public var movingIn: @Sendable (_ apps: String, _ agencies: String?) -> String
    public var mostFrom: String
    /// In place of ``mostFrom`` when every app moving in comes from one agency.
    public var allFrom: String
    public var schedule: String
    /// A platform's money; `adds` when its apps cost more a year on it than before (`saving` is
    /// then the yearly amount added, never written as a negative saving); `weak` a ``clauseWeak``
    /// when some of its saving rests on weak matches,
    /// `loss` a ``PlanMoney/lossClause(_:years:_:)`` when its apps cost more than they save
    /// within the horizon (``PlanMoney/netLoss(net:known:of:)``, the rule a decision's effect uses).
    public var cost: @Sendable (_ oneOff: String, _ saving: String, _ adds: Bool, _ weak: String?, _ loss: String?) -> String
    public var nothingMoves: String
    /// Apps already inactive a platform's card says the plan switches off there: "1 app already
    /// inactive is switched off here".
    public var switchedOffHere: @Sendable (_ apps: String) -> String
    public var candidatesTitle: String
    public var uncoveredTitle: String
    public var apps: @Sendable (String) -> String

    // Timeline
    public var timelineTitle: String
    public var timelineIntro: String
    /// Added to ``timelineIntro`` when the plan has a shared platform.
    public var timelineShared: String
    /// Marks the end of the horizon on the timeline when waves run past it.
    public var horizonMark: String
    public var wave: @Sendable (Int) -> String
    /// A wave's apps by role, never one total: moves (and how many of them wait for a check
    /// of a weak match), inactive apps switched off, module leads; zero parts left out.
    public var waveApps: @Sendable (_ moves: Int, _ toCheck: Int, _ stops: Int, _ switchOffs: Int, _ leads: Int) -> String
    /// What the onboarding capacity limits and what waits: the plan summary's waves line.
    public var sentenceCapacity: @Sendable (_ capacity: Int) -> String
    /// The short label of a wave's bar on the timeline: moves and switch-offs.
    public var waveBar: @Sendable (_ moves: Int, _ switchOffs: Int) -> String
    public var columnWave: String
    public var columnPeriod: String
    /// The wave table's users: those its moves bring onto a platform (a build that stops and an
    /// app switched off bring none), not every user of its apps.
    public var columnUsers: String

    // Evidence
    public var evidenceTitle: String
    public var evidenceIntro: String
    public var weakTitle: @Sendable (String) -> String
    /// Under the weak-match examples when they are fewer than the weak matches: how many more,
    /// and where the plan lists them all.
    public var weakMore: @Sendable (String) -> String
    public var columnApp: String
    public var columnPlatform: String
    public var columnReason: String
    public var noExamples: String

    // Decisions
    public var decisionsTitle: String
    public var decisionsIntro: String
    public var noDecisions: String
    public var columnDecision: String
    public var columnBy: String
    public var columnDate: String
    public var columnEffect: String

    // Methods
    public var methodsTitle: String
    public var methodsSources: @Sendable (_ files: String) -> String
    public var rows: @Sendable (String) -> String
    /// `counted`: the score of a look-alike in its group from which the summary counts an app as
    /// doing a job another app does (the weak-match bar), said here so the summary's figure is explained.
    public var methodsAnalysis: @Sendable (_ date: String, _ threshold: String, _ counted: String) -> String
    public var methodsNoAnalysis: String
    public var methodsFunctions: @Sendable (_ group: String, _ lone: String, _ weak: String) -> String
    public var methodsPlatforms: @Sendable (_ target: Int, _ builtIn: Bool) -> String
    /// The money method: every term the plan computes with. `saved` is the share of a moved
    /// app's running cost saved (100% less `residual`), `fees` the platforms' onboarding and
    /// yearly per-app fees (``methodsFees``).
    public var methodsMoney: @Sendable (_ rate: String, _ residual: String, _ saved: String, _ fees: String) -> String
    /// One kind of platform's fees: "Rp 25 million once and Rp 10 million a year per app on
    /// each national sectoral system".
    public var methodsFees: @Sendable (_ kind: String, _ onboarding: String, _ yearly: String) -> String
    public var methodsWaves: @Sendable (_ start: String, _ quarters: Int, _ capacity: String) -> String
    public var methodsCaveats: @Sendable (_ unknown: String, _ thin: String) -> String
    public var methodsPlanDate: @Sendable (String) -> String

    /// The table for `language`.
    public static func of(_ language: Language) -> ReportMessages { language == .id ? .indonesian : .english }
}

extension ReportMessages {
    /// ``clauseLateQueues`` for `queues` (nil when there are none), with the capacity that ends
    /// them all in time: the largest any of them needs, or none when one of them cannot.
    public func lateQueues(_ queues: [(name: String, moves: Int, capacity: Int?)], current: Int, _ language: Language) -> String? {
        guard !queues.isEmpty else { return nil }
        let capacity = queues.contains { $0.capacity == nil } ? nil : queues.compactMap(\.capacity).max()
        return clauseLateQueues(queues.map { (name: $0.name, moves: ReportFormat.number($0.moves, language)) }, ReportFormat.number(current, language),
                                capacity.map { ReportFormat.number($0, language) })
    }
}

extension ReportMessages {
    /// The sentence on moving apps whose yearly cost no app plausibly has, naming the first three.
    public func implausibleCosts(_ apps: [ReportData.RecordedCost], _ language: Language) -> String {
        let listed = apps.prefix(3).map { "\($0.id) \(ReportFormat.money($0.cost, language))" }.joined(separator: ", ") + (apps.count > 3 ? ", …" : "")
        return sentenceImplausibleCosts(ReportFormat.number(apps.count, language), apps.count == 1, listed)
    }
}

/// What the saving of builds that stop rests on, formatted for ``ReportMessages/sentenceStoppedSaving``.
public struct StoppedBuildsSaving: Sendable {
    /// The part of the yearly saving and of the net these builds account for.
    public var saving: String
    public var net: String
    /// How many of them have a recorded cost (`apps`), of all builds that stop (`all`).
    public var apps: String
    public var all: String
    /// The yearly cost the register records for them.
    public var cost: String
    /// The share of that cost a move saves and the share its platform still spends (70%, 30%).
    public var kept: String
    public var residual: String
    /// The platforms' yearly fees for them: what the saving leaves out beside the residual share.
    public var fees: String
    /// The plan's net without their saving.
    public var netWithout: String
    /// How many of them list more than ``InactiveApp/usersToVerify`` users (nil: none), and that limit.
    public var toVerify: String?
    public var limit: String
    /// Whether one app is meant (the sentence speaks of it in the singular).
    public var one: Bool

    /// The figures from the plan's money in `language`; the fees and the net without these
    /// builds are worked out here, once for every place that says the sentence.
    public init(saving: Double, net: Double, apps: Int, of all: Int, cost: Double, residualCostShare: Double, planNet: Double,
                toVerify: Int = 0, _ language: Language) {
        func rp(_ value: Double) -> String { ReportFormat.money(value, language) }
        let residual = Int((residualCostShare * 100).rounded())
        self.saving = rp(saving)
        self.net = rp(net)
        self.apps = ReportFormat.number(apps, language)
        self.all = ReportFormat.number(all, language)
        self.cost = rp(cost)
        kept = ReportFormat.percent(100 - residual, of: 100)
        self.residual = ReportFormat.percent(residual, of: 100)
        fees = rp(max(0, (1 - residualCostShare) * cost - saving))
        netWithout = rp(planNet - net)
        self.toVerify = toVerify > 0 ? ReportFormat.number(toVerify, language) : nil
        limit = ReportFormat.number(InactiveApp.usersToVerify, language)
        one = apps == 1
    }
}
