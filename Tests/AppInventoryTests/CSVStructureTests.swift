import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Malformed CSV structure is refused where it happens, never read as fewer rows.
@Suite("CSV structure")
struct CSVStructureTests {
    @Test func aQuoteFollowedByTextIsAnErrorAtItsRowAndColumn() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("m.csv", "id,name,description\nR1,App A,\"Sistem \"\"A\"\" baru\"\nR2,App B,\"Catatan\" tambahan\nR3,App C,biasa\nR4,App D,\"x\"\n")
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: file) }
        #expect(error.issues.count == 1)
        #expect(error.description.hasPrefix("\(file):3:description: a quoted field ends and is followed by \" tambahan\""), "\(error)")
    }

    @Test func everyDataLineIsARowWhenQuotesAreWellFormed() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("ok.csv", "id,name,description\r\nR1,App A,\"Sistem \"\"A\"\" baru\"\r\nR2,App B,\"dua\nbaris\"\r\nR3,App C,biasa\r\nR4,App D,\"x\"")
        let batch = try InventoryFileReader.read(path: file)
        #expect(batch.applications.map(\.application.externalID) == ["R1", "R2", "R3", "R4"])
        #expect(batch.applications[0].application.description == "Sistem \"A\" baru")
        #expect(batch.applications[1].application.description == "dua\nbaris")
        #expect(batch.linesRead == 6)
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("q.csv", "name,description\nA,ok\nB,\"opened here\nC,x\nD,y\n")
        let error = try #require(throws: ImportError.self) { try InventoryFileReader.read(path: file) }
        #expect(error.description.hasPrefix("\(file):3:description: unclosed quote"), "\(error)")
    }

    @Test func aQuoteInsideAnUnquotedCellIsKeptAsText() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("inch.csv", "name,description\nMonitor,layar 24\" lebar\nB,biasa\n")
        let apps = try InventoryFileReader.read(path: file).applications.map(\.application)
        #expect(apps.map(\.description) == ["layar 24\" lebar", "biasa"])
    }

    @Test func tokenizerCountsPhysicalLinesAndRecords() throws {
        let result = try CSVTokenizer.tokenize("a,b\n\"x\ny\",z\n\nc,d", delimiter: UInt8(ascii: ","))
        #expect(result.records == [["a", "b"], ["x\ny", "z"], [""], ["c", "d"]])
        #expect(result.physicalLines == 5)
    }

    @Test func aMillionColumnHeaderIsRefusedQuicklyAndBriefly() throws {
        let header = (0..<1_000_000).map { "c\($0)" }.joined(separator: ",")
        let error = try #require(throws: ImportError.self) {
            try InventoryFileReader.read(data: Data((header + "\nx\n").utf8), file: "wide.csv")
        }
        #expect(error.description.contains("more than 2,000 columns"))
        #expect(error.description.count < 400)
    }

    @Test func messagesQuoteAtMostEightyCharacters() throws {
        let long = String(repeating: "x", count: 5_000)
        let error = try #require(throws: ImportError.self) {
            try InventoryFileReader.read(data: Data("name,launched_year\nA,\(long)\n".utf8), file: "long.csv")
        }
        #expect(error.description.contains(String(repeating: "x", count: 80) + "…"))
        #expect(error.description.count < 300)
    }
}

/// CSV written for spreadsheets stays inert whichever separator the spreadsheet splits on.
@Suite("CSV for spreadsheets")
struct SpreadsheetCSVTests {
    @Test func noPieceStartsAFormulaWhenSplitOnEitherSeparator() {
        let cells = ["x;=cmd|' /C calc'!A0;y", "a,@SUM(1+1)", "Rp 1.000,-", "catatan; +62 812", "=1+1", "biasa"]
        for style in [CSVStyle.standard, .excel] {
            var document = CSVDocument(header: ["name", "note"], style: style)
            for cell in cells { document.append(["A", cell]) }
            for separator in [";", ","] {
                for line in document.text.split(whereSeparator: \.isNewline) {
                    for piece in line.components(separatedBy: separator) {
                        let start = piece.drop { $0 == "\"" || $0 == " " || $0 == "\u{FEFF}" }.filter { $0 != "\"" }
                        #expect(!(start.first.map { "=+@".contains($0) } ?? false), "\(piece) in \(line)")
                        #expect(!(start.hasPrefix("-") && start.count > 1), "\(piece) in \(line)")
                    }
                }
            }
        }
        for cell in cells { #expect(SpreadsheetSafety.restore(SpreadsheetSafety.neutralize(cell)) == cell) }
    }

    @Test func theExcelPresetIsSemicolonsWithAByteOrderMarkAndCRLF() throws {
        var document = CSVDocument(header: ["name", "description"], style: .excel)
        document.append(["SIMPEG", "pegawai, cuti"])
        #expect(document.text == "\u{FEFF}name;description\r\nSIMPEG;\"pegawai, cuti\"\r\n")
        let batch = try InventoryFileReader.read(data: Data(document.text.utf8), file: "e.csv")
        #expect(batch.applications[0].application.description == "pegawai, cuti")
    }
}

@Suite("Delimiter detection")
struct DelimiterDetectionTests {
    @Test func theDelimiterThatSplitsRecordsAlikeWins() {
        // Cells full of semicolons do not outvote a comma that splits every record in four.
        let commas = "id,name,description,catatan\r\nR1,App 1,A;B baru A;B A;B,x\r\nR2,App 2,biasa,y\r\nR3,App 3,\"a;b;c;d;e\",z\r\n"
        #expect(CSVTableReader.detectDelimiter(commas) == ",")
        // A title row without delimiters, then a `;` table whose descriptions hold commas.
        let titled = "DAFTAR APLIKASI 2024\n\nNo;Nama;Deskripsi\n1;SIMPEG;data, riwayat, cuti\n2;SIAK;penduduk, kk\n"
        #expect(CSVTableReader.detectDelimiter(titled) == ";")
        #expect(CSVTableReader.detectDelimiter("name\nSIMPEG\n") == ",")
        #expect(CSVTableReader.detectDelimiter("name\tusers\nSIMPEG\t5\n") == "\t")
    }
}
