import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Registers that write units as codes, sent with the codes' lookup table (`--codes`).
@Suite("Code tables")
struct CodeTableTests {
    static let register = "no;nama_aplikasi;opd;deskripsi\n1;SIMPEG;030701;data pegawai\n2;e-Retribusi;30702;retribusi pasar\n3;Lapor Bupati;Sekretariat Daerah;pengaduan\n"
    static let lookup = "DAFTAR KODE OPD KABUPATEN BANTUL;\n;\nKode OPD;Nama OPD\n030701;Badan Kepegawaian Daerah\n030702;Dinas Perdagangan\n"

    @Test func codesAreReadAsNamesAndKeptInAttributes() throws {
        let folder = try TemporaryFolder()
        let codes = try CodeTable.read(path: folder.write("kode-opd.csv", Self.lookup))
        #expect(codes.count == 2)
        let batch = try InventoryFileReader.read(data: Data(Self.register.utf8), file: "daftar.csv", options: ImportOptions(codeTables: [.unit: codes]))
        let apps = batch.applications.map(\.application)
        // "30702" is the code a spreadsheet stored as a number; a unit written by name stays as written.
        #expect(apps.map(\.unit) == ["Badan Kepegawaian Daerah", "Dinas Perdagangan", "Sekretariat Daerah"])
        #expect(apps.map { $0.attributes["opd"] } == ["030701", "30702", nil])
        #expect(batch.notes.contains { $0.hasPrefix("unit: 2 codes read as names through") })
    }

    @Test func aCodeTheTableLacksStopsTheImportNamingRowAndColumn() throws {
        let folder = try TemporaryFolder()
        let codes = try CodeTable.read(path: folder.write("kode-opd.csv", Self.lookup))
        let register = Self.register + "4;SIMDA;030799;keuangan\n5;SIPD;030799;perencanaan\n"
        let error = try #require(throws: ImportError.self) {
            try InventoryFileReader.read(data: Data(register.utf8), file: "daftar.csv", options: ImportOptions(codeTables: [.unit: codes]))
        }
        #expect(error.description.hasPrefix("daftar.csv:5:opd: 2 rows hold unit codes that"))
        #expect(error.description.contains("(2 codes) does not list: \"030799\" (2)"))
    }

    @Test func aTableWhoseColumnsCannotBeToldApartIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("k.csv", "no,singkatan,opd\n1,BKD,Badan Kepegawaian Daerah\n")
        let error = try #require(throws: ImportError.self) { try CodeTable.read(path: path) }
        #expect(error.description.contains("cannot tell which column holds the codes"))
        let twice = try folder.write("k2.csv", "kode,nama\n01,Dinas A\n01,Dinas B\n")
        let conflict = try #require(throws: ImportError.self) { try CodeTable.read(path: twice) }
        #expect(conflict.description.contains("k2.csv:3:kode: code \"01\" is listed again with another name"))
    }

    @Test func aLookupWorkbookServesTheUnitColumn() throws {
        let folder = try TemporaryFolder()
        let table = QueryResult(columns: ["Kode", "Nama Perangkat Daerah"], rows: [["030701", "Badan Kepegawaian Daerah"], ["30702", "Dinas Perdagangan"]],
                                numeric: [[false, false], [true, false]])
        let file = folder.path("kode.xlsx")
        try WorkbookWriter.workbook([("OPD", table)]).write(to: URL(fileURLWithPath: file))
        let codes = try #require(try ImportOptions.codeTables(parsing: ["unit=\(file):OPD"])[.unit])
        #expect(codes == (try CodeTable.read(path: file)))
        #expect(codes.file == "\(file):OPD")
        #expect(codes.name(for: "030702") == "Dinas Perdagangan")
        #expect(codes.name(for: " 030701 ") == "Badan Kepegawaian Daerah")
        #expect(codes.name(for: "0307") == nil)
    }

    @Test func aFailedImportLeavesTheDatabaseAsItWas() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("i.sqlite"), access: .create)
        let codes = try CodeTable.read(path: folder.write("kode-opd.csv", Self.lookup))
        let options = ImportOptions(codeTables: [.unit: codes])
        _ = try importFiles([folder.write("daftar.csv", Self.register)], into: database, options: options)
        let before = try snapshot(database)
        let broken = try folder.write("daftar.csv", Self.register + "4;SIMDA;999999;keuangan\n")
        #expect(throws: ImportError.self) { try importFiles([broken], into: database, options: options) }
        #expect(try snapshot(database) == before)
        let units = try database.read { try String.fetchAll($0, sql: "SELECT unit FROM apps ORDER BY name") }
        #expect(units == ["Sekretariat Daerah", "Badan Kepegawaian Daerah", "Dinas Perdagangan"])
    }

    @Test func codesNeedAColumnOfTheirField() throws {
        let folder = try TemporaryFolder()
        let codes = try CodeTable.read(path: folder.write("kode-opd.csv", Self.lookup))
        let error = try #require(throws: ImportError.self) {
            try InventoryFileReader.read(data: Data("nama,deskripsi\nSIMPEG,x\n".utf8), file: "d.csv", options: ImportOptions(codeTables: [.domain: codes]))
        }
        #expect(error.description.contains("--codes domain=…: no column of the header is read as domain"))
        #expect(throws: ImportError.self) { try ImportOptions.codeTables(parsing: ["status=kode-opd.csv"]) }
    }

    /// Code tables are opened by the reader registers use, so every format a register may
    /// come in works for its codes too.
    @Test func aCodeTableMayBeTabSeparatedOrJSON() throws {
        let folder = try TemporaryFolder()
        let tsv = try CodeTable.read(path: folder.write("kode-opd.tsv", "Kode OPD\tNama OPD\n030701\tBadan Kepegawaian Daerah\n030702\tDinas Perdagangan\n"))
        let json = try CodeTable.read(path: folder.write("kode-opd.json", #"[{"kode": "030701", "nama": "Badan Kepegawaian Daerah"}, {"kode": "030702", "nama": "Dinas Perdagangan"}]"#))
        for codes in [tsv, json] {
            #expect(codes.count == 2)
            #expect(codes.name(for: "30702") == "Dinas Perdagangan")
        }
        let csv = try folder.write("kode-opd.csv", Self.lookup)
        let error = try #require(throws: ImportError.self) { try CodeTable.read(path: csv, sheet: "Kode OPD") }
        #expect(error.description == "\(csv): is CSV, which has no sheets; a sheet (\"Kode OPD\") can only be named in an Excel workbook")
    }
}
