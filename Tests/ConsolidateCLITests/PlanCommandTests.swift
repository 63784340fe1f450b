import Foundation
import Testing

@Suite("consolidate plan and decisions")
struct PlanCommandTests {
    static let register = OverlapCommandTests.register + """
        A6,"=HYPERLINK(""http://x"")",Pemkot Malang,Promosi destinasi wisata dan event,Destinasi wisata
        A7,SIMPEG Sleman,Pemkab Sleman,Data kepegawaian dan pangkat pegawai,Data pegawai;Cuti

        """

    static func row(_ csv: String, _ id: String) -> String {
        csv.split(separator: "\n").first { $0.hasPrefix(id + ",") }.map(String.init) ?? ""
    }

    @Test func planExportsSafeCSVAndHonoursDecisionsAcrossReanalysis() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)

        let plan = try cli.run(["plan", "--target", "5", "--start", "2027-Q1"])
        #expect(plan.status == 0)
        #expect(plan.stdout.hasPrefix("Plan: 7 of 7 apps consolidated into "), "\(plan.stdout)")
        #expect(plan.stdout.contains("Wave 1: 2027-Q1 to 2027-Q2"))
        #expect(!(try cli.run(["plan", "--target", "5", "--start", "2099-Q1"])).stderr.contains("is before the current quarter"))
        // A start in the past is planned as asked, never unnoticed.
        let past = try cli.run(["plan", "--target", "5", "--start", "2020-Q1"])
        #expect(past.status == 0 && past.stderr.contains("note: --start 2020-Q1 is before the current quarter (")
                && past.stderr.contains("): wave 1 is dated in the past"), "\(past.stderr)")
        #expect(past.stdout.contains("Note: Wave 1 is dated 2020-Q1, before the plan was made ("), "the summary a minister reads says it too: \(past.stdout)")
        _ = try cli.run(["plan", "--target", "5", "--start", "2027-Q1"])

        let csv = try cli.run(["export", "plan"]).stdout
        let header = "app_id,app_name,agency,level,province,status,action,platform_id,platform_name,platform_kind,function,survivor_app_id,wave,wave_start,confidence,annual_cost,one_off_cost,annual_saving,net_saving,saving_basis,users,decision,reason"
        #expect(csv.hasPrefix(header + "\n"))
        #expect(csv.split(separator: "\n").count == 8, "one row per app")
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "formula-like names are neutralised")
        #expect(!csv.contains(",=HYPERLINK"))
        #expect(Self.row(csv, "A1").contains(",DI Yogyakarta,,migrate,") || Self.row(csv, "A1").contains(",DI Yogyakarta,active,migrate,"), "province from the gazetteer")
        #expect(Self.row(csv, "A1").contains(",SIASN,national-mandatory,Staff management,"))
        #expect(Self.row(csv, "A3").contains(",SRIKANDI,"))
        let indonesian = try cli.run(["export", "plan", "--lang", "id"]).stdout
        #expect(Self.row(indonesian, "A1").contains("wajib memakai Aplikasi Umum SIASN"))

        // keep cannot apply inside a national platform: refused, nothing recorded.
        let refused = try cli.run(["decide", "keep", "A7"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("national platform SIASN"))

        // A planner says two SIMPEGs are different jobs: only their pair is cut.
        #expect(try cli.run(["decide", "separate", "A1", "A2", "--reason", "different processes", "--by", "Budi"]).status == 0)
        let replanned = try cli.run(["plan", "--target", "5"])
        #expect(replanned.stderr.contains("analysing first"))
        #expect(replanned.stdout.contains("Decision #1: applied"))
        let pairs = try cli.run(["export", "overlaps"]).stdout
        #expect(!pairs.contains("A1,A2,"), "a separated pair never appears again")
        let grouped = try cli.run(["sql", """
            SELECT count(*) AS n FROM group_members m JOIN apps a ON a.id = m.app_id WHERE a.external_id IN ('A1', 'A2')
            """, "--format", "csv"]).stdout
        #expect(grouped == "n\n2\n", "both keep their other look-alikes and their group")
        let afterSeparate = try cli.run(["export", "plan"]).stdout
        #expect(Self.row(afterSeparate, "A2").contains(",migrate,"))
        #expect(!Self.row(afterSeparate, "A2").contains("no look-alike"))

        // Decisions that do not change overlap evidence re-plan without re-analysing.
        #expect(try cli.run(["decide", "exclude", "A3", "--reason", "handled by the secretariat"]).status == 0)
        #expect(try cli.run(["decide", "assign", "A5", "Platform Bersama Perekonomian Daerah", "--by", "Sari"]).status == 0)
        let unknown = try cli.run(["decide", "assign", "A5", "Platfrom Bersama Perekonomian Daerah"])
        #expect(unknown.status != 0 && unknown.stderr.contains("did you mean \"Platform Bersama Perekonomian Daerah\""))
        let cutShort = try cli.run(["decide", "assign", "A5", "Platform Bersama Kepegawaian"])
        #expect(cutShort.status != 0 && cutShort.stderr.contains("did you mean \"Platform Bersama Kepegawaian Daerah\""), "\(cutShort.stderr)")
        for typed in ["Platfrom Bersama Kepegawaian", "Platfrom Bersama Layanan Pendidikan"] {
            let both = try cli.run(["decide", "assign", "A5", typed])
            let meant = typed.hasSuffix("Kepegawaian") ? "Platform Bersama Kepegawaian Daerah" : "Platform Bersama Layanan Pendidikan Daerah"
            #expect(both.status != 0 && both.stderr.contains("did you mean \"\(meant)\""), "cut short and mistyped: \(both.stderr)")
        }
        let byJob = try cli.run(["decide", "assign", "A5", "SIMPEG Nasional"])
        #expect(byJob.status != 0 && byJob.stderr.contains("did you mean \"SIASN\""), "a name that says the job, not the nearest spelling (JDIH Nasional): \(byJob.stderr)")
        let third = try cli.run(["plan", "--target", "5"])
        #expect(!third.stderr.contains("analysing first"))
        let final = try cli.run(["export", "plan"]).stdout
        #expect(Self.row(final, "A3").contains(",retain,") && Self.row(final, "A3").contains("#2"))
        #expect(Self.row(final, "A5").contains("Platform Bersama Perekonomian Daerah") && Self.row(final, "A5").contains(",3,"))
        let decisions = try cli.run(["decisions", "--format", "csv"]).stdout
        #expect(decisions.contains("separate,A1,SIMPEG Kabupaten Bantul,A2,SIMPEG Kota Malang,,different processes,Budi"))
        #expect(decisions.contains("assign,A5,Bantul Smart Tourism,,,Platform Bersama Perekonomian Daerah,,Sari"))
        #expect(!decisions.contains("overridden"), "\(decisions)")

        // Re-import does not lose decisions.
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["decisions", "--format", "csv"]).stdout == decisions)
        let undone = try cli.run(["decide", "undo", "1", "--by", "Citra"])
        #expect(undone.status == 0 && undone.stderr.contains("withdrew decision #1 (by Citra)"))
        #expect(try cli.run(["decide", "undo", "1"]).status != 0)
        let withdrawn = try cli.run(["decisions", "--withdrawn", "--format", "csv"]).stdout
        #expect(withdrawn.hasPrefix("id,kind,app_a,app_b,platform,reason,by,decided_at,undone_by,undone_at\n"))
        #expect(withdrawn.contains("1,separate,A1,A2,,different processes,Budi,") && withdrawn.contains(",Citra,"), "who decided and who withdrew")
        #expect(try cli.run(["decisions", "--withdrawn"]).stdout.contains("by Budi · withdrawn "))
    }

    @Test func reasonsAreBoundedRepeatsWarnedAndLineBreaksKeepTheLayout() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let long = try cli.run(["decide", "retain", "A3", "--reason", String(repeating: "x", count: 2_001)])
        #expect(long.status != 0 && long.stderr.contains("2001 characters; keep it to 2000"))
        #expect(try cli.run(["decide", "retain", "A3", "--reason", "owned by\nthe secretariat", "--by", "Budi"]).status == 0)
        let again = try cli.run(["decide", "retain", "A3", "--by", "Citra"])
        #expect(again.status == 0 && again.stderr.contains("already recorded as #1 (retain, Budi"), "\(again.stderr)")
        let listed = try cli.run(["decisions"], environment: ["COLUMNS": "80"]).stdout
        #expect(listed.contains("  reason: owned by\n          the secretariat\n"), "\(listed)")
        #expect(listed.split(separator: "\n").allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("  ") || $0.hasPrefix("(") })
    }

    @Test func catalogueExportsAndImportsBack() throws {
        let cli = try CommandRunner()
        let exported = try cli.run(["platforms", "export", "-o", "catalogue.csv"])
        #expect(exported.status == 0)
        let text = try String(contentsOfFile: cli.path("catalogue.csv"), encoding: .utf8)
        #expect(text.hasPrefix("platform,kind,owner,owner_en,sector,sector_en,mandatory,scope,basis,url,onboarding_cost,running_cost_per_app,function_key,"))
        // A function's sense words travel with it: exported, imported and exported again unchanged.
        func licensing(_ csv: String) -> String { csv.split(separator: "\n").first { $0.contains(",business-licensing,") }.map(String.init) ?? "" }
        #expect(text.contains(",function_description,sense_words,aliases\n")
                && licensing(text).hasSuffix(",\"usaha; berusaha; nib; oss; siup; investasi; penanaman modal; business; investment\","), "\(licensing(text))")
        #expect(text.split(separator: "\n").first { $0.hasPrefix("SPSE,") }?.hasSuffix(",\"LPSE; SIRUP; e-Katalog; e-Katalog Lokal; INAPROC\"") == true, "a national system's aliases travel with it")
        #expect(try cli.run(["platforms", "import", "catalogue.csv"]).status == 0)
        #expect(try cli.run(["platforms", "export", "-o", "again.csv"]).status == 0)
        #expect(licensing(try String(contentsOfFile: cli.path("again.csv"), encoding: .utf8)) == licensing(text))
        try cli.write("extra.csv", """
            platform,kind,owner,sector,mandatory,basis,function,keywords,function_description
            Platform Bersama Kebudayaan,shared,Dinas Kebudayaan,Kebudayaan,no,UU 5/2017 tentang Pemajuan Kebudayaan,Cagar budaya,batik; cagar budaya; kesenian,Data budaya daerah

            """)
        #expect(try cli.run(["platforms", "import", "--extend", "extra.csv"]).status == 0)
        let list = try cli.run(["platforms", "--format", "csv"]).stdout
        #expect(list.contains("Platform Bersama Kebudayaan,shared"))
        #expect(list.contains("SRIKANDI,national-mandatory"), "extend keeps the built-in platforms")
        #expect(list.contains("Regional governments running it together") && !list.contains("Pemerintah daerah pengelola bersama"),
                "the English list names shared platforms' owners in English")
        try cli.write("bad.csv", "platform,function,kind\nX,Y,federal\n")
        let bad = try cli.run(["platforms", "import", "bad.csv"])
        #expect(bad.status != 0 && bad.stderr.contains("bad.csv:2:kind"))
        #expect(try cli.run(["platforms", "reset"]).status == 0)
        #expect(!(try cli.run(["platforms", "--format", "csv"]).stdout.contains("Kebudayaan")))
    }

    /// A plan of one platform and one uncovered group says so in the singular, and never calls
    /// the only group "the largest".
    @Test func countsOfOneAgreeWithTheirNounInTheSummary() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", """
            id,name,agency,description,features
            A1,SIMPEG Kabupaten Bantul,Pemkab Bantul,Pengelolaan data kepegawaian dan kenaikan pangkat,Data pegawai;Kenaikan pangkat
            A2,SIMPEG Kota Malang,Pemkot Malang,Data kepegawaian ASN dan mutasi pegawai,Data pegawai;Mutasi
            H1,Hisab Rukyat Bantul,Pemkab Bantul,"Pemantauan hilal, hisab rukyat dan kalender hijriah",Hisab rukyat;Hilal
            H2,Rukyat Online Sleman,Pemkab Sleman,"Hisab rukyat, pemantauan hilal dan kalender hijriah",Hisab rukyat;Hilal

            """)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let english = try cli.run(["plan"]).stdout
        #expect(english.contains("Plan: 2 of 4 apps consolidated into 1 platform (target 12)"), "\(english)")
        #expect(english.contains("Coverage: this 1 platform takes 2 apps (50%); 2 stay as they are"), "\(english)")
        #expect(english.contains("Not covered by the catalogue: 1 overlap group (2 apps) does a job no platform covers: ") && !english.contains("largest"),
                "\(english)")
        let indonesian = try cli.run(["plan", "--lang", "id"]).stdout
        #expect(indonesian.contains("Di luar katalog: 1 kelompok aplikasi serupa (2 aplikasi) menjalankan fungsi yang tidak dicakup platform mana pun: ")
            && !indonesian.contains("terbesar"), "\(indonesian)")
        // The group is named as `check` and decision effects name groups; its count of apps,
        // already said for the one group, is not said again.
        #expect(english.contains("does a job no platform covers: the look-alikes of ") && english.contains(" (overlap group 2)\n"), "\(english)")
        #expect(indonesian.contains("platform mana pun: aplikasi yang serupa dengan “") && indonesian.contains(" (kelompok kemiripan nomor 2)\n"), "\(indonesian)")
    }

    /// The headline gives one count of the national systems the law obliges agencies to use,
    /// split inside its own brackets, so no "7 national-mandatory" stands beside "13 the law
    /// obliges"; register entries that are a national system itself are counted apart from the
    /// apps that stay for want of a platform, in the summary and the report.
    @Test func theHeadlineCountsTheLawsSystemsOnceAndSystemsInUseApart() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", """
            id,name,agency,level,description,annual_cost
            B1,SISKEUDES,Pemerintah Kabupaten Banyumas,kabupaten,"Keuangan desa, APBDes dan laporan dana desa",50000000
            B2,SIPD BANYUMAS,Pemerintah Kabupaten Banyumas,kabupaten,"Penganggaran daerah, RKA dan APBD",50000000
            B3,SIAK LOKAL,Pemerintah Kabupaten Banyumas,kabupaten,"Administrasi kependudukan, KTP dan kartu keluarga",50000000
            C1,SIMPEG Cilacap,Pemerintah Kabupaten Cilacap,kabupaten,Data kepegawaian dan kenaikan pangkat pegawai,50000000
            C2,E-BUDGETING CILACAP,Pemerintah Kabupaten Cilacap,kabupaten,"Penganggaran daerah, RKA dan APBD",50000000

            """)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let english = try cli.run(["plan", "--target", "1"]).stdout
        #expect(english.contains("Plan: 3 of 5 apps consolidated into 3 platforms (target 1): 3 national systems the law obliges agencies to use (2 general applications, 1 sectoral)\n"
                                 + "  the target is exceeded: apps of this inventory do the job of each of the 3 national systems, and the law obliges every one of them to be used\n"),
                "why the target is exceeded is a line of its own: \(english)")
        #expect(english.split(separator: "\n").first.map { !$0.contains("national-mandatory") && !$0.contains("national-sectoral") } == true,
                "one count a reader can add up, in words: \(english)")
        #expect(english.contains("Coverage: these 3 platforms take 3 apps (60%); 2 stay as they are (2 of them are national systems themselves, in use or being set up: nothing to move)"),
                "\(english)")
        let indonesian = try cli.run(["plan", "--target", "1", "--lang", "id"]).stdout
        #expect(indonesian.contains("3 platform (target 1): 3 sistem nasional yang wajib dipakai menurut peraturan (2 Aplikasi Umum, 1 sektoral)\n  target terlampaui"),
                "\(indonesian)")
        #expect(indonesian.contains("2 tetap seperti sekarang (2 di antaranya merupakan sistem nasional itu sendiri, yang sedang dipakai atau sedang dipasang: tidak ada yang perlu dipindahkan)"),
                "\(indonesian)")
        let wider = try cli.run(["plan", "--target", "12"]).stdout
        #expect(wider.contains("Plan: 3 of 5 apps consolidated into 3 platforms (target 12): 3 national systems the law obliges agencies to use (2 general applications, 1 sectoral)\n"), "no exceeded clause: \(wider)")
        #expect(try cli.run(["report", "--output", "report.html", "--lang", "en"]).status == 0)
        let report = try String(contentsOfFile: cli.path("report.html"), encoding: .utf8)
        #expect(report.contains("2 apps stay as they are (2 of them are national systems themselves, in use or being set up: nothing to move)."), "\(report)")
    }

    /// With `--lang id` the messages about the work are Indonesian too, and the analysis says
    /// what it found in a planner's words before its settings, which it states in short lines.
    @Test func messagesFollowTheLanguage() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let plan = try cli.run(["plan", "--lang", "id"])
        #expect(plan.status == 0)
        #expect(plan.stderr.contains("menganalisis terlebih dahulu: ") && plan.stderr.contains("mencocokkan 7 aplikasi dengan "), "\(plan.stderr)")
        #expect(plan.stderr.contains("menganalisis 7 aplikasi: ") && plan.stderr.contains("`consolidate overlap` menampilkannya"), "\(plan.stderr)")
        #expect(!plan.stderr.contains("matching") && !plan.stderr.contains("analysed") && !plan.stderr.contains("full analysis"), "\(plan.stderr)")
        let english = try cli.run(["analyze", "--full"]).stderr
        #expect(english.hasPrefix("analysed 7 apps: ") && english.contains(" of them in ") && english.contains("`consolidate overlap` lists them"),
                "\(english)")
        let current = try cli.run(["analyze", "--lang", "id"]).stderr
        #expect(current.hasPrefix("hasil analisis masih berlaku: analisis 2 tanggal "), "nothing changed, in Indonesian too: \(current)")
        let indonesian = try cli.run(["analyze", "--full", "--lang", "id"]).stderr
        #expect(indonesian.hasPrefix("menganalisis 7 aplikasi: "), "\(indonesian)")
        #expect(indonesian.contains("\nanalisis penuh, setiap aplikasi dibandingkan dengan yang lain: diminta dengan --full\n"), "why, in Indonesian too: \(indonesian)")
        // Under the headline, three short lines on the engine's settings, in the language asked for.
        for (output, starts) in [(english, ["full analysis: asked with --full", "pairs from score 0.40 (--threshold)", "groups join at mean similarity "]),
                                 (indonesian, ["analisis penuh, ", "pasangan dari skor 0,40 (--threshold)", "kelompok bergabung pada kemiripan rata-rata "])] {
            // Short lines: a terminal's width, with room for Indonesian words, which run longer.
            let lines = output.split(separator: "\n").dropFirst()
            #expect(lines.count == 3 && zip(lines, starts).allSatisfy { $0.hasPrefix($1) } && lines.allSatisfy { $0.count <= 130 }, "\(output)")
        }
    }

    /// The summary counts a platform whose apps lose money together among the losses, in the
    /// plan's language, as the platform's report card does; a platform that saves is not named.
    @Test func theSummaryCountsAPlatformThatLosesMoneyAmongTheLosses() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", ReportCommandTests.losingHealthRegister)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let english = try cli.run(["plan", "--start", "2027-Q1"]).stdout
        #expect(english.contains("\n  1 platform costs more than its apps save in 5 years, module leads' one-off cost included (net loss): Platform Bersama Layanan Kesehatan Daerah (Rp "),
                "\(english)")
        #expect(!english.contains("SIASN (Rp"), "\(english)")
        let indonesian = try cli.run(["plan", "--start", "2027-Q1", "--lang", "id"]).stdout
        #expect(indonesian.contains("\n  1 platform memerlukan biaya lebih besar daripada penghematan aplikasinya dalam 5 tahun, termasuk biaya satu kali aplikasi dasar modul (rugi bersih): Platform Bersama Layanan Kesehatan Daerah (Rp "),
                "\(indonesian)")
    }
}
