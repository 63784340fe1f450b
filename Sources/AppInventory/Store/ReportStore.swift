import Foundation
import GRDB

/// Reads the report for officials (``ReportData``) from the latest plan, for the whole
/// inventory or for one province or agency.
///
/// Every figure of a scoped report is summed from the plan's rows for that scope's apps, with
/// the same rules the planner uses, so the per-province rows add up to the national totals.
public struct ReportStore {
    public let database: InventoryDatabase

    public init(_ database: InventoryDatabase) { self.database = database }

    /// How many leads and agencies each card names, and how many examples and candidates the report shows.
    public struct Limits: Sendable {
        public var leads = 4
        public var agencies = 3
        /// Strong examples: one per platform for the twelve of a default plan.
        public var examples = 12
        public var weakExamples = 4
        /// Platforms a larger target would add: as many as the plan summary names.
        public var candidates = PlatformCandidate.shown

        public init() {}
    }

    /// The report of the latest plan; throws when there is no plan yet, or when the scope
    /// names a province or agency with no app in the inventory. An agency may be named as
    /// registers write it ("Pemkot Malang"): it is matched by its canonical name.
    public func load(scope: ReportData.Scope = .init(), now: Date = Date(), limits: Limits = .init()) throws -> ReportData {
        var scope = scope
        scope.agency = scope.agency.map(AgencyName.canonical)
        return try database.read { db in
            guard let planID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM plans") else {
                throw try StoreError.noPlan(db)
            }
            let filter = ScopeFilter(scope)
            if !scope.isWhole, try Int.fetchOne(db, sql: "SELECT count(*) FROM apps a WHERE \(filter.sql)", arguments: filter.arguments) == 0 {
                throw Self.unknownScope(scope, db)
            }
            let plan = try Row.fetchOne(db, sql: "SELECT created_at, parameters, years, summary FROM plans WHERE id = ?", arguments: [planID])!
            let parameters = (try? JSONDecoder().decode(PlanParameters.self, from: Data((plan[1] as String).utf8))) ?? PlanParameters()
            let years: Int = plan[2] ?? parameters.years
            let catalogue = try CatalogueStore.catalogue(db)
            let context = Context(db: db, planID: planID, filter: filter, weakBelow: parameters.weakBelow, limits: limits)
            let waves = try context.waves()
            let summary = (plan[3] as String?).flatMap { try? JSONDecoder().decode(PlanningStore.Summary.self, from: Data($0.utf8)) }
            return ReportData(
                generatedAt: now, scope: scope,
                headline: try context.headline(years: years, residualCostShare: parameters.residualCostShare),
                provinces: try context.provinces(),
                platforms: try context.platforms(catalogue: catalogue, waves: waves),
                waves: waves,
                examples: try context.examples(weak: false),
                weakExamples: try context.examples(weak: true),
                decisions: scope.isWhole ? try context.decisions() : [],
                candidates: scope.isWhole ? summary?.candidates.prefix(limits.candidates).map { .init(label: $0.platform, apps: $0.apps) } ?? [] : [],
                uncovered: scope.isWhole ? summary?.uncovered.map { .init(label: $0.words.joined(separator: ", "), apps: $0.apps) } ?? [] : [],
                lateQueues: scope.isWhole ? summary?.lateQueues?.map { .init(name: $0.platform, moves: $0.moves, capacity: $0.capacity) } ?? [] : [],
                methods: try context.methods(planDate: plan[0], parameters: parameters, catalogue: catalogue,
                                             builtIn: try Int.fetchOne(db, sql: "SELECT count(*) FROM platform_catalogue") == 0),
                functionNames: FunctionNames(catalogue))
        }
    }

    /// The headline figures of the latest plan alone (the report's first page), for pages that
    /// show the plan's totals beside other things; nil when there is no plan yet.
    public func headline() throws -> ReportData.Headline? {
        try database.read { db in
            guard let planID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM plans"),
                  let plan = try Row.fetchOne(db, sql: "SELECT parameters, years FROM plans WHERE id = ?", arguments: [planID]) else { return nil }
            let parameters = (try? JSONDecoder().decode(PlanParameters.self, from: Data((plan[0] as String).utf8))) ?? PlanParameters()
            let context = Context(db: db, planID: planID, filter: ScopeFilter(.init()), weakBelow: parameters.weakBelow, limits: .init())
            return try context.headline(years: plan[1] ?? parameters.years, residualCostShare: parameters.residualCostShare)
        }
    }

    private static func unknownScope(_ scope: ReportData.Scope, _ db: Database) -> StoreError {
        if let province = scope.province {
            let none = (en: "no app in province \"\(province)\"", id: "tidak ada aplikasi di provinsi \"\(province)\"")
            let known = (try? String.fetchAll(db, sql: "SELECT DISTINCT province FROM apps WHERE province IS NOT NULL ORDER BY province")) ?? []
            guard !known.isEmpty else {
                return .said(en: none.en + ": the inventory records no province for any app", id: none.id + ": inventaris tidak mencatat provinsi satu aplikasi pun")
            }
            // A slip of the keyboard ("Jawa Tngah") is answered with the province meant.
            if let near = EditDistance.nearest(province, in: known, within: max(2, province.count / 4)) {
                return .said(en: none.en + "; did you mean \"\(near)\"?", id: none.id + "; maksud Anda \"\(near)\"?")
            }
            let list = known.prefix(50).joined(separator: ", ") + (known.count > 50 ? ", …" : "")
            return .said(en: none.en + "; provinces in the inventory: " + list, id: none.id + "; provinsi dalam inventaris: " + list)
        }
        let agency = scope.agency ?? ""
        return .said(en: "no app of agency \"\(agency)\"; `consolidate sql \"SELECT DISTINCT agency FROM apps\"` on the same --db lists them",
                     id: "tidak ada aplikasi milik instansi \"\(agency)\"; `consolidate sql \"SELECT DISTINCT agency FROM apps\"` pada --db yang sama menampilkan daftarnya")
    }
}

