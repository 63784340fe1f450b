import Foundation
import Testing

@Suite("consolidate report")
struct ReportCommandTests {
    @Test func reportIsIndonesianSelfContainedEscapedAndMatchesThePlan() throws {
        let cli = try CommandRunner()
        let register = OverlapCommandTests.register + """
            A8,<script>alert(1)</script> SIMPEG,Pemkab Sleman,Data kepegawaian dan pangkat pegawai,Data pegawai

            """
        try cli.write("register.csv", register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["decide", "retain", "A5", "--reason", "<b>tourism office</b>", "--by", "Budi"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        let result = try cli.run(["report", "--output", "laporan.html"])
        #expect(result.status == 0)
        let html = try String(contentsOfFile: cli.path("laporan.html"), encoding: .utf8)

        #expect(html.contains("<html lang=\"id\">"))
        for section in ["Ringkasan eksekutif", "Per provinsi", "Platform tujuan", "Jadwal perpindahan", "Contoh alasan",
                        "Keputusan perencana", "Lampiran: cara perhitungan"] {
            #expect(html.contains(section), "section \(section)")
        }
        #expect(!html.contains("<script"), "no script at all, and inventory text is escaped")
        #expect(html.contains("&lt;b&gt;tourism office&lt;/b&gt;"), "the decision in force, escaped")
        #expect(html.contains("SIASN"), "the national staff platform the SIMPEG apps move to")
        for external in ["src=", "<link", "@import", "url("] {
            #expect(!html.contains(external), "nothing fetched from the network: \(external)")
        }

        // Headline money equals the stored plan's, in Indonesian short form.
        let plan = try cli.run(["sql", "SELECT CAST(annual_saving AS INTEGER), apps FROM plans ORDER BY id DESC LIMIT 1", "--format", "csv"])
        let values = plan.stdout.split(separator: "\n")[1].split(separator: ",").map(String.init)
        #expect(html.contains("<div class=\"value\">\(values[1])</div><div class=\"label\">aplikasi dalam inventaris</div>"))
        #expect(html.contains("<div class=\"label\">penghematan per tahun</div>"))

        let english = try cli.run(["report", "--output", "report.html", "--lang", "en"])
        #expect(english.status == 0)
        let en = try String(contentsOfFile: cli.path("report.html"), encoding: .utf8)
        #expect(en.contains("<html lang=\"en\">") && en.contains("Executive summary") && !en.contains("Ringkasan eksekutif"))
    }

    @Test func provinceAndAgencyOptionsScopeTheReport() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", OverlapCommandTests.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        let province = try cli.run(["sql", "SELECT province FROM apps WHERE external_id = 'A2'", "--format", "csv"])
        let name = String(province.stdout.split(separator: "\n")[1])
        #expect(try cli.run(["report", "--output", "malang.html", "--agency", "Pemkot Malang"]).status == 0)
        let agency = try String(contentsOfFile: cli.path("malang.html"), encoding: .utf8)
        #expect(agency.contains("Instansi: Pemerintah Kota Malang"), "named as registers write it, shown by its canonical name")
        #expect(agency.contains("<div class=\"value\">2</div><div class=\"label\">aplikasi dalam inventaris</div>"))
        #expect(!agency.contains("DI Yogyakarta"), "the provinces of other agencies' apps are left out")

        #expect(try cli.run(["report", "--output", "jatim.html", "--province", name]).status == 0)
        #expect(try String(contentsOfFile: cli.path("jatim.html"), encoding: .utf8).contains("Wilayah: \(name)"))

        let unknown = try cli.run(["report", "--output", "x.html", "--province", "Atlantis"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no app in province \"Atlantis\""))
        #expect(!FileManager.default.fileExists(atPath: cli.path("x.html")))
    }
}
