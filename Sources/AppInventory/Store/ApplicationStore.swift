import Foundation
import GRDB

/// Counts reported after an import.
public struct ImportSummary: Sendable, Equatable {
    public var file: String
    public var rows: Int
    public var inserted: Int
    public var updated: Int
    public var unchanged: Int
    /// With `--replace`: the apps of the same file that the new version no longer has.
    public var removal: RemovalSummary?
    /// Whether an earlier import read a file by this path; `--replace` retires nothing without one.
    public var earlierImport = false
    /// Inserted apps that look like an app this file's earlier version had and this one
    /// lacks: a rename that would otherwise leave a duplicate, and decisions on the old copy.
    public var possibleRenames: [RenameCandidates.Pair] = []
    /// Apps the earlier import of this file left without an owner that this import gave
    /// one: updated in place (same internal id, decisions kept) rather than duplicated.
    public var ownersGiven = 0
    /// Apps an earlier import stored under ids derived from agency and name (its register had
    /// no id column) that this import's rows, with ids of their own, updated in place.
    public var codesGiven = 0

    /// What `import --replace` does with apps that an earlier version of the file had.
    public enum Replacement: Sendable {
        /// Mark them retired, keeping their history and decisions.
        case retire
        /// Delete them.
        case delete
    }

    public init(file: String, rows: Int, inserted: Int, updated: Int, unchanged: Int, removal: RemovalSummary? = nil) {
        self.file = file
        self.rows = rows
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
        self.removal = removal
    }
}

/// Reads and writes applications in the inventory database.
public struct ApplicationStore {
    public let database: InventoryDatabase

    public init(_ database: InventoryDatabase) { self.database = database }

    /// Upserts applications by external id in one transaction.
    ///
    /// Rows whose content is identical are left untouched; changed rows are updated in place,
    /// keeping their internal id, so decisions and analysis tied to the app survive re-import.
    /// With `replacing`, apps an earlier version of the same file had and this one lacks are
    /// retired or deleted in the same transaction. With `dryRun`, the counts are computed and
    /// nothing is written.
    ///
    /// `renames` say which new names are old apps renamed: the row with the new name updates
    /// the old app in place; a rename whose old app or new row cannot be found is an error
    /// and nothing is written.
    public func importBatches(_ batches: [ImportBatch], replacing: ImportSummary.Replacement? = nil, dryRun: Bool = false,
                              renames: [AppRename] = []) throws -> [ImportSummary] {
        let work = { (db: Database) throws -> [ImportSummary] in
            let renamed = try Self.resolve(renames, in: batches, db: db)
            return try batches.map { batch in
                var summary = try upsert(batch, renamed: renamed, db: db, dryRun: dryRun)
                if let replacing { summary.removal = try Self.removeMissing(from: batch, mode: replacing, dryRun: dryRun, db: db) }
                return summary
            }
        }
        return dryRun ? try database.read(work) : try database.write(work)
    }

