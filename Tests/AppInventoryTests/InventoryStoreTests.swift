import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Inventory database")
struct InventoryStoreTests {
    static let inventory = """
        id,name,agency,description,features,users,biaya
        A1,SIMPEG,Pemkab Bantul,Data kepegawaian,Data pegawai;Cuti,100,Rp 10.000.000
        A2,e-Office,Pemkot Malang,Surat masuk dan keluar,Disposisi,50,5000000
        A3,SIAK,Pemkab Sleman,Administrasi kependudukan,,20,

        """

    @Test func reimportUpsertsAndCounts() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let first = try importFiles([try folder.write("v1.csv", Self.inventory)], into: database)
        #expect(first.map(\.inserted) == [3])
        let idBefore = try database.read { try Int64.fetchOne($0, sql: "SELECT id FROM apps WHERE external_id = 'A2'") }

        let changed = Self.inventory.replacingOccurrences(of: "Surat masuk dan keluar", with: "Surat dan disposisi")
            + "A4,SIMRS,RSUD Wates,Rumah sakit,,,\n"
        let second = try importFiles([try folder.write("v2.csv", changed)], into: database)
        #expect(second == [ImportSummary(file: folder.path("v2.csv"), rows: 4, inserted: 1, updated: 1, unchanged: 2)])
        let idAfter = try database.read { try Int64.fetchOne($0, sql: "SELECT id FROM apps WHERE external_id = 'A2'") }
        #expect(idBefore == idAfter, "an updated app keeps its internal id")
        let runs = try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM import_runs") }
        #expect(runs == 2)
    }

    @Test func failedImportLeavesDatabaseUnchanged() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("v1.csv", Self.inventory)], into: database)
        let before = try snapshot(database)
        let good = try folder.write("good.csv", "id,name\nB1,SIPD\n")
        let bad = try folder.write("bad.csv", "id,name,users\nB2,SIMDA,lots\n")
        #expect(throws: ImportError.self) { try importFiles([good, bad], into: database) }
        #expect(try snapshot(database) == before)
    }

    @Test func fullTextSearchFollowsImportsAndSQLEdits() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("v1.csv", Self.inventory)], into: database)
        #expect(try InventorySearch.search("kepegawaian", in: database).map(\.externalID) == ["A1"])
        #expect(try InventorySearch.search("disposisi", in: database).map(\.externalID) == ["A2"], "features are indexed")
        _ = try SQLConsole.run("UPDATE apps SET description = 'Pencatatan absensi' WHERE external_id = 'A3'", on: database, allowWrite: true)
        #expect(try InventorySearch.search("absensi", in: database).map(\.externalID) == ["A3"])
    }

    /// What the search index holds for each app must be what the triggers would write,
    /// whether an import re-indexes a few apps or all of them.
    @Test(arguments: [1, 4])
    func searchIndexMatchesTheAppsAfterReimport(changedApps: Int) throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let rows = (1...6).map { "B\($0),App \($0),Pemkab Bantul,Catatan lama \($0),Fitur \($0);Cuti,\($0),\n" }
        try importFiles([try folder.write("v1.csv", "id,name,agency,description,features,users,biaya\n" + rows.joined())], into: database)
        var changed = rows
        for index in 0..<changedApps { changed[index] = "B\(index + 1),App \(index + 1),Pemkab Bantul,Catatan baru,Disposisi,1,\n" }
        let summary = try importFiles([try folder.write("v2.csv", "id,name,agency,description,features,users,biaya\n" + changed.joined())], into: database)
        #expect(summary.map(\.updated) == [changedApps])
        let indexed = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, name, acronym, description, features FROM apps_fts ORDER BY rowid").map { Array($0.databaseValues) }
        }
        let expected = try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, name, acronym, description, (SELECT group_concat(feature, ' ') FROM app_features WHERE app_id = apps.id)
                FROM apps ORDER BY id
                """).map { Array($0.databaseValues) }
        }
        #expect(indexed == expected)
        try database.write { db in try db.execute(sql: "INSERT INTO apps_fts(apps_fts) VALUES('integrity-check')") }
        #expect(try InventorySearch.search("baru", in: database).count == changedApps)
        #expect(try InventorySearch.search("lama", in: database).count == 6 - changedApps)
    }

    @Test func sqlIsReadOnlyUnlessWriteIsAsked() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("v1.csv", Self.inventory)], into: database)
        let refusal = try #require(throws: SQLConsole.Refusal.self) {
            try SQLConsole.run("DELETE FROM apps", on: database, allowWrite: false)
        }
        #expect(refusal.description.contains("--write"))
        #expect(try SQLConsole.run("SELECT count(*) AS n FROM apps", on: database, allowWrite: false).rows == [["3"]])
        #expect(throws: StoreError.self) { try SQLConsole.run("SELECT nope FROM apps", on: database, allowWrite: false) }
        let result = try SQLConsole.run("DELETE FROM apps WHERE external_id = 'A3'", on: database, allowWrite: true)
        #expect(result.changes == 1)
    }

    @Test func exportThenImportGivesTheSameInventory() throws {
        let folder = try TemporaryFolder()
        let source = try InventoryDatabase(path: folder.path("a.sqlite"), access: .create)
        let tricky = Self.inventory + "A5,=HYPERLINK(\"x\"),Pemprov Jateng,\"multi\nline, with comma\",-a;+b,7,\nA6,@risk,,,,,\n"
        try importFiles([try folder.write("v1.csv", tricky)], into: source)
        let original = try ApplicationStore(source).fetchAll().map(\.application)
        for (format, text) in [("csv", ApplicationExport.csv(original)), ("json", ApplicationExport.json(original))] {
            let copy = try InventoryDatabase(path: folder.path("copy-\(format).sqlite"), access: .create)
            try importFiles([try folder.write("export.\(format)", text)], into: copy)
            #expect(try ApplicationStore(copy).fetchAll().map(\.application) == original, "round trip through \(format)")
        }
        #expect(ApplicationExport.csv(original).contains("'=HYPERLINK"), "formula-like names are neutralised")
    }

    @Test func badDatabaseFilesGiveClearErrors() throws {
        let folder = try TemporaryFolder()
        let text = try folder.write("notes.sqlite", "this is not a database, just some text that is long enough to look like a header........")
        #expect(throws: StoreError.notADatabase(path: text)) { try InventoryDatabase(path: text, access: .write) }
        #expect(throws: StoreError.missing(path: folder.path("none.sqlite"))) { try InventoryDatabase(path: folder.path("none.sqlite"), access: .read) }
    }

    @Test func statisticsReportCompleteness() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("v1.csv", Self.inventory)], into: database)
        let stats = try InventoryStatistics.compute(database)
        #expect(stats.apps == 3)
        #expect(stats.totalUsers == 170)
        let features = try #require(stats.completeness.first { $0.field == "features" })
        #expect(features.filled == 2)
        let levels = Dictionary(uniqueKeysWithValues: stats.byLevel.map { ($0.value, $0.apps) })
        #expect(levels == ["regency": 2, "city": 1])
    }

    @Test func anOlderInventoryIsUpgradedWhenFirstRead() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        let old = try DatabaseQueue(path: path)
        try InventorySchema.migrator.migrate(old, upTo: "v3-planning")
        try old.write { db in try db.execute(sql: "INSERT INTO apps(external_id, name, content_hash, imported_at, updated_at) VALUES ('A1', 'SIMPEG', 'x', 'now', 'now')") }
        try old.close()
        let database = try InventoryDatabase(path: path, access: .read)
        #expect(try database.read { try InventorySchema.migrator.hasCompletedMigrations($0) })
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM apps") } == 1)
    }
}
