import Foundation
import GRDB

/// The platform catalogue in the inventory database: the built-in one until a planner imports
/// their own (`platforms import`), one row per function in `platform_catalogue`. An import
/// either replaces the built-in catalogue or extends it; an extension keeps only the imported
/// platforms, so it stays on top of the built-in catalogue of whichever version runs.
public struct CatalogueStore {
    public let database: InventoryDatabase

    /// How an imported catalogue combines with the built-in one.
    public enum Mode: String, Sendable {
        case replace, extend
    }

    public init(_ database: InventoryDatabase) { self.database = database }

    /// The catalogue plans use.
    public func catalogue() throws -> PlatformCatalogue {
        try database.read { db in try Self.catalogue(db) }
    }

    /// Where the catalogue in use comes from, in words: "the built-in catalogue", "the built-in
    /// catalogue extended by extra.csv (2026-11-26)", "imported from catalogue.csv (…)".
    public func source() throws -> String {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT mode, file, imported_at FROM catalogue_import") else { return "the built-in catalogue" }
            let file: String = row[1] ?? "a file"
            let when = String((row[2] as String).prefix(10))
            return (row[0] as String) == Mode.extend.rawValue ? "the built-in catalogue extended by \(file) (\(when))" : "imported from \(file) (\(when))"
        }
    }

    static func catalogue(_ db: Database) throws -> PlatformCatalogue {
        let stored = try storedPlatforms(db)
        guard let mode = try String.fetchOne(db, sql: "SELECT mode FROM catalogue_import"), !stored.platforms.isEmpty else { return .builtIn }
        return mode == Mode.extend.rawValue ? PlatformCatalogue.builtIn.extended(with: stored) : stored
    }

    private static func storedPlatforms(_ db: Database) throws -> PlatformCatalogue {
        let rows = try Row.fetchAll(db, sql: """
            SELECT platform, kind, owner, sector, mandatory, basis, url, onboarding_cost, running_cost_per_app,
                   function_key, function, function_en, keywords, function_description, scope, sector_en, owner_en, sense_words, aliases
            FROM platform_catalogue ORDER BY id
            """)
        var platforms: [CataloguePlatform] = []
        for row in rows {
            let function = PlatformFunction(key: row[9], name: row[10], english: row[11],
                                            keywords: ValueParser.list(row[12] as String), description: row[13],
                                            senseWords: ValueParser.list((row[17] as String?) ?? ""))
            if let last = platforms.indices.last, platforms[last].name == (row[0] as String) {
                platforms[last].functions.append(function)
            } else {
                platforms.append(CataloguePlatform(name: row[0], kind: PlatformKind(rawValue: row[1]) ?? .shared, owner: row[2], ownerEnglish: row[16], sector: row[3],
                                                   sectorEnglish: row[15], mandatory: row[4], scope: PlatformScope(rawValue: row[14]) ?? .all,
                                                   functions: [function], basis: row[5], url: row[6],
                                                   onboardingCost: row[7], runningCostPerApp: row[8],
                                                   aliases: ValueParser.list((row[18] as String?) ?? "")))
            }
        }
        return PlatformCatalogue(platforms)
    }

    /// Stores an imported catalogue (after checking what it gives) in one transaction: with
    /// `.extend`, on top of the built-in catalogue; with `.replace`, instead of it. Returns the
    /// catalogue plans will now use.
    @discardableResult
    public func store(_ catalogue: PlatformCatalogue, mode: Mode, file: String?) throws -> PlatformCatalogue {
        let effective = mode == .extend ? PlatformCatalogue.builtIn.extended(with: catalogue) : catalogue
        if let problem = effective.problems.first { throw StoreError.sql(message: "the catalogue cannot be used: \(problem)") }
        try database.write { db in
            try db.execute(sql: "DELETE FROM platform_catalogue; DELETE FROM catalogue_import")
            try db.execute(sql: "INSERT INTO catalogue_import(id, mode, file, imported_at) VALUES (1, ?, ?, ?)",
                           arguments: [mode.rawValue, file, ISO8601DateFormatter().string(from: Date())])
            for platform in catalogue.platforms {
                for function in platform.functions {
                    try db.execute(sql: """
                        INSERT INTO platform_catalogue(platform, kind, owner, owner_en, sector, sector_en, mandatory, scope, basis, url, onboarding_cost,
                            running_cost_per_app, function_key, function, function_en, keywords, function_description, sense_words, aliases)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [platform.name, platform.kind.rawValue, platform.owner, platform.ownerEnglish, platform.sector, platform.sectorEnglish, platform.mandatory,
                                         platform.scope.rawValue, platform.basis,
                                         platform.url, platform.onboardingCost, platform.runningCostPerApp, function.key, function.name,
                                         function.english, function.keywords.joined(separator: "; "), function.description,
                                         function.senseWords.isEmpty ? nil : function.senseWords.joined(separator: "; "),
                                         platform.aliases.isEmpty ? nil : platform.aliases.joined(separator: "; ")])
                }
            }
        }
        return effective
    }

    /// Goes back to the built-in catalogue.
    public func reset() throws {
        try database.write { db in try db.execute(sql: "DELETE FROM platform_catalogue; DELETE FROM catalogue_import") }
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
                [platform.name, platform.kind.rawValue, platform.owner, platform.ownerEnglish, platform.sector, platform.sectorEnglish, platform.mandatory ? "yes" : "no",
                 platform.scope.rawValue, platform.basis,
                 platform.url, NumberText.plain(platform.onboardingCost), NumberText.plain(platform.runningCostPerApp),
                 function.key, function.name, function.english, function.keywords.joined(separator: "; "), function.description,
                 function.senseWords.isEmpty ? nil : function.senseWords.joined(separator: "; "),
                 platform.aliases.isEmpty ? nil : platform.aliases.joined(separator: "; ")]
            }
        })
    }
}
