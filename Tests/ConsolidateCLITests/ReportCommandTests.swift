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
        // This register records no running cost: one box says the money is not known.
        #expect(html.contains("<div class=\"value\">belum diketahui</div><div class=\"label\">biaya dan penghematan</div>"))

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

        let unknown = try cli.run(["report", "--output", "x.html", "--province", "Atlantis", "--lang", "en"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no app in province \"Atlantis\"") && !unknown.stderr.contains("did you mean"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("x.html")))
        // A slip of the keyboard is answered with the province meant.
        let slip = String(name.dropLast()) + "x" + String(name.last!)
        let typo = try cli.run(["report", "--output", "x.html", "--province", slip, "--lang", "en"])
        #expect(typo.status != 0 && typo.stderr.contains("; did you mean \"\(name)\"?"), "\(typo.stderr)")
    }

    /// Two health apps that cost little a year, so moving them saves a little a year yet costs
    /// more than it saves in five years, and a staff app that saves: the plan's losses are told
    /// by the health platform.
    static let losingHealthRegister = """
            id,name,agency,level,description,annual_cost
            H1,SIMPUS Bantul,Pemkab Bantul,kabupaten,"Sistem informasi puskesmas, rekam medis pasien dan antrian poli",50000000
            H2,E-PUSKESMAS Sleman,Pemkab Sleman,kabupaten,"Sistem informasi puskesmas, rekam medis pasien dan antrian poli",50000000
            P1,SIMPEG Bantul,Pemkab Bantul,kabupaten,Data kepegawaian dan kenaikan pangkat pegawai,900000000

        """

    /// A platform whose apps cost more to move than they save within the plan's years says so on
    /// its card, by the rule a decision's effect uses; one that saves says nothing of a loss.
    @Test func aPlatformCardSaysWhenItsAppsMakeANetLoss() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.losingHealthRegister)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan", "--start", "2027-Q1"]).status == 0)
        let lines = try cli.run(["export", "plan"]).stdout.split(separator: "\n")
        let rows = lines.dropFirst()
        let health = rows.filter { $0.contains("Platform Bersama Layanan Kesehatan Daerah") }
        #expect(health.count == 2, "\(rows)")
        let column = try #require(lines.first?.split(separator: ",").firstIndex(of: "net_saving"))
        let net = health.map { row -> Double in
            let cells = row.split(separator: ",", omittingEmptySubsequences: false)
            return Double(cells[column]) ?? .nan
        }.reduce(0, +)
        #expect(net < 0, "onboarding a shared platform costs more than two small apps save: \(health)")
        for (language, file, loss) in [("en", "report.html", "; a net loss of Rp "), ("id", "laporan.html", "; rugi bersih Rp ")] {
            #expect(try cli.run(["report", "--output", file, "--lang", language]).status == 0)
            let html = try String(contentsOfFile: cli.path(file), encoding: .utf8)
            let cards = html.components(separatedBy: "<article").dropFirst()
            let card = try #require(cards.first { $0.contains("Layanan Kesehatan Daerah") }, "\(html)")
            #expect(card.contains(loss) && card.contains(language == "id" ? " selama 5 tahun rencana" : " over the plan&#39;s 5 years"), "\(language): \(card)")
            // The app that moves saves a little a year: the loss is its one-off cost and its lead's.
            #expect(card.contains(language == "id" ? "; hemat Rp " : "; saves Rp "), "\(language): \(card)")
            #expect(!card.contains("-Rp") && !card.contains("−Rp"), "\(language): \(card)")
            let siasn = try #require(cards.first { $0.contains("SIASN") })
            #expect(!siasn.contains(loss), "a platform that saves tells no loss: \(siasn)")
        }
    }
}

/// Real registers often record neither running costs nor owners. Money then cannot be
/// estimated: the plan, the report and its tables say so instead of showing Rp 0, which a
/// minister would read as a free plan, and no sentence counts "0 agencies" or "0 users".
@Suite("A register without costs or owners")
struct UnknownMoneyCommandTests {
    static let register = """
        Nama Aplikasi,Deskripsi
        SIMPEG Dinas Pendidikan,Sistem informasi manajemen kepegawaian data pegawai dan pangkat
        SIMPEG BKPSDM,Sistem informasi manajemen kepegawaian data pegawai dan pangkat
        e-Office Setda,Persuratan dan tata naskah dinas surat masuk dan surat keluar
        e-Surat Dinkes,Persuratan surat masuk dan surat keluar tata naskah dinas
        Lapor Bupati,Kanal pengaduan masyarakat
        e-Aduan,Pengaduan masyarakat secara daring

        """

