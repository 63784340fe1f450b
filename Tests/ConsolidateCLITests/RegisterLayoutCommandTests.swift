import Foundation
import Testing

/// `consolidate import` of a register as a provincial agency sends it: it imports on the first
/// try, says what it left out, and points out a renamed app.
@Suite("Register layout command")
struct RegisterLayoutCommandTests {
    static func fixture(_ name: String) -> String {
        CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/registers/\(name)").path
    }

    @Test func theAgencyRegisterImportsOnTheFirstTry() throws {
        let cli = try CommandRunner()
        let dry = try cli.run(["import", Self.fixture("daftar-ntb.xlsx"), "--agency", "Pemprov NTB", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stderr.contains("the header spans rows 4-5"))
        #expect(dry.stderr.contains("row 6 numbers the columns (1 to 11) and was skipped"))
        #expect(dry.stderr.contains("skipped 5 rows after the table, not imported as apps: rows 27-31, a signature block"))
        #expect(dry.stderr.contains("Anggaran (Rp) Pemeliharaan / Tahun → annual_cost"))
        #expect(dry.stderr.contains("would import") && dry.stderr.contains("18 rows, 18 inserted"))
        #expect(!dry.stderr.contains("--value-map"))
    }

    @Test func badCellsStillFailNamingSheetAndCellAndChangeNothing() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["import", Self.fixture("daftar-ntb.xlsx"), "--agency", "Pemprov NTB"]).status == 0)
        let before = try cli.run(["sql", "SELECT external_id, name, annual_cost FROM apps ORDER BY 1", "--format", "csv"]).stdout
        let bad = try cli.run(["import", Self.fixture("daftar-ntb-bad.xlsx"), "--agency", "Pemprov NTB"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("daftar-ntb-bad.xlsx:Daftar Aplikasi:G9 (Anggaran (Rp) Pemeliharaan / Tahun): expected an amount"))
        #expect(bad.stderr.contains(":I12 (Jumlah Pengguna): expected a whole number, found \"banyak\""))
        #expect(bad.stderr.contains(":B15 (Nama Aplikasi): the application name is missing"))
        #expect(try cli.run(["sql", "SELECT external_id, name, annual_cost FROM apps ORDER BY 1", "--format", "csv"]).stdout == before)
    }

    @Test func aRenameIsPointedOutAndReplaceSaysWhatItFound() throws {
        let cli = try CommandRunner()
        let path = cli.path("daftar.xlsx")
        try FileManager.default.copyItem(atPath: Self.fixture("daftar-ntb.xlsx"), toPath: path)
        let first = try cli.run(["import", path, "--agency", "Pemprov NTB", "--replace"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("--replace: no earlier import of \(path): nothing retired"))
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: Self.fixture("daftar-ntb-renamed.xlsx"), toPath: path)
        let dry = try cli.run(["import", path, "--agency", "Pemprov NTB", "--dry-run"])
        #expect(dry.stderr.contains("\(path):14: \"e-Planning Provinsi NTB\" is new and looks like \"e-Planning NTB\""))
        #expect(dry.stderr.contains("import with --renamed \"e-Planning NTB=e-Planning Provinsi NTB\""))
        let renamed = try cli.run(["import", path, "--agency", "Pemprov NTB", "--renamed", "e-Planning NTB=e-Planning Provinsi NTB"])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(renamed.stderr.contains("0 inserted, 1 updated, 17 unchanged"))
        #expect(try cli.run(["sql", "SELECT count(*) FROM apps", "--format", "csv"]).stdout == "count(*)\n18\n")
    }

    @Test func theMapErrorPrintsTheWholeHeader() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["import", Self.fixture("daftar-ntb.xlsx"), "--map", "Anggaran=annual_cost", "--dry-run"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--map names column \"Anggaran\", which is not in the header; its columns are \"No\", \"Nama Aplikasi\""))
        #expect(result.stderr.contains("\"Alamat URL\", \"Keterangan\""))
    }

    @Test func theGSAStatusSuggestionSaysTheValueMapItNeeds() throws {
        let cli = try CommandRunner()
        let gsa = CommandRunner.packageRoot.appendingPathComponent("data/registers/gsa-it-standards-2021.csv").path
        let result = try cli.run(["import", gsa, "--map", "Standard Name=name", "--map", "Category=attributes", "--map", "Status=attributes", "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Status") && result.stderr.contains("are not status words; to use it, say what each means: --map \"Status=status\" --value-map \"status:Approved=?,"))
        // A slip in the field's name is answered with the field meant; the database is not made.
        let slip = try cli.run(["import", gsa, "--map", "Standard Name=nmae", "--db", cli.path("slip.sqlite")])
        #expect(slip.status != 0 && slip.stderr.contains("--map Standard Name=nmae: unknown field; did you mean \"name\"?"), "\(slip.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("slip.sqlite")))
        let far = try cli.run(["import", gsa, "--map", "Standard Name=bogus", "--dry-run"])
        #expect(far.stderr.contains("unknown field; fields are"), "no guess at a word that is no field: \(far.stderr)")
    }
}
