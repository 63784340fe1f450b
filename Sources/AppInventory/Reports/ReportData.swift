import Foundation

/// Everything the report for officials shows, as plain values read from the latest plan.
///
/// The renderers (``HTMLReport`` and the section functions of ``ReportSections``) are pure
/// functions of this value and a ``Language``, so the same figures can be shown in another
/// page (the web workspace) or tested without a browser. ``ReportStore/load(scope:now:limits:)``
/// reads it from the inventory database; a scope (one province or agency) gives the same
/// value restricted to that region's apps.
public struct ReportData: Sendable, Equatable {
    /// Which apps the report covers: all, one province ("Pusat" for central agencies) or one agency.
    public struct Scope: Sendable, Equatable {
        public var province: String?
        public var agency: String?

        public init(province: String? = nil, agency: String? = nil) {
            self.province = province
            self.agency = agency
        }

        public var isWhole: Bool { province == nil && agency == nil }
    }

    /// The headline figures of the executive summary.
    public struct Headline: Sendable, Equatable {
        public var apps: Int
        public var agencies: Int
        public var provinces: Int
        /// Apps of an overlap group with a look-alike in it scoring at least the plan's weak
        /// threshold: the overlap the plan stands behind.
        public var overlappingApps: Int
        /// Apps of an overlap group without such a look-alike: they joined through the group's
        /// looser average resemblance, and are reported apart as left to check.
        public var looselyGroupedApps: Int
        public var platforms: Int
        public var nationalPlatforms: Int
        /// Apps per action: platform (lead of a module), migrate, retire, retain.
        public var lead: Int
        public var migrate: Int
        public var retire: Int
        public var retain: Int
        /// Yearly running cost, today, of the apps the plan moves or retires (known costs only).
        public var annualCostPlanned: Double
        public var oneOffCost: Double
        public var annualSaving: Double
        public var years: Int
        public var netSaving: Double
        public var netSavingLow: Double
        public var netSavingHigh: Double
        /// Apps that lead, move or retire.
        public var plannedApps: Int
        /// Planned apps without a known running cost: no cost or saving is counted for them.
        public var unknownCostApps: Int
        /// Moving apps whose match is weak (their reason says to check by hand).
        public var weakMatches: Int
        /// The part of ``annualSaving`` and of ``netSaving`` that rests on weak matches.
        public var weakSaving: Double
        public var weakNet: Double
        /// Already inactive apps the plan switches off (no saving counted), the yearly cost the
        /// register records for them (saved only where still paid) and how many list more than
        /// ``InactiveApp/usersToVerify`` users.
        public var inactiveApps: Int
        public var inactiveRecordedCost: Double
        public var inactiveToVerify: Int
        /// Inactive or retired apps the plan leaves as they are (no platform of it takes them).
        public var inactiveKept: Int = 0
        public var inactiveKeptCost: Double = 0
        /// Migrating apps still in development: their builds stop (``PlanReason/stopsBuild(_:platform:)``).
        public var stoppedBuilds: Int = 0
        /// Of ``stoppedBuilds``, those with a known cost, and the part of ``annualSaving`` and
        /// ``netSaving`` they account for (``PlanMoney/stoppedSaving``).
        public var stoppedBuildsCosted: Int = 0
        /// The yearly cost the register records for them (part of ``annualCostPlanned``).
        public var stoppedCost: Double = 0
        public var stoppedSaving: Double = 0
        public var stoppedNet: Double = 0
        /// Of ``stoppedBuildsCosted``, those listing more than ``InactiveApp/usersToVerify`` users:
        /// an app in development with that many users is likely running already.
        public var stoppedToVerify: Int = 0
        /// The share of a moved app's running cost its platform still spends on its users
        /// (``PlanParameters/residualCostShare``): what a stopped build's saving leaves out.
        public var residualCostShare: Double = 0.3
        /// Retained apps still in development whose builds go on outside the plan (``PlanReason/buildGoesOn(_:)``).
        public var buildsGoingOn: Int = 0
        /// Migrating or retired apps that cost more to move than they save within the horizon,
        /// and their net (negative).
        public var losingApps: Int = 0
        public var losingNet: Double = 0
        /// Of them, those that lose only because their wave comes late, and those whose move
        /// adds to the yearly bill (``PlanShortfall``), of which a planner's decision moved
        /// `noYearlySavingAssignedApps`; the rest do not pay back within the horizon.
        public var lateQueueApps: Int = 0
        public var noYearlySavingApps: Int = 0
        public var noYearlySavingAssignedApps: Int = 0
        /// Retained apps that are a national system themselves, in use: nothing to move
        /// (``MergePlan/systemsInUse``), counted apart from the apps left without a platform.
        public var systemsInUse: Int = 0
        /// Moving apps whose recorded yearly cost no app plausibly has
        /// (``Application/hasImplausibleCost``), as "id cost" in the report's language: the
        /// totals count them as written, and a minister must not sign a figure a typo carries.
        public var implausibleCosts: [RecordedCost] = []

