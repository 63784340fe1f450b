import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Every file of the bad-input corpus gives a clear located error and leaves the database as it was.
@Suite("Bad input corpus")
struct BadInputTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bad-input")

    static func fixture(_ name: String) -> String { corpus.appendingPathComponent(name).path }

    @Test(arguments: [
        ("empty.csv", "the file is empty"),
        ("header-only.csv", "has a header but no application rows"),
        ("unclosed-quote.csv", ":2:description: unclosed quote"),
        ("ragged.csv", ":3:users: expected 3 fields as in the header, found 2"),
        ("nul-byte.csv", "NUL byte"),
        ("invalid-utf8.csv", "line 2 is not valid UTF-8"),
        ("mixed-delimiters.csv", ":2:agency: expected 3 fields as in the header, found 1"),
        ("duplicate-ids.csv", ":4:id: id \"A1\" already used on row 2"),
        ("bad-money.csv", ":2:annual_cost: expected an amount"),
        ("bad-years.csv", ":2:launched_year: year 1850 is out of range"),
        ("wrong-shape.json", "expected a JSON array of application objects, found an object"),
        ("wrong-values.json", ":1:features: expected text, a number or a list of texts"),
        ("truncated.xlsx", ": is not a readable Excel workbook (a damaged or truncated ZIP)"),
        ("billion-laughs.xlsx", ": the part xl/worksheets/sheet1.xml declares XML entities"),
        ("huge-shared-strings.xlsx", ": the part xl/sharedStrings.xml holds 124,"),
        ("sprawling-sheet.xlsx", ":Daftar Aplikasi: the sheet spans 10,099 rows by 2,000 columns, more than the 20,000,000 cells"),
        ("legacy.xls", ": is an Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice, save it as .xlsx"),
    ])
    func rejectedWithALocatedMessage(file: String, message: String) throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("base.csv", "id,name\nB1,SIPD\n")], into: database)
        let before = try snapshot(database)
        let path = Self.fixture(file)
        let error = try #require(throws: ImportError.self) { try importFiles([path], into: database) }
        #expect(error.description.hasPrefix(path), "names the file")
        #expect(error.description.contains(message), "\(error.description)")
        #expect(try snapshot(database) == before)
    }

    @Test func badYearsAreAllListed() throws {
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: Self.fixture("bad-years.csv")) }
        #expect(error.issues.count == 3)
        #expect(error.issues[2].description.contains(":4:launched_year: expected a year"))
    }

    @Test func aFiveMegabyteFieldIsKeptWhole() throws {
        let folder = try TemporaryFolder()
        let big = String(repeating: "pegawai absensi ", count: 5 * 1024 * 1024 / 16)
        let file = try folder.write("big.csv", "name,description\nSIMPEG,\"\(big)\"\n")
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([file], into: database)
        #expect(try ApplicationStore(database).fetchAll()[0].application.description == big.trimmingCharacters(in: .whitespaces))
    }

    @Test func hostileStringsPassThroughUnchangedAndInert() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([Self.fixture("hostile-strings.csv")], into: database)
        let apps = try ApplicationStore(database).fetchAll().map(\.application)
        #expect(apps.map(\.name) == ["=cmd|' /C calc'!A0", "Robert'); DROP TABLE apps;--", "@SUM(1+1)"])
        #expect(apps[1].description == "\u{200F}RTL mark and emoji 😀")
        // SQL output returns the text as stored; the table is still there.
        let rows = try SQLConsole.run("SELECT name FROM apps ORDER BY id", on: database, allowWrite: false).rows
        #expect(rows[1] == ["Robert'); DROP TABLE apps;--"])
        // CSV export neutralises formulas and round-trips.
        let csv = ApplicationExport.csv(apps)
        #expect(csv.contains("'=cmd|"))
        #expect(csv.contains("'@SUM(1+1)"))
        #expect(csv.contains("'+62 812 3456"))
        let copy = try InventoryDatabase(path: folder.path("copy.sqlite"), access: .create)
        try importFiles([try folder.write("export.csv", csv)], into: copy)
        #expect(try ApplicationStore(copy).fetchAll().map(\.application) == apps)
        // The HTML report escapes them.
        _ = try PlanWorkflow.run(database, parameters: PlanParameters())
        let data = try ReportStore(database).load()
        for language in Language.allCases {
            #expect(!HTMLReport.render(data, language: language).contains("<script>alert"))
        }
    }
}

@Suite("Database faults")
struct DatabaseFaultTests {
    @Test func readOnlyAccessRefusesWritesClearly() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("inv.sqlite")
        try importFiles([try folder.write("a.csv", "id,name\nA1,SIMPEG\n")], into: try InventoryDatabase(path: path, access: .create))
        let readOnly = try InventoryDatabase(path: path, access: .read)
        let batch = try InventoryFileReader.read(path: try folder.write("b.csv", "id,name\nA2,SIAK\n"))
        #expect(throws: StoreError.readOnly(path: path)) { try ApplicationStore(readOnly).importBatches([batch]) }
    }

    @Test func aDatabaseFromAFutureVersionIsRefusedAndLeftAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("inv.sqlite")
        let database = try InventoryDatabase(path: path, access: .create)
        _ = try SQLConsole.run("INSERT INTO grdb_migrations VALUES ('v99-future')", on: database, allowWrite: true)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path)) { try InventoryDatabase(path: path, access: .write) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aFullDiskFailsTheImportAndKeepsTheInventory() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("inv.sqlite")
        let database = try InventoryDatabase(path: path, access: .create)
        try importFiles([try folder.write("a.csv", "id,name\nA1,SIMPEG\n")], into: database)
        let before = try snapshot(database)
        let pages = try database.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 0
        try database.queue.inDatabase { try $0.execute(sql: "PRAGMA max_page_count = \(pages + 2)") }
        let big = SampleGenerator(seed: 1).csv(count: 2000, labels: false)
        let batch = try InventoryFileReader.read(path: try folder.write("big.csv", big))
        #expect(throws: StoreError.diskFull(path: path)) { try ApplicationStore(database).importBatches([batch]) }
        #expect(try snapshot(database) == before)
    }
}
