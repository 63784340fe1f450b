import Foundation
import GRDB

/// The latest analysis as the planner reads it: groups, their words and every app's look-alikes.
public struct StoredAnalysis: Sendable {
    public var runID: Int64
    public var groups: [[Int]]
    public var groupTerms: [[String]]
    /// Each group's number (its id, as `consolidate overlap` lists it) and label, so the plan
    /// names a group as `check` does (``OverlapGroupName``).
    public var groupNumbers: [Int]
    public var groupLabels: [String]
    public var lookAlikes: [[LookAlike]]
}

/// Merge plans and what they are built from, in the inventory database.
public struct PlanningStore {
    public let database: InventoryDatabase

    public init(_ database: InventoryDatabase) { self.database = database }

    /// The latest analysis when it is still current: made on the inventory as it is now and
    /// with the separate/merge decisions in force. Nil means "analyse again".
    public func currentAnalysis(apps: [StoredApplication]) throws -> StoredAnalysis? {
        try database.read { db in
            guard let run = try Row.fetchOne(db, sql: "SELECT id, decisions_fingerprint, inventory_fingerprint FROM analysis_runs ORDER BY id DESC LIMIT 1") else { return nil }
            if (run[1] as String) != (try DecisionStore.analysisFingerprint(db)) { return nil }
            if !(try AnalysisStore.inventoryUnchanged(since: run[2], db)) { return nil }
            let index = Dictionary(uniqueKeysWithValues: apps.enumerated().map { ($1.id, $0) })
            var groups: [Int64: [Int]] = [:]
            // Cursors: hundreds of thousands of rows are read once each, never held.
            let members = try Row.fetchCursor(db, sql: "SELECT group_id, app_id FROM group_members ORDER BY group_id, is_representative DESC, app_id")
            while let row = try members.next() {
                if let app = index[row[1]] { groups[row[0], default: []].append(app) }
            }
            var terms: [Int64: [String]] = [:]
            var labels: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, terms, label FROM overlap_groups") {
                terms[row[0]] = ValueParser.list(row[1] ?? "")
                labels[row[0]] = row[2]
            }
            var lookAlikes = Array(repeating: [LookAlike](), count: apps.count)
            let pairs = try Row.fetchCursor(db, sql: "SELECT app_a, app_b, score FROM overlap_pairs")
            while let row = try pairs.next() {
                guard let a = index[row[0]], let b = index[row[1]] else { continue }
                lookAlikes[a].append(LookAlike(app: b, score: row[2]))
                lookAlikes[b].append(LookAlike(app: a, score: row[2]))
            }
            let ids = groups.keys.sorted()
            return StoredAnalysis(runID: run[0], groups: ids.map { groups[$0]! }, groupTerms: ids.map { terms[$0] ?? [] },
                                  groupNumbers: ids.map { Int($0) }, groupLabels: ids.map { labels[$0] ?? "" }, lookAlikes: lookAlikes)
        }
    }

    // MARK: Function matches

    /// Function matches cached for this analysis and catalogue, nil when there are none
    /// (an inventory where no app names any function is simply matched again).
    public func functionMatches(runID: Int64, catalogue: PlatformCatalogue, apps: [StoredApplication]) throws -> (matches: [[FunctionMatch]], evidence: [[[String]]])? {
        try database.read { db in
            let fingerprint = Self.matchKey(catalogue)
            let keys = Dictionary(catalogue.functions.enumerated().map { ($1.function.key, $0) }, uniquingKeysWith: { first, _ in first })
            let index = Dictionary(uniqueKeysWithValues: apps.enumerated().map { ($1.id, $0) })
            var matches = Array(repeating: [FunctionMatch](), count: apps.count)
            var evidence = Array(repeating: [[String]](), count: apps.count)
            var rows = 0
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT app_id, function_key, score, evidence FROM function_matches
                WHERE analysis_run_id = ? AND catalogue_fingerprint = ? ORDER BY app_id, rank
                """, arguments: [runID, fingerprint])
            while let row = try cursor.next() {
                rows += 1
                guard let app = index[row[0]], let function = keys[row[1]] else { continue }
                matches[app].append(FunctionMatch(function: function, score: row[2]))
                let words: String = row[3]
                evidence[app].append(words.split(separator: ";").map { $0.first == " " ? String($0.dropFirst()) : String($0) })
            }
            return rows > 0 ? (matches, evidence) : nil
        }
    }

    /// What cached matches depend on besides the analysis: the catalogue and the scoring.
    static func matchKey(_ catalogue: PlatformCatalogue) -> String { "\(catalogue.fingerprint):\(FunctionMatcher.version)" }

    /// Replaces the cached function matches.
    public func saveFunctionMatches(_ matches: [[FunctionMatch]], evidence: [[[String]]], runID: Int64, catalogue: PlatformCatalogue,
                                    apps: [StoredApplication]) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM function_matches")
            let fingerprint = Self.matchKey(catalogue)
            let insert = try BulkInsert(db, sql: """
                INSERT INTO function_matches(analysis_run_id, catalogue_fingerprint, app_id, rank, function_key, score, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for (app, list) in matches.enumerated() {
                for (rank, match) in list.enumerated() {
                    try insert.run([BulkValue(runID), BulkValue(fingerprint), BulkValue(apps[app].id), BulkValue(rank),
                                    BulkValue(catalogue.functions[match.function].function.key), BulkValue(AnalysisStore.rounded(match.score)),
                                    BulkValue(evidence[app][rank].joined(separator: "; "))])
                }
            }
        }
    }
}