        /// No moving app has a known running cost: money is shown as not known, never as Rp 0.
        public var costsUnknown: Bool {
            PlanMoney.costsUnknown(plannedApps: plannedApps, inactiveApps: inactiveApps, unknownCostApps: unknownCostApps)
        }
    }

    /// One row of the per-province table; central agencies are one row, "Pusat".
    public struct ProvinceRow: Sendable, Equatable {
        /// The province name; nil when the inventory does not say where the agency is.
        public var province: String?
        public var apps: Int
        public var overlappingApps: Int
        /// Apps that move into a platform or are switched off.
        public var moving: Int
        /// Yearly running cost today of all its apps with a known cost.
        public var annualCost: Double
        public var oneOffCost: Double
        public var annualSaving: Double
        /// The part of ``annualSaving`` that rests on weak matches.
        public var weakSaving: Double
    }

    /// An app named on a platform card.
    public struct AppRef: Sendable, Equatable {
        public var id: String
        public var name: String
        public var agency: String
    }

    /// One platform of the plan as a card.
    public struct PlatformCard: Sendable, Equatable {
        public var number: Int
        public var name: String
        /// `national-mandatory`, `national-sectoral` or `shared`.
        public var kind: String
        public var owner: String
        /// The owner in English when the catalogue describes it (a shared platform's owners).
        public var ownerEnglish: String?
        public var sector: String
        public var basis: String
        public var url: String?
        /// Catalogue function keys of its modules, in catalogue order.
        public var functions: [String]

        /// The owner as a report in `language` names it.
        public func owner(_ language: Language) -> String { language == .en ? ownerEnglish ?? owner : owner }
        /// Module leads (shared platforms only), largest user base first.
        public var leads: [AppRef]
        /// Apps that move in (migrations and duplicates retired into a lead), and their agencies.
        public var moving: Int
        /// Apps already inactive that the plan switches off here: nothing of theirs moves.
        public var switchOffs: Int = 0
        public var agencies: Int
        /// Agencies moving most apps in, with their counts.
        public var topAgencies: [Tally]
        public var users: Int
        /// First and last quarter of its waves ("2027-Q1"), nil when nothing moves.
        public var firstQuarter: String?
        public var lastQuarter: String?
        public var oneOffCost: Double
        public var annualSaving: Double
        /// Its moving apps whose match is weak, and the part of ``annualSaving`` they account for.
        public var weakMatches: Int
        public var weakSaving: Double
        /// What its apps lose together over the horizon when they cost more than they save
        /// (``PlanMoney/netLoss(net:known:of:)``); nil otherwise.
        public var netLoss: Double? = nil
        /// Its apps whose cost the register gives: with none, the card states no cost (never Rp 0).
        public var costsKnown = 0
    }

    /// One migration wave with its dates (quarters such as "2027-Q1").
    /// Its apps by role (``WaveRole``), stated apart: only moves take onboarding places.
    public struct Wave: Sendable, Equatable {
        public var number: Int
        public var start: String
        public var end: String
        public var apps: Int
        public var moves: Int
        /// Moves whose weak match still waits for a check.
        public var movesToCheck: Int
        /// Moves that stop the build of an app still in development.
        public var stops: Int = 0
        public var switchOffs: Int
        public var leads: Int
        public var users: Int
        public var oneOffCost: Double
    }

