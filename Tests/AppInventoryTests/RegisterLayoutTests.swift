import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// A provincial register as an agency sends it (`Fixtures/registers/daftar-ntb.xlsx`, built by
/// `make-daftar-ntb.py`): a header over two rows, a row numbering the columns, a totals row and
/// a signature block. It must import on the first try, and say what it left out.
@Suite("Register layout")
struct RegisterLayoutTests {
    static let ntb = RegisterIntakeTests.fixture("daftar-ntb.xlsx")
    static let ntbRenamed = RegisterIntakeTests.fixture("daftar-ntb-renamed.xlsx")
    static let options = ImportOptions(agency: "Pemprov NTB")

    @Test func theAgencyRegisterImportsEveryAppAndNothingElse() throws {
        let batch = try InventoryFileReader.read(path: Self.ntb, options: Self.options)
        let apps = batch.applications.map(\.application)
        #expect(apps.count == 18)
        #expect(apps.first?.name == "SIMPEG NTB" && apps.last?.name == "JDIH NTB")
        #expect(batch.applications.first?.sourceRow == 7)
        #expect(apps.first?.launchedYear == 2015)
        #expect(apps.first?.annualCost == 150_000_000, "the maintenance a year, not the procurement")
        #expect(apps[12].unit == "Dinas Kesehatan" && apps[13].unit == "Dinas Kesehatan", "an OPD merged down two rows fills both")
        #expect(apps.first?.attributes["Anggaran (Rp) Pengadaan"] == "Rp 1.250.000.000,00")
    }

    @Test func aHeaderOverTwoRowsJoinsParentAndSubHeader() throws {
        let batch = try InventoryFileReader.read(path: Self.ntb, options: Self.options)
        let destinations = Dictionary(uniqueKeysWithValues: batch.columns.map { ($0.column, $0.destination) })
        #expect(destinations["Anggaran (Rp) Pemeliharaan / Tahun"] == "annual_cost")
        #expect(destinations["Anggaran (Rp) Pengadaan"] == "attributes")
        #expect(destinations["Tahun Pembuatan"] == "launched_year")
        #expect(destinations["Jumlah Pengguna"] == "users")
        #expect(batch.columns.count == 11)
        #expect(batch.notes.contains("header found on rows 4-5; rows 1-3 skipped (say which with --header-row N)"))
        #expect(batch.notes.contains { $0.hasPrefix("the header spans rows 4-5: \"Anggaran (Rp)\" over \"Pengadaan\", \"Pemeliharaan / Tahun\"") })
    }

