import Foundation
import Testing

/// The same inventory gives the same plan: in the next `plan` of the same database, in
/// another language, and in a second database built by other processes (each process hashes
/// with its own seed, so this is the check a test inside one process cannot make).
@Suite("consolidate plan is reproducible")
struct PlanReproducibilityCommandTests {
    @Test func planTwiceAndInASecondDatabaseGivesTheSamePlan() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["sample", "--apps", "400", "--seed", "7", "--output", "sample.csv"]).status == 0)
        let second = ["CONSOLIDATE_DB": cli.path("second.sqlite")]
        #expect(try cli.run(["import", "sample.csv"]).status == 0)
        #expect(try cli.run(["import", "sample.csv"], environment: second).status == 0)

        let summary = try cli.run(["plan", "--target", "16", "--start", "2027-Q1"])
        #expect(summary.status == 0)
        let first = try cli.run(["export", "plan"]).stdout
        #expect(try cli.run(["plan", "--target", "16", "--start", "2027-Q1", "--lang", "id"]).status == 0)
        let again = try cli.run(["export", "plan"]).stdout
        #expect(try cli.run(["plan", "--target", "16", "--start", "2027-Q1"], environment: second).status == 0)
        let elsewhere = try cli.run(["export", "plan"], environment: second).stdout

        #expect(first.split(separator: "\n").count == 401)
        #expect(Self.differences(first, again).isEmpty, "the next plan of the same database: \(Self.differences(first, again).prefix(2))")
        #expect(Self.differences(first, elsewhere).isEmpty, "another database, other processes: \(Self.differences(first, elsewhere).prefix(2))")

        // Module leads do not move and inactive apps are switched off, saving nothing by rule:
        // "N of the M moving apps" counts the other migrations and retirements.
        let rows = first.split(separator: "\n").dropFirst()
        let moving = rows.filter { ($0.contains(",migrate,") || $0.contains(",retire,")) && !$0.contains(",inactive,") }.count
        let leads = rows.filter { $0.contains(",platform,") }.count
        #expect(leads > 0)
        let line = try #require(summary.stdout.split(separator: "\n").first { $0.contains(" of the \(moving) moving apps") }, "\(summary.stdout)")
        #expect(line.contains("have no known cost") && !line.contains("not already inactive"), "the sample has apps of unknown cost: \(line)")
    }

    static func differences(_ a: String, _ b: String) -> [String] {
        zip(a.split(separator: "\n"), b.split(separator: "\n")).filter { $0 != $1 }.map { "\($0.0)\n≠ \($0.1)" }
    }
}
