import GRDB

/// The latest merge plan as workbook sheets: one table a sheet, so officials can filter
/// each in Excel.
public enum PlanWorkbook {
    /// `apps` (every app's action, platform, function, wave, money and reason), `platforms`
    /// (each platform with its kind, owner, basis, apps, users and money) and `waves` (dates,
    /// apps, users and one-off cost), in that order.
    public static func sheets(_ database: InventoryDatabase, language: Language = .en) throws -> [(name: String, table: QueryResult)] {
        let apps = try PlanningStore(database).latestPlanTable(language: language)
        let (platforms, waves) = try database.read { db in
            let platforms = try table(db, sql: """
                SELECT p.number AS platform_id, p.name, p.kind, p.owner, p.sector, p.basis, s.external_id AS survivor_app_id,
                       p.apps, p.users, p.cost_before, p.one_off_cost, p.annual_saving, p.functions
                FROM plan_platforms p LEFT JOIN apps s ON s.id = p.survivor_app
                WHERE p.plan_id = (SELECT max(id) FROM plans)
                ORDER BY p.number
                """)
            let waves = try table(db, sql: """
                SELECT wave, start_quarter, end_quarter, apps, users, one_off_cost FROM plan_waves
                WHERE plan_id = (SELECT max(id) FROM plans) ORDER BY wave
                """)
            return (platforms, waves)
        }
        return [("apps", apps), ("platforms", platforms), ("waves", waves)]
    }

    private static func table(_ db: Database, sql: String) throws -> QueryResult {
        let statement = try db.makeStatement(sql: sql)
        return QueryResult(columns: statement.columnNames, databaseRows: try Row.fetchAll(statement).map { Array($0.databaseValues) })
    }
}
