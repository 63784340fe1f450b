import GRDB

/// The database schema as a list of migrations: a database made by an older version is
/// upgraded in place, and one made by a newer version is refused rather than damaged.
enum InventorySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-inventory") { db in
            try db.execute(sql: """
                CREATE TABLE import_runs (
                    id INTEGER PRIMARY KEY,
                    file TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    format TEXT NOT NULL,
                    rows INTEGER NOT NULL DEFAULT 0,
                    inserted INTEGER NOT NULL DEFAULT 0,
                    updated INTEGER NOT NULL DEFAULT 0,
                    unchanged INTEGER NOT NULL DEFAULT 0,
                    started_at TEXT NOT NULL,
                    finished_at TEXT
                );
                CREATE TABLE apps (
                    id INTEGER PRIMARY KEY,
                    external_id TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    acronym TEXT,
                    agency TEXT,
                    unit TEXT,
                    level TEXT CHECK (level IN ('central', 'province', 'regency', 'city')),
                    region TEXT,
                    domain TEXT,
                    rab_code TEXT,
                    raa_code TEXT,
                    description TEXT,
                    users INTEGER CHECK (users >= 0),
                    annual_cost REAL CHECK (annual_cost >= 0),
                    status TEXT CHECK (status IN ('active', 'development', 'inactive', 'retired')),
                    hosting TEXT,
                    tech_stack TEXT,
                    launched_year INTEGER,
                    url TEXT,
                    attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
                    source_file TEXT,
                    source_row INTEGER,
                    import_run_id INTEGER REFERENCES import_runs(id),
                    content_hash TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX apps_agency ON apps(agency);
                CREATE INDEX apps_level ON apps(level);
                CREATE TABLE app_features (
                    app_id INTEGER NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    feature TEXT NOT NULL,
                    PRIMARY KEY (app_id, position)
                ) WITHOUT ROWID;
                CREATE TABLE app_data_entities (
                    app_id INTEGER NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    entity TEXT NOT NULL,
                    PRIMARY KEY (app_id, position)
                ) WITHOUT ROWID;
                CREATE TABLE app_integrations (
                    app_id INTEGER NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    target TEXT NOT NULL,
                    PRIMARY KEY (app_id, position)
                ) WITHOUT ROWID;
                CREATE VIRTUAL TABLE apps_fts USING fts5(
                    name, acronym, description, features,
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """)
            try FullTextIndex.createTriggers(db)
        }
        return migrator
    }
}
