import Foundation
import GRDB

/// A planner's decision, stored with who, when and why.
public struct PlannerDecision: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Pin an app as the survivor of its platform.
        case keep
        /// Never merge an app.
        case retain
        /// Two apps do not do the same job: never pair or group them.
        case separate
        /// Two apps do the same job: always group them.
        case merge
    }

    public var id: Int64
    public var kind: Kind
    public var appA: String
    public var appB: String?
    public var reason: String?
    public var decidedBy: String?
    public var decidedAt: String

    /// "#3 (separate by Budi: different processes)": how plan reasons cite it.
    public var citation: String {
        "#\(id) (\(kind.rawValue)\(decidedBy.map { " by \($0)" } ?? "")\(reason.map { ": \($0)" } ?? ""))"
    }
}

/// National platforms, planner decisions and merge plans in the inventory database.
public struct PlanningStore {
    public let database: InventoryDatabase

    public init(_ database: InventoryDatabase) { self.database = database }

    // MARK: National platforms

    /// Replaces the national platform list.
    public func replacePlatforms(_ platforms: [NationalPlatform]) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM national_platforms")
            for platform in platforms {
                try db.execute(sql: "INSERT INTO national_platforms(name, acronym, owner, mandatory, functions, description) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [platform.name, platform.acronym, platform.owner, platform.mandatory, platform.functions.joined(separator: "; "), platform.description])
            }
        }
    }

    public func platforms() throws -> [NationalPlatform] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT name, acronym, owner, mandatory, functions, description FROM national_platforms ORDER BY id").map {
                NationalPlatform(name: $0[0], acronym: $0[1], owner: $0[2], mandatory: $0[3], functions: ValueParser.list($0[4] ?? ""), description: $0[5])
            }
        }
    }

    // MARK: Decisions

    /// Records a decision after checking that the apps exist; returns it with its id.
    @discardableResult
    public func decide(_ kind: PlannerDecision.Kind, _ appA: String, _ appB: String? = nil, reason: String?, by: String?) throws -> PlannerDecision {
        try database.write { db in
            for id in [appA, appB].compactMap({ $0 }) {
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM apps WHERE external_id = ?", arguments: [id]) == true else {
                    throw StoreError.sql(message: "no app with id \"\(id)\"; ids are in the external_id column (`consolidate search` finds them)")
                }
            }
            if appA == appB { throw StoreError.sql(message: "a \(kind.rawValue) decision needs two different apps") }
            let now = ISO8601DateFormatter().string(from: Date())
            try db.execute(sql: "INSERT INTO decisions(kind, app_a, app_b, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [kind.rawValue, appA, appB, reason, by, now])
            let decision = PlannerDecision(id: db.lastInsertedRowID, kind: kind, appA: appA, appB: appB, reason: reason, decidedBy: by, decidedAt: now)
            if kind == .separate, let appB {
                // The pair disappears from the current report at once; groups follow at the next analysis.
                try db.execute(sql: """
                    DELETE FROM overlap_pairs WHERE (app_a, app_b) IN (
                        SELECT min(a.id, b.id), max(a.id, b.id) FROM apps a, apps b WHERE a.external_id = ? AND b.external_id = ?)
                    """, arguments: [appA, appB])
            }
            return decision
        }
    }

    /// Withdraws a decision (kept in the table with its undo time).
    public func undo(_ id: Int64) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE decisions SET undone_at = ? WHERE id = ? AND undone_at IS NULL", arguments: [ISO8601DateFormatter().string(from: Date()), id])
            if db.changesCount == 0 { throw StoreError.sql(message: "no active decision #\(id); `consolidate decisions` lists them") }
        }
    }

    /// Active decisions, oldest first.
    public func decisions() throws -> [PlannerDecision] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, app_a, app_b, reason, decided_by, decided_at FROM decisions WHERE undone_at IS NULL ORDER BY id").map {
                PlannerDecision(id: $0[0], kind: PlannerDecision.Kind(rawValue: $0[1])!, appA: $0[2], appB: $0[3], reason: $0[4], decidedBy: $0[5], decidedAt: $0[6])
            }
        }
    }

    /// Identifies the set of active decisions, so an analysis knows whether it is still current.
    static func decisionsFingerprint(_ db: Database) throws -> String {
        let rows = try String.fetchAll(db, sql: "SELECT id || ':' || kind || ':' || app_a || ':' || coalesce(app_b, '') FROM decisions WHERE undone_at IS NULL ORDER BY id")
        return Digest.sha256(rows.joined(separator: "\n"))
    }

    /// Stored groups of the latest analysis as app indices, when it is still current: made
    /// after the last decision and on the inventory as it is now. Nil means "analyze again".
    public func currentGroups(apps: [StoredApplication]) throws -> [[Int]]? {
        try database.read { db in
            guard let run = try Row.fetchOne(db, sql: "SELECT id, decisions_fingerprint, inventory_fingerprint FROM analysis_runs ORDER BY id DESC LIMIT 1") else { return nil }
            if (run[1] as String) != (try Self.decisionsFingerprint(db)) { return nil }
            if (run[2] as String) != AnalysisStore.fingerprint(apps) { return nil }
            let index = Dictionary(uniqueKeysWithValues: apps.enumerated().map { ($1.id, $0) })
            var groups: [Int: [Int]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT group_id, app_id FROM group_members ORDER BY group_id, app_id") {
                if let app = index[row[1]] { groups[row[0], default: []].append(app) }
            }
            return groups.keys.sorted().map { groups[$0]! }
        }
    }

    // MARK: Plans

    /// Saves a plan; the latest plan is what `export plan` writes.
    @discardableResult
    public func save(_ plan: MergePlan, apps: [StoredApplication], parameters: PlanParameters) throws -> Int64 {
        try database.write { db in
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            try db.execute(sql: """
                INSERT INTO plans(created_at, parameters, analysis_run_id, apps, platforms, retained, cost_before, cost_after)
                VALUES (?, ?, (SELECT max(id) FROM analysis_runs), ?, ?, ?, ?, ?)
                """, arguments: [ISO8601DateFormatter().string(from: Date()), String(decoding: try encoder.encode(parameters), as: UTF8.self),
                                 apps.count, plan.platforms.count, plan.count(.retain), plan.costBefore, plan.costAfter])
            let planID = db.lastInsertedRowID
            for platform in plan.platforms {
                try db.execute(sql: """
                    INSERT INTO plan_platforms(plan_id, number, name, national_platform, survivor_app, apps, users, cost_before, cost_after, saving, functions)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [planID, platform.number, platform.name, platform.national, platform.survivor.map { apps[$0].id },
                                     platform.members.count, platform.users, platform.costBefore, platform.costAfter, platform.saving,
                                     platform.functions.joined(separator: "; ")])
            }
            let insert = try BulkInsert(db, sql: "INSERT INTO plan_items(plan_id, app_id, action, platform_number, wave, confidence, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for item in plan.items {
                try insert.run([BulkValue(planID), BulkValue(apps[item.app].id), BulkValue(item.action.rawValue), BulkValue(item.platform),
                                BulkValue(item.wave), BulkValue(AnalysisStore.rounded(item.confidence)), BulkValue(item.reason)])
            }
            return planID
        }
    }

    /// The latest plan as the CSV table planners open in spreadsheets.
    public func latestPlanTable() throws -> QueryResult {
        try database.read { db in
            guard let planID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM plans") else {
                throw StoreError.sql(message: "no plan yet; run `consolidate plan` first")
            }
            let statement = try db.makeStatement(sql: """
                SELECT a.external_id AS app_id, a.name AS app_name, a.agency, a.level, i.action,
                       i.platform_number AS platform_id, p.name AS platform_name, s.external_id AS survivor_app_id,
                       i.wave, i.confidence, CAST(a.annual_cost AS INTEGER) AS annual_cost, a.users, i.reason
                FROM plan_items i JOIN apps a ON a.id = i.app_id
                LEFT JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
                LEFT JOIN apps s ON s.id = p.survivor_app
                WHERE i.plan_id = ?
                ORDER BY i.platform_number IS NULL, i.platform_number, CASE i.action WHEN 'platform' THEN 0 WHEN 'migrate' THEN 1 WHEN 'retire' THEN 2 ELSE 3 END, i.wave, a.id
                """)
            let rows = try Row.fetchAll(statement, arguments: [planID])
            return QueryResult(columns: statement.columnNames, databaseRows: rows.map { Array($0.databaseValues) })
        }
    }
}
