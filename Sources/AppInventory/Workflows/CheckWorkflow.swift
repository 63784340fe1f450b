import GRDB

/// Check a proposal: its look-alikes in the inventory (scored as `analyze` scores pairs), the
/// catalogue function its words name, and the verdict. The CLI and the web workspace both call it.
public enum CheckWorkflow {
    public struct Result: Sendable {
        public var verdict: CheckVerdict
        public var lookAlikes: [CheckLookAlike]
        /// The engine's pairs (proposal first), for per-field evidence.
        public var pairs: [OverlapPair]
    }

    public static func run(_ db: InventoryDatabase, proposal: Application, minScore: Double, limit: Int) throws -> Result {
        let stored = try ApplicationStore(db).fetchAll()
        guard !stored.isEmpty else { throw StoreError.sql(message: "the inventory is empty; import a register first") }
        var parameters = AnalysisParameters()
        parameters.threshold = minScore
        let pairs = OverlapEngine.check(proposal, against: stored.map(\.application), parameters: parameters, limit: limit)
        let catalogue = try CatalogueStore(db).catalogue()
        let matcher = FunctionMatcher(catalogue: catalogue, apps: [])
        let functions = matcher.matches(proposal, limit: matcher.functionCount)
        let lookAlikes = try db.read { db in
            try pairs.map { pair -> CheckLookAlike in
                let app = stored[pair.b]
                var found = CheckLookAlike(id: app.application.externalID, name: app.application.name, agency: app.application.agency, score: pair.score)
                if let row = try Row.fetchOne(db, sql: """
                    SELECT g.id, g.size, g.agencies,
                        (SELECT p.name FROM plan_items i JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
                         WHERE i.plan_id = (SELECT max(id) FROM plans) AND i.app_id = m.app_id),
                        (SELECT i.function_key FROM plan_items i WHERE i.plan_id = (SELECT max(id) FROM plans) AND i.app_id = m.app_id)
                    FROM group_members m JOIN overlap_groups g ON g.id = m.group_id WHERE m.app_id = ?
                    """, arguments: [app.id]) {
                    found.group = row[0]
                    found.groupSize = row[1]
                    found.groupAgencies = row[2]
                    found.platform = row[3]
                    // The catalogue platform of its job, for its own level of government.
                    found.cataloguePlatform = (row[4] as String?).flatMap { key in
                        catalogue.functions.firstIndex { $0.function.key == key }
                            .flatMap { catalogue.function($0, for: app.application.level) ?? $0 }
                            .map { catalogue.platforms[catalogue.functions[$0].platform].name }
                    }
                }
                return found
            }
        }
        return Result(verdict: CheckVerdict.decide(functions: functions, catalogue: catalogue, lookAlikes: lookAlikes, level: proposal.level),
                      lookAlikes: lookAlikes, pairs: pairs)
    }
}
