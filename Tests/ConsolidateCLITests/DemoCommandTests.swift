import Foundation
import Testing

@Suite("consolidate demo")
struct DemoCommandTests {
    /// The demo on a cut of the shipped samples (the province register whole, the first 100 apps
    /// of the national one), so the test runs in seconds.
    static func samples(in cli: CommandRunner) throws -> String {
        let root = CommandRunner.packageRoot.appendingPathComponent("data/samples")
        try FileManager.default.createDirectory(atPath: cli.path("samples"), withIntermediateDirectories: true)
        let province = try String(contentsOf: root.appendingPathComponent("jateng-inventory.csv"), encoding: .utf8)
        let national = try String(contentsOf: root.appendingPathComponent("inventory-3000.csv"), encoding: .utf8)
        try cli.write("samples/jateng-inventory.csv", province)
        try cli.write("samples/inventory-3000.csv", national.split(separator: "\n", omittingEmptySubsequences: false).prefix(101).joined(separator: "\n") + "\n")
        return cli.path("samples")
    }

    /// `--lang id` gives the Indonesian plan summary, plan.csv and report first; English stays the default.
    @Test func theDemoSpeaksTheLanguageAskedFor() throws {
        let cli = try CommandRunner()
        let samples = try Self.samples(in: cli)
        let indonesian = try cli.run(["demo", "--samples", samples, "--output", "id", "--lang", "id"])
        #expect(indonesian.status == 0, "\(indonesian.stderr)")
        for line in ["\nRencana penggabungan: consolidate plan --db id/inventory.sqlite --lang id\nRencana: ", "\nCakupan: ", "\nmenganalisis ",
                     "\nDitulis id/laporan.html dan id/report.html: laporan untuk pimpinan"] {
            #expect(indonesian.stdout.contains(line), "\(line): \(indonesian.stdout)")
        }
        #expect(!indonesian.stdout.contains("\nPlan: ") && !indonesian.stdout.contains("\nCoverage: "), "\(indonesian.stdout)")
        // The SQL examples as `sql --lang id` prints them, like every other table of the tour.
        #expect(indonesian.stdout.contains("consolidate sql --db id/inventory.sqlite --lang id \"SELECT level,"), "\(indonesian.stdout)")
        #expect(indonesian.stdout.contains("\ntingkat    aplikasi  biaya\n") && indonesian.stdout.contains("\nkabupaten  "), "\(indonesian.stdout)")
        #expect(!indonesian.stdout.contains(" rows)\n") && !indonesian.stdout.contains("\nregency "), "\(indonesian.stdout)")
        #expect(try String(contentsOfFile: cli.path("id/plan.csv"), encoding: .utf8).hasPrefix("id_aplikasi,"))
        // plan.csv is comma-separated: the tour says how to get the file Excel set to Indonesian opens.
        #expect(indonesian.stdout.contains("dipisah koma. Untuk Excel berbahasa Indonesia (pemisah ;, koma desimal): "
                                           + "consolidate export plan --db id/inventory.sqlite --lang id --excel --output id/rencana-excel.csv"), "\(indonesian.stdout)")

        let english = try cli.run(["demo", "--samples", samples, "--output", "en"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("\nPlan: ") && english.stdout.contains("\nWrote en/report.html and en/laporan.html: "), "\(english.stdout)")
        #expect(!english.stdout.contains("\nRencana: "))
        #expect(english.stdout.contains("consolidate sql --db en/inventory.sqlite \"SELECT level,") && english.stdout.contains("\nregency "), "\(english.stdout)")
        #expect(try String(contentsOfFile: cli.path("en/plan.csv"), encoding: .utf8).hasPrefix("app_id,"))
        #expect(english.stdout.contains("separated by commas. For Excel set to Indonesian (; separator, decimal comma): "
                                        + "consolidate export plan --db en/inventory.sqlite --excel --output en/plan-excel.csv"), "\(english.stdout)")
    }

    /// Run from the wrong folder, the demo says so in the language asked for.
    @Test func missingSamplesAreNamedInTheLanguageAskedFor() throws {
        let cli = try CommandRunner()
        let indonesian = try cli.run(["demo", "--samples", "nowhere", "--lang", "id"])
        #expect(indonesian.status != 0)
        #expect(indonesian.stderr.contains("berkas contoh nowhere/jateng-inventory.csv tidak ditemukan; jalankan dari folder proyek atau beri --samples PATH"),
                "\(indonesian.stderr)")
        let english = try cli.run(["demo", "--samples", "nowhere"])
        #expect(english.stderr.contains("sample file nowhere/jateng-inventory.csv not found; run from the project folder or pass --samples PATH"))
    }
}
