import GRDB

/// The platform catalogue in the inventory database: the built-in one until a planner imports
/// their own (`platforms import`), one row per function in `platform_catalogue`.
public struct CatalogueStore {
    public let database: InventoryDatabase

    public init(_ database: InventoryDatabase) { self.database = database }

    /// The catalogue plans use: the imported one, or the built-in one when none was imported.
    public func catalogue() throws -> PlatformCatalogue {
        try database.read { db in try Self.catalogue(db) }
    }

    /// Whether the catalogue in use is the built-in one.
    public func isBuiltIn() throws -> Bool {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM platform_catalogue") == 0 }
    }

    static func catalogue(_ db: Database) throws -> PlatformCatalogue {
        let rows = try Row.fetchAll(db, sql: """
            SELECT platform, kind, owner, sector, mandatory, basis, url, onboarding_cost, running_cost_per_app,
                   function_key, function, function_en, keywords, function_description
            FROM platform_catalogue ORDER BY id
            """)
        guard !rows.isEmpty else { return .builtIn }
        var platforms: [CataloguePlatform] = []
        for row in rows {
            let function = PlatformFunction(key: row[9], name: row[10], english: row[11],
                                            keywords: ValueParser.list(row[12] as String), description: row[13])
            if let last = platforms.indices.last, platforms[last].name == (row[0] as String) {
                platforms[last].functions.append(function)
            } else {
                platforms.append(CataloguePlatform(name: row[0], kind: PlatformKind(rawValue: row[1]) ?? .shared, owner: row[2], sector: row[3],
                                                   mandatory: row[4], functions: [function], basis: row[5], url: row[6],
                                                   onboardingCost: row[7], runningCostPerApp: row[8]))
            }
        }
        return PlatformCatalogue(platforms)
    }

    /// Replaces the catalogue in use (after checking it) in one transaction.
    public func replace(with catalogue: PlatformCatalogue) throws {
        if let problem = catalogue.problems.first { throw StoreError.sql(message: "the catalogue cannot be used: \(problem)") }
        try database.write { db in
            try db.execute(sql: "DELETE FROM platform_catalogue")
            for platform in catalogue.platforms {
                for function in platform.functions {
                    try db.execute(sql: """
                        INSERT INTO platform_catalogue(platform, kind, owner, sector, mandatory, basis, url, onboarding_cost, running_cost_per_app,
                            function_key, function, function_en, keywords, function_description)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [platform.name, platform.kind.rawValue, platform.owner, platform.sector, platform.mandatory, platform.basis,
                                         platform.url, platform.onboardingCost, platform.runningCostPerApp, function.key, function.name,
                                         function.english, function.keywords.joined(separator: "; "), function.description])
                }
            }
        }
    }

    /// Goes back to the built-in catalogue.
    public func reset() throws {
        try database.write { db in try db.execute(sql: "DELETE FROM platform_catalogue") }
    }
}

extension PlatformCatalogue {
    /// The catalogue with `other`'s platforms added, replacing same-named ones in place.
    public func extended(with other: PlatformCatalogue) -> PlatformCatalogue {
        var platforms = self.platforms
        for platform in other.platforms {
            if let index = platforms.firstIndex(where: { $0.name.lowercased() == platform.name.lowercased() }) {
                platforms[index] = platform
            } else {
                platforms.append(platform)
            }
        }
        return PlatformCatalogue(platforms)
    }

    /// The catalogue as the table `platforms export` writes and `platforms import` reads:
    /// one row per function, the platform's columns repeated.
    public var table: QueryResult {
        QueryResult(columns: PlatformCatalogueReader.columns, rows: platforms.flatMap { platform in
            platform.functions.map { function -> [String?] in
                [platform.name, platform.kind.rawValue, platform.owner, platform.sector, platform.mandatory ? "yes" : "no", platform.basis,
                 platform.url, NumberText.plain(platform.onboardingCost), NumberText.plain(platform.runningCostPerApp),
                 function.key, function.name, function.english, function.keywords.joined(separator: "; "), function.description]
            }
        })
    }
}
