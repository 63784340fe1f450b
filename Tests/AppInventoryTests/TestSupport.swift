import Foundation
import GRDB
@testable import AppInventory
@testable import AppInventoryCore

/// A fresh folder for one test's files and database, removed when the test lets go of it,
/// so that test runs do not fill the machine's temporary folder.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("consolidate-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: url.appendingPathComponent(name))
        return path(name)
    }
}

/// Imports files into a database the way the CLI does: read every file, then write once.
@discardableResult
func importFiles(_ paths: [String], into database: InventoryDatabase, options: ImportOptions = ImportOptions()) throws -> [ImportSummary] {
    let batches = try paths.map { try InventoryFileReader.read(path: $0, options: options) }
    return try ApplicationStore(database).importBatches(batches)
}

/// Every row of every inventory table, to compare a database before and after a failed import.
func snapshot(_ database: InventoryDatabase) throws -> [String] {
    try database.read { db in
        var lines: [String] = []
        for table in ["apps", "app_features", "app_data_entities", "app_integrations", "import_runs", "apps_fts"] {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1") {
                lines.append("\(table): \(row)")
            }
        }
        return lines
    }
}