    /// An example reason of the plan, quoting the evidence behind it.
    public struct Example: Sendable, Equatable {
        public var app: AppRef
        public var platform: String
        public var confidence: Double
        /// Weak matches are shown as needing a check by hand.
        public var weak: Bool
        public var reasonID: String
        public var reasonEN: String

        public func reason(_ language: Language) -> String { language == .id ? reasonID : reasonEN }
    }

    /// A planner decision in force and what it did in the latest plan.
    public struct Decision: Sendable, Equatable {
        public var id: Int64
        public var kind: String
        /// Its apps as "name (id)", the id alone when the app left the inventory.
        public var apps: [String]
        public var platform: String?
        public var reason: String?
        public var author: String?
        public var date: String
        public var applied: Bool
        /// The plan's explanation in English ("applied: …") and Indonesian ("diterapkan: …").
        public var effect: String
        public var effectID: String
    }

    /// A label with a number of apps: a platform a larger target would add, an overlapping job
    /// no platform covers, or an agency moving apps into a platform.
    public struct Tally: Sendable, Equatable {
        public var label: String
        public var apps: Int
    }

    /// A platform whose onboarding queue fills the waves after the horizon.
    public struct LateQueue: Sendable, Equatable {
        public var name: String
        public var moves: Int
        /// Moves a wave that would end its queue in time; nil when none would.
        public var capacity: Int?
    }

    /// What the methods appendix says: where the data came from and the settings used.
    public struct Methods: Sendable, Equatable {
        /// One kind of platform's fees, rupiah.
        public struct Fee: Sendable, Equatable {
            public var kind: String
            public var onboarding: ClosedRange<Double>
            public var yearly: ClosedRange<Double>
        }
        public struct Source: Sendable, Equatable {
            public var file: String
            public var date: String
            public var rows: Int
        }
        public var sources: [Source]
        public var analysisDate: String?
        /// Similarity above which two apps count as look-alikes.
        public var similarityThreshold: Double?
        public var planDate: String
        public var target: Int
        public var startQuarter: String
        public var waveQuarters: Int
        /// Apps each platform takes in a wave.
        public var waveCapacity: Int
        /// Last quarter of the horizon the net is counted over.
        public var horizonEnd: Quarter
        public var groupThreshold: Double
        public var loneThreshold: Double
        public var weakBelow: Double
        public var migrationCostRate: Double
        public var residualCostShare: Double
        /// The onboarding fee and yearly fee per app of the plan's platforms, by kind of platform
        /// (``PlatformKind`` raw value), each the lowest and highest the catalogue gives that kind.
        public var fees: [Fee] = []
        /// Apps whose description is missing or too short to read.
        public var thinDescriptions: Int
        public var builtInCatalogue: Bool
    }

    public var generatedAt: Date
    public var scope: Scope
    public var headline: Headline
    /// Sorted by saving, largest first.
    public var provinces: [ProvinceRow]
    public var platforms: [PlatformCard]
    public var waves: [Wave]
    public var examples: [Example]
    public var weakExamples: [Example]
    public var decisions: [Decision]
    public var candidates: [Tally]
    public var uncovered: [Tally]
    /// The platforms whose onboarding queues fill the waves after the horizon, each with its
    /// moves and the capacity a wave that would end it in time (``LateQueue``); whole-inventory
    /// reports only.
    public var lateQueues: [LateQueue] = []
    public var methods: Methods
    /// The catalogue's function names, as each platform names them (SAKTI's budgeting is
    /// "Penganggaran kementerian/lembaga"): the lookup the plan table and workbook use too.
    public var functionNames: FunctionNames
}

extension ReportData {
    /// One app's yearly cost as the register records it, named by the app's id.
    public struct RecordedCost: Sendable, Equatable {
        public var id: String
        public var cost: Double

        public init(id: String, cost: Double) { (self.id, self.cost) = (id, cost) }
    }
}
