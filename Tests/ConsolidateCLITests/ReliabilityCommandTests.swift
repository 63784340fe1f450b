import Foundation
import Testing

/// The reproductions of the reliability review, run as a planner would.
@Suite("consolidate reliability")
struct ReliabilityCommandTests {
    static let fixtures = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/bad-input")

    /// A small analysed inventory in a fresh folder.
    static func analysedInventory() throws -> CommandRunner {
        let cli = try CommandRunner()
        try cli.write("register.csv", OverlapCommandTests.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["analyze"]).status == 0)
        return cli
    }

    @Test(arguments: [
        ["export", "apps", "--output", "inventory.sqlite"],
        ["export", "apps", "--output", "inventory.sqlite-wal"],
        ["report", "-o", "inventory.sqlite", "--lang", "en"],
        ["sample", "--apps", "5", "-o", "inventory.sqlite"],
        ["plan", "-o", "inventory.sqlite"],
    ])
    func outputNeverReplacesTheInventory(arguments: [String]) throws {
        let cli = try Self.analysedInventory()
        let before = try cli.run(["export", "apps"]).stdout
        let result = try cli.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains("it is an SQLite database"))
        #expect(try cli.run(["export", "apps"]).stdout == before)
    }

    @Test func anotherProgramsDatabaseIsLeftAlone() throws {
        let cli = try CommandRunner()
        let other = cli.path("other.db")
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("foreign-with-apps.db").path, toPath: other)
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        try cli.write("a.csv", "id,name\nA1,SIMPEG\n")
        for arguments in [["import", "a.csv"], ["stats"], ["sql", "SELECT 1", "--write"], ["analyze"]] {
            let result = try cli.run(arguments + ["--db", other])
            #expect(result.status == 1)
            #expect(result.stderr.contains("SQLite database of another program"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).sorted() == ["a.csv", "other.db"])
    }

    @Test func escapeSequencesNeverReachTheTerminal() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["import", Self.fixtures.appendingPathComponent("terminal-escapes.csv").path]).status == 0)
        func hasControls(_ text: String) -> Bool { text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B } }
        let table = try cli.run(["sql", "SELECT name, description FROM apps"])
        #expect(!hasControls(table.stdout))
        #expect(table.stdout.contains("SIMPEG␛[2J␛[H"))
        let search = try cli.run(["search", "SIMPEG"])
        #expect(search.status == 0)
        #expect(!hasControls(search.stdout))
        let error = try cli.run(["overlap", "--app", "E1\u{1B}]52;c;cm0=\u{07}"])
        #expect(error.status != 0)
        #expect(!hasControls(error.stderr))
        #expect(error.stderr.contains("␛]52;c;cm0=␇"))
        let csv = try cli.run(["sql", "SELECT name FROM apps WHERE external_id = 'E1'", "--format", "csv"])
        #expect(csv.stdout == "name\nSIMPEG\u{1B}[2J\u{1B}[H\n", "data formats keep the cell unchanged")
    }

    @Test func sqlKeepsNumbersAndAcceptsLeadingComments() throws {
        let cli = try CommandRunner()
        try cli.write("a.csv", "id,name\nA1,SIMPEG\n")
        #expect(try cli.run(["import", "a.csv"]).status == 0)
        #expect(try cli.run(["sql", "SELECT -1 AS n, '=1+1' AS f", "--format", "csv"]).stdout == "n,f\n-1,'=1+1\n")
        let commented = try cli.run(["sql", "-- how many apps\nSELECT count(*) AS apps FROM apps", "--format", "csv"])
        #expect(commented.stdout == "apps\n1\n")
        let slow = try cli.run(["sql", "--timeout", "0.5", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"])
        #expect(slow.status == 1)
        #expect(slow.stderr.contains("longer than --timeout 0.5 s"))
        let undo = try cli.run(["decide", "undo", "-3"])
        #expect(undo.status == 1)
        #expect(undo.stderr.contains("no active decision #-3"))
    }

    @Test(arguments: [["--resolution", "inf"], ["--resolution", "nan"], ["--weights", "name=inf"], ["--weights", "name=1e400"]])
    func analyzeRefusesNumbersThatAreNotFinite(arguments: [String]) throws {
        let cli = try CommandRunner()
        let result = try cli.run(["analyze"] + arguments)
        #expect(result.status == 64, "refused before any work")
        #expect(result.stderr.contains("finite") || result.stderr.contains("positive"))
    }

    @Test func overlapWarnsWhenTheInventoryChangedAfterTheAnalysis() throws {
        let cli = try Self.analysedInventory()
        #expect(!(try cli.run(["overlap"]).stderr.contains("changed after the analysis")))
        try cli.write("more.csv", "id,name\nB1,SIMPEG Kabupaten Sleman\n")
        #expect(try cli.run(["import", "more.csv"]).status == 0)
        let stale = try cli.run(["overlap"])
        #expect(stale.status == 0)
        #expect(stale.stderr.contains("the inventory changed after the analysis behind this report"))
        #expect(try cli.run(["export", "overlaps"]).stderr.contains("the inventory changed after the analysis behind this export"))
    }

    @Test func backupMakesAWorkingCopyAndRefusesToOverwriteADatabase() throws {
        let cli = try Self.analysedInventory()
        let backup = try cli.run(["backup", "copy.sqlite"])
        #expect(backup.status == 0)
        #expect(try cli.run(["export", "apps", "--db", "copy.sqlite"]).stdout == cli.run(["export", "apps"]).stdout)
        let over = try cli.run(["backup", "inventory.sqlite", "--db", "copy.sqlite"])
        #expect(over.status != 0)
        #expect(over.stderr.contains("it is an SQLite database"))
    }
}