    /// When some platforms' apps record a cost and another's none, that platform's row and card
    /// state no cost: an empty cell and no cost line, never "Rp 0" beside the known ones.
    @Test func aPlatformWithoutKnownCostsShowsNoRpZero() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", """
            Nama Aplikasi,Deskripsi,Biaya Pemeliharaan
            SIMPEG Dinas Pendidikan,Sistem informasi manajemen kepegawaian data pegawai dan pangkat,150000000
            SIMPEG BKPSDM,Sistem informasi manajemen kepegawaian data pegawai dan pangkat,200000000
            Lapor Bupati,Kanal pengaduan masyarakat,
            e-Aduan,Pengaduan masyarakat secara daring,

            """)
        #expect(try cli.run(["import", "register.csv", "--agency", "Pemerintah Kabupaten Sleman"]).status == 0)
        #expect(try cli.run(["import", "register.csv", "--agency", "Pemerintah Kabupaten Sleman"]).status == 0, "the register imported again")
        let plan = try cli.run(["plan", "--lang", "id"])
        #expect(plan.status == 0)
        let rows = plan.stdout.split(separator: "\n")
        let siasn = try #require(rows.first { $0.contains("SIASN") }, "\(plan.stdout)")
        let lapor = try #require(rows.first { $0.contains("SP4N-LAPOR!") }, "\(plan.stdout)")
        #expect(siasn.contains("Rp "), "the platform with known costs shows them: \(siasn)")
        #expect(!lapor.contains("Rp "), "no Rp 0 for a platform whose apps record no cost: \(lapor)")

        #expect(try cli.run(["report", "--output", "laporan.html"]).status == 0)
        let html = try String(contentsOfFile: cli.path("laporan.html"), encoding: .utf8)
        let cards = html.components(separatedBy: "<article").dropFirst()
        let laporCard = try #require(cards.first { $0.contains("SP4N-LAPOR!") }, "\(html)")
        #expect(!laporCard.contains("class=\"cost\""), "\(laporCard)")
        #expect(try #require(cards.first { $0.contains("SIASN") }).contains("class=\"cost\""))
        #expect(html.components(separatedBy: "register.csv").count == 2, "a register imported twice is one source")
        #expect(html.contains("<p class=\"scope\" translate=\"no\">Wilayah: DI Yogyakarta</p>"), "a register of one region names it")
        #expect(!html.contains(" 0 aplikasi tidak memiliki"), "no limit of zero apps")
    }

    /// The plan summary and the report name the same next platforms, as many of them, and the
    /// report's money method names the platforms' onboarding and yearly fees the plan uses.
    @Test func theSummaryAndTheReportNameTheSameNextPlatformsAndTheFees() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["sample", "--apps", "1500", "--seed", "5", "-o", "s.csv"]).status == 0)
        #expect(try cli.run(["import", "s.csv"]).status == 0)
        let plan = try cli.run(["plan", "--target", "3"]).stdout
        let line = try #require(plan.split(separator: "\n").first { $0.contains("more platforms would take") }, "\(plan)")
        let names = try #require(line.components(separatedBy: "): ").last).components(separatedBy: "), ").map { $0.components(separatedBy: " (+")[0] }
        #expect(try cli.run(["report", "--output", "r.html", "--lang", "en"]).status == 0)
        let html = try String(contentsOfFile: cli.path("r.html"), encoding: .utf8)
        let next = try #require(html.components(separatedBy: "Platforms that could be added next").dropFirst().first?.components(separatedBy: "</ul>").first)
        #expect(next.components(separatedBy: "<li>").count - 1 == names.count && names.allSatisfy(next.contains), "\(names) / \(next)")
        #expect(html.contains("onboarding fee") && html.contains("Rp 25 million once and Rp 10 million a year per app on each national sectoral system"), "the national systems' fees")
    }

    /// An inactive staff-records app that the plan switches off and an active one that moves.
    static let switchOffRegister = """
        id,name,agency,level,status,description
        S1,SIMPEG Lama Bantul,Pemkab Bantul,regency,inactive,Sistem informasi manajemen kepegawaian data pegawai pangkat golongan dan kenaikan pangkat pegawai ASN
        S2,Sistem Data Pegawai Sleman,Pemkab Sleman,regency,active,Data pegawai dan pangkat

