import Foundation
import Testing

@Suite("consolidate plan and decisions")
struct PlanCommandTests {
    static let register = OverlapCommandTests.register + """
        A6,"=HYPERLINK(""http://x"")",Pemkot Malang,Promosi destinasi wisata dan event,Destinasi wisata
        A7,SIMPEG Sleman,Pemkab Sleman,Data kepegawaian dan pangkat pegawai,Data pegawai;Cuti

        """

    @Test func planExportsSafeCSVAndHonoursDecisionsAcrossReanalysis() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)

        let plan = try cli.run(["plan", "--target", "5"])
        #expect(plan.status == 0)
        #expect(plan.stdout.hasPrefix("Plan: 7 apps → "))

        let csv = try cli.run(["export", "plan"]).stdout
        let header = "app_id,app_name,agency,level,action,platform_id,platform_name,survivor_app_id,wave,confidence,annual_cost,users,reason"
        #expect(csv.hasPrefix(header + "\n"))
        #expect(csv.split(separator: "\n").count == 8, "one row per app")
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "formula-like names are neutralised")
        #expect(!csv.contains(",=HYPERLINK"))

        // A planner says two SIMPEGs are different jobs, and pins a survivor.
        #expect(try cli.run(["decide", "separate", "A1", "A2", "--reason", "different processes", "--by", "Budi"]).status == 0)
        #expect(try cli.run(["decide", "keep", "A7", "--reason", "owns the data"]).status == 0)
        let decisions = try cli.run(["decisions", "--format", "csv"]).stdout
        #expect(decisions.contains("separate,A1,A2,different processes,Budi"))

        let replanned = try cli.run(["plan", "--target", "5"])
        #expect(replanned.stderr.contains("analysing first"))
        let pairs = try cli.run(["export", "overlaps"]).stdout
        #expect(!pairs.contains("A1,A2,"), "a separated pair never appears again")
        let together = try cli.run(["sql", """
            SELECT count(*) AS n FROM group_members m1 JOIN group_members m2 ON m1.group_id = m2.group_id
            JOIN apps a1 ON a1.id = m1.app_id JOIN apps a2 ON a2.id = m2.app_id
            WHERE a1.external_id = 'A1' AND a2.external_id = 'A2'
            """, "--format", "csv"]).stdout
        #expect(together == "n\n0\n", "a separated pair is never grouped")
        let rows = try cli.run(["export", "plan"]).stdout.split(separator: "\n")
        let survivor = rows.first { $0.hasPrefix("A7,") } ?? ""
        #expect(survivor.contains(",platform,"), "the kept app is its platform's survivor")
        #expect(survivor.contains("#2"), "the reason cites the decision")

        // Re-import does not lose decisions.
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["decisions", "--format", "csv"]).stdout == decisions)
        #expect(try cli.run(["decide", "undo", "1"]).status == 0)
        #expect(try cli.run(["decide", "undo", "1"]).status != 0)
    }
}
