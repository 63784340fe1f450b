import GRDB

/// The latest merge plan as workbook sheets: one table a sheet, so officials can filter
/// each in Excel.
public enum PlanWorkbook {
    /// `apps` (every app's action, platform, wave and reason) and `platforms` (each target
    /// platform with its apps, users and costs), in that order.
    public static func sheets(_ database: InventoryDatabase) throws -> [(name: String, table: QueryResult)] {
        let apps = try PlanningStore(database).latestPlanTable()
        let platforms = try database.read { db in
            let statement = try db.makeStatement(sql: """
                SELECT p.number AS platform_id, p.name, p.national_platform, s.external_id AS survivor_app_id,
                       p.apps, p.users, p.cost_before, p.cost_after, p.saving, p.functions
                FROM plan_platforms p LEFT JOIN apps s ON s.id = p.survivor_app
                WHERE p.plan_id = (SELECT max(id) FROM plans)
                ORDER BY p.number
                """)
            return QueryResult(columns: statement.columnNames, databaseRows: try Row.fetchAll(statement).map { Array($0.databaseValues) })
        }
        return [("apps", apps), ("platforms", platforms)]
    }
}
