import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Other programs' SQLite files are refused before a byte changes; ours are stamped and kept working.
@Suite("Database ownership")
struct DatabaseOwnershipTests {
    /// The folder's files and their bytes, to show nothing was created or changed.
    static func contents(_ folder: TemporaryFolder) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.url.path) {
            files[name] = try Data(contentsOf: folder.url.appendingPathComponent(name))
        }
        return files
    }

    @Test(arguments: ["foreign-app.db", "foreign-with-apps.db"], [InventoryDatabase.Access.read, .write, .create])
    func anotherProgramsDatabaseIsRefusedAndUntouched(fixture: String, access: InventoryDatabase.Access) throws {
        let folder = try TemporaryFolder()
        let path = folder.path(fixture)
        try FileManager.default.copyItem(atPath: BadInputTests.fixture(fixture), toPath: path)
        let before = try Self.contents(folder)
        let error = try #require(throws: StoreError.self) { try InventoryDatabase(path: path, access: access) }
        guard case .foreign = error else { Issue.record("expected a foreign-database refusal, got \(error)"); return }
        #expect(error.description.contains("another program"))
        #expect(error.description.contains("changed nothing"))
        #expect(try Self.contents(folder) == before, "no byte changed, no -wal or -shm file left")
    }

    @Test func newDatabasesCarryTheApplicationID() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("inv.sqlite")
        _ = try InventoryDatabase(path: path, access: .create)
        #expect(DatabaseFile.kind(of: path) == .sqlite(applicationID: DatabaseFile.applicationID))
    }

    @Test func anEmptySQLiteFileBecomesAnInventory() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("blank.sqlite")
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 0; VACUUM") }
        let database = try InventoryDatabase(path: path, access: .create)
        try importFiles([try folder.write("a.csv", "id,name\nA1,SIMPEG\n")], into: database)
        #expect(try ApplicationStore(database).fetchAll().count == 1)
    }

    @Test func inventoriesFromBeforeTheIDOpenAndGetStamped() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        do {
            let database = try InventoryDatabase(path: path, access: .create)
            try importFiles([try folder.write("a.csv", "id,name\nA1,SIMPEG\n")], into: database)
            try database.queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = 0") }
        }
        #expect(DatabaseFile.kind(of: path) == .sqlite(applicationID: 0))
        #expect(try ApplicationStore(try InventoryDatabase(path: path, access: .read)).fetchAll().count == 1)
        _ = try InventoryDatabase(path: path, access: .write)
        #expect(DatabaseFile.kind(of: path) == .sqlite(applicationID: DatabaseFile.applicationID))
    }

    @Test func aNewerSchemaIsRefusedBeforeTheJournalModeChanges() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("future.sqlite")
        do {
            let database = try InventoryDatabase(path: path, access: .create)
            _ = try SQLConsole.run("INSERT INTO grdb_migrations VALUES ('v99-future')", on: database, allowWrite: true)
            try database.queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
        }
        let before = try Self.contents(folder)
        for access in [InventoryDatabase.Access.read, .write, .create] {
            #expect(throws: StoreError.newerSchema(path: path)) { try InventoryDatabase(path: path, access: access) }
        }
        #expect(try Self.contents(folder) == before, "still in rollback-journal mode, no -wal file")
    }

    @Test func aCopyOfTheBareFileHoldsEveryCommittedImport() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("inv.sqlite")
        let database = try InventoryDatabase(path: path, access: .create)
        try importFiles([try folder.write("a.csv", "id,name\nA1,SIMPEG\nA2,SIAK\n")], into: database)
        // The writer is still open, so its -wal file exists; the main file alone must hold the import.
        try FileManager.default.copyItem(atPath: path, toPath: folder.path("copy.sqlite"))
        #expect(try ApplicationStore(try InventoryDatabase(path: folder.path("copy.sqlite"), access: .read)).fetchAll().count == 2)
    }

    @Test func backupCopiesTheInventoryAndNeverOverwritesADatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("inv.sqlite")
        let database = try InventoryDatabase(path: path, access: .create)
        try importFiles([try folder.write("a.csv", "id,name\nA1,SIMPEG\nA2,SIAK\n")], into: database)
        try database.backup(to: folder.path("backup.sqlite"))
        let copy = try InventoryDatabase(path: folder.path("backup.sqlite"), access: .read)
        #expect(try snapshot(copy) == snapshot(database))
        #expect(DatabaseFile.kind(of: folder.path("backup.sqlite")) == .sqlite(applicationID: DatabaseFile.applicationID))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: OutputFile.Failure.self) { try copy.backup(to: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
