import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Reading inventory files")
struct CSVImportTests {
    @Test func quotedFieldsWithEmbeddedNewlinesAndQuotes() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("quoted.csv", """
            name,description,features
            SIMPEG,"Mengelola data pegawai,
            termasuk ""riwayat"" jabatan","Data pegawai; Riwayat jabatan"
            e-Office,Surat masuk,Disposisi

            """)
        let batch = try InventoryFileReader.read(path: file)
        #expect(batch.applications.count == 2)
        let first = batch.applications[0].application
        #expect(first.description == "Mengelola data pegawai,\ntermasuk \"riwayat\" jabatan")
        #expect(first.features == ["Data pegawai", "Riwayat jabatan"])
        #expect(batch.applications[1].sourceRow == 3, "rows count records, as a spreadsheet shows them")
    }

    @Test func semicolonDelimiterBOMAndIndonesianHeaders() throws {
        let folder = try TemporaryFolder()
        let text = "Nama Aplikasi;Instansi;Tingkat;Deskripsi;Jumlah Pengguna;Anggaran;Status;Tahun;Catatan Khusus\n"
            + "SIMPEG;Pemerintah Kabupaten Bantul;Kabupaten;Data pegawai;1.250;Rp 37.300.000;Aktif;2019;dipakai BKPSDM\n"
            + "e-Kinerja;Kota Malang;;-;-;1.250,5;Tidak Aktif;2021-03-01;\n"
        let file = try folder.write("opd.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let apps = try InventoryFileReader.read(path: file).applications.map(\.application)
        #expect(apps.count == 2)
        #expect(apps[0].name == "SIMPEG")
        #expect(apps[0].level == .regency)
        #expect(apps[0].users == 1250)
        #expect(apps[0].annualCost == 37_300_000)
        #expect(apps[0].status == .active)
        #expect(apps[0].launchedYear == 2019)
        #expect(apps[0].region == "Kabupaten Bantul")
        #expect(apps[0].attributes == ["Catatan Khusus": "dipakai BKPSDM"])
        #expect(apps[1].level == .city, "level inferred from the agency name")
        #expect(apps[1].description == nil, "\"-\" means missing")
        #expect(apps[1].annualCost == 1250.5)
        #expect(apps[1].status == .inactive)
        #expect(apps[1].launchedYear == 2021)
    }

    @Test func rowsWithoutIdGetStableDerivedIds() throws {
        let folder = try TemporaryFolder()
        let a = try InventoryFileReader.read(path: try folder.write("a.csv", "name,agency\nSIMPEG,Pemkab Bantul\nSIMPEG,Pemkab Bantul\n"))
        let b = try InventoryFileReader.read(path: try folder.write("b.csv", "agency,name\nPemkab  Bantul,simpeg\n"))
        let ids = a.applications.map(\.application.externalID)
        #expect(ids[0].hasPrefix("auto-"))
        #expect(ids[1] == ids[0] + "-2", "a repeated agency and name gets a numbered id, not an error")
        #expect(b.applications[0].application.externalID == ids[0], "case and spacing do not change the id")
    }

    @Test func invalidRowsAreAllReportedWithFileRowAndColumn() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("bad.csv", "id,name,users,annual_cost,launched_year\nA1,SIMPEG,12a,100,2019\nA2,,5,100,2019\nA3,SIAK,5,Rp 1.2.3,1850\nA4,SIMRS,5\n")
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: file) }
        let messages = error.issues.map(\.description)
        #expect(messages.contains { $0.hasPrefix("\(file):5:annual_cost:") && $0.contains("expected 5 fields") })
        #expect(error.issues.count == 1, "a ragged file is rejected before values are checked")

        let values = try folder.write("values.csv", "id,name,users,annual_cost,launched_year\nA1,SIMPEG,12a,100,2019\nA2,,5,100,2019\nA3,SIAK,5,Rp 1.2.3,1850\n")
        let valueError = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: values) }
        let lines = valueError.issues.map(\.description)
        #expect(lines.contains("\(values):2:users: expected a whole number, found \"12a\""))
        #expect(lines.contains { $0.hasPrefix("\(values):3:name:") && $0.contains("name is missing") })
        #expect(lines.contains { $0.hasPrefix("\(values):4:annual_cost:") && $0.contains("Rp 1.2.3") })
        #expect(lines.contains { $0.hasPrefix("\(values):4:launched_year:") && $0.contains("out of range") })
    }

    @Test func unclosedQuoteIsLocated() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("open.csv", "name,description\nSIMPEG,ok\nSIAK,\"never closed\nSIMRS,rumah sakit\n")
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: file) }
        #expect(error.issues.first?.description.hasPrefix("\(file):3:description: unclosed quote") == true)
    }

    @Test func duplicateIdsWithinOneFileAreRejected() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("dup.csv", "id,name\nX,SIMPEG\nX,SIAK\n")
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: file) }
        #expect(error.issues.map(\.description) == ["\(file):3:id: id \"X\" already used on row 2; ids must be unique within a file"])
    }

    @Test func invalidUTF8IsRefusedUnlessCp1252IsAsked() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("win.csv", bytes: Array("name,description\nSIMPEG,Pegawai ".utf8) + [0xE9] + Array("\n".utf8))
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: file) }
        #expect(error.description.contains("line 2 is not valid UTF-8") && error.description.contains("--encoding cp1252"))
        let batch = try InventoryFileReader.read(path: file, options: ImportOptions(encoding: .cp1252))
        #expect(batch.applications[0].application.description == "Pegawai é")
    }

    @Test func jsonArraysOfObjectsImportLikeCSV() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("apps.json", #"[{"nama": "SIMPEG", "fitur": ["Data pegawai", "Cuti"], "pengguna": 1200, "extra": true}, {"nama": "SIAK"}]"#)
        let apps = try InventoryFileReader.read(path: file).applications.map(\.application)
        #expect(apps.map(\.name) == ["SIMPEG", "SIAK"])
        #expect(apps[0].features == ["Data pegawai", "Cuti"])
        #expect(apps[0].users == 1200)
        #expect(apps[0].attributes == ["extra": "true"])
        let wrong = try folder.write("wrong.json", #"{"apps": []}"#)
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: wrong) }
        #expect(error.description.contains("expected a JSON array of application objects, found an object"))
    }

    @Test func mapOverridesHeaderMatching() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("custom.csv", "Sistem,Catatan\nSIMPEG,untuk kepegawaian\n")
        #expect(throws: ImportError.self) { try InventoryFileReader.read(path: file) }
        let app = try InventoryFileReader.read(path: file, options: ImportOptions(columnOverrides: ["Sistem": "name", "catatan": "description"])).applications[0].application
        #expect(app.name == "SIMPEG")
        #expect(app.description == "untuk kepegawaian")
    }
}
