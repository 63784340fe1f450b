import Foundation
import GRDB

extension AnalysisStore {
    /// What the stored analysis holds after an incremental update.
    public struct Totals: Sendable {
        public var pairs: Int
        public var groups: Int
        public var grouped: Int
    }

    /// Applies an incremental analysis of `inventory` to the stored one, in one transaction:
    /// deletes the pairs and groups it no longer reports (and the pairs of `removed` apps, by
    /// id), writes only the pairs and groups it changed, and stores the new index, writing only
    /// the neighbour lists that differ from the `previous` index's. Every other row stays as it was, with the id of the analysis that wrote it. The inventory's
    /// fingerprint is that of the ids and hashes `inventory` read, the apps analysed.
    func save(_ update: OverlapUpdate, inventory: LazyInventory, previous: SearchIndex, removed: [Int64], startedAt: Date, seconds: Double) throws -> Totals {
        if let failure = inventory.failure { throw failure }
        let ids = inventory.ids
        return try database.write { db in
            let runID = try Self.insertRun(update.parameters, apps: ids.count, fingerprint: Self.fingerprint(ids: ids, hashes: inventory.hashes), pairs: 0, groups: 0, startedAt: startedAt,
                                           seconds: seconds, db: db)
            let deleteApp = try db.makeStatement(sql: "DELETE FROM overlap_pairs WHERE app_a = ? OR app_b = ?")
            for id in removed { try deleteApp.execute(arguments: [id, id]) }
            let deletePair = try db.makeStatement(sql: "DELETE FROM overlap_pairs WHERE app_a = ? AND app_b = ?")
            for pair in update.stalePairs { try deletePair.execute(arguments: [ids[pair.low], ids[pair.high]]) }
            try Self.insert(update.pairs, runID: runID, ids: ids, db: db)

            let deleteMembers = try db.makeStatement(sql: "DELETE FROM group_members WHERE group_id = ?")
            let deleteGroup = try db.makeStatement(sql: "DELETE FROM overlap_groups WHERE id = ?")
            for id in update.staleGroups + update.groups.map(\.id) {
                try deleteMembers.execute(arguments: [id])
                try deleteGroup.execute(arguments: [id])
            }
            let facts = try Self.memberFacts(of: update.groups.flatMap { $0.members.map { ids[$0] } }, db: db)
            try Self.insert(update.groups, runID: runID, ids: ids, member: { facts[ids[$0]] ?? MemberFacts(agency: nil, level: nil, users: nil, annualCost: nil) }, db: db)
            try SearchIndexStore.save(update.searchIndex, runID: runID, ids: ids, hashes: inventory.hashes, previous: previous, db: db)

            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM overlap_pairs), (SELECT count(*) FROM overlap_groups), (SELECT count(*) FROM group_members)
                """)!
            let totals = Totals(pairs: row[0], groups: row[1], grouped: row[2])
            try db.execute(sql: "UPDATE analysis_runs SET pairs = ?, groups = ? WHERE id = ?", arguments: [totals.pairs, totals.groups, runID])
            return totals
        }
    }

    /// The stored groups as an incremental analysis reads them: each app's group id (nil: none),
    /// the groups that lost a member the inventory (`count` apps, by `position` of id) no longer
    /// holds, and the highest group id.
    static func storedGroups(count: Int, position: [Int64: Int], db: Database) throws -> (groupOf: [Int?], shrunk: Set<Int>, highest: Int) {
        var groupOf = [Int?](repeating: nil, count: count)
        var held: [Int: Int] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT group_id, app_id FROM group_members")
        while let row = try cursor.next() {
            guard let app = position[row[1]] else { continue }
            let group: Int = row[0]
            groupOf[app] = group
            held[group, default: 0] += 1
        }
        var shrunk = Set<Int>()
        var highest = 0
        for row in try Row.fetchAll(db, sql: "SELECT id, size FROM overlap_groups") {
            let (id, size): (Int, Int) = (row[0], row[1])
            if held[id, default: 0] < size { shrunk.insert(id) }
            highest = max(highest, id)
        }
        return (groupOf, shrunk, highest)
    }
}
