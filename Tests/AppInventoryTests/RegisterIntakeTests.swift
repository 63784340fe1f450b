import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Real registers: title rows, totals rows, Indonesian headers and money, one agency per file.
@Suite("Register intake")
struct RegisterIntakeTests {
    static let registers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/registers")

    static func fixture(_ name: String) -> String { registers.appendingPathComponent(name).path }

    /// A register without an agency column whose title names its government ("DAFTAR
    /// APLIKASI PEMERINTAH KOTA SEMARANG TAHUN 2024") gives its apps that owner, and says so;
    /// one that names none says its apps have no owner rather than storing them in silence.
    @Test func theTitleAboveTheHeaderNamesTheOwnerWhenNoColumnDoes() throws {
        let batch = try InventoryFileReader.read(path: Self.fixture("daftar-aplikasi-semarang.csv"))
        let apps = batch.applications.map(\.application)
        #expect(apps.count == 9 && apps.allSatisfy { $0.agency == "Pemerintah Kota Semarang" && $0.level == .city && $0.province == "Jawa Tengah" })
        #expect(batch.notes.contains { $0.contains("the title above the header names Kota Semarang") && $0.contains("--agency") }, "\(batch.notes)")
        let given = try InventoryFileReader.read(path: Self.fixture("daftar-aplikasi-semarang.csv"), options: ImportOptions(agency: "Dinas Kominfo Kota Semarang"))
        #expect(given.applications.allSatisfy { $0.application.agency == "Dinas Kominfo Kota Semarang" }, "--agency comes first")

        let folder = try TemporaryFolder()
        let bare = folder.path("bare.csv")
        try "Nama Aplikasi;Deskripsi\nSIMPEG;Data pegawai\n".write(toFile: bare, atomically: true, encoding: .utf8)
        let ownerless = try InventoryFileReader.read(path: bare)
        #expect(ownerless.applications.first?.application.agency == nil)
        #expect(ownerless.notes.contains { $0.hasPrefix("no agency:") && $0.contains("--agency") }, "\(ownerless.notes)")
    }

