import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Workbooks of several sheets as agencies send them: a cover sheet of instructions before the
/// register, or a province's compilation with one regency per sheet.
@Suite("Workbook sheets")
struct WorkbookSheetsTests {
    static let instructions = QueryResult(columns: ["No", "Kolom", "Cara Pengisian"],
                                          rows: [["1", "Nama Aplikasi", "diisi nama aplikasi"], ["2", "OPD", "diisi nama perangkat daerah"]],
                                          numeric: [[true, false, false], [true, false, false]])

    static func register(_ rows: [(String, String, String)], users: [String]? = nil) -> QueryResult {
        QueryResult(columns: ["Nama Aplikasi", "OPD", "Deskripsi", "Jumlah Pengguna"],
                    rows: rows.enumerated().map { [$1.0, $1.1, $1.2, users?[$0] ?? "10"] },
                    numeric: rows.map { _ in [false, false, false, false] })
    }

    static func workbook(_ sheets: [(String, QueryResult)], in folder: TemporaryFolder) throws -> String {
        let file = folder.path("rekap.xlsx")
        try WorkbookWriter.workbook(sheets.map { (name: $0.0, table: $0.1) }).write(to: URL(fileURLWithPath: file))
        return file
    }

    @Test func aCoverSheetOfInstructionsIsPassedOverWithANote() throws {
        let folder = try TemporaryFolder()
        let file = try Self.workbook([("Petunjuk Pengisian", Self.instructions),
                                      ("Daftar Aplikasi", Self.register([("SIMPEG", "BKPSDM", "data pegawai"), ("e-Office", "Setda", "surat")]))], in: folder)
        let batch = try InventoryFileReader.read(path: file)
        #expect(batch.applications.map(\.application.name) == ["SIMPEG", "e-Office"])
        #expect(batch.notes.first == "read sheet \"Daftar Aplikasi\", the first holding a register; \"Petunjuk Pengisian\" before it holds none (choose with --sheet NAME)")
    }

    @Test func everyRegisterSheetIsItsOwnSourceWithItsRegencyAsAgency() throws {
        let folder = try TemporaryFolder()
        let file = try Self.workbook([("Petunjuk", Self.instructions),
                                      ("Kab. Bantul", Self.register([("SIMPEG", "BKPSDM", "data pegawai")])),
                                      ("Kab. Sleman", Self.register([("SIMPEG", "BKPP", "data pegawai"), ("Lapor Bupati", "Diskominfo", "pengaduan")]))], in: folder)
        let single = try InventoryFileReader.read(path: file)
        #expect(single.notes.contains("another sheet holds a register, not read: \"Kab. Sleman\"; read it with --sheet NAME, or every one with --all-sheets"))

        var options = ImportOptions()
        options.allSheets = true
        let read = try InventoryFileReader.readAll(path: file, options: options)
        let batches = read.batches
        #expect(batches.map(\.file) == ["\(file):Kab. Bantul", "\(file):Kab. Sleman"])
        #expect(batches.flatMap { $0.applications.map(\.application.agency) } == ["Pemerintah Kabupaten Bantul", "Pemerintah Kabupaten Sleman", "Pemerintah Kabupaten Sleman"])
        #expect(batches.flatMap { $0.applications.map(\.application.level) } == [.regency, .regency, .regency])
        // The sheets passed over belong to the workbook, not to its first register sheet.
        #expect(read.notes == ["sheet \"Petunjuk\" holds no register, not read"])
        #expect(!batches.flatMap(\.notes).contains { $0.contains("not read") })
        // Same name, two regencies: two apps.
        let ids = batches.flatMap { $0.applications.map(\.application.externalID) }
        #expect(Set(ids).count == 3)

        let database = try InventoryDatabase(path: folder.path("i.sqlite"), access: .create)
        let summaries = try ApplicationStore(database).importBatches(batches)
        #expect(summaries.map(\.inserted) == [1, 2])
    }

