import Foundation
import GRDB

/// Saves overlap analyses so SQL users can join pairs and groups to `apps`.
public struct AnalysisStore {
    public let database: InventoryDatabase

    public init(_ database: InventoryDatabase) { self.database = database }

    /// Replaces the previous analysis with `analysis` of `apps`, in one transaction.
    @discardableResult
    public func save(_ analysis: OverlapAnalysis, apps: [StoredApplication], startedAt: Date, seconds: Double) throws -> Int64 {
        try database.write { db in
            try db.execute(sql: "DELETE FROM group_members; DELETE FROM overlap_groups; DELETE FROM overlap_pairs;")
            let runID = try Self.insertRun(analysis.parameters, apps: apps, fingerprint: Self.fingerprint(db), pairs: analysis.pairs.count,
                                           groups: analysis.groups.count, startedAt: startedAt, seconds: seconds, db: db)
            try Self.insert(analysis.pairs, runID: runID, apps: apps, db: db)
            try Self.insert(analysis.groups, runID: runID, apps: apps, db: db)
            if let index = analysis.searchIndex { try SearchIndexStore.save(index, runID: runID, apps: apps, db: db) }
            return runID
        }
    }

    /// Records one analysis of `apps`, with the inventory's `fingerprint`, in `analysis_runs`; returns its id.
    static func insertRun(_ parameters: AnalysisParameters, apps: [StoredApplication], fingerprint: String, pairs: Int, groups: Int,
                          startedAt: Date, seconds: Double, db: Database) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let settings = String(decoding: try encoder.encode(parameters), as: UTF8.self)
        let formatter = ISO8601DateFormatter()
        try db.execute(sql: """
            INSERT INTO analysis_runs(parameters, inventory_fingerprint, decisions_fingerprint, apps, pairs, groups, seconds, started_at, finished_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [settings, fingerprint, try DecisionStore.analysisFingerprint(db), apps.count, pairs, groups, seconds,
                             formatter.string(from: startedAt), formatter.string(from: Date())])
        return db.lastInsertedRowID
    }

    /// Writes `pairs` of `apps` as analysis `runID` explained them, replacing any stored row of the same two apps.
    static func insert(_ pairs: [OverlapPair], runID: Int64, apps: [StoredApplication], db: Database) throws {
        let insertPair = try BulkInsert(db, sql: """
            INSERT OR REPLACE INTO overlap_pairs(run_id, app_a, app_b, score, name_score, description_score, features_score, data_score,
                characters_score, shared_terms, shared_features) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for pair in pairs {
            let components = pair.components.map { BulkValue($0.map(Self.rounded)) }
            try insertPair.run([BulkValue(runID), BulkValue(apps[pair.a].id), BulkValue(apps[pair.b].id), BulkValue(Self.rounded(pair.score))]
                + components + [BulkValue(pair.sharedTerms.joined(separator: "; ")), BulkValue(pair.sharedFeatures.joined(separator: "; "))])
        }
    }

    /// Writes `groups` of `apps` and their members under their ids (which must be free).
    static func insert(_ groups: [OverlapGroup], runID: Int64, apps: [StoredApplication], db: Database) throws {
        let insertGroup = try db.makeStatement(sql: """
            INSERT INTO overlap_groups(id, run_id, label, terms, representative_app, size, agencies, levels, total_users, total_cost)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertMember = try db.makeStatement(sql: "INSERT INTO group_members(group_id, app_id, is_representative) VALUES (?, ?, ?)")
        for group in groups {
            let members = group.members.map { apps[$0].application }
            try insertGroup.execute(arguments: [
                group.id, runID, group.label, group.terms.joined(separator: "; "), apps[group.representative].id, members.count,
                Set(members.compactMap(\.agency)).count, Set(members.compactMap(\.level)).count,
                members.compactMap(\.users).reduce(0, +), members.compactMap(\.annualCost).reduce(0, +),
            ])
            for member in group.members {
                try insertMember.execute(arguments: [group.id, apps[member].id, member == group.representative])
            }
        }
    }

    /// Whether the inventory changed (imports, `sql --write`) since the last analysis; nil when there is none.
    ///
    /// Overlap results describe the inventory as it was analysed; after a change they can name
    /// apps that no longer exist or miss new ones, so report commands warn.
    public func inventoryChangedSinceAnalysis() throws -> Bool? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT inventory_fingerprint FROM analysis_runs ORDER BY id DESC LIMIT 1")
                .map { !(try Self.inventoryUnchanged(since: $0, db)) }
        }
    }

    /// Scores are stored to four decimals: enough to rank, and stable to read.
    static func rounded(_ score: Double) -> Double { (score * 10000).rounded() / 10000 }

    /// Marks a fingerprint made from the stored content hashes.
    private static let fingerprintVersion = "ids+stored-hashes:"

    /// Fingerprint of the inventory as it is now: every app's id and stored content hash, in id
    /// order. ``ContentEditMarks`` keeps those hashes true for edits outside an import, so no
    /// app's content has to be read and hashed again.
    static func fingerprint(_ db: Database) throws -> String {
        var text: [UInt8] = []
        let statement = try db.makeStatement(sql: "SELECT id, content_hash FROM apps WHERE \(ApplicationStore.inInventory) ORDER BY id")
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() {
            text.append(contentsOf: String(row[0] as Int64).utf8)
            text.append(UInt8(ascii: ":"))
            text.append(contentsOf: (row[1] as String).utf8)
            text.append(UInt8(ascii: "\n"))
        }
        return fingerprintVersion + Digest.sha256(Data(text))
    }

    /// Whether a stored inventory fingerprint describes the inventory as it is now. A
    /// fingerprint stored before ``fingerprint(_:)`` was made from stored hashes hashed every
    /// app's content; it is checked that way.
    static func inventoryUnchanged(since stored: String, _ db: Database) throws -> Bool {
        guard stored.hasPrefix(fingerprintVersion) else {
            let apps = try ApplicationStore.fetchAll(db)
            let lines = apps.map { "\($0.id):\(ApplicationStore.contentHash($0.application))" }
            return stored == Digest.sha256(lines.joined(separator: "\n"))
        }
        return stored == (try fingerprint(db))
    }
}