        """

    /// A platform's card counts the apps that move in apart from the inactive ones the plan
    /// switches off there, and names only the agencies of the moves: it says what the plan does.
    @Test func aPlatformCardTellsSwitchOffsFromMoves() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.switchOffRegister)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        for (language, moves, off) in [("en", "1 app of 1 agency moves in", "1 app already inactive or retired is switched off here"),
                                       ("id", "1 aplikasi dari 1 instansi pindah ke sini", "1 aplikasi tidak aktif dimatikan di sini")] {
            #expect(try cli.run(["report", "--output", "r.html", "--lang", language]).status == 0)
            let html = try String(contentsOfFile: cli.path("r.html"), encoding: .utf8)
            let cards = html.components(separatedBy: "<article").dropFirst().map { $0.components(separatedBy: "</article>")[0] }
            let card = try #require(cards.first { $0.contains("SIASN") }, "\(html)")
            #expect(card.contains(moves) && card.contains(off), "\(language): \(card)")
            #expect(!card.contains("Bantul"), "the inactive app's agency moves nothing in: \(card)")
        }
    }

    /// The example reasons show an app that moves before an inactive app merely switched off,
    /// even when the switched-off one matches its platform more surely.
    @Test func exampleReasonsShowMovesBeforeSwitchOffs() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.switchOffRegister)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        #expect(try cli.run(["report", "--output", "laporan.html"]).status == 0)
        let html = try String(contentsOfFile: cli.path("laporan.html"), encoding: .utf8)
        let examples = try #require(html.components(separatedBy: "Contoh alasan").dropFirst().first)
        let moving = try #require(examples.range(of: "Sistem Data Pegawai Sleman")), inactive = try #require(examples.range(of: "SIMPEG Lama Bantul"))
        #expect(moving.lowerBound < inactive.lowerBound, "\(examples.prefix(1500))")
    }

    /// An inventory of jobs the catalogue does not know (IT products): the plan says why it
    /// plans nothing, not a headline ending in a colon over an empty table.
    @Test func aPlanOfNoPlatformSaysWhy() throws {
        let cli = try CommandRunner()
        try cli.write("products.csv", """
            name,description
            7-Zip 16.x,File archiver with a high compression ratio
            7-Zip 18.x,File archiver with a high compression ratio
            Notepad++,Source code editor for Windows
            Graphviz,Graph visualization software

            """)
        #expect(try cli.run(["import", "products.csv"]).status == 0)
        let plan = try cli.run(["plan"])
        #expect(plan.status == 0)
        #expect(plan.stdout.hasPrefix("Plan: none of the 4 apps does a job of the platform catalogue"), "\(plan.stdout)")
        #expect(!plan.stdout.contains("Waves:") && !plan.stdout.contains("(0 rows)"), "\(plan.stdout)")
        let indonesian = try cli.run(["plan", "--lang", "id"])
        #expect(indonesian.stdout.hasPrefix("Rencana: tidak satu pun dari 4 aplikasi"), "\(indonesian.stdout)")
    }

    /// When planner decisions keep out the only apps a platform would take, the plan says so,
    /// not that no app does a job of the catalogue.
    @Test func aPlanEmptiedByDecisionsNamesThem() throws {
        let cli = try CommandRunner()
        try cli.write("products.csv", """
            id,name,description
            Z1,Graphviz,Graph visualization software
            Z2,Notepad++,Source code editor for Windows
            E1,e-Office Kabupaten Bantul,Surat masuk surat keluar dan disposisi pimpinan

            """)
        #expect(try cli.run(["import", "products.csv"]).status == 0)
        #expect(try cli.run(["plan"]).stdout.contains("SRIKANDI"))
        #expect(try cli.run(["decide", "retain", "E1", "--by", "Ani"]).status == 0)
        let plan = try cli.run(["plan"])
        #expect(plan.stdout.hasPrefix("Plan: no app moves: planner decisions (#1) keep 1 app as it is, and none of the other 2 does a job of the platform catalogue"),
                "\(plan.stdout)")
        let indonesian = try cli.run(["plan", "--lang", "id"])
        #expect(indonesian.stdout.hasPrefix("Rencana: tidak ada aplikasi yang pindah: keputusan perencana (#1) mempertahankan 1 aplikasi apa adanya"), "\(indonesian.stdout)")
    }

    @Test func moneyIsSaidNotKnownNotZero() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        for language in ["id", "en"] {
            let plan = try cli.run(["plan", "--lang", language])
            #expect(plan.status == 0)
            #expect(!plan.stdout.contains("Rp 0") && !plan.stdout.contains("Rp0"), "\(plan.stdout)")
            #expect(!plan.stdout.contains(" 0 pengguna") && !plan.stdout.contains(" 0 users"), "\(plan.stdout)")
            #expect(plan.stdout.contains(language == "id" ? "biaya satu kali dan penghematan tidak diperkirakan" : "no one-off cost or saving is estimated"))
        }
        for (language, file) in [("id", "laporan.html"), ("en", "report.html")] {
            #expect(try cli.run(["report", "--lang", language, "--output", file]).status == 0)
            let html = try String(contentsOfFile: cli.path(file), encoding: .utf8)
            #expect(!html.contains("Rp 0") && !html.contains("Rp&nbsp;0"), "no money shown as zero in \(language)")
            #expect(!html.contains(" 0 instansi") && !html.contains(" 0 agencies") && !html.contains("()"), "no owner counted as zero in \(language)")
            #expect(html.contains(language == "id" ? "<div class=\"value\">belum diketahui</div>" : "<div class=\"value\">not known</div>"))
            #expect(html.contains(language == "id" ? "Biaya dan penghematan belum dapat diperkirakan" : "Cost and saving cannot be estimated yet"))
        }
    }
}
