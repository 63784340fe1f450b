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
        let batches = try InventoryFileReader.readAll(path: file, options: options)
        #expect(batches.map(\.file) == ["\(file):Kab. Bantul", "\(file):Kab. Sleman"])
        #expect(batches.flatMap { $0.applications.map(\.application.agency) } == ["Pemerintah Kabupaten Bantul", "Pemerintah Kabupaten Sleman", "Pemerintah Kabupaten Sleman"])
        #expect(batches.flatMap { $0.applications.map(\.application.level) } == [.regency, .regency, .regency])
        #expect(batches[0].notes.first == "sheet \"Petunjuk\" holds no register, not read")
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
