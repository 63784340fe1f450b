import Foundation
import Testing

/// `decide` always names who decided: --by, or the login name.
@Suite("consolidate decide --by")
struct DecisionAuthorCommandTests {
    @Test func aDecisionWithoutByIsTheLoginNamesAndCaseDoesNotMakeAnotherPerson() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["import", try cli.write("r.csv", "id,name\nA1,SIMPEG\nA2,SIAK\n")]).status == 0)
        #expect(try cli.run(["decide", "retain", "A1", "--reason", "x"], environment: ["USER": "sari", "LOGNAME": "sari"]).status == 0)
        #expect(try cli.run(["decide", "retain", "A2", "--by", "Sari"]).status == 0)
        let listed = try cli.run(["decisions", "--format", "csv"]).stdout
        #expect(listed.contains("retain,A1,SIMPEG,,,,x,sari,") && listed.contains("retain,A2,SIAK,,,,,sari,"), "\(listed)")
        let blank = try cli.run(["decide", "retain", "A2", "--by", " "])
        #expect(blank.status != 0 && blank.stderr.contains("--by needs a name"))
        #expect(try cli.run(["decide", "retain", "--help"]).stdout.contains("default: your login name"))
    }
}
