import GRDB

/// Keeps `apps.content_hash` telling the truth when an app is edited outside an import.
///
/// An import stores each app's content hash with its content, and the analysis trusts those
/// stored hashes: an incremental `analyze` profiles again the apps whose hash changed, and an
/// analysis's inventory fingerprint is made from them, so nothing has to hash the whole
/// inventory again. An edit with `consolidate sql --write` or any SQLite client changes the
/// content without the hash; these triggers then replace the hash with a fresh "edited" mark,
/// so the edit is seen as a change (and the next import of the register writes the app again).
/// Imports drop them while they write, as they drop the full-text triggers, because they store
/// the true hash themselves.
enum ContentEditMarks {
    /// The columns that ``ApplicationStore`` hashes into `content_hash`.
    private static let contentColumns = [
        "external_id", "name", "acronym", "agency", "unit", "level", "region", "domain", "rab_code", "raa_code", "description", "users",
        "annual_cost", "status", "hosting", "tech_stack", "launched_year", "url", "attributes", "province", "agency_as_written",
    ]
    /// The app's lists, each hashed with it.
    private static let childTables = ["app_features", "app_data_entities", "app_integrations"]
    private static let mark = "'edited ' || lower(hex(randomblob(12)))"

    private static var triggerNames: [String] {
        ["apps_edit_mark"] + childTables.flatMap { table in ["insert", "update", "delete"].map { "\(table)_edit_mark_\($0)" } }
    }

    static func createTriggers(_ db: Database) throws {
        var sql = """
            CREATE TRIGGER apps_edit_mark AFTER UPDATE OF \(contentColumns.joined(separator: ", ")) ON apps
            WHEN new.content_hash IS old.content_hash BEGIN
                UPDATE apps SET content_hash = \(mark) WHERE id = new.id;
            END;
            """
        for table in childTables {
            for (event, row) in [("insert", "new"), ("update", "new"), ("delete", "old")] {
                sql += """

                    CREATE TRIGGER \(table)_edit_mark_\(event) AFTER \(event.uppercased()) ON \(table) BEGIN
                        UPDATE apps SET content_hash = \(mark) WHERE id = \(row).app_id;
                    END;
                    """
            }
        }
        try db.execute(sql: sql)
    }

    static func dropTriggers(_ db: Database) throws {
        for name in triggerNames { try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)") }
    }
}