    @Test func twoHeaderRowsAreReadFromCSVToo() throws {
        // As Excel saves a merged header: the parent once, blank cells beside and below it.
        let text = "No;Nama Aplikasi;Anggaran (Rp);;Status\n;;Pengadaan;Pemeliharaan / Tahun;\n1;SIMPEG;500.000.000;50.000.000;Aktif\n"
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "d.csv")
        #expect(batch.applications.map(\.application.annualCost) == [50_000_000])
        #expect(batch.applications[0].sourceRow == 3)
        // A data row under a single-column header is never a sub-header.
        let plain = "Nama Aplikasi;Anggaran (Rp);\nSIMPEG;500.000.000;x\n"
        let read = try InventoryFileReader.read(data: Data(plain.utf8), file: "p.csv")
        #expect(read.applications.map(\.application.name) == ["SIMPEG"])
    }

    @Test func costWordsOutrankTheYearAndQualifiersYield() {
        #expect(InventoryField.matching(header: "Pemeliharaan / Tahun") == .annualCost)
        #expect(InventoryField.matching(header: "Biaya per Tahun") == .annualCost)
        #expect(InventoryField.matching(header: "Operasional per Tahun (Rp)") == .annualCost)
        #expect(InventoryField.matching(header: "Tahun 2024 (Rp)") == .annualCost)
        #expect(InventoryField.matching(header: "Tahun Anggaran") == .launchedYear, "the budget year is a year")
        #expect(InventoryField.matching(header: "Tahun Pembuatan") == .launchedYear)
        #expect(InventoryField.matching(header: "Jumlah Pengguna per Tahun") == .users)
        #expect(InventoryField.matching(header: "Kode OPD") == .unit, "a unit code is not the app's id")
        #expect(InventoryField.matching(header: "Nama Dinas") == .unit)
        #expect(InventoryField.matching(header: "Nama Domain") == .url)
        #expect(InventoryField.matching(header: "Nama Aplikasi") == .name)
    }

    @Test func theColumnWithTheStrongerClaimFillsTheField() throws {
        let text = "Nama Vendor,Nama Aplikasi,Biaya Pengadaan,Biaya Pemeliharaan\nPT Data,SIMPEG,500000000,50000000\n"
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "c.csv")
        let app = try #require(batch.applications.first?.application)
        #expect(app.name == "SIMPEG" && app.annualCost == 50_000_000)
        #expect(app.attributes == ["Nama Vendor": "PT Data", "Biaya Pengadaan": "500000000"])
    }

    @Test func theRowNumberingTheColumnsIsSkipped() throws {
        let text = "No,Nama Aplikasi,Tahun Pembuatan,Jumlah Pengguna\n1,2,3,4\n1,SIMPEG,2015,5200\n"
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "n.csv")
        #expect(batch.applications.map(\.application.name) == ["SIMPEG"])
        #expect(batch.notes.contains("row 2 numbers the columns (1 to 4) and was skipped"))
        let bracketed = "No,Nama Aplikasi,Tahun Pembuatan\n(1),(2),(3)\n1,SIMPEG,2015\n"
        #expect(try InventoryFileReader.read(data: Data(bracketed.utf8), file: "b.csv").applications.count == 1)
    }

    @Test func whatStandsBelowTheTableIsSkippedAndReported() throws {
        let batch = try InventoryFileReader.read(path: Self.ntb, options: Self.options)
        #expect(batch.notes.contains { $0.contains("row 25 (\"JUMLAH\")") })
        let note = try #require(batch.notes.first { $0.hasPrefix("skipped") })
        #expect(note.hasPrefix("skipped 5 rows after the table, not imported as apps: rows 27-31, a signature block (\"Mataram, 30 September 2026\""))
    }

    @Test func aBlankRowBetweenSectionsDoesNotEndTheTable() throws {
        let text = "Nama Aplikasi,OPD,Status\nSIMPEG,BKD,Aktif\n,,\nSIMRS,Dinas Kesehatan,Aktif\n,,\n,Kepala Dinas,\nttd,,\n"
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "s.csv")
        #expect(batch.applications.map(\.application.name) == ["SIMPEG", "SIMRS"])
        #expect(batch.notes.contains { $0.hasPrefix("skipped 2 rows after the table, not imported as apps: rows 6-7, a signature block") })
        // Without a blank row or totals row in between, a nameless row stays an error.
        let missing = "Nama Aplikasi,OPD,Status\nSIMPEG,BKD,Aktif\n,BKD,Aktif\n"
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(data: Data(missing.utf8), file: "m.csv") }
        #expect(error.description.contains("m.csv:3:Nama Aplikasi: the application name is missing"))
    }

    @Test func aSignatureRightBelowASheetsTableIsSkipped() throws {
        // As the planner's numrow.xlsx: a column-number row, two apps, one empty row, then the
        // signature in the year and cost columns; a sheet stores no cells for the empty row.
        let table = QueryResult(columns: ["No", "Nama Aplikasi", "Deskripsi", "Tahun Pembuatan", "Anggaran (Rp)"], rows: [
            ["1", "2", "3", "4", "5"], ["1", "SIMPEG", "kepegawaian", "2019", "Rp 1.000.000"], ["2", "e-Kinerja", "kinerja", "2020", "2000000"],
            [nil, nil, nil, nil, nil], [nil, nil, nil, "Mataram, 30 September 2026", nil], [nil, nil, nil, "Kepala Diskominfotik", nil],
            [nil, nil, nil, "ttd", nil], [nil, nil, nil, "Lalu Ahmad, S.Kom", "NIP 197001012000031001"],
        ])
        let data = try WorkbookWriter.workbook([("Sheet1", table)])
        let batch = try InventoryFileReader.read(data: data, file: "numrow.xlsx")
        #expect(batch.applications.map(\.application.name) == ["SIMPEG", "e-Kinerja"])
        #expect(batch.notes.contains("row 2 numbers the columns (1 to 5) and was skipped"))
        #expect(batch.notes.contains { $0.hasPrefix("skipped 4 rows after the table, not imported as apps: rows 6-9, a signature block") })
    }

    @Test func aLoneSubtitleAboveTheHeaderIsNotATopHeaderRow() throws {
        let text = "DAFTAR APLIKASI KABUPATEN BIMA,,,\nTahun 2025,,,\nNo,Nama Aplikasi,OPD,Tahun Pembuatan\n1,SIMPEG,BKD,2019\n2,e-Office,Setda,2021\n"
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "bima.csv")
        #expect(batch.applications.map(\.application.name) == ["SIMPEG", "e-Office"])
        #expect(batch.applications.map(\.application.launchedYear) == [2019, 2021])
        #expect(batch.columns.map(\.column) == ["No", "Nama Aplikasi", "OPD", "Tahun Pembuatan"])
    }

    @Test func badCellsInTheTableStillFailWithTheirPlace() throws {
        let text = "Nama Aplikasi,OPD,Jumlah Pengguna\nSIMPEG,BKD,banyak\nSIAK,Disdukcapil,100\nJUMLAH,,100\n\n\"Mataram, 30 September 2026\",,\n"
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(data: Data(text.utf8), file: "e.csv") }
        #expect(error.issues.count == 1)
        #expect(error.description.contains("e.csv:2:Jumlah Pengguna: expected a whole number, found \"banyak\""))
    }

    @Test func suggestedMapsImportOrSayTheValueMapNeeded() throws {
        let text = "name,Status,Tahun\nA,Approved,lama\nB,Denied,2019\n"
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "g.csv", options: ImportOptions(columnOverrides: ["Status": "attributes", "Tahun": "attributes"]))
        let status = try #require(batch.columns.first { $0.column == "Status" }?.suggestion)
        #expect(status == "looks like status, but its values \"Approved\", \"Denied\" are not status words; to use it, say what each means: --map \"Status=status\" --value-map \"status:Approved=?,Denied=?\"")
        let year = try #require(batch.columns.first { $0.column == "Tahun" }?.suggestion)
        #expect(year == "looks like launched_year, but \"lama\" is not a year; it stays text")
        let maps = try ImportOptions.valueMaps(parsing: ["status:Approved=active,Denied=retired"])
        let mapped = try InventoryFileReader.read(data: Data(text.utf8), file: "g.csv", options: ImportOptions(columnOverrides: ["Status": "attributes", "Tahun": "attributes"], valueMaps: maps))
        #expect(mapped.columns.first { $0.column == "Status" }?.suggestion == "looks like status; to use it: --map \"Status=status\"")
    }

    @Test func theMapErrorListsEveryColumn() throws {
        let error = try #require(throws: ImportError.self) {
            try InventoryFileReader.read(path: Self.ntb, options: ImportOptions(columnOverrides: ["Anggaran": "annual_cost"]))
        }
        #expect(error.description.contains("\"Anggaran (Rp) Pengadaan\", \"Anggaran (Rp) Pemeliharaan / Tahun\", \"Status\", \"Jumlah Pengguna\", \"Alamat URL\", \"Keterangan\""))
    }

    @Test func aRenamedAppIsPointedOutAndCanKeepItsDecisions() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let path = folder.path("daftar.xlsx")
        try FileManager.default.copyItem(atPath: Self.ntb, toPath: path)
        let store = ApplicationStore(database)
        _ = try store.importBatches([try InventoryFileReader.read(path: path, options: Self.options)])
        let old = try #require(try store.fetchAll().first { $0.application.name == "e-Planning NTB" })
        _ = try DecisionStore(database).record(.keep, old.application.externalID, reason: "own planning app", by: nil)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: Self.ntbRenamed, toPath: path)
        let renamed = try InventoryFileReader.read(path: path, options: Self.options)

        let dry = try store.importBatches([renamed], dryRun: true)[0]
        #expect(dry.inserted == 1 && dry.unchanged == 17)
        #expect(dry.possibleRenames == [RenameCandidates.Pair(newName: "e-Planning Provinsi NTB", newRow: 14,
                                                              newExternalID: renamed.applications[7].application.externalID,
                                                              oldName: "e-Planning NTB", oldExternalID: old.application.externalID)])

        let before = try snapshot(database)
        #expect(throws: StoreError.self) { try store.importBatches([renamed], renames: [AppRename(old: "e-Planing NTB", new: "e-Planning Provinsi NTB")]) }
        #expect(try snapshot(database) == before, "a rename naming no app changes nothing")

        let summary = try store.importBatches([renamed], renames: [AppRename(old: "e-Planning NTB", new: "e-Planning Provinsi NTB")])[0]
        #expect(summary.inserted == 0 && summary.updated == 1 && summary.possibleRenames.isEmpty)
        let apps = try store.fetchAll()
        #expect(apps.count == 18)
        let kept = try #require(apps.first { $0.id == old.id })
        #expect(kept.application.name == "e-Planning Provinsi NTB", "the old app took the new name, keeping its internal id")
        let decisions = try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM decisions WHERE app_a = ?", arguments: [kept.application.externalID]) }
        #expect(decisions == 1, "the decision follows the app")
    }

    @Test func replaceWithAFileNeverImportedSaysSo() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let file = try folder.write("r.csv", "id,name\nA,SIMPEG\n")
        let first = try ApplicationStore(database).importBatches([try InventoryFileReader.read(path: file)], replacing: .retire)[0]
        #expect(!first.earlierImport && first.removal?.removed == [])
        let again = try ApplicationStore(database).importBatches([try InventoryFileReader.read(path: file)], replacing: .retire)[0]
        #expect(again.earlierImport)
    }

    @Test func namesAlikeOnlyInRegionWordsAreNoRename() {
        let names = ["SIMPEG NTB", "SIMRS NTB", "e-Kinerja NTB", "e-Absensi NTB", "e-Planning NTB", "e-Planning Provinsi NTB"]
        let pairs = RenameCandidates.pairs(
            new: [RenameCandidates.Entry(name: "SIMRS NTB", agency: "P", row: 2), RenameCandidates.Entry(name: "e-Absensi NTB", agency: "P", row: 3),
                  RenameCandidates.Entry(name: "e-Planning Provinsi NTB", agency: "P", row: 4)],
            missing: [RenameCandidates.Entry(name: "SIMPEG NTB", agency: "P", externalID: "a"), RenameCandidates.Entry(name: "e-Kinerja NTB", agency: "P", externalID: "b"),
                      RenameCandidates.Entry(name: "e-Planning NTB", agency: "Q", externalID: "c")],
            names: names)
        #expect(pairs.isEmpty, "different apps, and a rename never crosses agencies")
    }
}
