import GRDB

/// Keeps `apps_fts` in step with `apps` and `app_features`.
///
/// Triggers keep it right for edits made with `consolidate sql --write`; bulk imports
/// drop them, write, re-index the rows they touched and restore them, all inside the
/// import's transaction (triggers make bulk loads about ten times slower).
enum FullTextIndex {
    private static let featuresOf = "(SELECT group_concat(feature, ' ') FROM app_features WHERE app_id = %@)"
    private static let triggerNames = ["apps_fts_insert", "apps_fts_update", "apps_fts_delete", "app_features_fts_insert", "app_features_fts_delete"]

    static func createTriggers(_ db: Database) throws {
        let newFeatures = featuresOf.replacingOccurrences(of: "%@", with: "new.id")
        try db.execute(sql: """
            CREATE TRIGGER apps_fts_insert AFTER INSERT ON apps BEGIN
                INSERT INTO apps_fts(rowid, name, acronym, description, features)
                VALUES (new.id, new.name, new.acronym, new.description, \(newFeatures));
            END;
            CREATE TRIGGER apps_fts_update AFTER UPDATE OF name, acronym, description ON apps BEGIN
                DELETE FROM apps_fts WHERE rowid = old.id;
                INSERT INTO apps_fts(rowid, name, acronym, description, features)
                VALUES (new.id, new.name, new.acronym, new.description, \(newFeatures));
            END;
            CREATE TRIGGER apps_fts_delete AFTER DELETE ON apps BEGIN
                DELETE FROM apps_fts WHERE rowid = old.id;
            END;
            CREATE TRIGGER app_features_fts_insert AFTER INSERT ON app_features BEGIN
                UPDATE apps_fts SET features = \(featuresOf.replacingOccurrences(of: "%@", with: "new.app_id")) WHERE rowid = new.app_id;
            END;
            CREATE TRIGGER app_features_fts_delete AFTER DELETE ON app_features BEGIN
                UPDATE apps_fts SET features = \(featuresOf.replacingOccurrences(of: "%@", with: "old.app_id")) WHERE rowid = old.app_id;
            END;
            """)
    }

    static func dropTriggers(_ db: Database) throws {
        for name in triggerNames { try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)") }
    }

    /// Re-indexes the given apps (or all of them when `ids` is nil).
    static func reindex(_ db: Database, ids: [Int64]?) throws {
        let select = "SELECT id, name, acronym, description, \(featuresOf.replacingOccurrences(of: "%@", with: "apps.id")) FROM apps"
        guard let ids else {
            try db.execute(sql: "DELETE FROM apps_fts")
            try db.execute(sql: "INSERT INTO apps_fts(rowid, name, acronym, description, features) \(select)")
            return
        }
        let delete = try db.makeStatement(sql: "DELETE FROM apps_fts WHERE rowid = ?")
        let insert = try db.makeStatement(sql: "INSERT INTO apps_fts(rowid, name, acronym, description, features) \(select) WHERE id = ?")
        for id in ids {
            try delete.execute(arguments: [id])
            try insert.execute(arguments: [id])
        }
    }
}
