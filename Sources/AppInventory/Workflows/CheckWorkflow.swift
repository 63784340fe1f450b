import GRDB

/// Check a proposal: its look-alikes in the inventory (scored as `analyze` scores pairs), the
/// catalogue function its words name, and the verdict. The CLI and the web workspace both call it.
///
/// When the last analysis stored its search index and the inventory has not changed since,
/// only the proposal is profiled and only apps sharing its words are scored (docs/overlap.md,
/// "Checking a proposal"); otherwise every profile is rebuilt, which is slower, and ``Result/note`` says why.
public enum CheckWorkflow {
    public struct Result: Sendable {
        public var verdict: CheckVerdict
        /// Every look-alike found, best first; for a proposal of a known level of government up
        /// to five times the limit, so that enough of its own level are among them.
        public var lookAlikes: [CheckLookAlike]
        /// The engine's pairs (proposal first), parallel to ``lookAlikes``, for per-field evidence.
        public var pairs: [OverlapPair]
        /// The look-alikes to list, at most the limit: those the proposal can join or share
        /// (``CheckLookAlike/canBeJoined(by:)``), as indices into ``lookAlikes``; the verdict counts the others.
        public var listed: [Int]
        /// Why the look-alikes were found the slow way (no stored index, or the inventory changed since); nil when the index was used.
        public var note: String?
    }

    public static func run(_ db: InventoryDatabase, proposal: Application, minScore: Double, limit: Int) throws -> Result {
        var parameters = AnalysisParameters()
        parameters.threshold = minScore
        let stored = try db.read { db -> (index: SearchIndex, appIDs: [Int64])? in
            guard let header = try SearchIndexStore.header(db), try SearchIndexStore.changes(since: header, db).count == 0 else { return nil }
            return (try SearchIndexStore.load(header, db, neighbours: false), header.appIDs)
        }
        let pairs: [OverlapPair]
        let appIDs: [Int64]
        var note: String?
        // A proposal of a known level lists only look-alikes of its own level: look further.
        let wanted = proposal.level == nil ? limit : limit * 5
        if let stored {
            pairs = OverlapEngine.check(proposal, index: stored.index, parameters: parameters, limit: wanted)
            appIDs = stored.appIDs
        } else {
            let apps = try ApplicationStore(db).fetchAll()
            guard !apps.isEmpty else { throw StoreError.emptyInventory }
            note = try slowPathReason(db)
            pairs = OverlapEngine.check(proposal, against: apps.map(\.application), parameters: parameters, limit: wanted)
            appIDs = apps.map(\.id)
        }
        let catalogue = try CatalogueStore(db).catalogue()
        let matcher = FunctionMatcher(catalogue: catalogue, apps: [])
        let functions = matcher.matches(proposal, limit: matcher.functionCount)
        let lookAlikes = try db.read { db in
            try pairs.map { pair -> CheckLookAlike in
                let id = appIDs[pair.b]
                guard let app = try Row.fetchOne(db, sql: "SELECT external_id, name, agency, level, users, status FROM apps WHERE id = ?", arguments: [id]) else {
                    throw StoreError.sql(message: "app \(id) left the inventory during the check; run it again")
                }
                var found = CheckLookAlike(id: app[0], name: app[1], agency: app[2], score: pair.score,
                                           level: (app[3] as String?).flatMap(GovernmentLevel.init(rawValue:)))
                found.users = app[4]
                found.status = (app[5] as String?).flatMap(ApplicationStatus.init(rawValue:))
                if let row = try Row.fetchOne(db, sql: """
                    SELECT g.id, g.size, g.agencies, g.label, (SELECT r.name FROM apps r WHERE r.id = g.representative_app),
                        (SELECT r.external_id FROM apps r WHERE r.id = g.representative_app),
                        (SELECT p.name FROM plan_items i JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
                         WHERE i.plan_id = (SELECT max(id) FROM plans) AND i.app_id = m.app_id),
                        (SELECT i.function_key FROM plan_items i WHERE i.plan_id = (SELECT max(id) FROM plans) AND i.app_id = m.app_id)
                    FROM group_members m JOIN overlap_groups g ON g.id = m.group_id WHERE m.app_id = ?
                    """, arguments: [id]) {
                    found.group = row[0]
                    found.groupSize = row[1]
                    found.groupAgencies = row[2]
                    found.groupName = OverlapGroupName(number: row[0], representative: row[4], representativeID: row[5], words: row[3])
                    found.platform = row[6]
                    found.functionKey = row[7]
                }
                return found
            }
        }
        let planned = try db.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM plans)") == true
                ? try String.fetchSet(db, sql: "SELECT name FROM plan_platforms WHERE plan_id = (SELECT max(id) FROM plans)") : nil
        }
        return Result(verdict: CheckVerdict.decide(functions: functions, catalogue: catalogue, lookAlikes: lookAlikes, level: proposal.level,
                                                   planned: planned),
                      lookAlikes: lookAlikes, pairs: pairs,
                      listed: Array(lookAlikes.indices.filter { lookAlikes[$0].canBeJoined(by: proposal.level) }.prefix(limit)), note: note)
    }

    /// Why no stored index could be used, in a sentence that says what to do.
    private static func slowPathReason(_ db: InventoryDatabase) throws -> String {
        let advice = "so every app was profiled again to compare the proposal, which is slower (seconds at tens of thousands of apps)"
        return try db.read { db in
            guard let header = try SearchIndexStore.header(db) else {
                return "no analysis has stored a search index yet, \(advice); run `consolidate analyze` once to make check fast"
            }
            let changes = try SearchIndexStore.changes(since: header, db)
            return "the inventory changed since the last analysis (\(changes.changed.count) edited, \(changes.added.count) added, "
                + "\(changes.removed.count) removed), \(advice); run `consolidate analyze` to make check fast again"
        }
    }
}