    @Test(arguments: ["daftar-aplikasi-semarang.csv", "daftar-aplikasi-semarang.xlsx", "daftar-aplikasi-semarang-inline-strings.xlsx"])
    func aPemdaRegisterImportsIntoNineCompleteApps(file: String) throws {
        let batch = try InventoryFileReader.read(path: Self.fixture(file), options: ImportOptions(agency: "Pemkot Semarang"))
        let apps = batch.applications.map(\.application)
        #expect(apps.count == 9)
        #expect(apps.allSatisfy { $0.annualCost != nil && $0.users != nil && $0.unit != nil })
        #expect(apps.allSatisfy { $0.province == "Jawa Tengah" && $0.agency == "Pemerintah Kota Semarang" && $0.level == .city })
        #expect(batch.applications.allSatisfy { $0.agencyAsWritten == "Pemkot Semarang" })
        #expect(apps.map(\.annualCost!).reduce(0, +) == 3_250_500_000)
        #expect(apps.map(\.users!).reduce(0, +) == 47_500)
        #expect(apps[0].name == "SIMPEG Kota Semarang" && apps[0].launchedYear == 2014)
        #expect(apps[6].status == .development)
        let destinations = Dictionary(uniqueKeysWithValues: batch.columns.map { ($0.column, $0.destination) })
        #expect(destinations == [
            "No": "attributes", "Nama Aplikasi": "name", "OPD Pemilik": "unit", "Deskripsi Singkat": "description",
            "Fungsi": "description", "Tahun Pembuatan": "launched_year", "Biaya Pemeliharaan (Rp)": "attributes",
            "Status": "status", "Keterangan": "attributes", "annual_cost_idr": "annual_cost", "jumlah_user": "users",
        ])
        #expect(batch.columns.first { $0.column == "Biaya Pemeliharaan (Rp)" }?.suggestion?.contains("looks like annual_cost") == true)
        // "Fungsi" joins the description when it adds words; "Keterangan" holds remarks ("Uji coba").
        #expect(apps[0].description == "Sistem informasi manajemen kepegawaian untuk data ASN dan riwayat jabatan")
        #expect(apps[4].description == "Rekam medis elektronik, pendaftaran pasien dan billing rumah sakit. Kesehatan")
        #expect(apps[6].attributes["Keterangan"] == "Uji coba")
        #expect(batch.columns.first { $0.column == "Nama Aplikasi" }?.samples == ["SIMPEG Kota Semarang", "E-Office Semarang", "SIPD Perencanaan"])
        #expect(batch.notes.contains("header found on row 3; rows 1-2 skipped (say which with --header-row N)"))
        #expect(batch.notes.contains { $0.contains("row 13 (\"JUMLAH\")") })
    }

    @Test func theHeaderRowCanBeNamed() throws {
        let text = "Rekap;;\nid;nama;catatan\nA1;SIMPEG;x\n"
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "r.csv", options: ImportOptions(headerRow: 2))
        #expect(batch.applications.map(\.application.name) == ["SIMPEG"])
        #expect(batch.applications[0].sourceRow == 3)
        let error = try #require(throws: ImportError.self) {
            try InventoryFileReader.read(data: Data(text.utf8), file: "r.csv", options: ImportOptions(headerRow: 9))
        }
        #expect(error.description.contains("--header-row 9 is blank or past the end"))
    }

    @Test func ofBudgetColumnsForSeveralYearsTheLatestIsTheAnnualCost() throws {
        let text = "Nama Aplikasi;Anggaran 2022 (Rp);Anggaran 2024 (Rp);Anggaran 2023 (Rp)\nSIMPEG;Rp 10.000.000;Rp 30.000.000;Rp 20.000.000\n"
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "a.csv")
        #expect(batch.applications[0].application.annualCost == 30_000_000)
        #expect(batch.applications[0].application.attributes == ["Anggaran 2022 (Rp)": "Rp 10.000.000", "Anggaran 2023 (Rp)": "Rp 20.000.000"])
        #expect(batch.columns.first { $0.column == "Anggaran 2024 (Rp)" }?.field == "annual_cost")
    }

    /// The layout of the national SPBE application catalogue: "Pengguna Aplikasi" says who
    /// uses it, "Sumber Anggaran" where the money comes from; "Nilai Anggaran" is the cost.
    @Test func aColumnOfWordsUnderANumberHeaderStaysTextAndAnotherColumnFillsTheField() throws {
        let text = """
            No;Nama Aplikasi;Jenis Aplikasi;Pengguna Aplikasi;Sumber Anggaran;Nilai Anggaran
            1;SIMPEG;Khusus;Internal;APBD;Rp 150.000.000
            2;e-Surat;Umum;Internal dan Eksternal;APBD;75000000
            """
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "katalog.csv")
        #expect(batch.applications.map(\.application.annualCost) == [150_000_000, 75_000_000])
        #expect(batch.applications.allSatisfy { $0.application.users == nil })
        #expect(batch.applications[0].application.attributes["Pengguna Aplikasi"] == "Internal")
        let suggestions = Dictionary(uniqueKeysWithValues: batch.columns.map { ($0.column, $0.suggestion) })
        #expect(suggestions["Pengguna Aplikasi"] == "looks like users, but \"Internal\" is not a whole number; it stays text")
        #expect(suggestions["Sumber Anggaran"] == "looks like annual_cost, but \"APBD\" is not an amount; it stays text")
        #expect(suggestions["Jenis Aplikasi"] == .some(nil), "a shared word is no reason to offer a swap")
    }

    /// "Anggaran" may be what an app cost to build, not what it costs a year; the column map
    /// says how it is read and how to keep it out, since savings are counted from it.
    @Test func aBudgetColumnReadAsRunningCostSaysSo() throws {
        let budget = try InventoryFileReader.read(data: Data("Nama Aplikasi,Anggaran (Rp),OPD\nSIMPEG,\"Rp 1.250.000.000\",Dinas\n".utf8), file: "b.csv")
        let cost = try #require(budget.columns.first { $0.column == "Anggaran (Rp)" })
        #expect(cost.field == "annual_cost")
        #expect(cost.suggestion?.contains("if it is a build or procurement budget, keep it out: --map \"Anggaran (Rp)=attributes\"") == true, "\(cost)")
        let both = try InventoryFileReader.read(data: Data("Nama Aplikasi,Anggaran (Rp),Biaya Pemeliharaan per Tahun\nSIMPEG,1250000000,50000000\n".utf8), file: "a.csv")
        let yearly = try #require(both.columns.first { $0.field == "annual_cost" })
        #expect(yearly.column == "Biaya Pemeliharaan per Tahun" && yearly.suggestion == nil, "a maintenance cost a year is the running cost: \(yearly)")
    }

    @Test func totalsRowsAreSkippedWithAMessage() throws {
        let text = "name,annual_cost,users\nSIMPEG,100,5\nSIAK,200,6\nTotal,300,11\n,300,11\n"
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "t.csv")
        #expect(batch.applications.map(\.application.name) == ["SIMPEG", "SIAK"])
        #expect(batch.notes.filter { !$0.hasPrefix("no agency:") && !$0.contains("no id") && !$0.contains("yearly costs are under") } == ["2 summary rows skipped, not imported as apps: row 4 (\"Total\"), row 5 (\"300 11\")"])
        // Ids made up for rows without one are said, not left to surprise in `decide`.
        #expect(batch.notes.contains("2 rows have no id: each got one made from its agency and name (\"auto-…\"), which a re-import of the same app finds again; an id column added later takes over, decisions kept"))
    }

    @Test func repeatedAndBlankHeadersKeepEveryValue() throws {
        let text = "id,name,Catatan,Catatan,,\nA1,SIMPEG,satu,dua,tiga,empat\n"
        let batch = try InventoryFileReader.read(data: Data(text.utf8), file: "d.csv")
        #expect(batch.applications[0].application.attributes == ["Catatan": "satu", "Catatan (2)": "dua", "column 5": "tiga", "column 6": "empat"])
        #expect(batch.notes.contains("column 4 repeats the header \"Catatan\" and is called \"Catatan (2)\""))
        #expect(batch.notes.contains("column 6 has no header and is called \"column 6\""))
    }

    @Test func headersAreMatchedByWords() {
        #expect(InventoryField.matching(header: "Biaya Pemeliharaan (Rp)") == .annualCost)
        #expect(InventoryField.matching(header: "annual_cost_idr") == .annualCost)
        #expect(InventoryField.matching(header: "jumlah_user") == .users)
        #expect(InventoryField.matching(header: "OPD Pemilik") == .unit)
        #expect(InventoryField.matching(header: "Deskripsi Singkat") == .description)
        #expect(InventoryField.matching(header: "Nilai Kontrak (Rp)") == .annualCost)
        #expect(InventoryField.matching(header: "Unit Pengelola") == .unit)
        #expect(InventoryField.matching(header: "Catatan") == nil)
    }

    @Test func anotherStatusVocabularyGivesOneMessageWithTheWayOut() throws {
        let text = "name,Status\nA,Approved\nB,Denied\nC,Approved\nD,Aktif\n"
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(data: Data(text.utf8), file: "g.csv") }
        #expect(error.issues.count == 1)
        #expect(error.description.contains("g.csv:2:Status: 3 rows hold status values outside its vocabulary"))
        #expect(error.description.contains("\"Approved\" (2), \"Denied\" (1)"))
        #expect(error.description.contains("--value-map \"status:Approved=?,Denied=?\"") && error.description.contains("--map \"Status=attributes\""))
        let maps = try ImportOptions.valueMaps(parsing: ["status:Approved=active,Denied=retired"])
        let apps = try InventoryFileReader.read(data: Data(text.utf8), file: "g.csv", options: ImportOptions(valueMaps: maps)).applications
        #expect(apps.map(\.application.status) == [.active, .retired, .active, .active])
        #expect(throws: ImportError.self) { try ImportOptions.valueMaps(parsing: ["status:Approved=maybe"]) }
    }

    @Test func theGSAStandardsListImportsWithItsStatusKeptAsText() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../data/registers/gsa-it-standards-2021.csv").standardized.path
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: file) }
        #expect(error.issues.count == 1)
        #expect(error.description.contains("1,765 rows hold status values"))
        let options = ImportOptions(columnOverrides: ["Standard Name": "name", "Category": "attributes", "Status": "attributes"])
        let batch = try InventoryFileReader.read(path: file, options: options)
        #expect(batch.applications.count == 1_808)
        #expect(batch.applications[0].application.attributes["Status"] == "Approved")
    }

    @Test func fillInsCompleteASingleAgencyRegister() throws {
        let text = "nama\nSIMPEG\n"
        let apps = try InventoryFileReader.read(data: Data(text.utf8), file: "f.csv", options: ImportOptions(agency: "Kab. Bantul", region: nil)).applications
        #expect(apps[0].application.agency == "Pemerintah Kabupaten Bantul")
        #expect(apps[0].application.level == .regency)
        #expect(apps[0].application.province == "DI Yogyakarta")
        let central = try InventoryFileReader.read(data: Data(text.utf8), file: "f.csv", options: ImportOptions(agency: "Kementerian Kesehatan", level: .central)).applications
        #expect(central[0].application.province == "Pusat")
    }

    @Test func agencySpellingsShareOneCanonicalName() {
        #expect(AgencyName.canonical("Pemkot Semarang") == "Pemerintah Kota Semarang")
        #expect(AgencyName.canonical("Kota  Semarang") == "Pemerintah Kota Semarang")
        #expect(AgencyName.canonical("Pemerintah Kota Semarang") == "Pemerintah Kota Semarang")
        #expect(AgencyName.canonical("Pemprov Jateng") == "Pemerintah Provinsi Jawa Tengah")
        #expect(AgencyName.canonical("Kab. Bantul") == "Pemerintah Kabupaten Bantul")
        #expect(AgencyName.canonical("Dinas Kesehatan Kota Semarang") == "Dinas Kesehatan Kota Semarang")
        #expect(AgencyName.canonical("Kementerian Kesehatan") == "Kementerian Kesehatan")
    }

    @Test func reimportAfterASpellingFixUpdatesInsteadOfDuplicating() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let file = try folder.write("r.csv", "nama,instansi\nSIMPEG,Pemkot Semarang\n")
        try importFiles([file], into: database)
        try folder.write("r.csv", "nama,instansi\nSIMPEG,Pemerintah Kota Semarang\n")
        let summary = try importFiles([file], into: database)
        #expect(summary[0].updated == 1 && summary[0].inserted == 0)
        let rows = try database.read { try Row.fetchAll($0, sql: "SELECT agency, agency_as_written, province FROM apps") }
        #expect(rows.count == 1)
        #expect(rows[0]["agency"] == "Pemerintah Kota Semarang")
        #expect(rows[0]["agency_as_written"] == "Pemerintah Kota Semarang")
        #expect(rows[0]["province"] == "Jawa Tengah")
    }

    @Test func listCellsSplitOnCommasWhenTheFileUsesSemicolons() throws {
        let text = "name;features\nSIMPEG;Data pegawai, Cuti | Mutasi\n"
        let apps = try InventoryFileReader.read(data: Data(text.utf8), file: "s.csv").applications
        #expect(apps[0].application.features == ["Data pegawai", "Cuti", "Mutasi"])
        let comma = try InventoryFileReader.read(data: Data("name,features\nSIMPEG,\"Data pegawai, Cuti\"\n".utf8), file: "c.csv").applications
        #expect(comma[0].application.features == ["Data pegawai, Cuti"])
    }

    @Test func absurdAmountsAndUserCountsAreRefusedWhereTheyAre() throws {
        let text = "id,name,annual_cost,users\nB1,X,10000000000000000000,5\nB2,Y,5,2000000000\n"
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(data: Data(text.utf8), file: "b.csv") }
        #expect(error.issues.map(\.description) == [
            "b.csv:2:annual_cost: 10000000000000000000 is above the ceiling of Rp 1.000.000.000.000.000 a year; check the cell (a decimal comma read as thousands?)",
            "b.csv:3:users: 2.000.000.000 users is above the ceiling of 1.000.000.000; check the cell",
        ])
    }

    @Test func theSameIdInTwoFilesIsAnErrorNamingBothUnlessScopedPerFile() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.csv", "id,name\nDUP-1,SIMPEG\n")
        let b = try folder.write("b.csv", "id,name\nX,SIAK\nDUP-1,SIMRS\n")
        let batches = try [a, b].map { try InventoryFileReader.read(path: $0) }
        let error = try #require(throws: ImportError.self) { try ImportBatch.checkDistinctIDs(batches) }
        #expect(error.description.hasPrefix("\(b):3: id \"DUP-1\" is also on \(a):2"))
        let scoped = try [a, b].map { try InventoryFileReader.read(path: $0, options: ImportOptions(idPrefixFromFile: true)) }
        try ImportBatch.checkDistinctIDs(scoped)
        #expect(scoped.flatMap { $0.applications.map(\.application.externalID) } == ["a:DUP-1", "b:X", "b:DUP-1"])
    }

    @Test func removeAndReplaceAreRecorded() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let file = try folder.write("r.csv", "id,name\nA,SIMPEG\nB,SIAK\nC,SIMRS\n")
        try importFiles([file], into: database)
        let store = ApplicationStore(database)
        #expect(throws: StoreError.self) { try store.remove(["A", "nope"], reason: nil) }
        #expect(try store.fetchAll().count == 3)
        _ = try DecisionStore(database).record(.keep, "A", reason: "x", by: nil)
        let removal = try store.remove(["A"], reason: "merged")
        #expect(removal.removed == ["A"] && removal.affectedDecisions.count == 1)
        try folder.write("r.csv", "id,name\nB,SIAK\n")
        let retired = try store.importBatches([try InventoryFileReader.read(path: file)], replacing: .retire)
        #expect(retired[0].removal?.removed == ["C"])
        // C stays for history, marked retired and removed, out of the inventory the analysis reads.
        #expect(try store.fetchAll().map(\.application.externalID) == ["B"])
        let kept = try database.read { try Row.fetchOne($0, sql: "SELECT status, removed_at IS NOT NULL FROM apps WHERE external_id = 'C'") }
        #expect(kept?[0] == "retired" && kept?[1] == true)
        try folder.write("r.csv", "id,name\nB,SIAK\nC,SIMRS\n")
        #expect(try store.importBatches([try InventoryFileReader.read(path: file)])[0].updated == 1, "a returning app is restored")
        #expect(try store.fetchAll().map { $0.application.status } == [nil, nil])
        try folder.write("r.csv", "id,name\nB,SIAK\n")
        let deleted = try store.importBatches([try InventoryFileReader.read(path: file)], replacing: .delete)
        #expect(deleted[0].removal?.removed == ["C"])
        #expect(try store.fetchAll().map(\.application.externalID) == ["B"])
        let runs = try database.read { try Row.fetchAll($0, sql: "SELECT kind, removed, reason FROM import_runs ORDER BY id") }
        #expect(runs.map { "\($0["kind"] as String):\($0["removed"] as Int)" } == ["import:0", "remove:1", "import:0", "replace:1", "import:0", "import:0", "replace:1"])
        #expect(runs[1]["reason"] == "merged")
    }
}
