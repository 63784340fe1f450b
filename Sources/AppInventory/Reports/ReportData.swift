import GRDB

/// Everything the HTML report shows, read from the database in one snapshot.
public struct ReportData: Sendable {
    public struct Platform: Sendable {
        public var number: Int
        public var name: String
        public var national: String?
        public var survivor: String?
        public var apps: Int
        public var users: Int
        public var costBefore: Double
        public var saving: Double
        public var actions: [String: Int]
        /// A few members with action and reason.
        public var examples: [(name: String, agency: String, action: String, reason: String)]
    }

    public struct Group: Sendable {
        public var id: Int
        public var label: String
        public var terms: String
        public var apps: Int
        public var agencies: Int
        public var cost: Double
        public var pairs: [(a: String, b: String, score: Double, evidence: String)]
    }

    public var generatedAt: String
    public var apps: Int
    public var agencies: Int
    public var analysis: (finishedAt: String, parameters: String)?
    public var planAt: String?
    public var platforms: [Platform]
    public var retained: Int
    public var costBefore: Double
    public var costAfter: Double
    public var byLevel: [(String, Int)]
    public var groups: [Group]
    public var groupCount: Int
    public var waves: [(wave: Int, apps: Int, users: Int)]
    public var completeness: [InventoryStatistics.Completeness]
    public var emptyDescriptions: Int
    public var decisions: [PlannerDecision]

    /// Reads the report's figures; `topGroups` and `examples` bound its size for large inventories.
    public static func load(_ database: InventoryDatabase, topGroups: Int = 15, examples: Int = 8, now: String) throws -> ReportData {
        let stats = try InventoryStatistics.compute(database)
        let decisions = try DecisionStore(database).decisions()
        return try database.read { db in
            let planID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM plans")
            var platforms: [Platform] = []
            var waves: [(Int, Int, Int)] = []
            var retained = 0
            if let planID {
                for row in try Row.fetchAll(db, sql: """
                    SELECT p.number, p.name, p.national_platform, s.name, p.apps, p.users, p.cost_before, p.saving
                    FROM plan_platforms p LEFT JOIN apps s ON s.id = p.survivor_app WHERE p.plan_id = ? ORDER BY p.number
                    """, arguments: [planID]) {
                    let number: Int = row[0]
                    var actions: [String: Int] = [:]
                    for action in try Row.fetchAll(db, sql: "SELECT action, count(*) FROM plan_items WHERE plan_id = ? AND platform_number = ? GROUP BY action", arguments: [planID, number]) {
                        actions[action[0]] = action[1]
                    }
                    let sample = try Row.fetchAll(db, sql: """
                        SELECT a.name, coalesce(a.agency, ''), i.action, i.reason FROM plan_items i JOIN apps a ON a.id = i.app_id
                        WHERE i.plan_id = ? AND i.platform_number = ?
                        ORDER BY CASE i.action WHEN 'platform' THEN 0 WHEN 'migrate' THEN 1 ELSE 2 END, a.users DESC, a.id LIMIT ?
                        """, arguments: [planID, number, examples]).map { (name: $0[0] as String, agency: $0[1] as String, action: $0[2] as String, reason: $0[3] as String) }
                    platforms.append(Platform(number: number, name: row[1], national: row[2], survivor: row[3], apps: row[4], users: row[5],
                                              costBefore: row[6], saving: row[7], actions: actions, examples: sample))
                }
                for wave in 1...3 {
                    let row = try Row.fetchOne(db, sql: "SELECT count(*), coalesce(sum(a.users), 0) FROM plan_items i JOIN apps a ON a.id = i.app_id WHERE i.plan_id = ? AND i.wave = ?", arguments: [planID, wave])!
                    waves.append((wave, row[0], row[1]))
                }
                retained = try Int.fetchOne(db, sql: "SELECT count(*) FROM plan_items WHERE plan_id = ? AND action = 'retain'", arguments: [planID]) ?? 0
            }
            var groups: [Group] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, label, terms, size, agencies, total_cost FROM overlap_groups ORDER BY size DESC, id LIMIT ?", arguments: [topGroups]) {
                let id: Int = row[0]
                let pairs = try Row.fetchAll(db, sql: """
                    SELECT a.name, b.name, p.score, p.shared_terms || CASE WHEN p.shared_features != '' THEN ' | features: ' || p.shared_features ELSE '' END
                    FROM overlap_pairs p JOIN group_members ma ON ma.app_id = p.app_a AND ma.group_id = ?
                    JOIN group_members mb ON mb.app_id = p.app_b AND mb.group_id = ma.group_id
                    JOIN apps a ON a.id = p.app_a JOIN apps b ON b.id = p.app_b ORDER BY p.score DESC, a.id LIMIT 3
                    """, arguments: [id]).map { (a: $0[0] as String, b: $0[1] as String, score: $0[2] as Double, evidence: $0[3] as String) }
                groups.append(Group(id: id, label: row[1], terms: row[2], apps: row[3], agencies: row[4], cost: row[5], pairs: pairs))
            }
            let analysis = try Row.fetchOne(db, sql: "SELECT finished_at, parameters FROM analysis_runs ORDER BY id DESC LIMIT 1").map { ($0[0] as String, $0[1] as String) }
            return ReportData(
                generatedAt: now, apps: stats.apps, agencies: stats.agencies, analysis: analysis,
                planAt: try String.fetchOne(db, sql: "SELECT created_at FROM plans WHERE id = ?", arguments: [planID]),
                platforms: platforms, retained: retained,
                costBefore: platforms.reduce(0) { $0 + $1.costBefore }, costAfter: platforms.reduce(0) { $0 + $1.costBefore - $1.saving },
                byLevel: stats.byLevel.map { ($0.value, $0.apps) }, groups: groups,
                groupCount: try Int.fetchOne(db, sql: "SELECT count(*) FROM overlap_groups") ?? 0,
                waves: waves, completeness: stats.completeness,
                emptyDescriptions: try Int.fetchOne(db, sql: "SELECT count(*) FROM apps WHERE description IS NULL OR length(trim(description)) < ?", arguments: [InventoryStatistics.usableDescriptionLength]) ?? 0,
                decisions: decisions)
        }
    }
}