/// The SQL condition on `apps a` that restricts a report to its scope.
private struct ScopeFilter {
    var sql: String
    var arguments: StatementArguments
    /// The whole plan: figures the plan stores (each wave's counts) are read, not counted again.
    var isWhole: Bool

    init(_ scope: ReportData.Scope) {
        sql = "(?1 IS NULL OR a.province = ?1 COLLATE NOCASE) AND (?2 IS NULL OR a.agency = ?2)"
        arguments = [scope.province, scope.agency]
        isWhole = scope.province == nil && scope.agency == nil
    }
}

/// The queries of one report, sharing the plan, the scope and the limits.
private struct Context {
    let db: Database
    let planID: Int64
    let filter: ScopeFilter
    let weakBelow: Double
    let limits: ReportStore.Limits

    /// Arguments for a query whose first two parameters are the scope and third the plan.
    func arguments(_ extra: DatabaseValueConvertible?...) -> StatementArguments {
        var arguments = filter.arguments
        arguments += [planID]
        for value in extra { arguments += [value] }
        return arguments
    }

    /// `plan_items i JOIN apps a`, restricted to the scope and the plan (?3).
    var items: String { "plan_items i JOIN apps a ON a.id = i.app_id WHERE i.plan_id = ?3 AND \(filter.sql)" }

