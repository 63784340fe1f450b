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

        let english = try cli.run(["demo", "--samples", samples, "--output", "en"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("\nPlan: ") && english.stdout.contains("\nWrote en/report.html and en/laporan.html: "), "\(english.stdout)")
        #expect(!english.stdout.contains("\nRencana: "))
        #expect(english.stdout.contains("consolidate sql --db en/inventory.sqlite \"SELECT level,") && english.stdout.contains("\nregency "), "\(english.stdout)")
        #expect(try String(contentsOfFile: cli.path("en/plan.csv"), encoding: .utf8).hasPrefix("app_id,"))
    }
}
