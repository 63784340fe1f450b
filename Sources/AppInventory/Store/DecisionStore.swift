import Foundation
import GRDB

/// Planner decisions in the inventory database: recorded, withdrawn, listed.
public struct DecisionStore {
    public let database: InventoryDatabase

    public init(_ database: InventoryDatabase) { self.database = database }

    /// The name a decision is kept under for `name`, so one person is one author however the name
    /// is typed: a web user's name regardless of case (`--by Sari` is the web user `sari`), else
    /// the spelling of an earlier decision's author regardless of case (`Budi`, then `budi`, is
    /// `Budi`), else `name` trimmed. Nil for no name or a blank one.
    static func author(_ name: String?, in db: Database) throws -> String? {
        guard let name = name?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty else { return nil }
        if let user = try String.fetchOne(db, sql: "SELECT name FROM web_users WHERE name = ? COLLATE NOCASE ORDER BY name = ? DESC LIMIT 1",
                                          arguments: [name, name]) {
            return user
        }
        return try String.fetchOne(db, sql: """
            SELECT who FROM (SELECT decided_by AS who, id FROM decisions UNION ALL SELECT undone_by, id FROM decisions)
            WHERE who = ? COLLATE NOCASE ORDER BY who = ? DESC, id LIMIT 1
            """, arguments: [name, name]) ?? name
    }

    /// Records a decision after checking that its apps exist; returns it with its id.
    @discardableResult
    public func record(_ kind: PlannerDecision.Kind, _ appA: String, _ appB: String? = nil, platform: String? = nil,
                       reason: String?, by: String?) throws -> PlannerDecision {
        try database.write { db in
            let by = try Self.author(by, in: db)
            for id in [appA, appB].compactMap({ $0 }) {
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM apps WHERE external_id = ?", arguments: [id]) == true else {
                    let meant = try String.fetchOne(db, sql: "SELECT external_id FROM apps WHERE external_id = ? COLLATE NOCASE LIMIT 1", arguments: [id])
                    throw DecisionRefusal(.unknownApp(id, meant: meant))
                }
            }
            if appA == appB { throw DecisionRefusal(.sameApp(kind)) }
            let now = ISO8601DateFormatter().string(from: Date())
            try db.execute(sql: "INSERT INTO decisions(kind, app_a, app_b, platform, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [kind.rawValue, appA, appB, platform, reason, by, now])
            let decision = PlannerDecision(id: db.lastInsertedRowID, kind: kind, appA: appA, appB: appB, platform: platform,
                                           reason: reason, decidedBy: by, decidedAt: now)
            if kind == .separate, let appB {
                // The pair disappears from the current report at once; the next analysis cuts it for good.
                try db.execute(sql: """
                    DELETE FROM overlap_pairs WHERE (app_a, app_b) IN (
                        SELECT min(a.id, b.id), max(a.id, b.id) FROM apps a, apps b WHERE a.external_id = ? AND b.external_id = ?)
                    """, arguments: [appA, appB])
            }
            return decision
        }
    }

    /// Withdraws a decision, kept in the table with who withdrew it and when, so the planner
    /// who made it can see who took it back.
    public func undo(_ id: Int64, by: String?) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE decisions SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL",
                           arguments: [ISO8601DateFormatter().string(from: Date()), try Self.author(by, in: db), id])
            guard db.changesCount == 0 else { return }
            // Say what became of it: a number withdrawn already is not the same slip as one never recorded.
            if let row = try Row.fetchOne(db, sql: "SELECT undone_by, undone_at FROM decisions WHERE id = ?", arguments: [id]) {
                throw DecisionRefusal(.alreadyWithdrawn(id, by: row[0], at: String((row[1] as String? ?? "").prefix(10))))
            }
            throw DecisionRefusal(.noActiveDecision(id))
        }
    }

    /// Withdrawn decisions, latest withdrawal first, with who withdrew each and when.
    public func withdrawn(limit: Int = 1_000) throws -> [(decision: PlannerDecision, undoneBy: String?, undoneAt: String)] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, kind, app_a, app_b, platform, reason, decided_by, decided_at, undone_by, undone_at FROM decisions
                WHERE undone_at IS NOT NULL ORDER BY undone_at DESC, id DESC LIMIT ?
                """, arguments: [limit]).map { row in (decision: Self.decision(row), undoneBy: row[8] as String?, undoneAt: row[9] as String) }
        }
    }

    /// Active decisions, oldest first.
    public func decisions() throws -> [PlannerDecision] {
        try database.read { db in try Self.decisions(db) }
    }

    static func decisions(_ db: Database) throws -> [PlannerDecision] {
        try Row.fetchAll(db, sql: "SELECT id, kind, app_a, app_b, platform, reason, decided_by, decided_at FROM decisions WHERE undone_at IS NULL ORDER BY id")
            .map(Self.decision)
    }

    static func decision(_ row: Row) -> PlannerDecision {
        PlannerDecision(id: row[0], kind: PlannerDecision.Kind(rawValue: row[1])!, appA: row[2], appB: row[3], platform: row[4],
                        reason: row[5], decidedBy: row[6], decidedAt: row[7])
    }

    /// Active decisions with the effect the latest plan reported for each ("applied: …",
    /// "overridden because …"), nil for decisions made after that plan.
    /// Each active decision with the latest plan's effect and the names of its apps (nil for
    /// an app no longer in the inventory), so a list can show "e-Office Bantul (JTG-014)".
    public func decisionsWithEffects(language: Language = .en) throws -> [(decision: PlannerDecision, effect: String?, nameA: String?, nameB: String?)] {
        try database.read { db in
            let effects = Dictionary(try Row.fetchAll(db, sql: """
                SELECT decision_id, \(language == .id ? "coalesce(effect_id, effect)" : "effect") FROM plan_decisions WHERE plan_id = (SELECT max(id) FROM plans)
                """).map { ($0[0] as Int64, $0[1] as String) }, uniquingKeysWith: { first, _ in first })
            let names = Dictionary(try Row.fetchAll(db, sql: """
                SELECT a.external_id, a.name FROM apps a WHERE a.external_id IN (SELECT app_a FROM decisions UNION SELECT app_b FROM decisions)
                """).map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { first, _ in first })
            return try Self.decisions(db).map { ($0, effects[$0.id], names[$0.appA], $0.appB.flatMap { names[$0] }) }
        }
    }

    /// Identifies the active decisions that shape the overlap analysis (separate, merge), so an
    /// analysis knows whether it is still current; keep, retain, assign and exclude only re-plan.
    static func analysisFingerprint(_ db: Database) throws -> String {
        let rows = try String.fetchAll(db, sql: """
            SELECT id || ':' || kind || ':' || app_a || ':' || coalesce(app_b, '') FROM decisions
            WHERE undone_at IS NULL AND kind IN ('separate', 'merge') ORDER BY id
            """)
        return Digest.sha256(rows.joined(separator: "\n"))
    }
}