    func headline(years: Int, residualCostShare: Double) throws -> ReportData.Headline {
        let row = try Row.fetchOne(db, sql: """
            SELECT count(*), count(DISTINCT a.agency), count(DISTINCT a.province),
                   coalesce(sum(i.action = 'platform'), 0), coalesce(sum(i.action = 'migrate'), 0),
                   coalesce(sum(i.action = 'retire'), 0), coalesce(sum(i.action = 'retain'), 0),
                   coalesce(sum(CASE WHEN i.annual_saving IS NOT NULL AND \(Self.basis) != 'inactive' THEN a.annual_cost END), 0),
                   coalesce(sum(i.one_off_cost), 0), coalesce(sum(i.annual_saving), 0),
                   coalesce(sum(i.action != 'retain'), 0),
                   coalesce(sum(i.action != 'retain' AND \(Self.basis) != 'inactive' AND a.annual_cost IS NULL), 0),
                   coalesce(sum(\(Self.basis) = 'weak-match'), 0),
                   count(DISTINCT i.platform_number),
                   count(DISTINCT CASE WHEN p.kind LIKE 'national%' THEN p.number END),
                   coalesce(sum(coalesce(i.net_saving + i.one_off_cost, i.annual_saving * ?5)), 0),
                   coalesce(sum(i.action IN ('migrate', 'retire') AND i.net_saving < 0), 0),
                   coalesce(sum(CASE WHEN i.action IN ('migrate', 'retire') AND i.net_saving < 0 THEN i.net_saving END), 0),
                   coalesce(sum(CASE WHEN \(Self.basis) = 'weak-match' THEN i.annual_saving END), 0),
                   coalesce(sum(CASE WHEN \(Self.basis) = 'weak-match' THEN i.net_saving END), 0),
                   coalesce(sum(\(Self.basis) = 'inactive'), 0),
                   coalesce(sum(CASE WHEN \(Self.basis) = 'inactive' AND a.annual_cost > 0 THEN a.annual_cost END), 0),
                   coalesce(sum(\(Self.basis) = 'inactive' AND a.users > ?6), 0),
                   coalesce(sum(i.shortfall = 'late-queue'), 0),
                   coalesce(sum(i.shortfall IN ('no-yearly-saving', 'no-yearly-saving-assigned')), 0),
                   coalesce(sum(i.shortfall = 'no-yearly-saving-assigned'), 0),
                   coalesce(sum(i.action = 'retain' AND a.status IN ('inactive', 'retired')), 0),
                   coalesce(sum(CASE WHEN i.action = 'retain' AND a.status IN ('inactive', 'retired') AND a.annual_cost > 0 THEN a.annual_cost END), 0),
                   coalesce(sum(\(MigrationWave.stopsBuildSQL)), 0),
                   coalesce(sum(i.action = 'retain' AND a.status = 'development' AND i.decision_id IS NULL AND a.id NOT IN
                       (SELECT j.value FROM plans s, json_each(s.summary, '$.systemsInUse') j WHERE s.id = ?3)), 0),
                   coalesce(sum(\(MigrationWave.stopsBuildSQL) AND i.annual_saving IS NOT NULL), 0),
                   coalesce(sum(CASE WHEN \(MigrationWave.stopsBuildSQL) THEN i.annual_saving END), 0),
                   coalesce(sum(CASE WHEN \(MigrationWave.stopsBuildSQL) THEN i.net_saving END), 0),
                   coalesce(sum(CASE WHEN \(MigrationWave.stopsBuildSQL) AND i.annual_saving IS NOT NULL THEN a.annual_cost END), 0),
                   coalesce(sum(\(MigrationWave.stopsBuildSQL) AND i.annual_saving IS NOT NULL AND a.users > ?6), 0)
            FROM plan_items i JOIN apps a ON a.id = i.app_id
            LEFT JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
            WHERE i.plan_id = ?3 AND \(filter.sql)
            """, arguments: arguments(weakBelow, years, InactiveApp.usersToVerify))!
        let grouped = try Row.fetchOne(db, sql: """
            SELECT count(DISTINCT m.app_id), count(DISTINCT CASE WHEN \(Self.lookAlike) THEN m.app_id END)
            FROM group_members m JOIN overlap_groups g ON g.id = m.group_id JOIN apps a ON a.id = m.app_id
            WHERE g.run_id = (SELECT analysis_run_id FROM plans WHERE id = ?3) AND \(filter.sql)
            """, arguments: arguments(weakBelow))!
        let inUse = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM plans p, json_each(p.summary, '$.systemsInUse') j JOIN apps a ON a.id = j.value
            WHERE p.id = ?3 AND \(filter.sql)
            """, arguments: arguments()) ?? 0
        let implausible = try Row.fetchAll(db, sql: """
            SELECT a.external_id, a.annual_cost FROM plan_items i JOIN apps a ON a.id = i.app_id
            WHERE i.plan_id = ?3 AND i.annual_saving IS NOT NULL AND a.annual_cost > 0 AND (a.annual_cost < ?7 OR a.annual_cost > ?8) AND \(filter.sql)
            ORDER BY i.app_id
            """, arguments: arguments(nil, nil, nil, Application.plausibleAnnualCost.lowerBound, Application.plausibleAnnualCost.upperBound))
        var money = PlanMoney()
        money.oneOffCost = row[8]
        money.annualSaving = row[9]
        // Savings within the horizon, each app from the end of its wave (plans made before
        // net savings were stored count whole years).
        money.horizonSaving = row[15]
        money.years = years
        var headline = ReportData.Headline(
            apps: row[0], agencies: row[1], provinces: row[2], overlappingApps: grouped[1], looselyGroupedApps: (grouped[0] as Int) - (grouped[1] as Int),
            platforms: row[13], nationalPlatforms: row[14],
            lead: row[3], migrate: row[4], retire: row[5], retain: row[6], annualCostPlanned: row[7], oneOffCost: money.oneOffCost,
            annualSaving: money.annualSaving, years: years, netSaving: money.netSaving, netSavingLow: money.netSavingLow,
            netSavingHigh: money.netSavingHigh, plannedApps: row[10], unknownCostApps: row[11], weakMatches: row[12],
            weakSaving: row[18], weakNet: row[19], inactiveApps: row[20], inactiveRecordedCost: row[21], inactiveToVerify: row[22], inactiveKept: row[26], inactiveKeptCost: row[27],
            losingApps: row[16], losingNet: row[17], lateQueueApps: row[23], noYearlySavingApps: row[24],
            noYearlySavingAssignedApps: row[25], systemsInUse: inUse,
            implausibleCosts: implausible.map { ReportData.RecordedCost(id: $0[0], cost: $0[1]) })
        // The whole plan's count is its waves', as stored, so it agrees with the wave table even
        // after a re-import changed an app's status; a scoped report counts its apps as they are.
        headline.buildsGoingOn = row[29]
        headline.residualCostShare = residualCostShare
        (headline.stoppedBuildsCosted, headline.stoppedSaving, headline.stoppedNet, headline.stoppedCost) = (row[30], row[31], row[32], row[33])
        headline.stoppedToVerify = row[34]
        headline.stoppedBuilds = filter.isWhole
            ? try Int.fetchOne(db, sql: "SELECT coalesce(sum(stops), 0) FROM plan_waves WHERE plan_id = ?", arguments: [planID]) ?? 0 : row[28]
        return headline
    }

    /// An item's ``SavingBasis`` as stored; '' for a retained app.
    static let basis = "coalesce(i.saving_basis, '')"
    /// An item that moves an app in (a migration or a duplicate's retirement), not an inactive
    /// app switched off: a platform card says what the plan does with each.
    static let moves = "(i.action IN ('migrate', 'retire') AND coalesce(i.saving_basis, '') != 'inactive')"

    /// Group member `m` has a look-alike in its own group scoring at least ?4 (the plan's weak
    /// threshold): the evidence the plan stands behind, rather than the group's looser average.
    static let lookAlike = """
        (EXISTS (SELECT 1 FROM overlap_pairs q JOIN group_members o ON o.app_id = q.app_b AND o.group_id = m.group_id
                 WHERE q.app_a = m.app_id AND q.run_id = g.run_id AND q.score >= ?4)
         OR EXISTS (SELECT 1 FROM overlap_pairs q JOIN group_members o ON o.app_id = q.app_a AND o.group_id = m.group_id
                    WHERE q.app_b = m.app_id AND q.run_id = g.run_id AND q.score >= ?4))
        """

    func provinces() throws -> [ReportData.ProvinceRow] {
        let overlapping = Dictionary(try Row.fetchAll(db, sql: """
            SELECT a.province, count(DISTINCT m.app_id) FROM group_members m JOIN overlap_groups g ON g.id = m.group_id
            JOIN apps a ON a.id = m.app_id
            WHERE g.run_id = (SELECT analysis_run_id FROM plans WHERE id = ?3) AND \(filter.sql) AND \(Self.lookAlike) GROUP BY a.province
            """, arguments: arguments(weakBelow)).map { ($0[0] as String? ?? "", $0[1] as Int) }, uniquingKeysWith: +)
        return try Row.fetchAll(db, sql: """
            SELECT a.province, count(*), coalesce(sum(i.action IN ('migrate', 'retire')), 0), coalesce(sum(a.annual_cost), 0),
                   coalesce(sum(i.one_off_cost), 0), coalesce(sum(i.annual_saving), 0),
                   coalesce(sum(CASE WHEN \(Self.basis) = 'weak-match' THEN i.annual_saving END), 0)
            FROM \(items) GROUP BY a.province ORDER BY 6 DESC, 2 DESC, a.province
            """, arguments: arguments()).map { row in
            ReportData.ProvinceRow(province: row[0], apps: row[1], overlappingApps: overlapping[row[0] as String? ?? ""] ?? 0,
                                   moving: row[2], annualCost: row[3], oneOffCost: row[4], annualSaving: row[5], weakSaving: row[6])
        }
    }

    func platforms(catalogue: PlatformCatalogue, waves: [ReportData.Wave]) throws -> [ReportData.PlatformCard] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.number, p.name, coalesce(p.kind, ''), coalesce(p.owner, ''), coalesce(p.sector, ''), coalesce(p.basis, ''), p.url,
                   count(i.app_id), coalesce(sum(\(Self.moves)), 0),
                   count(DISTINCT CASE WHEN \(Self.moves) THEN a.agency END),
                   coalesce(sum(max(0, coalesce(a.users, 0))), 0), coalesce(sum(i.one_off_cost), 0), coalesce(sum(i.annual_saving), 0),
                   min(i.wave), max(i.wave), coalesce(sum(CASE WHEN \(Self.basis) = 'weak-match' THEN i.annual_saving END), 0),
                   coalesce(sum(\(Self.basis) = 'weak-match'), 0), p.owner_en, coalesce(p.functions, ''),
                   coalesce(sum(i.net_saving), 0), count(i.net_saving), coalesce(sum(\(Self.basis) = 'inactive'), 0)
            FROM plan_platforms p JOIN plan_items i ON i.plan_id = p.plan_id AND i.platform_number = p.number
            JOIN apps a ON a.id = i.app_id
            WHERE p.plan_id = ?3 AND \(filter.sql)
            GROUP BY p.number ORDER BY p.number
            """, arguments: arguments())
        return try rows.map { row in
            let number: Int = row[0]
            let functions = catalogue.moduleKeys(named: row[18], platform: row[1])
            let leads = try Row.fetchAll(db, sql: """
                SELECT a.external_id, a.name, coalesce(a.agency, '') FROM \(items) AND i.platform_number = ?4 AND i.action = 'platform'
                ORDER BY a.users DESC, a.id LIMIT ?5
                """, arguments: arguments(number, limits.leads)).map { ReportData.AppRef(id: $0[0], name: $0[1], agency: $0[2]) }
            let agencies = try Row.fetchAll(db, sql: """
                SELECT a.agency, count(*) FROM \(items) AND i.platform_number = ?4 AND \(Self.moves) AND a.agency IS NOT NULL
                GROUP BY a.agency ORDER BY 2 DESC, a.agency LIMIT ?5
                """, arguments: arguments(number, limits.agencies)).map { ReportData.Tally(label: $0[0], apps: $0[1]) }
            let first = (row[13] as Int?).flatMap { wave in waves.first { $0.number == wave }?.start }
            let last = (row[14] as Int?).flatMap { wave in waves.first { $0.number == wave }?.end }
            return ReportData.PlatformCard(
                number: number, name: row[1], kind: row[2], owner: row[3], ownerEnglish: row[17], sector: row[4], basis: row[5], url: row[6], functions: functions,
                leads: leads, moving: row[8], switchOffs: row[21], agencies: row[9], topAgencies: agencies, users: row[10], firstQuarter: first, lastQuarter: last,
                oneOffCost: row[11], annualSaving: row[12], weakMatches: row[16], weakSaving: row[15],
                netLoss: PlanMoney.netLoss(net: row[19], known: row[20], of: row[7]), costsKnown: row[20])
        }
    }

    /// Each wave as the plan stored it (``PlannedWave``); a province's or an agency's report
    /// counts its own apps of each wave, which the plan does not store.
    func waves() throws -> [ReportData.Wave] {
        if filter.isWhole {
            return try Row.fetchAll(db, sql: """
                SELECT wave, start_quarter, end_quarter, apps, moves, moves_to_check, switch_offs, leads, users, one_off_cost, stops
                FROM plan_waves WHERE plan_id = ? ORDER BY wave
                """, arguments: [planID]).map { row in
                ReportData.Wave(number: row[0], start: row[1], end: row[2], apps: row[3], moves: row[4], movesToCheck: row[5],
                                stops: row[10], switchOffs: row[6], leads: row[7], users: row[8], oneOffCost: row[9])
            }
        }
        let counts = Dictionary(try Row.fetchAll(db, sql: """
            SELECT i.wave, count(*), coalesce(sum(CASE WHEN \(PlanWaveCounts.moveCondition()) AND NOT \(MigrationWave.stopsBuildSQL)
                                                  THEN max(0, coalesce(a.users, 0)) END), 0),
                   coalesce(sum(i.one_off_cost), 0), \(PlanWaveCounts.columns()),
                   coalesce(sum(\(MigrationWave.stopsBuildSQL)), 0) AS stops
            FROM \(items) AND i.wave IS NOT NULL GROUP BY i.wave
            """, arguments: arguments()).map { ($0[0] as Int, $0) },
            uniquingKeysWith: { first, _ in first })
        return try Row.fetchAll(db, sql: "SELECT wave, start_quarter, end_quarter FROM plan_waves WHERE plan_id = ? ORDER BY wave", arguments: [planID])
            .compactMap { row in
                let number: Int = row[0]
                guard let count = counts[number] else { return nil }
                return ReportData.Wave(number: number, start: row[1], end: row[2], apps: count[1], moves: count["moves"], movesToCheck: count["moves_to_check"],
                                       stops: count["stops"], switchOffs: count["switch_offs"], leads: count["leads"], users: count[2], oneOffCost: count[3])
            }
    }

    /// Reasons of moving apps, one per platform first: strong ones (the evidence is clear) or
    /// weak ones: the moves the plan counts as weak matches (`saving_basis` weak-match), so the
    /// box shows the set its title counts and its CSV filter finds. Apps that move come before
    /// inactive apps switched off, since a move is what the reader must judge.
    func examples(weak: Bool) throws -> [ReportData.Example] {
        try Row.fetchAll(db, sql: """
            SELECT a.external_id, a.name, coalesce(a.agency, ''), p.name, i.confidence, coalesce(i.reason_id, i.reason), i.reason,
                   row_number() OVER (PARTITION BY i.platform_number
                                      ORDER BY i.action = 'retire' OR coalesce(i.saving_basis, '') = 'inactive',
                                               i.confidence \(weak ? "ASC" : "DESC"), a.users DESC, a.id) AS rank
            FROM plan_items i JOIN apps a ON a.id = i.app_id
            JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
            WHERE i.plan_id = ?3 AND \(filter.sql) AND i.action IN ('migrate', 'retire') AND i.decision_id IS NULL
              AND \(weak ? "\(Self.basis) = 'weak-match'" : "i.confidence >= ?4")
            ORDER BY rank, i.platform_number LIMIT ?5
            """, arguments: arguments(weakBelow, weak ? limits.weakExamples : limits.examples)).map { row in
            ReportData.Example(app: .init(id: row[0], name: row[1], agency: row[2]), platform: row[3], confidence: row[4], weak: weak,
                               reasonID: row[5], reasonEN: row[6])
        }
    }

    func decisions() throws -> [ReportData.Decision] {
        try Row.fetchAll(db, sql: """
            SELECT d.id, d.kind, coalesce(a.name || ' (' || d.app_a || ')', d.app_a), coalesce(b.name || ' (' || d.app_b || ')', d.app_b),
                   d.platform, d.reason, d.decided_by, d.decided_at, e.applied, e.effect, e.effect_id
            FROM plan_decisions e JOIN decisions d ON d.id = e.decision_id
            LEFT JOIN apps a ON a.external_id = d.app_a LEFT JOIN apps b ON b.external_id = d.app_b
            WHERE e.plan_id = ?3 AND d.undone_at IS NULL ORDER BY d.id
            """, arguments: arguments()).map { row in
            ReportData.Decision(id: row[0], kind: row[1], apps: [row[2], row[3]].compactMap { $0 }, platform: row[4], reason: row[5],
                                author: row[6], date: row[7], applied: row[8], effect: row[9], effectID: row[10])
        }
    }

    /// How the figures were made. Sources are the latest import of each file (a register fixed
    /// and imported again is one source, as of its last import).
    func methods(planDate: String, parameters: PlanParameters, catalogue: PlatformCatalogue, builtIn: Bool) throws -> ReportData.Methods {
        let sources = try Row.fetchAll(db, sql: """
            SELECT file, coalesce(finished_at, started_at), rows, max(id) FROM import_runs WHERE kind = 'import'
            GROUP BY file ORDER BY max(id) DESC LIMIT 8
            """).map { ReportData.Methods.Source(file: $0[0], date: $0[1], rows: $0[2]) }
        let analysis = try Row.fetchOne(db, sql: "SELECT finished_at, parameters FROM analysis_runs WHERE id = (SELECT analysis_run_id FROM plans WHERE id = ?)",
                                        arguments: [planID])
        let analysisParameters = (analysis?[1] as String?).flatMap { try? JSONDecoder().decode(AnalysisParameters.self, from: Data($0.utf8)) }
        let thin = try Int.fetchOne(db, sql: "SELECT count(*) FROM apps a WHERE (description IS NULL OR length(trim(description)) < ?4) AND \(filter.sql)",
                                    arguments: arguments(InventoryStatistics.usableDescriptionLength)) ?? 0
        // The fees of the platforms this plan uses, as the catalogue in use gives them.
        let names = try String.fetchAll(db, sql: "SELECT name FROM plan_platforms WHERE plan_id = ? ORDER BY number", arguments: [planID])
        let entries = names.compactMap { catalogue.platform(named: $0).map { catalogue.platforms[$0] } }
        let fees = PlatformKind.allCases.compactMap { kind -> ReportData.Methods.Fee? in
            let ofKind = entries.filter { $0.kind == kind }
            guard let first = ofKind.first else { return nil }
            func range(_ value: (CataloguePlatform) -> Double) -> ClosedRange<Double> {
                ofKind.map(value).reduce(value(first)...value(first)) { min($0.lowerBound, $1)...max($0.upperBound, $1) }
            }
            return ReportData.Methods.Fee(kind: kind.rawValue, onboarding: range(\.onboardingCost), yearly: range(\.runningCostPerApp))
        }
        return ReportData.Methods(
            sources: sources.reversed(), analysisDate: analysis?[0], similarityThreshold: analysisParameters?.threshold, planDate: planDate,
            target: parameters.target, startQuarter: parameters.start.description, waveQuarters: parameters.waveQuarters,
            waveCapacity: parameters.waveCapacity, horizonEnd: parameters.horizonEnd,
            groupThreshold: parameters.groupThreshold, loneThreshold: parameters.loneThreshold, weakBelow: parameters.weakBelow,
            migrationCostRate: parameters.migrationCostRate, residualCostShare: parameters.residualCostShare, fees: fees, thinDescriptions: thin,
            builtInCatalogue: builtIn)
    }
}
