import Foundation
import Testing

/// `decide assign` warns when the platform does not serve some of the group's apps or does
/// another job, and `plan` then reports what the decision really did.
@Suite("consolidate decide assign")
struct AssignDecisionCommandTests {
    static let register = """
        id,name,agency,level,description,features
        R1,e-Absensi Bantul,Pemkab Bantul,regency,Presensi pegawai dengan fingerprint dan rekap kehadiran pegawai,Fingerprint;Rekap kehadiran
        R2,e-Absensi Sleman,Pemkab Sleman,regency,Presensi pegawai dengan fingerprint dan rekap kehadiran,Fingerprint;Rekap kehadiran
        C1,e-Absensi Kementerian Sosial,Kementerian Sosial,central,Presensi pegawai dengan fingerprint dan rekap kehadiran,Fingerprint;Rekap kehadiran

        """

    @Test func assignWarnsAboutScopeAndFunctionAndThePlanSaysWhatItDid() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)

        #expect(try cli.run(["decide", "keep", "R1"]).status == 0)
        let regional = try cli.run(["decide", "assign", "R1", "Platform Bersama Kepegawaian Daerah", "--by", "Ani"])
        #expect(regional.status == 0)
        #expect(regional.stderr.contains("serves regional governments only: 1 of the 3 apps of the look-alikes of "), "\(regional.stderr)")
        let plan = try cli.run(["plan"])
        #expect(plan.stdout.contains("Decision #2: applied: Platform Bersama Kepegawaian Daerah takes in 2 apps of the look-alikes of "), "\(plan.stdout)")

        // One rule names the group in `check`, in the decision's effect and in `decide`'s
        // warning: its representative app, its words and its number, in either language.
        let proposal = ["check", "--name", "e-Absensi Kulon Progo", "--description", "Presensi pegawai dengan fingerprint dan rekap kehadiran", "--level", "regency"]
        for language in ["en", "id"] {
            let check = try cli.run(proposal + ["--lang", language])
            let named = try #require(Self.groupName(check.stdout, language), "\(check.stdout)")
            let effects = try cli.run(["decisions", "--lang", language, "--format", "csv"]).stdout
            #expect(effects.contains(named), "\(named) in \(effects)")
            #expect(try cli.run(["plan", "--lang", language]).stdout.contains(language == "en"
                ? "Decision #2: applied: Platform Bersama Kepegawaian Daerah takes in 2 apps of \(named)"
                : "Keputusan #2: diterapkan: Platform Bersama Kepegawaian Daerah menampung 2 aplikasi dari \(named)"))
            if language == "en" { #expect(regional.stderr.contains(named), "\(regional.stderr)") }
        }
        let indonesian = try cli.run(["plan", "--lang", "id"]).stdout
        #expect(indonesian.contains("(kelompok kemiripan nomor 1)") && indonesian.contains("aplikasi yang serupa dengan “e-Absensi "), "\(indonesian)")
        let csv = try cli.run(["export", "plan"]).stdout
        #expect(PlanCommandTests.row(csv, "C1").contains(",retain,"), "the ministry's app is not moved into a regional-only platform")

        // Without --by, the decision is the login name's.
        let siasn = try cli.run(["decide", "assign", "R1", "SIASN", "--reason", "audit"], environment: ["USER": "dewi", "LOGNAME": "dewi"])
        #expect(siasn.status == 0, "a warning, not a refusal")
        #expect(siasn.stderr.contains("the job of the look-alikes of "), "\(siasn.stderr)")
        #expect(siasn.stderr.contains("(overlap group 1) is staff attendance; SIASN serves staff management: assigned anyway"), "\(siasn.stderr)")
        #expect(try cli.run(["plan"]).status == 0)
        let moved = PlanCommandTests.row(try cli.run(["export", "plan"]).stdout, "R2")
        #expect(moved.contains(",SIASN,") && moved.contains("by planner decision #3 (assign, dewi: audit)") && !moved.contains("UU 20/2023"), "\(moved)")
    }

    @Test func aLoneAppCanBeAssignedAndAnAssignSaysWhichPlatformItPushesOut() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register + "L1,Galeri Batik Bantul,Pemkab Bantul,regency,Katalog motif batik dan pengrajin,Galeri\n")
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan", "--target", "1"]).stdout.contains(" consolidated into 1 platform (target 1)"))

        let unknown = try cli.run(["decide", "assign", "NOPE", "Platform Bersama Perekonomian Daerah"])
        #expect(unknown.status != 0 && unknown.stderr.contains("\"NOPE\" is neither an overlap group number nor an app of the inventory"), "\(unknown.stderr)")
        let lone = try cli.run(["decide", "assign", "L1", "Platform Bersama Perekonomian Daerah", "--by", "Ani"])
        #expect(lone.status == 0, "an app without look-alikes can be assigned: \(lone.stderr)")
        #expect(lone.stderr.contains("it takes the place of Platform Bersama Kepegawaian Daerah (2 apps), which leaves the plan"), "\(lone.stderr)")
        #expect(lone.stderr.contains("consolidate plan --target 2"))

        let plan = try cli.run(["plan", "--target", "1"])
        #expect(plan.stdout.contains("Decision #1: applied: Platform Bersama Perekonomian Daerah takes in Galeri Batik Bantul (L1). "
            + "Platform Bersama Perekonomian Daerah takes a place of the target, so Platform Bersama Kepegawaian Daerah (2 apps) leaves the plan"), "\(plan.stdout)")
        let csv = try cli.run(["export", "plan"]).stdout
        #expect(PlanCommandTests.row(csv, "L1").contains(",Platform Bersama Perekonomian Daerah,"))
        #expect(PlanCommandTests.row(csv, "R1").contains("its place went to the platform of planner decision #1"), "\(PlanCommandTests.row(csv, "R1"))")
    }

    /// Apps an earlier assign put into a mandatory system are not bound there by law: a second
    /// assign is not warned that "the law comes first", and the plan applies it.
    @Test func anEarlierAssignIsNotTakenForTheLaw() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["decide", "assign", "R1", "SIASN", "--by", "Ani"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        let again = try cli.run(["decide", "assign", "R1", "Platform Bersama Kepegawaian Daerah", "--by", "Ani"])
        #expect(again.status == 0 && !again.stderr.contains("the law comes first"), "\(again.stderr)")
        let plan = try cli.run(["plan"]).stdout
        #expect(plan.contains("Decision #2: applied: Platform Bersama Kepegawaian Daerah takes in"), "\(plan)")
    }

    /// An assign that only confirms where the latest plan already sends the group says so: the
    /// plan will not change, and a planner expecting it to should not be left guessing.
    @Test func anAssignThatChangesNothingSaysSo() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", """
            id,name,agency,level,description,features
            A1,e-Arsip Bantul,Pemkab Bantul,regency,Surat masuk surat keluar disposisi dan arsip dinamis,Disposisi;Arsip
            A2,e-Arsip Sleman,Pemkab Sleman,regency,Surat masuk surat keluar disposisi dan arsip dinamis,Disposisi;Arsip
            A3,e-Arsip Kulon Progo,Pemkab Kulon Progo,regency,Surat masuk surat keluar disposisi dan arsip dinamis,Disposisi;Arsip

            """)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        #expect(PlanCommandTests.row(try cli.run(["export", "plan"]).stdout, "A1").contains(",SRIKANDI,"))
        let same = try cli.run(["decide", "assign", "A1", "SRIKANDI", "--by", "Ani"])
        #expect(same.status == 0)
        #expect(same.stderr.contains("note: the latest plan already takes all 3 apps of the look-alikes of ")
                && same.stderr.contains(" into SRIKANDI: this decision changes nothing in it now, and keeps them there whatever a later analysis finds"), "\(same.stderr)")
        let indonesian = try cli.run(["decide", "assign", "A2", "SRIKANDI", "--by", "Ani", "--lang", "id"])
        #expect(indonesian.stderr.contains("catatan: rencana terakhir sudah memasukkan seluruh 3 aplikasi yang serupa dengan "), "\(indonesian.stderr)")
        let elsewhere = try cli.run(["decide", "assign", "A1", "Platform Bersama Administrasi Umum Perkantoran", "--by", "Ani"])
        #expect(elsewhere.status == 0 && !elsewhere.stderr.contains("already sends"), "\(elsewhere.stderr)")
    }

    /// What `decide` and `decide undo` tell a planner about decisions that meet others or the
    /// law: a second assign of the same group named by another app repeats or contradicts the
    /// first (said at once, not at the next plan); an undo names the decision that applies
    /// again; an assign whose every app stays put says it changes nothing; a retain that keeps an
    /// app out of a mandatory national system says so.
    @Test func decideSaysWhatADecisionMeets() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register.replacingOccurrences(of: "C1,e-Absensi Kementerian Sosial,Kementerian Sosial,central", with: "R3,e-Absensi Kulon Progo,Pemkab Kulon Progo,regency")
            + "P1,SIMPEG Bantul,Pemkab Bantul,regency,Data pegawai kenaikan pangkat mutasi dan riwayat jabatan ASN,Data pegawai;Kenaikan pangkat\n")
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        #expect(PlanCommandTests.row(try cli.run(["export", "plan"]).stdout, "P1").contains(",SIASN,"))

        let first = try cli.run(["decide", "assign", "R1", "Platform Bersama Kepegawaian Daerah", "--by", "Ani"])
        #expect(first.status == 0 && !first.stderr.contains("already recorded"), "\(first.stderr)")
        let same = try cli.run(["decide", "assign", "R2", "Platform Bersama Kepegawaian Daerah", "--by", "Ani"])
        #expect(same.stderr.contains("warning: the same decision is already recorded as #1"), "named by another app of the group: \(same.stderr)")
        let other = try cli.run(["decide", "assign", "R3", "SIASN", "--by", "Ani"])
        #expect(other.stderr.contains("warning: this contradicts decision #1") && other.stderr.contains("warning: this contradicts decision #2")
                && other.stderr.contains("the later decision, #3, wins"), "\(other.stderr)")
        let undo = try cli.run(["decide", "undo", "3", "--by", "Ani"])
        #expect(undo.stderr.contains("withdrew decision #3 (by Ani); decision #2 (assign") && undo.stderr.contains("about the same apps applies again")
                && undo.stderr.contains("the next `consolidate plan` plans without it, without re-analysing"), "\(undo.stderr)")
        let indonesian = try cli.run(["decide", "undo", "2", "--by", "Ani", "--lang", "id"])
        #expect(indonesian.stderr.contains("; keputusan #1 (") && indonesian.stderr.contains("tentang aplikasi yang sama berlaku lagi"), "\(indonesian.stderr)")
        let again = try cli.run(["decide", "undo", "3", "--by", "Budi"])
        #expect(again.status != 0 && again.stderr.contains("decision #3 was already withdrawn by Ani on 20") && again.stderr.contains("; nothing changed"),
                "an undo of a withdrawn decision says so, not 'no active decision': \(again.stderr)")
        #expect(try cli.run(["decide", "undo", "99"]).stderr.contains("no active decision #99"))

        let nowhere = try cli.run(["decide", "assign", "R1", "SAKTI", "--by", "Ani"])
        #expect(nowhere.status == 0)
        #expect(nowhere.stderr.contains("warning: so none of the 3 apps of the look-alikes of ") && nowhere.stderr.contains("moves: this decision changes nothing in the plan"),
                "\(nowhere.stderr)")
        #expect(nowhere.stderr.contains("stay where the plan puts them, R1 among them") && !nowhere.stderr.contains("assigned anyway"), "\(nowhere.stderr)")

        let retain = try cli.run(["decide", "retain", "P1", "--by", "Ani"])
        #expect(retain.stderr.contains("warning: the latest plan moves P1 into SIASN, the national system the law obliges agencies to use for its job: retained, it stays outside it"),
                "\(retain.stderr)")
        let alone = try cli.run(["decide", "retain", "R1", "--by", "Ani"])
        #expect(!alone.stderr.contains("obliges"), "no law binds an attendance app: \(alone.stderr)")
        // The plan's effect says what `decide` warned of.
        #expect(try cli.run(["plan"]).stdout.contains("SIMPEG Bantul (P1) is kept as it is, outside SIASN, which the law obliges agencies to use for its job"))
        // A keep after a retain of the same app is not "the later decision wins": the retain still applies, as the plan then says.
        let keep = try cli.run(["decide", "keep", "R1", "--by", "Ani"])
        #expect(keep.stderr.contains("a retain outweighs a keep whichever came first: this keep applies only once #") && !keep.stderr.contains("the later decision"),
                "\(keep.stderr)")
    }

    /// A keep of an app whose group an exclude leaves out of the plan builds no module: `decide`
    /// says so at once, in the planner's language, and names the decision to undo.
    @Test func aKeepInAnExcludedGroupSaysItWaitsForTheExclude() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        #expect(try cli.run(["decide", "exclude", "R1", "--by", "Ani"]).status == 0)
        let keep = try cli.run(["decide", "keep", "R2", "--by", "Budi"])
        #expect(keep.status == 0)
        #expect(keep.stderr.contains("decision #1 (exclude") && keep.stderr.contains("leaves this app's group out of the plan, so no module is built on it: this keep applies only once #1 is undone"),
                "\(keep.stderr)")
        let indonesian = try cli.run(["decide", "keep", "R1", "--by", "Budi", "--lang", "id"])
        #expect(indonesian.stderr.contains("mengeluarkan kelompok aplikasi ini dari rencana"), "\(indonesian.stderr)")
        // An id typed in other letter cases is answered with the id meant, for any kind of decision.
        for kind in [["keep", "r2"], ["retain", "r2"], ["assign", "r2", "SIASN"], ["exclude", "r2"]] {
            let lower = try cli.run(["decide"] + kind + ["--by", "Budi"])
            #expect(lower.status != 0 && lower.stderr.contains("no app with id \"r2\"; did you mean \"R2\"?"), "\(kind): \(lower.stderr)")
        }
        #expect(try cli.run(["decide", "undo", "1", "--by", "Ani"]).status == 0)
        let after = try cli.run(["decide", "keep", "R2", "--by", "Budi"])
        #expect(!after.stderr.contains("out of the plan"), "the exclude is withdrawn: \(after.stderr)")
    }

    /// A number names an overlap group; an app whose id is a number is named app:ID, and a
    /// planner who typed the number is told which of the two the decision took.
    @Test func aNumberIsAGroupAndAppColonNamesAnAppWithANumericId() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register.replacingOccurrences(of: "R1,", with: "1,").replacingOccurrences(of: "R2,", with: "2,")
            .replacingOccurrences(of: "C1,", with: "3,") + "4,SIMPEG Bantul,Pemkab Bantul,regency,Data pegawai kenaikan pangkat mutasi dan riwayat jabatan ASN,Data pegawai\n")
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        // A platform may be given by its number in the latest plan's table.
        let table = try cli.run(["plan"]).stdout
        let first = try #require(table.split(separator: "\n").first { $0.hasPrefix("1 ") }, "\(table)")
        let numbered = try cli.run(["decide", "assign", "app:4", "1", "--by", "Ani"])
        let platform = numbered.stderr.components(separatedBy: "recorded decision #1: assign 4 ").last?.components(separatedBy: "\n").first ?? "?"
        #expect(numbered.status == 0 && !platform.isEmpty && first.contains(platform), "\(numbered.stderr) \(first)")
        let beyond = try cli.run(["decide", "assign", "app:4", "99", "--by", "Ani"])
        #expect(beyond.status != 0 && beyond.stderr.contains("the latest plan numbers its platforms 1 to "), "\(beyond.stderr)")

        let number = try cli.run(["decide", "exclude", "1", "--by", "Ani"])
        #expect(number.status == 0 && number.stderr.contains("note: \"1\" is read as overlap group 1; the app whose id is 1 (e-Absensi Bantul) is named app:1"),
                "\(number.stderr)")
        let app = try cli.run(["decide", "assign", "app:2", "SIASN", "--by", "Ani"])
        #expect(app.status == 0 && app.stderr.contains("recorded decision #3: assign 2 SIASN") && !app.stderr.contains("is read as overlap group"), "\(app.stderr)")
    }

    /// `decide --lang id` says what it recorded, its warnings and what the next plan does in Indonesian.
    @Test func decideSpeaksIndonesianWithLangId() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register + "L1,Galeri Batik Bantul,Pemkab Bantul,regency,Katalog motif batik dan pengrajin,Galeri\n")
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        let assign = try cli.run(["decide", "assign", "R1", "SIASN", "--by", "Ani", "--lang", "id"])
        #expect(assign.status == 0, "\(assign.stderr)")
        #expect(assign.stderr.contains("keputusan #1 dicatat: R1 ditetapkan ke platform SIASN (seluruh 3 aplikasi yang serupa dengan "), "\(assign.stderr)")
        #expect(assign.stderr.contains("penetapan berlaku untuk seluruh kelompok)"), "named by one app, the whole group is said at once: \(assign.stderr)")
        #expect(assign.stderr.contains("peringatan: tugas ") && assign.stderr.contains("tetap ditetapkan"), "\(assign.stderr)")
        #expect(assign.stderr.contains("`consolidate plan` berikutnya menerapkannya tanpa analisis ulang") && !assign.stderr.contains("warning:"), "\(assign.stderr)")
        let undo = try cli.run(["decide", "undo", "1", "--by", "Ani", "--lang", "id"])
        #expect(undo.status == 0 && undo.stderr.contains("keputusan #1 dibatalkan (oleh Ani)"), "\(undo.stderr)")
        // Refusals speak the language too, not only their "Kesalahan:" prefix.
        let again = try cli.run(["decide", "undo", "1", "--by", "Ani", "--lang", "id"])
        #expect(again.status != 0 && again.stderr.contains("keputusan #1 sudah dibatalkan oleh Ani pada 20"), "\(again.stderr)")
        let unknown = try cli.run(["decide", "assign", "R1", "SIASNX", "--lang", "id"])
        #expect(unknown.status != 0 && unknown.stderr.contains("tidak ada platform bernama \"SIASNX\" dalam katalog"), "\(unknown.stderr)")
    }

    /// An exclude named by one app takes its whole group out of the plan; `decide` says so at
    /// once, with how many apps leave a mandatory national system, and how to keep one app only.
    @Test func excludingAnAppSaysItTakesTheWholeGroupOut() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", """
            id,name,agency,level,description
            P1,Kanal Aduan Bantul,Pemkab Bantul,regency,Pengaduan masyarakat dan tindak lanjut aduan warga secara online
            P2,e-Aduan Sleman,Pemkab Sleman,regency,Pengaduan masyarakat dan tindak lanjut aduan warga
            P3,Aduan Warga Kulon Progo,Pemkab Kulon Progo,regency,Pengaduan masyarakat dan tindak lanjut aduan warga secara online

            """)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        #expect(PlanCommandTests.row(try cli.run(["export", "plan"]).stdout, "P2").contains(",migrate,1,SP4N-LAPOR!,"))

        let one = try cli.run(["decide", "exclude", "P2", "--reason", "menunggu audit"])
        #expect(one.status == 0)
        #expect(one.stderr.contains("exclude takes all 3 apps of the look-alikes of "), "\(one.stderr)")
        #expect(one.stderr.contains("out of the plan, not only P2; 3 of them move into SP4N-LAPOR! in the latest plan, a national system the law obliges agencies to use"),
                "\(one.stderr)")
        #expect(one.stderr.contains("To keep only P2 as it is: `consolidate decide undo 1`, then `consolidate decide retain P2`"), "\(one.stderr)")

        #expect(try cli.run(["decide", "undo", "1"]).status == 0)
        #expect(try cli.run(["decide", "retain", "P2"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        let csv = try cli.run(["export", "plan"]).stdout
        #expect(PlanCommandTests.row(csv, "P2").contains(",retain,"), "the one app stays as it is")
        #expect(!PlanCommandTests.row(csv, "P3").contains(",retain,"), "its look-alikes still move")

        let group = try cli.run(["decide", "exclude", "1"])
        #expect(group.stderr.contains("exclude takes all 3 apps of the look-alikes of ") && !group.stderr.contains("not only"), "\(group.stderr)")
    }

    /// The law obliges agencies to use mandatory sectoral systems too (SIKS-NG for social
    /// welfare data): an exclude's warning counts the apps it takes out of them as well.
    @Test func excludingAGroupCountsTheMandatorySectoralSystemItLeaves() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", """
            id,name,agency,level,description
            W1,SIBANSOS Bantul,Pemkab Bantul,regency,Data terpadu kesejahteraan sosial dan penyaluran bantuan sosial kepada keluarga penerima
            W2,e-Bansos Sleman,Pemkab Sleman,regency,Data terpadu kesejahteraan sosial dan penyaluran bantuan sosial
            W3,Sistem Bantuan Sosial Kulon Progo,Pemkab Kulon Progo,regency,Data terpadu kesejahteraan sosial dan penyaluran bantuan sosial kepada keluarga

            """)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        #expect(PlanCommandTests.row(try cli.run(["export", "plan"]).stdout, "W2").contains(",migrate,1,SIKS-NG (DTKS),"))
        let exclude = try cli.run(["decide", "exclude", "W2"])
        #expect(exclude.stderr.contains("not only W2; 3 of them move into SIKS-NG (DTKS) in the latest plan, a national system the law obliges agencies to use"),
                "\(exclude.stderr)")
    }

    /// When the law's national systems already exceed the target, a platform a planner
    /// assigns apps to comes on top, and the headline says so rather than citing the law alone.
    @Test func theHeadlineSaysWhichPlatformsAreBeyondTheLaw() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", PlanCommandTests.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let before = try cli.run(["plan", "--target", "1"]).stdout
        #expect(before.contains(" consolidated into 2 platforms (target 1): 2 national systems the law obliges agencies to use") && before.contains("the target is exceeded: apps of this inventory do the job of each of the 2")
                && !before.contains("plus"), "\(before)")
        #expect(try cli.run(["decide", "assign", "A5", "Platform Bersama Perekonomian Daerah"]).status == 0)
        let after = try cli.run(["plan", "--target", "1"]).stdout
        #expect(after.contains(" consolidated into 3 platforms (target 1): ") && after.contains("the law obliges every one of them to be used; 1 platform more is there because planners assigned apps to it (decide assign)\n"), "\(after)")
        let indonesian = try cli.run(["plan", "--target", "1", "--lang", "id"]).stdout
        #expect(indonesian.contains("ditambah 1 platform yang ditetapkan perencana (keputusan penetapan platform)") && !indonesian.contains("assign"),
                "the one decision vocabulary, never the English code: \(indonesian)")
    }

    /// Audit apps a planner assigns to the regional staff platform keep their job (internal
    /// audit) but move into the platform's own module: its report card lists that module, never
    /// their job's. (Staff-records apps would stay in SIASN, which the law obliges them to use.)
    @Test func theCardOfAnAssignedPlatformListsItsOwnModules() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", """
            id,name,agency,level,description,features
            S1,e-Audit Bantul,Pemkab Bantul,regency,"Perencanaan audit, temuan pemeriksaan dan tindak lanjut hasil pemeriksaan",Temuan audit;Tindak lanjut
            S2,e-Audit Sleman,Pemkab Sleman,regency,"Perencanaan audit, temuan pemeriksaan dan tindak lanjut hasil pemeriksaan",Temuan audit;Tindak lanjut
            S3,SIWAS Klaten,Pemkab Klaten,regency,"Pengawasan inspektorat, temuan audit dan tindak lanjut hasil pemeriksaan",Temuan audit;Tindak lanjut

            """)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        #expect(try cli.run(["decide", "assign", "S1", "Platform Bersama Kepegawaian Daerah"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        for (language, own, job) in [("id", "Presensi pegawai", "Pengawasan dan audit internal"), ("en", "Staff attendance", "Internal audit")] {
            #expect(try cli.run(["report", "--output", "r.html", "--lang", language]).status == 0)
            let html = try String(contentsOfFile: cli.path("r.html"), encoding: .utf8)
            let card = try #require(html.components(separatedBy: "<article").first { $0.contains("Platform Bersama Kepegawaian Daerah</") })
            #expect(card.contains(own) && !card.contains(job), "the platform's own module, not the apps' job: \(card)")
        }
    }

    /// The group as `check` names it: from "the look-alikes of" (or "aplikasi serupa") to its
    /// reference as an overlap group.
    static func groupName(_ text: String, _ language: String) -> String? {
        let (start, number) = language == "en" ? ("the look-alikes of ", "(overlap group ") : ("aplikasi yang serupa dengan “", "(kelompok kemiripan nomor ")
        guard let from = text.range(of: start), let reference = text.range(of: number, range: from.upperBound..<text.endIndex),
              let to = text.range(of: ")", range: reference.upperBound..<text.endIndex) else { return nil }
        return String(text[from.lowerBound..<to.upperBound])
    }
}
