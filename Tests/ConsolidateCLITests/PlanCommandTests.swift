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
        #expect(plan.stdout.hasPrefix("Plan: 7 apps → "))
        #expect(plan.stdout.contains("Wave 1: 2027-Q1 to 2027-Q2"))

        let csv = try cli.run(["export", "plan"]).stdout
        let header = "app_id,app_name,agency,level,province,action,platform_id,platform_name,platform_kind,function,survivor_app_id,wave,wave_start,confidence,annual_cost,one_off_cost,annual_saving,net_saving,saving_basis,users,decision,reason"
        #expect(csv.hasPrefix(header + "\n"))
        #expect(csv.split(separator: "\n").count == 8, "one row per app")
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "formula-like names are neutralised")
        #expect(!csv.contains(",=HYPERLINK"))
        #expect(Self.row(csv, "A1").contains(",DI Yogyakarta,migrate,"), "province from the gazetteer")
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
        try cli.write("extra.csv", """
            platform,kind,owner,sector,mandatory,basis,function,keywords,function_description
            Platform Bersama Kebudayaan,shared,Dinas Kebudayaan,Kebudayaan,no,UU 5/2017 tentang Pemajuan Kebudayaan,Cagar budaya,batik; cagar budaya; kesenian,Data budaya daerah

            """)
        #expect(try cli.run(["platforms", "import", "--extend", "extra.csv"]).status == 0)
        let list = try cli.run(["platforms", "--format", "csv"]).stdout
        #expect(list.contains("Platform Bersama Kebudayaan,shared"))
        #expect(list.contains("SRIKANDI,national-mandatory"), "extend keeps the built-in platforms")
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
        #expect(english.contains("Plan: 4 apps → 1 platform (target 12)"), "\(english)")
        #expect(english.contains("Coverage: this 1 platform takes 2 apps (50%); 2 stay as they are"), "\(english)")
        #expect(english.contains("Not covered by the catalogue: 1 overlap group (2 apps) does a job no platform covers: ") && !english.contains("largest"),
                "\(english)")
        let indonesian = try cli.run(["plan", "--lang", "id"]).stdout
        #expect(indonesian.contains("Di luar katalog: 1 kelompok aplikasi serupa (2 aplikasi) menjalankan fungsi yang tidak dicakup platform mana pun: ")
            && !indonesian.contains("terbesar"), "\(indonesian)")
        // The group is named as `check` and decision effects name groups.
        #expect(english.contains("does a job no platform covers: the look-alikes of ") && english.contains(" (group 2 in `consolidate overlap`), 2 apps"), "\(english)")
        #expect(indonesian.contains("platform mana pun: aplikasi serupa “") && indonesian.contains(" (kelompok 2 pada `consolidate overlap`), 2 aplikasi"), "\(indonesian)")
    }
}
