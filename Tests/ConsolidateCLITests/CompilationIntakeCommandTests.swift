import Foundation
import Testing

/// A province's compilation (one regency per sheet, units as codes on a sheet of their own)
/// imported from a shell, as a planner receives it.
@Suite("consolidate import of a compilation")
struct CompilationIntakeCommandTests {
    static let rekap = IntakeCommandTests.registers.appendingPathComponent("rekap-ntb.xlsx").path
    static let rekapBad = IntakeCommandTests.registers.appendingPathComponent("rekap-ntb-bad.xlsx").path

    @Test func everySheetIsAccountedForAndTheWorkbookIsTotalled() throws {
        let cli = try CommandRunner()
        let arguments = ["import", Self.rekap, "--all-sheets", "--codes", "unit=\(Self.rekap):Kode OPD"]
        let first = try cli.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        for line in ["\(Self.rekap): sheet \"Kode OPD\" read as unit codes (--codes), not as a register",
                     "\(Self.rekap): sheet \"Petunjuk Pengisian\" holds no register, not read",
                     "Fungsi Aplikasi    → description (joined after \"Deskripsi\"; to leave it out: --map \"Fungsi Aplikasi=attributes\")",
                     "imported \(Self.rekap):Kota Mataram: 7 sheet rows read, 2 rows, 2 inserted",
                     "imported \(Self.rekap), all 2 sheets: 4 rows, 4 inserted, 0 updated, 0 unchanged"] {
            #expect(first.stderr.contains(line), "\(line)\n\(first.stderr)")
        }
        #expect(!first.stderr.contains("Kab. Lombok Barat: sheet \"Petunjuk"), "workbook notes are not the first sheet's")
        let again = try cli.run(arguments)
        #expect(again.stderr.contains("imported \(Self.rekap), all 2 sheets: 4 rows, 0 inserted, 0 updated, 4 unchanged"), "\(again.stderr)")
        let described = try cli.run(["sql", "SELECT description FROM apps WHERE name = 'e-Surat Lobar'"])
        #expect(described.stdout.contains("Surat masuk dan surat keluar, disposisi. Arsip tertib"), "\(described.stdout)")
    }

    @Test func aFailedImportShowsWhatWasUnderstoodBeforeTheErrorsAndChangesNothing() throws {
        let cli = try CommandRunner()
        let semarang = IntakeCommandTests.registers.appendingPathComponent("daftar-aplikasi-semarang.csv").path
        #expect(try cli.run(["import", semarang, "--agency", "Pemkot Semarang"]).status == 0)
        let count = "SELECT (SELECT count(*) FROM apps) || ' apps, ' || (SELECT count(*) FROM import_runs) || ' runs'"
        let before = try cli.run(["sql", count]).stdout

        let bad = try cli.run(["import", Self.rekapBad, "--all-sheets"])
        #expect(bad.status != 0)
        let header = try #require(bad.stderr.range(of: "\(Self.rekapBad):Kab. Lombok Barat: header found on row 4; rows 1-3 skipped (say which with --header-row N)"))
        let columns = try #require(bad.stderr.range(of: "    Biaya Pemeliharaan → annual_cost"))
        let error = try #require(bad.stderr.range(of: "\(Self.rekapBad):Kab. Lombok Barat:I6 (Biaya Pemeliharaan): expected an amount"))
        #expect(header.lowerBound < error.lowerBound && columns.lowerBound < error.lowerBound, "what was understood comes before the errors")
        #expect(!bad.stderr.contains("inserted"))

        // The wrong row taken as the header shows at once: its one column, and the way out.
        let wrong = try cli.run(["import", Self.rekap, "--sheet", "Kota Mataram", "--header-row", "2"])
        #expect(wrong.status != 0)
        for line in ["\(Self.rekap): header found on row 2; row 1 skipped", "  columns:\n    Tahun 2025 → ",
                     "no column holds the application name", "or the header row with --header-row N"] {
            #expect(wrong.stderr.contains(line), "\(line)\n\(wrong.stderr)")
        }
        #expect(try cli.run(["sql", count]).stdout == before, "the database is as it was")
    }
}
