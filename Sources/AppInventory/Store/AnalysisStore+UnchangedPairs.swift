import GRDB

extension AnalysisStore {
    /// Deletes the stored pairs, but for `kept` (pairs of `apps` indices) whose rows an
    /// incremental analysis leaves as they are: their apps and evidence did not change.
    static func deletePairs(keeping kept: [UnorderedPair], apps: [StoredApplication], db: Database) throws {
        guard !kept.isEmpty else { return try db.execute(sql: "DELETE FROM overlap_pairs") }
        var keep = Set<[Int64]>()
        for pair in kept { keep.insert([apps[pair.low].id, apps[pair.high].id]) }
        let delete = try db.makeStatement(sql: "DELETE FROM overlap_pairs WHERE app_a = ? AND app_b = ?")
        let cursor = try Row.fetchCursor(db, sql: "SELECT app_a, app_b FROM overlap_pairs")
        var stale: [[Int64]] = []
        while let row = try cursor.next() {
            let key: [Int64] = [row[0], row[1]]
            if !keep.contains(key) { stale.append(key) }
        }
        for key in stale { try delete.execute(arguments: [key[0], key[1]]) }
    }

    /// The stored reported pairs as indices of `apps` (pairs of apps no longer there are left out).
    static func storedPairs(_ apps: [StoredApplication], db: Database) throws -> [UnorderedPair] {
        var position: [Int64: Int] = [:]
        for (index, app) in apps.enumerated() { position[app.id] = index }
        var pairs: [UnorderedPair] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT app_a, app_b FROM overlap_pairs")
        while let row = try cursor.next() {
            if let a = position[row[0]], let b = position[row[1]] { pairs.append(UnorderedPair(a, b)) }
        }
        return pairs
    }
}
