import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Excel workbooks in and out: what Excel and LibreOffice write is read, and what is written
/// opens in them.
@Suite("Workbooks")
struct WorkbookTests {
    static let fixture = RegisterIntakeTests.fixture("daftar-aplikasi-semarang.xlsx")

    @Test func cellsAreLocatedBySheetAndReference() throws {
        let folder = try TemporaryFolder()
        let sheet = WorkbookWriter.workbook
        let table = QueryResult(columns: ["nama", "pengguna"], rows: [["SIMPEG", "12"], ["SIAK", "banyak"]], numeric: [[false, true], [false, false]])
        let file = folder.path("w.xlsx")
        try sheet([("Daftar Aplikasi", table)]).write(to: URL(fileURLWithPath: file))
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: file) }
        #expect(error.description == "\(file):Daftar Aplikasi:B3 (pengguna): expected a whole number, found \"banyak\"")
    }

    @Test func theHeaderIsBoldAndFrozenAndNumbersAreNumbers() throws {
        let table = QueryResult(columns: ["name", "users"], rows: [["=1+1", "12"]], numeric: [[false, true]])
        let archive = try WorkbookArchive(try WorkbookWriter.workbook([("apps", table)]))
        let sheet = String(decoding: try archive.part("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">name</t></is></c>"))
        #expect(sheet.contains("<c r=\"B2\"><v>12</v></c>"))
        #expect(sheet.contains("<c r=\"A2\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">=1+1</t></is></c>"), "a formula-like name is text")
        let styles = String(decoding: try archive.part("xl/styles.xml"), as: UTF8.self)
        #expect(styles.contains("<font><b/>"))
    }

    /// A rupiah total keeps its digits in a spreadsheet (thousands separators, never 1.36E+13)
    /// while a year stays as written, and each column is wide enough for its header and cells.
    @Test func largeWholeNumbersAreSeparatedAndColumnsFitTheirText() throws {
        let table = QueryResult(columns: ["figure", "value"], rows: [["net saving over 5 years (Rp)", "13619849350000"], ["first year", "2027"], ["score", "0.62"]],
                                numeric: [[false, true], [false, true], [false, true]])
        let archive = try WorkbookArchive(try WorkbookWriter.workbook([("summary", table)]))
        let sheet = String(decoding: try archive.part("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(sheet.contains("<c r=\"B2\" s=\"3\"><v>13619849350000</v></c>"), "\(sheet)")
        #expect(sheet.contains("<c r=\"B3\"><v>2027</v></c>") && sheet.contains("<c r=\"B4\"><v>0.62</v></c>"))
        #expect(sheet.contains("<cols><col min=\"1\" max=\"1\" width=\"30\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"16\" customWidth=\"1\"/></cols><sheetData>"), "\(sheet)")
        let styles = String(decoding: try archive.part("xl/styles.xml"), as: UTF8.self)
        let formats = try #require(styles.components(separatedBy: "<cellXfs").last?.components(separatedBy: "</cellXfs>").first)
        #expect(formats.components(separatedBy: "<xf ")[4].contains("numFmtId=\"3\""), "style 3 is #,##0: \(formats)")
    }

    /// A text cell that starts like a formula is stored as an inline string (text on opening,
    /// never run) with the quote-prefix style (still text after someone edits it), by the rule
    /// CSV exports neutralise with; the value itself is unchanged, so it round-trips.
    @Test func formulaLikeTextIsInertInTheCellXMLByTheCSVRule() throws {
        let hostile = ["=HYPERLINK(\"http://x\",\"klik\")", "+62 812 3456", "-2+3", "@SUM(A1:A9)", "=cmd|' /C calc'!A0"]
        let harmless = ["-", "Rp 1.000,-", "SIMPEG; =bukan awal", "e-Kinerja"]
        let cells = hostile + harmless
        let table = QueryResult(columns: ["name", "cost"], rows: cells.map { [$0, "-1250"] }, numeric: cells.map { _ in [false, true] })
        let archive = try WorkbookArchive(try WorkbookWriter.workbook([("apps", table)]))
        let sheet = String(decoding: try archive.part("xl/worksheets/sheet1.xml"), as: UTF8.self)
        for (index, cell) in cells.enumerated() {
            let row = index + 2
            let quoted = hostile.contains(cell)
            #expect(SpreadsheetSafety.startsLikeFormula(cell) == quoted && (SpreadsheetSafety.neutralize(cell).first == "'") == quoted, "one rule: \(cell)")
            #expect(sheet.contains("<c r=\"A\(row)\"\(quoted ? " s=\"2\"" : "") t=\"inlineStr\"><is><t xml:space=\"preserve\">\(WorkbookWriter.escape(cell))</t></is></c>"),
                    "\(cell): \(sheet)")
            #expect(sheet.contains("<c r=\"B\(row)\"><v>-1250</v></c>"), "a negative number stays a number")
        }
        #expect(!sheet.contains("<f>") && !sheet.contains("t=\"str\""), "no cell is a formula")
        let styles = String(decoding: try archive.part("xl/styles.xml"), as: UTF8.self)
        let formats = try #require(styles.components(separatedBy: "<cellXfs").last?.components(separatedBy: "</cellXfs>").first)
        #expect(formats.components(separatedBy: "<xf ")[3].contains("quotePrefix=\"1\""), "style 2 is the quote prefix: \(formats)")
        let folder = try TemporaryFolder()
        let file = folder.path("hostile.xlsx")
        let apps = hostile.enumerated().map { Application(externalID: "A\($0.offset)", name: $0.element, description: "Nama yang tampak seperti rumus") }
        try WorkbookWriter.workbook([("apps", ApplicationExport.table(apps))]).write(to: URL(fileURLWithPath: file))
        #expect(try InventoryFileReader.read(path: file).applications.map(\.application.name) == hostile, "values are stored as written")
    }

    @Test func aMissingSheetIsNamedWithTheSheetsThereAre() throws {
        let error = try #require(throws: ImportError.self) {
            try InventoryFileReader.read(path: Self.fixture, options: ImportOptions(sheet: "Rekap"))
        }
        #expect(error.description == "\(Self.fixture): has no sheet named \"Rekap\"; its sheets are \"Daftar Aplikasi\", \"Catatan\"")
    }

    @Test func exportedWorkbooksImportAsTheSameInventory() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../data/samples/jateng-inventory.csv").standardized.path
        let apps = try InventoryFileReader.read(path: sample).applications.map(\.application)
        let folder = try TemporaryFolder()
        let file = folder.path("apps.xlsx")
        try WorkbookWriter.workbook([("apps", ApplicationExport.table(apps))]).write(to: URL(fileURLWithPath: file))
        let batch = try InventoryFileReader.read(path: file)
        #expect(batch.format == "xlsx")
        #expect(batch.applications.map(\.application) == apps)
    }

    @Test func datesBooleansAndSerialsReadAsExcelShowsThem() {
        #expect(WorkbookXML.Sheet.date(serial: 45_292) == "2024-01-01")
        #expect(WorkbookXML.Sheet.date(serial: 1) == "1899-12-31")
        #expect(WorkbookXML.DateStyles.isDateFormat("dd/mm/yyyy"))
        #expect(!WorkbookXML.DateStyles.isDateFormat("\"Rp\" #,##0"))
        #expect(!WorkbookXML.DateStyles.isDateFormat("[Red]#,##0"))
        #expect(SheetColumn.letters(0) == "A" && SheetColumn.letters(27) == "AB")
        #expect(SheetColumn.parse("AB12")! == (27, 12))
    }

    @Test func mergedCellsRepeatTheirValueOverTheRange() throws {
        let rows = try InventoryFileReader.read(path: Self.fixture, options: ImportOptions(headerRow: 3))
        #expect(rows.applications.count == 9)
        let batch = try InventoryFileReader.read(path: RegisterIntakeTests.fixture("daftar-aplikasi-semarang-inline-strings.xlsx"), options: ImportOptions(headerRow: 1))
        // Row 1 is the title merged over A1:K1: as a header every column repeats it.
        #expect(batch.notes.contains { $0.contains("repeats the header") })
    }

    static var libreOffice: String? {
        ["/usr/bin/libreoffice", "/usr/bin/soffice", "/usr/local/bin/libreoffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: libreOffice != nil, "LibreOffice is not installed (apt-get install libreoffice-calc-nogui); the workbook is checked by the other tests only"))
    func libreOfficeReadsAnExportedWorkbook() throws {
        let folder = try TemporaryFolder()
        let table = QueryResult(columns: ["app_id", "name", "annual_cost"], rows: [["A-1", "=HYPERLINK(\"x\")", "1250000"], ["A-2", "SIAK & <Kependudukan>", "7.5"]],
                                numeric: [[false, false, true], [false, false, true]])
        let file = folder.path("plan.xlsx")
        try WorkbookWriter.workbook([("apps", table)]).write(to: URL(fileURLWithPath: file))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.libreOffice!)
        process.arguments = ["--headless", "--convert-to", "csv", "--outdir", folder.url.path, file]
        process.environment = ["HOME": folder.url.path, "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let csv = try String(contentsOfFile: folder.path("plan.csv"), encoding: .utf8)
        #expect(csv == "app_id,name,annual_cost\nA-1,\"=HYPERLINK(\"\"x\"\")\",1250000\nA-2,SIAK & <Kependudukan>,7.5\n")
    }
}
