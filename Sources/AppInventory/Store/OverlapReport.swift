import GRDB

/// Read-side of a stored analysis: the tables behind `consolidate overlap` and the exports.
public enum OverlapReport {
    /// Groups, largest first: label, size, agencies, levels, users, cost, representative. A
    /// count or sum no member's register row gives is empty, not 0: a register without agencies
    /// or costs (a list of software products) read "0 agencies, annual cost 0" for each group.
    public static func groups(_ database: InventoryDatabase, limit: Int) throws -> QueryResult {
        func known(_ column: String) -> String {
            "EXISTS (SELECT 1 FROM group_members m JOIN apps x ON x.id = m.app_id WHERE m.group_id = g.id AND x.\(column) IS NOT NULL)"
        }
        return try query(database, """
            SELECT g.id AS "group", g.size AS apps, NULLIF(g.agencies, 0) AS agencies, NULLIF(g.levels, 0) AS levels,
                   CASE WHEN \(known("users")) THEN g.total_users END AS users,
                   CASE WHEN \(known("annual_cost")) THEN CAST(g.total_cost AS INTEGER) END AS annual_cost,
                   g.label, a.name AS representative
            FROM overlap_groups g JOIN apps a ON a.id = g.representative_app
            ORDER BY g.size DESC, g.id LIMIT ?
            """, [limit])
    }

    /// Members of one group, representative first.
    public static func members(_ database: InventoryDatabase, group: Int) throws -> QueryResult {
        try query(database, """
            SELECT a.external_id AS id, a.name, a.agency, a.level, a.users, CAST(a.annual_cost AS INTEGER) AS annual_cost,
                   CASE m.is_representative WHEN 1 THEN 'yes' ELSE '' END AS representative
            FROM group_members m JOIN apps a ON a.id = m.app_id
            WHERE m.group_id = ? ORDER BY m.is_representative DESC, a.users DESC, a.id
            """, [group])
    }

    /// The strongest pairs inside one group, with their evidence.
    public static func pairs(_ database: InventoryDatabase, group: Int, minScore: Double, limit: Int) throws -> QueryResult {
        try query(database, """
            SELECT \(pairColumns)
            FROM overlap_pairs p
            JOIN group_members ma ON ma.app_id = p.app_a AND ma.group_id = ?
            JOIN group_members mb ON mb.app_id = p.app_b AND mb.group_id = ma.group_id
            JOIN apps a ON a.id = p.app_a JOIN apps b ON b.id = p.app_b
            WHERE p.score >= ? ORDER BY p.score DESC, a.id, b.id LIMIT ?
            """, [group, minScore, limit])
    }

    /// The apps most like one app, best first.
    public static func neighbours(_ database: InventoryDatabase, app externalID: String, minScore: Double, limit: Int) throws -> QueryResult {
        let exists = try database.read { try Bool.fetchOne($0, sql: "SELECT 1 FROM apps WHERE external_id = ?", arguments: [externalID]) } ?? false
        guard exists else { throw StoreError.said(en: "no app with id \"\(externalID)\"; ids are in the external_id column (`consolidate search` finds them)",
                                                    id: "tidak ada aplikasi dengan id \"\(externalID)\"; id ada di kolom external_id (`consolidate search` menemukannya)") }
        return try query(database, """
            SELECT o.external_id AS id, o.name, o.agency, p.score, p.name_score, p.description_score,
                   p.features_score, p.shared_terms, p.shared_features, m.group_id AS "group"
            FROM apps self
            JOIN overlap_pairs p ON p.app_a = self.id OR p.app_b = self.id
            JOIN apps o ON o.id = CASE WHEN p.app_a = self.id THEN p.app_b ELSE p.app_a END
            LEFT JOIN group_members m ON m.app_id = o.id
            WHERE self.external_id = ? AND p.score >= ? ORDER BY p.score DESC, o.id LIMIT ?
            """, [externalID, minScore, limit])
    }

    /// Every stored pair with its evidence (the `export overlaps` table).
    public static func allPairs(_ database: InventoryDatabase, minScore: Double) throws -> QueryResult {
        try query(database, "SELECT \(pairColumns) FROM overlap_pairs p JOIN apps a ON a.id = p.app_a JOIN apps b ON b.id = p.app_b WHERE p.score >= ? ORDER BY p.score DESC, a.id, b.id", [minScore])
    }

    /// Group membership of every grouped app (the `export groups` table).
    public static func allMembers(_ database: InventoryDatabase) throws -> QueryResult {
        try query(database, """
            SELECT a.external_id AS app_id, a.name AS app_name, m.group_id, g.label AS group_label,
                   CASE m.is_representative WHEN 1 THEN 'true' ELSE 'false' END AS is_representative
            FROM group_members m JOIN overlap_groups g ON g.id = m.group_id JOIN apps a ON a.id = m.app_id
            ORDER BY m.group_id, m.is_representative DESC, a.id
            """, [])
    }

    /// One line on the stored analysis: when, with what, how much, in `language`.
    public static func summary(_ database: InventoryDatabase, language: Language = .en) throws -> String? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT finished_at, apps, pairs, groups, parameters FROM analysis_runs ORDER BY id DESC LIMIT 1").map { row in
                let apps: Int = row[1], pairs: Int = row[2], groups: Int = row[3]
                let grouped = try Int.fetchOne(db, sql: "SELECT count(*) FROM group_members") ?? 0
                return language == .id
                    ? "Analisis \(ReportFormat.timestamp(row[0])): \(CountedNoun.app(apps, .id)), \(CountedNoun.lookAlikePair(pairs, .id)), "
                        + "\(CountedNoun.overlapGroup(groups, .id)) mencakup \(CountedNoun.app(grouped, .id))"
                    : "Analysis of \(ReportFormat.timestamp(row[0])): \(CountedNoun.app(apps)), "
                        + "\(CountedNoun.lookAlikePair(pairs)), \(CountedNoun.overlapGroup(groups)) covering \(CountedNoun.app(grouped))"
            }
        }
    }

    private static let pairColumns = """
        a.external_id AS app_a, b.external_id AS app_b, a.name AS name_a, b.name AS name_b, p.score,
        p.name_score, p.description_score, p.features_score, p.data_score, p.shared_terms, p.shared_features
        """

    static func query(_ database: InventoryDatabase, _ sql: String, _ arguments: [any DatabaseValueConvertible]) throws -> QueryResult {
        try database.read { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM analysis_runs") ?? 0 > 0 else {
                throw try StoreError.noAnalysis(db)
            }
            let statement = try db.makeStatement(sql: sql)
            let rows = try Row.fetchAll(statement, arguments: StatementArguments(arguments))
            return QueryResult(columns: statement.columnNames, databaseRows: rows.map { Array($0.databaseValues) })
        }
    }
}