    private func upsert(_ batch: ImportBatch, renamed: [String: String], db: Database, dryRun: Bool) throws -> ImportSummary {
        let (apps, file) = (batch.applications, batch.file)
        let now = ISO8601DateFormatter().string(from: Date())
        var existing: [String: (id: Int64, hash: String, file: String?)] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT external_id, id, content_hash, source_file FROM apps")
        while let row = try cursor.next() { existing[row[0]] = (row[1], row[2], row[3]) }
        var summary = ImportSummary(file: file, rows: apps.count, inserted: 0, updated: 0, unchanged: 0)
        var pending: [(app: ImportedApplication, hash: String, id: Int64?)] = []
        // Unchanged apps now found in another file belong to it: `import --replace` of that
        // file must know them.
        var moved: [(id: Int64, row: Int)] = []
        // Hashing is most of the work for a re-import that changes little: on all cores.
        let hashes = ParallelSlots.map(apps.count, { Self.contentHash(apps[$0].application, agencyAsWritten: apps[$0].agencyAsWritten) }, placeholder: "")
        summary.earlierImport = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM import_runs WHERE file = ? AND kind = 'import')", arguments: [file]) ?? false
        var inserted: [ImportedApplication] = []
        // Renamed apps whose decisions move from the old id to the new one.
        var carried: [(old: String, new: String)] = []
        let ownerless = try EarlierCopies(batch, kind: .ownerless, db: db)
        let uncoded = try EarlierCopies(batch, kind: .uncoded, db: db)
        var claimed: Set<String> = []
        for (app, hash) in zip(apps, hashes) {
            var current = existing[app.application.externalID]
            if current == nil, let old = renamed[app.application.externalID], let renamedApp = existing[old] {
                current = renamedApp
                carried.append((old: old, new: app.application.externalID))
            } else if current == nil, let old = ownerless.copy(of: app), let copy = existing[old] {
                current = copy
                carried.append((old: old, new: app.application.externalID))
                summary.ownersGiven += 1
            } else if current == nil, let old = uncoded.copy(of: app), !claimed.contains(old), let copy = existing[old] {
                claimed.insert(old)
                current = copy
                carried.append((old: old, new: app.application.externalID))
                summary.codesGiven += 1
            }
            if let current {
                if current.hash == hash {
                    summary.unchanged += 1
                    if current.file != file { moved.append((current.id, app.sourceRow)) }
                    continue
                }
                summary.updated += 1
                pending.append((app, hash, current.id))
            } else {
                summary.inserted += 1
                pending.append((app, hash, nil))
                inserted.append(app)
            }
        }
        if summary.earlierImport, !inserted.isEmpty {
            summary.possibleRenames = try Self.possibleRenames(inserted, batch: batch, existing: existing, db: db)
        }
        if dryRun { return summary }
        try db.execute(sql: "INSERT INTO import_runs(file, sha256, format, rows, started_at) VALUES (?, ?, ?, ?, ?)", arguments: [file, batch.sha256, batch.format, apps.count, now])
        let runID = db.lastInsertedRowID
        let move = try db.makeStatement(sql: "UPDATE apps SET source_file = ?, source_row = ? WHERE id = ?")
        for (id, row) in moved { try move.execute(arguments: [file, row, id]) }
        try FullTextIndex.dropTriggers(db)
        try ContentEditMarks.dropTriggers(db)
        let touched = try write(pending, runID: runID, file: file, now: now, db: db)
        for ids in carried {
            try db.execute(sql: "UPDATE decisions SET app_a = ? WHERE app_a = ?", arguments: [ids.new, ids.old])
            try db.execute(sql: "UPDATE decisions SET app_b = ? WHERE app_b = ?", arguments: [ids.new, ids.old])
        }
        try FullTextIndex.reindex(db, ids: touched.count * 2 > existing.count + summary.inserted ? nil : touched)
        try FullTextIndex.createTriggers(db)
        try ContentEditMarks.createTriggers(db)
        try db.execute(sql: "UPDATE import_runs SET inserted = ?, updated = ?, unchanged = ?, finished_at = ? WHERE id = ?",
                       arguments: [summary.inserted, summary.updated, summary.unchanged, ISO8601DateFormatter().string(from: Date()), runID])
        return summary
    }

    /// The inserted apps that resemble an app of their agency that came from this file before
    /// and is missing from it now (not already retired).
    private static func possibleRenames(_ inserted: [ImportedApplication], batch: ImportBatch,
                                        existing: [String: (id: Int64, hash: String, file: String?)], db: Database) throws -> [RenameCandidates.Pair] {
        let present = Set(batch.applications.map(\.application.externalID))
        let missingIDs = existing.filter { $0.value.file == batch.file && !present.contains($0.key) }.map(\.value.id)
        guard !missingIDs.isEmpty, inserted.count * missingIDs.count <= RenameCandidates.comparisonLimit else { return [] }
        var missing: [RenameCandidates.Entry] = []
        let statement = try db.cachedStatement(sql: "SELECT external_id, name, agency FROM apps WHERE id = ? AND (status IS NULL OR status <> 'retired')")
        for id in missingIDs.sorted() {
            if let row = try Row.fetchOne(statement, arguments: [id]) {
                missing.append(RenameCandidates.Entry(name: row[1], agency: row[2], externalID: row[0]))
            }
        }
        let new = inserted.map { RenameCandidates.Entry(name: $0.application.name, agency: $0.application.agency, row: $0.sourceRow, externalID: $0.application.externalID) }
        let names = batch.applications.map(\.application.name) + missing.map(\.name)
        return RenameCandidates.pairs(new: new, missing: missing, names: names)
    }

    /// Writes new and changed apps with statements prepared once and bound directly, and
    /// returns their ids.
    ///
    /// The statements are prepared without the `apps` CHECK constraints: every value was
    /// validated as it was read (levels and statuses come from their enums, counts and costs
    /// are non-negative, attributes come from the JSON encoder), and SQLite builds a temporary
    /// table for each `IN (…)` check on every row: an eighth of an import's instructions.
    private func write(_ pending: [(app: ImportedApplication, hash: String, id: Int64?)], runID: Int64, file: String, now: String, db: Database) throws -> [Int64] {
        try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
        defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
        let columns = ["external_id", "name", "acronym", "agency", "unit", "level", "region", "domain", "rab_code", "raa_code",
                       "description", "users", "annual_cost", "status", "hosting", "tech_stack", "launched_year", "url",
                       "attributes", "source_file", "source_row", "import_run_id", "content_hash", "updated_at",
                       "province", "agency_as_written"]
        let insert = try BulkInsert(db, sql: "INSERT INTO apps(\(columns.joined(separator: ", ")), imported_at) VALUES (\(Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")))")
        // An app a later file has again is back in the inventory.
        let update = try BulkInsert(db, sql: "UPDATE apps SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")), removed_at = NULL WHERE id = ?")
        let children = [("app_features", "feature", \Application.features), ("app_data_entities", "entity", \.dataEntities), ("app_integrations", "target", \.integrations)]
        let childInserts = try children.map { try BulkInsert(db, sql: "INSERT INTO \($0.0)(app_id, position, \($0.1)) VALUES (?, ?, ?)") }
        let childDeletes = try children.map { try BulkInsert(db, sql: "DELETE FROM \($0.0) WHERE app_id = ?") }
        var touched: [Int64] = []
        touched.reserveCapacity(pending.count)
        for (imported, hash, existingID) in pending {
            let app = imported.application
            var values: [BulkValue] = [
                BulkValue(app.externalID), BulkValue(app.name), BulkValue(app.acronym), BulkValue(app.agency), BulkValue(app.unit),
                BulkValue(app.level?.rawValue), BulkValue(app.region), BulkValue(app.domain), BulkValue(app.rabCode), BulkValue(app.raaCode),
                BulkValue(app.description), BulkValue(app.users), BulkValue(app.annualCost), BulkValue(app.status?.rawValue),
                BulkValue(app.hosting), BulkValue(app.techStack), BulkValue(app.launchedYear), BulkValue(app.url),
                BulkValue(Self.json(app.attributes)), BulkValue(file), BulkValue(imported.sourceRow), BulkValue(runID), BulkValue(hash),
                BulkValue(now), BulkValue(app.province), BulkValue(imported.agencyAsWritten),
            ]
            let id: Int64
            if let existingID {
                values.append(BulkValue(existingID))
                try update.run(values)
                for delete in childDeletes { try delete.run([BulkValue(existingID)]) }
                id = existingID
            } else {
                values.append(BulkValue(now))
                try insert.run(values)
                id = db.lastInsertedRowID
            }
            for (statement, child) in zip(childInserts, children) {
                for (position, value) in app[keyPath: child.2].enumerated() {
                    try statement.run([BulkValue(id), BulkValue(position), BulkValue(value)])
                }
            }
            touched.append(id)
        }
        return touched
    }

    /// The SQL condition on `apps` of the apps in the inventory: all but those `import --replace`
    /// found gone from their register, which stay in the table for history and decisions only.
    public static let inInventory = "removed_at IS NULL"

    /// Every application in the inventory (``inInventory``), ordered by internal id (import order).
    public func fetchAll() throws -> [StoredApplication] {
        try database.read { db in try Self.fetchAll(db) }
    }

    static func fetchAll(_ db: Database) throws -> [StoredApplication] { try fetch(db, ids: nil) }

    /// The applications with internal ids `ids` (nil: every one), ordered by id. An
    /// incremental analysis reads only the few apps it profiles again this way.
    static func fetch(_ db: Database, ids: [Int64]?) throws -> [StoredApplication] {
        // Ids are numbers, so they are written into the SQL; chunks keep each statement short.
        let filters: [String?] = ids.map { ids in
            stride(from: 0, to: ids.count, by: 500).map { start in ids[start..<min(ids.count, start + 500)].map { String($0) }.joined(separator: ",") }
        } ?? [nil]
        var result: [StoredApplication] = []
        for filter in filters {
            func matching(_ column: String) -> String { filter.map { "WHERE \(column) IN (\($0))" } ?? "" }
            var lists: [String: [Int64: [String]]] = [:]
            for (table, column) in [("app_features", "feature"), ("app_data_entities", "entity"), ("app_integrations", "target")] {
                var byApp: [Int64: [String]] = [:]
                let cursor = try Row.fetchCursor(db, sql: "SELECT app_id, \(column) FROM \(table) \(matching("app_id")) ORDER BY app_id, position")
                while let row = try cursor.next() { byApp[row[0], default: []].append(row[1]) }
                lists[table] = byApp
            }
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT id, external_id, name, acronym, agency, unit, level, region, domain, rab_code, raa_code, description,
                       users, annual_cost, status, hosting, tech_stack, launched_year, url, attributes, province FROM apps
                WHERE \(inInventory) \(filter.map { "AND id IN (\($0))" } ?? "") ORDER BY id
                """)
            while let row = try cursor.next() {
                let id: Int64 = row[0]
                let attributesJSON: String = row[19]
                // Most registers carry no extra columns: no decoder for an empty object.
                let attributes = attributesJSON == "{}" ? [:] : (try? JSONDecoder().decode([String: String].self, from: Data(attributesJSON.utf8))) ?? [:]
                let app = Application(
                    externalID: row[1], name: row[2], acronym: row[3], agency: row[4], unit: row[5],
                    level: (row[6] as String?).flatMap(GovernmentLevel.init(rawValue:)), region: row[7], domain: row[8],
                    rabCode: row[9], raaCode: row[10], description: row[11], users: row[12], annualCost: row[13],
                    status: (row[14] as String?).flatMap(ApplicationStatus.init(rawValue:)), hosting: row[15], techStack: row[16],
                    launchedYear: row[17], url: row[18], features: lists["app_features"]![id] ?? [],
                    dataEntities: lists["app_data_entities"]![id] ?? [], integrations: lists["app_integrations"]![id] ?? [],
                    attributes: attributes, province: row[20])
                result.append(StoredApplication(id: id, application: app))
            }
        }
        return ids == nil ? result : result.sorted { $0.id < $1.id }
    }

    /// Attributes as a JSON object with sorted keys, so equal content gives equal text.
    static func json(_ attributes: [String: String]) -> String {
        if attributes.isEmpty { return "{}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(attributes)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// Fingerprint of everything a planner can edit; equal fingerprints mean "unchanged".
    /// The agency as written counts too, so a corrected spelling is an update.
    static func contentHash(_ app: Application, agencyAsWritten: String? = nil) -> String {
        var parts: [String] = [
            app.externalID, app.name, app.acronym ?? "", app.agency ?? "", app.unit ?? "", app.level?.rawValue ?? "",
            app.region ?? "", app.domain ?? "", app.rabCode ?? "", app.raaCode ?? "", app.description ?? "",
            app.users.map(String.init) ?? "", app.annualCost.map { String($0) } ?? "", app.status?.rawValue ?? "",
            app.hosting ?? "", app.techStack ?? "", app.launchedYear.map(String.init) ?? "", app.url ?? "",
            app.features.joined(separator: "\u{1E}"), app.dataEntities.joined(separator: "\u{1E}"),
            app.integrations.joined(separator: "\u{1E}"), app.province ?? "", agencyAsWritten ?? "",
        ]
        for key in app.attributes.keys.sorted() { parts.append(key + "\u{1D}" + app.attributes[key]!) }
        return Digest.sha256(parts.joined(separator: "\u{1F}"))
    }
}

/// An application with its internal database key.
public struct StoredApplication: Sendable, Equatable {
    public var id: Int64
    public var application: Application
}