    @Test func aBadCellOnAnySheetStopsTheWholeWorkbookNamingSheetAndCell() throws {
        let folder = try TemporaryFolder()
        let file = try Self.workbook([("Kab. Bantul", Self.register([("SIMPEG", "BKPSDM", "data pegawai")])),
                                      ("Kab. Sleman", Self.register([("SIMPEG", "BKPP", "data pegawai"), ("SIMDA", "BPKAD", "keuangan")], users: ["12", "banyak"]))], in: folder)
        var options = ImportOptions()
        options.allSheets = true
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.readAll(path: file, options: options) }
        #expect(error.description == "\(file):Kab. Sleman:D3 (Jumlah Pengguna): expected a whole number, found \"banyak\"")
    }

    /// `--codes "unit=rekap.xlsx:Kode OPD"` reads a sheet of the register itself as codes: the
    /// summary says so instead of calling it "not read".
    @Test func aSheetReadAsCodesIsNamedSoBesideTheSheetsNotRead() throws {
        let file = RegisterIntakeTests.fixture("rekap-ntb.xlsx")
        var options = ImportOptions(codeTables: try ImportOptions.codeTables(parsing: ["unit=\(file):Kode OPD"]))
        options.allSheets = true
        let read = try InventoryFileReader.readAll(path: file, options: options)
        #expect(read.batches.map(\.file) == ["\(file):Kab. Lombok Barat", "\(file):Kota Mataram"])
        #expect(read.notes == ["sheet \"Kode OPD\" read as unit codes (--codes), not as a register",
                               "sheet \"Petunjuk Pengisian\" holds no register, not read"])
        #expect(read.batches.flatMap { $0.applications.map(\.application.unit) }
                == ["Badan Kepegawaian dan Pengembangan SDM", "Dinas Komunikasi dan Informatika", "Badan Kepegawaian dan Pengembangan SDM", "Dinas Komunikasi dan Informatika"])
    }

    /// A bad cell on one sheet stops the workbook; the error keeps what was understood of every
    /// sheet (header row, columns), so the planner can tell a wrong guess from a typing error.
    @Test func aFailedWorkbookKeepsWhatWasUnderstoodOfEachSheet() throws {
        var options = ImportOptions()
        options.allSheets = true
        let error = try #require(throws: ImportError.self) {
            try InventoryFileReader.readAll(path: RegisterIntakeTests.fixture("rekap-ntb-bad.xlsx"), options: options)
        }
        #expect(error.issues.map(\.description) == ["\(RegisterIntakeTests.fixture("rekap-ntb-bad.xlsx")):Kab. Lombok Barat:I6 (Biaya Pemeliharaan): expected an amount such as 37300000, \"Rp 37.300.000\" or \"1.250,5\", found \"Rp 1.2.3\""])
        #expect(error.readings.map { $0.source.split(separator: ":").last! } == ["Kota Mataram", "Kab. Lombok Barat"])
        for reading in error.readings {
            #expect(reading.notes.first == "header found on row 4; rows 1-3 skipped (say which with --header-row N)")
            #expect(reading.columns.first { $0.column == "Biaya Pemeliharaan" }?.field == "annual_cost")
        }

        // With no register anywhere (a wrong --header-row), each sheet says what it was read as.
        options.headerRow = 2
        let wrongRow = try #require(throws: ImportError.self) {
            try InventoryFileReader.readAll(path: RegisterIntakeTests.fixture("rekap-ntb.xlsx"), options: options)
        }
        #expect(wrongRow.description.contains("no sheet holds a register"))
        let mataram = try #require(wrongRow.readings.first { $0.source.hasSuffix(":Kota Mataram") })
        #expect(mataram.notes.contains("header found on row 2; row 1 skipped"))
        #expect(mataram.columns.map(\.column) == ["Tahun 2025"])
    }

    @Test func aNamedSheetOrAnAgencyGivenOverridesTheGuess() throws {
        let folder = try TemporaryFolder()
        let file = try Self.workbook([("Petunjuk", Self.instructions), ("Kab. Bantul", Self.register([("SIMPEG", "BKPSDM", "data pegawai")]))], in: folder)
        let named = try InventoryFileReader.read(path: file, options: ImportOptions(sheet: "kab. bantul", agency: "Dinas Kominfo DIY"))
        #expect(named.applications.map(\.application.agency) == ["Dinas Kominfo DIY"])
        #expect(!named.notes.contains { $0.contains("names a regional government") })
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: file, options: ImportOptions(sheet: "Rekap")) }
        #expect(error.description.contains("has no sheet named \"Rekap\"; its sheets are \"Petunjuk\", \"Kab. Bantul\""))
    }
}
