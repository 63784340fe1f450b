import Foundation
import Testing

/// A mistyped command is named, with the command meant, and nothing runs: the parser alone
/// blamed the first option after it ("Unknown option '--db'").
@Suite("consolidate unknown commands")
struct UnknownCommandTests {
    @Test func aMistypedCommandIsNamedWithTheOneMeant() throws {
        let runner = try CommandRunner()
        let plan = try runner.run(["plna", "--db", runner.path("n.sqlite")])
        #expect(plan.status == 64)
        #expect(plan.stderr.contains("unknown command 'plna' for 'consolidate'; did you mean 'plan'?"), "\(plan.stderr)")
        #expect(!plan.stderr.contains("--db'"), "\(plan.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("n.sqlite")), "nothing ran")

        let decide = try runner.run(["decide", "asign", "3", "SIASN"])
        #expect(decide.status == 64)
        #expect(decide.stderr.contains("unknown command 'asign' for 'consolidate decide'; did you mean 'assign'?"), "\(decide.stderr)")
        #expect(decide.stderr.contains("`consolidate decide --help` lists the commands."), "\(decide.stderr)")

        let indonesian = try runner.run(["rencana", "--lang", "id"])
        #expect(indonesian.stderr.hasPrefix("Kesalahan: perintah 'rencana' tidak dikenal untuk 'consolidate'"), "\(indonesian.stderr)")
        #expect(!indonesian.stderr.contains("maksud Anda"), "no command is near it: \(indonesian.stderr)")
    }

    @Test func knownCommandsTheirArgumentsAndHelpStillParse() throws {
        let runner = try CommandRunner()
        #expect(try runner.run(["help", "plan"]).status == 0)
        #expect(try runner.run(["decide", "assign", "--help"]).status == 0)
        let missing = try runner.run(["import", "no-such-register.csv"])
        #expect(missing.status != 0 && !missing.stderr.contains("unknown command"), "\(missing.stderr)")
    }
}
