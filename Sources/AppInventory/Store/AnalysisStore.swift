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
            let runID = try Self.insertRun(analysis.parameters, apps: apps.count, fingerprint: Self.fingerprint(db), pairs: analysis.pairs.count,
                                           groups: analysis.groups.count, startedAt: startedAt, seconds: seconds, db: db)
            let ids = apps.map(\.id)
            // The pairs come in key order, so the table fills by appending; the index by the
            // second app would be filled in random order, slower than building it once after.
            try db.execute(sql: "DROP INDEX overlap_pairs_b")
            try Self.insert(analysis.pairs, runID: runID, ids: ids, db: db)
            try db.execute(sql: "CREATE INDEX overlap_pairs_b ON overlap_pairs(app_b)")
            try Self.insert(analysis.groups, runID: runID, ids: ids, member: { MemberFacts(apps[$0].application) }, db: db)
            if let index = analysis.searchIndex {
                try SearchIndexStore.save(index, runID: runID, ids: ids, hashes: SearchIndexStore.storedHashes(of: ids, db), db: db)
            }
            return runID
        }
    }

    /// Records one analysis of `apps`, with the inventory's `fingerprint`, in `analysis_runs`; returns its id.
    static func insertRun(_ parameters: AnalysisParameters, apps: Int, fingerprint: String, pairs: Int, groups: Int,
                          startedAt: Date, seconds: Double, db: Database) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let settings = String(decoding: try encoder.encode(parameters), as: UTF8.self)
        let formatter = ISO8601DateFormatter()
        try db.execute(sql: """
            INSERT INTO analysis_runs(parameters, inventory_fingerprint, decisions_fingerprint, apps, pairs, groups, seconds, started_at, finished_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [settings, fingerprint, try DecisionStore.analysisFingerprint(db), apps, pairs, groups, seconds,
                             formatter.string(from: startedAt), formatter.string(from: Date())])
        return db.lastInsertedRowID
    }

    /// Writes `pairs` of the apps `ids` (by position) as analysis `runID` explained them, replacing any stored row of the same two apps.
    static func insert(_ pairs: [OverlapPair], runID: Int64, ids: [Int64], db: Database) throws {
        let insertPair = try BulkInsert(db, sql: """
            INSERT OR REPLACE INTO overlap_pairs(run_id, app_a, app_b, score, name_score, description_score, features_score, data_score,
                characters_score, shared_terms, shared_features) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for pair in pairs {
            let components = pair.components.map { BulkValue($0.map(Self.rounded)) }
            try insertPair.run([BulkValue(runID), BulkValue(ids[pair.a]), BulkValue(ids[pair.b]), BulkValue(Self.rounded(pair.score))]
                + components + [BulkValue(pair.sharedTerms.joined(separator: "; ")), BulkValue(pair.sharedFeatures.joined(separator: "; "))])
        }
    }

    /// What a group's row sums up of each member app.
    struct MemberFacts {
        var agency: String?
        var level: GovernmentLevel?
        var users: Int?
        var annualCost: Double?

        init(_ app: Application) { (agency, level, users, annualCost) = (app.agency, app.level, app.users, app.annualCost) }

        init(agency: String?, level: GovernmentLevel?, users: Int?, annualCost: Double?) {
            (self.agency, self.level, self.users, self.annualCost) = (agency, level, users, annualCost)
        }
    }

    /// The ``MemberFacts`` of the apps `ids`, by id, read without their whole records.
    static func memberFacts(of ids: [Int64], db: Database) throws -> [Int64: MemberFacts] {
        var facts: [Int64: MemberFacts] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let list = ids[start..<min(ids.count, start + 500)].map { String($0) }.joined(separator: ",")
            for row in try Row.fetchAll(db, sql: "SELECT id, agency, level, users, annual_cost FROM apps WHERE id IN (\(list))") {
                facts[row[0]] = MemberFacts(agency: row[1], level: (row[2] as String?).flatMap(GovernmentLevel.init(rawValue:)), users: row[3], annualCost: row[4])
            }
        }
        return facts
    }

    /// Writes `groups` of the apps `ids` (by position; `member` gives each member's facts)
    /// and their members under their ids (which must be free).
    static func insert(_ groups: [OverlapGroup], runID: Int64, ids: [Int64], member: (Int) -> MemberFacts, db: Database) throws {
        let insertGroup = try db.makeStatement(sql: """
            INSERT INTO overlap_groups(id, run_id, label, terms, representative_app, size, agencies, levels, total_users, total_cost)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertMember = try db.makeStatement(sql: "INSERT INTO group_members(group_id, app_id, is_representative) VALUES (?, ?, ?)")
        for group in groups {
            let members = group.members.map(member)
            try insertGroup.execute(arguments: [
                group.id, runID, group.label, group.terms.joined(separator: "; "), ids[group.representative], members.count,
                Set(members.compactMap(\.agency)).count, Set(members.compactMap(\.level)).count,
                members.compactMap(\.users).reduce(0, +), members.compactMap(\.annualCost).reduce(0, +),
            ])
            for member in group.members {
                try insertMember.execute(arguments: [group.id, ids[member], member == group.representative])
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
        var (ids, hashes) = ([Int64](), [String]())
        let rows = try Row.fetchCursor(db, sql: "SELECT id, content_hash FROM apps WHERE \(ApplicationStore.inInventory) ORDER BY id")
        while let row = try rows.next() {
            ids.append(row[0])
            hashes.append(row[1])
        }
        return fingerprint(ids: ids, hashes: hashes)
    }

    /// The fingerprint of apps `ids` (in id order) with stored content hashes `hashes`.
    static func fingerprint(ids: [Int64], hashes: [String]) -> String {
        var text: [UInt8] = []
        for (id, hash) in zip(ids, hashes) {
            text.append(contentsOf: String(id).utf8)
            text.append(UInt8(ascii: ":"))
            text.append(contentsOf: hash.utf8)
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
