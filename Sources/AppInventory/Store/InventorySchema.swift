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
        migrator.registerMigration("v2-analysis") { db in
            try db.execute(sql: """
                CREATE TABLE analysis_runs (
                    id INTEGER PRIMARY KEY,
                    parameters TEXT NOT NULL CHECK (json_valid(parameters)),
                    inventory_fingerprint TEXT NOT NULL,
                    decisions_fingerprint TEXT NOT NULL,
                    apps INTEGER NOT NULL,
                    pairs INTEGER NOT NULL,
                    groups INTEGER NOT NULL,
                    seconds REAL NOT NULL,
                    started_at TEXT NOT NULL,
                    finished_at TEXT NOT NULL
                );
                CREATE TABLE overlap_pairs (
                    run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
                    app_a INTEGER NOT NULL,
                    app_b INTEGER NOT NULL,
                    score REAL NOT NULL,
                    name_score REAL,
                    description_score REAL,
                    features_score REAL,
                    data_score REAL,
                    characters_score REAL,
                    shared_terms TEXT NOT NULL,
                    shared_features TEXT NOT NULL,
                    PRIMARY KEY (app_a, app_b)
                ) WITHOUT ROWID;
                CREATE INDEX overlap_pairs_b ON overlap_pairs(app_b);
                CREATE TABLE overlap_groups (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
                    label TEXT NOT NULL,
                    terms TEXT NOT NULL,
                    representative_app INTEGER NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
                    size INTEGER NOT NULL,
                    agencies INTEGER NOT NULL,
                    levels INTEGER NOT NULL,
                    total_users INTEGER NOT NULL,
                    total_cost REAL NOT NULL
                );
                CREATE TABLE group_members (
                    group_id INTEGER NOT NULL REFERENCES overlap_groups(id) ON DELETE CASCADE,
                    app_id INTEGER NOT NULL,
                    is_representative INTEGER NOT NULL,
                    PRIMARY KEY (group_id, app_id)
                ) WITHOUT ROWID;
                CREATE INDEX group_members_app ON group_members(app_id);
                -- Pairs and memberships hold hundreds of thousands of rows that every analysis
                -- replaces; a trigger instead of foreign keys keeps that replacement fast.
                CREATE TRIGGER apps_delete_analysis AFTER DELETE ON apps BEGIN
                    DELETE FROM overlap_pairs WHERE app_a = old.id OR app_b = old.id;
                    DELETE FROM group_members WHERE app_id = old.id;
                END;
                """)
        }
        migrator.registerMigration("v3-planning") { db in
            try db.execute(sql: """
                CREATE TABLE national_platforms (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    acronym TEXT,
                    owner TEXT,
                    mandatory INTEGER NOT NULL DEFAULT 0,
                    functions TEXT NOT NULL DEFAULT '',
                    description TEXT
                );
                CREATE TABLE decisions (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('keep', 'retain', 'separate', 'merge')),
                    app_a TEXT NOT NULL,
                    app_b TEXT,
                    reason TEXT,
                    decided_by TEXT,
                    decided_at TEXT NOT NULL,
                    undone_at TEXT
                );
                CREATE TABLE plans (
                    id INTEGER PRIMARY KEY,
                    created_at TEXT NOT NULL,
                    parameters TEXT NOT NULL CHECK (json_valid(parameters)),
                    analysis_run_id INTEGER REFERENCES analysis_runs(id),
                    apps INTEGER NOT NULL,
                    platforms INTEGER NOT NULL,
                    retained INTEGER NOT NULL,
                    cost_before REAL NOT NULL,
                    cost_after REAL NOT NULL
                );
                CREATE TABLE plan_platforms (
                    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    national_platform TEXT,
                    survivor_app INTEGER,
                    apps INTEGER NOT NULL,
                    users INTEGER NOT NULL,
                    cost_before REAL NOT NULL,
                    cost_after REAL NOT NULL,
                    saving REAL NOT NULL,
                    functions TEXT NOT NULL,
                    PRIMARY KEY (plan_id, number)
                ) WITHOUT ROWID;
                CREATE TABLE plan_items (
                    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                    app_id INTEGER NOT NULL,
                    action TEXT NOT NULL CHECK (action IN ('platform', 'migrate', 'retire', 'retain')),
                    platform_number INTEGER,
                    wave INTEGER,
                    confidence REAL NOT NULL,
                    reason TEXT NOT NULL,
                    PRIMARY KEY (plan_id, app_id)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v4-intake") { db in
            try db.execute(sql: """
                ALTER TABLE apps ADD COLUMN province TEXT;
                ALTER TABLE apps ADD COLUMN agency_as_written TEXT;
                CREATE INDEX apps_province ON apps(province);
                ALTER TABLE import_runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'import'
                    CHECK (kind IN ('import', 'replace', 'remove'));
                ALTER TABLE import_runs ADD COLUMN removed INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE import_runs ADD COLUMN reason TEXT;
                UPDATE apps SET agency_as_written = agency;
                """)
            // Apps imported before provinces existed get theirs from the gazetteer.
            let update = try db.makeStatement(sql: "UPDATE apps SET province = ? WHERE id = ?")
            let rows = try Row.fetchAll(db, sql: "SELECT id, agency, region, level FROM apps")
            for row in rows {
                let app = Application(externalID: "", name: "", agency: row[1], level: (row[3] as String?).flatMap(GovernmentLevel.init(rawValue:)), region: row[2])
                if let province = RegionGazetteer.shared.province(of: app) { try update.execute(arguments: [province, row[0] as Int64]) }
            }
        }
        migrator.registerMigration("v5-plan-v2") { db in
            // The platform catalogue replaces the list of national platforms; decisions gain
            // assign and exclude; plans gain functions, money, dated waves and decision effects.
            try db.execute(sql: """
                DROP TABLE national_platforms;
                CREATE TABLE platform_catalogue (
                    id INTEGER PRIMARY KEY,
                    platform TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('national-mandatory', 'national-sectoral', 'shared')),
                    owner TEXT NOT NULL,
                    sector TEXT NOT NULL,
                    mandatory INTEGER NOT NULL,
                    basis TEXT NOT NULL,
                    url TEXT,
                    onboarding_cost REAL NOT NULL,
                    running_cost_per_app REAL NOT NULL,
                    function_key TEXT NOT NULL UNIQUE,
                    function TEXT NOT NULL,
                    function_en TEXT NOT NULL,
                    keywords TEXT NOT NULL,
                    function_description TEXT NOT NULL
                );
                CREATE TABLE catalogue_import (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    mode TEXT NOT NULL CHECK (mode IN ('replace', 'extend')),
                    file TEXT,
                    imported_at TEXT NOT NULL
                );
                CREATE TABLE function_matches (
                    analysis_run_id INTEGER NOT NULL,
                    catalogue_fingerprint TEXT NOT NULL,
                    app_id INTEGER NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
                    rank INTEGER NOT NULL,
                    function_key TEXT NOT NULL,
                    score REAL NOT NULL,
                    evidence TEXT NOT NULL,
                    PRIMARY KEY (app_id, rank)
                ) WITHOUT ROWID;
                CREATE TABLE decisions_v2 (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('keep', 'retain', 'separate', 'merge', 'assign', 'exclude')),
                    app_a TEXT NOT NULL,
                    app_b TEXT,
                    platform TEXT,
                    reason TEXT,
                    decided_by TEXT,
                    decided_at TEXT NOT NULL,
                    undone_at TEXT
                );
                INSERT INTO decisions_v2(id, kind, app_a, app_b, reason, decided_by, decided_at, undone_at)
                    SELECT id, kind, app_a, app_b, reason, decided_by, decided_at, undone_at FROM decisions;
                DROP TABLE decisions;
                ALTER TABLE decisions_v2 RENAME TO decisions;
                ALTER TABLE plans ADD COLUMN one_off_cost REAL;
                ALTER TABLE plans ADD COLUMN annual_saving REAL;
                ALTER TABLE plans ADD COLUMN years INTEGER;
                ALTER TABLE plans ADD COLUMN net_saving REAL;
                ALTER TABLE plans ADD COLUMN net_saving_low REAL;
                ALTER TABLE plans ADD COLUMN net_saving_high REAL;
                ALTER TABLE plans ADD COLUMN planned_apps INTEGER;
                ALTER TABLE plans ADD COLUMN unknown_cost_apps INTEGER;
                ALTER TABLE plans ADD COLUMN summary TEXT;
                ALTER TABLE plan_platforms ADD COLUMN kind TEXT;
                ALTER TABLE plan_platforms ADD COLUMN owner TEXT;
                ALTER TABLE plan_platforms ADD COLUMN sector TEXT;
                ALTER TABLE plan_platforms ADD COLUMN basis TEXT;
                ALTER TABLE plan_platforms ADD COLUMN url TEXT;
                ALTER TABLE plan_platforms ADD COLUMN one_off_cost REAL;
                ALTER TABLE plan_platforms ADD COLUMN annual_saving REAL;
                ALTER TABLE plan_items ADD COLUMN function_key TEXT;
                ALTER TABLE plan_items ADD COLUMN lead_app INTEGER;
                ALTER TABLE plan_items ADD COLUMN wave_start TEXT;
                ALTER TABLE plan_items ADD COLUMN one_off_cost REAL;
                ALTER TABLE plan_items ADD COLUMN annual_saving REAL;
                ALTER TABLE plan_items ADD COLUMN decision_id INTEGER;
                ALTER TABLE plan_items ADD COLUMN reason_id TEXT;
                CREATE TABLE plan_waves (
                    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                    wave INTEGER NOT NULL,
                    start_quarter TEXT NOT NULL,
                    end_quarter TEXT NOT NULL,
                    apps INTEGER NOT NULL,
                    users INTEGER NOT NULL,
                    one_off_cost REAL NOT NULL,
                    PRIMARY KEY (plan_id, wave)
                ) WITHOUT ROWID;
                CREATE TABLE plan_decisions (
                    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                    decision_id INTEGER NOT NULL,
                    applied INTEGER NOT NULL,
                    effect TEXT NOT NULL,
                    effect_id TEXT NOT NULL,
                    PRIMARY KEY (plan_id, decision_id)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v8-web") { db in
            // Who may use the web workspace (`consolidate users`); passwords only as bcrypt hashes.
            try db.execute(sql: """
                CREATE TABLE web_users (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    role TEXT NOT NULL CHECK (role IN ('viewer', 'planner', 'admin')),
                    password_hash TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v9-scope-and-net-saving") { db in
            // Platforms gain the governments they serve; one function may then belong to two
            // platforms of different scopes (SIPD RI for regions, SAKTI for ministries). Plan
            // items gain their net over the horizon, counted from the end of their wave.
            try db.execute(sql: """
                ALTER TABLE plan_items ADD COLUMN net_saving REAL;
                CREATE TABLE platform_catalogue_v9 (
                    id INTEGER PRIMARY KEY,
                    platform TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('national-mandatory', 'national-sectoral', 'shared')),
                    owner TEXT NOT NULL,
                    sector TEXT NOT NULL,
                    mandatory INTEGER NOT NULL,
                    scope TEXT NOT NULL DEFAULT 'all' CHECK (scope IN ('regional', 'central', 'all')),
                    basis TEXT NOT NULL,
                    url TEXT,
                    onboarding_cost REAL NOT NULL,
                    running_cost_per_app REAL NOT NULL,
                    function_key TEXT NOT NULL,
                    function TEXT NOT NULL,
                    function_en TEXT NOT NULL,
                    keywords TEXT NOT NULL,
                    function_description TEXT NOT NULL,
                    UNIQUE (platform, function_key)
                );
                INSERT INTO platform_catalogue_v9(id, platform, kind, owner, sector, mandatory, basis, url, onboarding_cost, running_cost_per_app,
                    function_key, function, function_en, keywords, function_description)
                    SELECT id, platform, kind, owner, sector, mandatory, basis, url, onboarding_cost, running_cost_per_app,
                        function_key, function, function_en, keywords, function_description FROM platform_catalogue;
                DROP TABLE platform_catalogue;
                ALTER TABLE platform_catalogue_v9 RENAME TO platform_catalogue;
                """)
        }
        migrator.registerMigration("v10-search-index") { db in
            // What `check` and an incremental `analyze` reuse from the latest analysis
            // (docs/schema.md): vectors per field in compressed-row form, as little-endian BLOBs.
            try db.execute(sql: """
                CREATE TABLE search_index (
                    run_id INTEGER PRIMARY KEY REFERENCES analysis_runs(id) ON DELETE CASCADE,
                    apps INTEGER NOT NULL,
                    statistics_apps INTEGER NOT NULL,
                    full_run_id INTEGER NOT NULL,
                    reprofiled INTEGER NOT NULL,
                    language TEXT NOT NULL CHECK (language IN ('indonesian', 'english')),
                    app_ids BLOB NOT NULL,
                    content_hashes TEXT NOT NULL,
                    corpus_roots TEXT NOT NULL,
                    display_forms TEXT NOT NULL,
                    expansions TEXT NOT NULL,
                    feature_phrases TEXT NOT NULL,
                    link_offsets BLOB NOT NULL,
                    links BLOB NOT NULL
                );
                CREATE TABLE search_fields (
                    run_id INTEGER NOT NULL REFERENCES search_index(run_id) ON DELETE CASCADE,
                    field TEXT NOT NULL CHECK (field IN ('name', 'description', 'features', 'data', 'characters', 'context')),
                    vocabulary TEXT NOT NULL,
                    document_frequency BLOB NOT NULL,
                    brand_factors BLOB NOT NULL,
                    median_norm REAL NOT NULL,
                    offsets BLOB NOT NULL,
                    terms BLOB NOT NULL,
                    weights BLOB NOT NULL,
                    confidence BLOB NOT NULL,
                    PRIMARY KEY (run_id, field)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v11-plan-money") { db in
            // Plan items say what their saving rests on (a confirmed match, a weak one still to
            // verify, or an app already inactive), so every total can be split. Earlier plans
            // get the basis their reasons imply: weak under the plan's threshold. Catalogue
            // platforms gain their sector in English, for English exports.
            try db.execute(sql: """
                ALTER TABLE platform_catalogue ADD COLUMN sector_en TEXT;
                ALTER TABLE plan_platforms ADD COLUMN sector_en TEXT;
                ALTER TABLE plan_items ADD COLUMN saving_basis TEXT
                    CHECK (saving_basis IN ('confirmed', 'weak-match', 'inactive'));
                UPDATE plan_items SET saving_basis = CASE
                    WHEN action = 'retain' THEN NULL
                    WHEN confidence < coalesce((SELECT json_extract(p.parameters, '$.weakBelow') FROM plans p WHERE p.id = plan_items.plan_id), 0.35)
                        AND decision_id IS NULL THEN 'weak-match'
                    ELSE 'confirmed' END;
                """)
        }
        migrator.registerMigration("v12-incremental") { db in
            // Each stored neighbour's score and the grouping background, so an incremental
            // `analyze` keeps unchanged lists without scoring them again (NULL: saved before).
            try db.execute(sql: """
                ALTER TABLE search_index ADD COLUMN link_scores BLOB;
                ALTER TABLE search_index ADD COLUMN background REAL;
                """)
        }
        migrator.registerMigration("v13-owner-in-english") { db in
            // Catalogue platforms and planned platforms gain their owner in English where the
            // owner is a description (a shared platform), for English exports and reports.
            try db.execute(sql: """
                ALTER TABLE platform_catalogue ADD COLUMN owner_en TEXT;
                ALTER TABLE plan_platforms ADD COLUMN owner_en TEXT;
                """)
        }
        migrator.registerMigration("v14-brand-median") { db in
            // Each field's median term coherence, which its brand discounts are measured against,
            // so an incremental `analyze` recomputes the discounts its edits touch (NULL: saved before).
            try db.execute(sql: "ALTER TABLE search_fields ADD COLUMN brand_median REAL")
        }
        migrator.registerMigration("v15-wave-roles") { db in
            // Each wave's apps by role (moves, moves awaiting the check of a weak match,
            // switch-offs of inactive apps, module leads), stored once as the planner counts them
            // so every output reads the same figures. Plans saved before get them from their
            // items, by the rule the planner had then (`WaveRole`): a frozen copy on purpose, since
            // a migration must back-fill the same figures whatever the rule becomes later; live
            // code counts through `WaveRole` (`PlanWaveCounts` generates its SQL from it).
            try db.execute(sql: """
                ALTER TABLE plan_waves ADD COLUMN moves INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE plan_waves ADD COLUMN moves_to_check INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE plan_waves ADD COLUMN switch_offs INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE plan_waves ADD COLUMN leads INTEGER NOT NULL DEFAULT 0;
                UPDATE plan_waves SET
                    moves = (SELECT count(*) FROM plan_items i WHERE i.plan_id = plan_waves.plan_id AND i.wave = plan_waves.wave
                             AND i.action IN ('migrate', 'retire') AND coalesce(i.saving_basis, '') <> 'inactive'),
                    moves_to_check = (SELECT count(*) FROM plan_items i WHERE i.plan_id = plan_waves.plan_id AND i.wave = plan_waves.wave
                             AND i.action IN ('migrate', 'retire') AND i.saving_basis = 'weak-match'),
                    switch_offs = (SELECT count(*) FROM plan_items i WHERE i.plan_id = plan_waves.plan_id AND i.wave = plan_waves.wave
                             AND i.action IN ('migrate', 'retire') AND i.saving_basis = 'inactive'),
                    leads = (SELECT count(*) FROM plan_items i WHERE i.plan_id = plan_waves.plan_id AND i.wave = plan_waves.wave
                             AND i.action = 'platform');
                """)
        }
        migrator.registerMigration("v16-content-edit-marks") { db in
            // An app edited outside an import gets a fresh content hash, so the stored hashes
            // alone tell what changed since an analysis (ContentEditMarks).
            try ContentEditMarks.createTriggers(db)
        }
        migrator.registerMigration("v17-search-neighbour-rows") { db in
            // Each app's neighbour list in a row of its own, so an incremental `analyze` rewrites
            // only the lists it changed (docs/schema.md). An index stored before keeps its lists in
            // `search_index` and is dropped: the next `analyze` runs in full and stores it anew.
            try db.execute(sql: """
                DELETE FROM search_fields;
                DELETE FROM search_index;
                CREATE TABLE search_neighbours (
                    position INTEGER PRIMARY KEY,
                    links BLOB NOT NULL,
                    scores BLOB NOT NULL
                );
                """)
        }
        migrator.registerMigration("v18-removed-apps") { db in
            // Apps `import --replace` found gone from their register stay for history and
            // decisions, marked with when they were removed; analysis, plan and report leave
            // them out (ApplicationStore.inInventory). Earlier removals carry their marker hash.
            try db.execute(sql: """
                ALTER TABLE apps ADD COLUMN removed_at TEXT;
                UPDATE apps SET removed_at = updated_at WHERE content_hash = 'retired by replace';
                """)
        }
        migrator.registerMigration("v19-decision-undone-by") { db in
            // Between planners, "who withdrew my decision" is the first question: an undo names its author.
            try db.execute(sql: "ALTER TABLE decisions ADD COLUMN undone_by TEXT")
        }
        migrator.registerMigration("v20-function-sense-words") { db in
            // Words one of which an app must hold for a catalogue function's keywords to name it
            // fully (business licensing needs "usaha"); NULL: none, as every function had before.
            try db.execute(sql: "ALTER TABLE platform_catalogue ADD COLUMN sense_words TEXT")
        }
        migrator.registerMigration("v21-platform-aliases") { db in
            // Other names registers give a national platform's instance at an agency ("LPSE" for
            // SPSE), so a planner's own catalogue names its instances; NULL: none.
            try db.execute(sql: "ALTER TABLE platform_catalogue ADD COLUMN aliases TEXT")
        }
        migrator.registerMigration("v22-plan-item-shortfall") { db in
            // Why a move costs more than it saves over the horizon (late-queue, slow-payback,
            // no-yearly-saving): summaries and the report tell a late wave from a poor move.
            try db.execute(sql: "ALTER TABLE plan_items ADD COLUMN shortfall TEXT")
        }
        migrator.registerMigration("v23-wave-stops") { db in
            // Of each wave's moves, the apps still in development whose builds stop (they take no
            // onboarding place). Plans saved before stopped no build: 0 is their count.
            try db.execute(sql: "ALTER TABLE plan_waves ADD COLUMN stops INTEGER NOT NULL DEFAULT 0")
        }
        return migrator
    }
}
