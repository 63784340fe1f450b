import Foundation
import Testing

@Suite("consolidate report")
struct ReportCommandTests {
    @Test func reportIsSelfContainedEscapedAndMatchesThePlan() throws {
        let cli = try CommandRunner()
        let register = OverlapCommandTests.register + """
            A8,<script>alert(1)</script> SIMPEG,Pemkab Sleman,Data kepegawaian dan pangkat pegawai,Data pegawai

            """
        try cli.write("register.csv", register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        #expect(try cli.run(["decide", "retain", "A5", "--reason", "<b>tourism office</b>"]).status == 0)
        let result = try cli.run(["report", "--output", "report.html"])
        #expect(result.status == 0)
        let html = try String(contentsOfFile: cli.path("report.html"), encoding: .utf8)

        for section in ["Application consolidation report", "Inventory before consolidation", "Merge plan", "Migration waves",
                        "Largest overlap groups", "Data quality", "Planner decisions"] {
            #expect(html.contains(section), "section \(section)")
        }
        #expect(!html.contains("<script"), "no script at all, and inventory text is escaped")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; SIMPEG"))
        #expect(html.contains("&lt;b&gt;tourism office&lt;/b&gt;"))
        for external in ["http://", "https://", "src=", "<link", "@import", "url("] {
            #expect(!html.contains(external), "nothing fetched from the network: \(external)")
        }

        // Headline numbers equal the stored plan's.
        let plan = try cli.run(["sql", "SELECT platforms, retained, CAST(cost_before - cost_after AS INTEGER) FROM plans ORDER BY id DESC LIMIT 1", "--format", "csv"])
        let values = plan.stdout.split(separator: "\n")[1].split(separator: ",").map(String.init)
        #expect(html.contains("<div class=\"value\">\(values[0])</div><div class=\"label\">platforms proposed"))
        #expect(html.contains("<div class=\"value\">\(values[1])</div><div class=\"label\">apps retained"))
        let saving = Int64(values[2])!
        #expect(html.contains(rupiah(saving) + "</div><div class=\"label\">saving a year"))
    }

    func rupiah(_ value: Int64) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "." }
            text.append(digit)
        }
        return "Rp " + text
    }
}
