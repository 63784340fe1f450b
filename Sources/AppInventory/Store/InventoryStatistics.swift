import GRDB

/// What a planner checks first: how big the inventory is, who owns it, and how complete it is.
public struct InventoryStatistics: Sendable {
    /// A value and how many apps have it.
    public struct Count: Sendable, Equatable {
        public var value: String
        public var apps: Int
    }

    /// Share of apps with a usable value in one field.
    public struct Completeness: Sendable, Equatable {
        public var field: String
        public var filled: Int
        public var share: Double
    }

    public var apps: Int
    public var agencies: Int
    public var totalUsers: Int
    public var totalAnnualCost: Double
    public var byLevel: [Count]
    public var byStatus: [Count]
    public var topAgencies: [Count]
    public var topDomains: [Count]
    /// Apps per province ("Pusat" for central agencies), most first.
    public var byProvince: [Count]
    public var completeness: [Completeness]
    public var importRuns: Int
    /// Apps `import --replace` found gone from their register: kept for history, counted nowhere else.
    public var removedApps: Int = 0

    /// A description shorter than this many characters, or made of one vague line, tells the engine nothing.
    public static let usableDescriptionLength = 20

    public static func compute(_ database: InventoryDatabase, top: Int = 10) throws -> InventoryStatistics {
        try database.read { db in
            func counts(_ column: String, limit: Int) throws -> [Count] {
                try Row.fetchAll(db, sql: """
                    SELECT coalesce(\(column), '(unknown)') AS value, count(*) AS n FROM apps WHERE \(ApplicationStore.inInventory)
                    GROUP BY 1 ORDER BY n DESC, value LIMIT ?
                    """, arguments: [limit]).map { Count(value: $0["value"], apps: $0["n"]) }
            }
            let apps = try Int.fetchOne(db, sql: "SELECT count(*) FROM apps WHERE \(ApplicationStore.inInventory)") ?? 0
            let denominator = Double(max(apps, 1))
            let checks: [(String, String)] = [
                ("description", "length(trim(description)) >= \(usableDescriptionLength)"),
                ("features", "EXISTS (SELECT 1 FROM app_features f WHERE f.app_id = apps.id)"),
                ("data entities", "EXISTS (SELECT 1 FROM app_data_entities d WHERE d.app_id = apps.id)"),
                ("agency", "agency IS NOT NULL"),
                ("level", "level IS NOT NULL"),
                ("users", "users IS NOT NULL"),
                ("annual cost", "annual_cost IS NOT NULL"),
                ("status", "status IS NOT NULL"),
                ("SPBE codes", "rab_code IS NOT NULL OR raa_code IS NOT NULL"),
            ]
            let completeness = try checks.map { field, condition in
                let filled = try Int.fetchOne(db, sql: "SELECT count(*) FROM apps WHERE \(ApplicationStore.inInventory) AND (\(condition))") ?? 0
                return Completeness(field: field, filled: filled, share: Double(filled) / denominator)
            }
            return InventoryStatistics(
                apps: apps,
                agencies: try Int.fetchOne(db, sql: "SELECT count(DISTINCT agency) FROM apps WHERE \(ApplicationStore.inInventory)") ?? 0,
                // total() sums in floating point: an integer sum() would fail on overflow.
                totalUsers: Int(NumberText.wholeNumber(try Double.fetchOne(db, sql: "SELECT total(users) FROM apps WHERE \(ApplicationStore.inInventory)") ?? 0) ?? .max),
                totalAnnualCost: try Double.fetchOne(db, sql: "SELECT total(annual_cost) FROM apps WHERE \(ApplicationStore.inInventory)") ?? 0,
                byLevel: try counts("level", limit: 10),
                byStatus: try counts("status", limit: 10),
                topAgencies: try counts("agency", limit: top),
                topDomains: try counts("domain", limit: top),
                byProvince: try counts("province", limit: top),
                completeness: completeness,
                importRuns: try Int.fetchOne(db, sql: "SELECT count(*) FROM import_runs") ?? 0,
                removedApps: try Int.fetchOne(db, sql: "SELECT count(*) FROM apps WHERE NOT (\(ApplicationStore.inInventory))") ?? 0)
        }
    }

    /// Overall data quality: the mean completeness of description, features, users and cost.
    public var qualityScore: Double {
        let keyFields: Set<String> = ["description", "features", "users", "annual cost"]
        let shares = completeness.filter { keyFields.contains($0.field) }.map(\.share)
        return shares.isEmpty ? 0 : shares.reduce(0, +) / Double(shares.count)
    }
}
