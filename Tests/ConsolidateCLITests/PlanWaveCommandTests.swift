import Foundation
import Testing

/// Waves a platform can deliver, shown alike in every output, and a summary that says only
/// what is true.
@Suite("consolidate plan: waves by onboarding capacity")
struct PlanWaveCommandTests {
    /// Three staff apps (SIASN), two correspondence apps (SRIKANDI) and two tourism apps (a
    /// shared platform built on one of them); one app a wave, waves of a year, a two-year
    /// horizon: SIASN needs three waves, and the four apps of waves 2 (ending with the horizon)
    /// and 3 save nothing within it.
    static func planned(target: Int = 5) throws -> (CommandRunner, CommandRunner.Result) {
        let cli = try CommandRunner()
        try cli.write("register.csv", PlanCommandTests.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let plan = try cli.run(["plan", "--target", String(target), "--start", "2027-Q1", "--wave-capacity", "1", "--wave-quarters", "4", "--years", "2"])
        #expect(plan.status == 0, "\(plan.stderr)")
        return (cli, plan)
    }

    @Test func wavesFollowEachPlatformsCapacityInEveryOutput() throws {
        let (cli, plan) = try Self.planned()
        #expect(plan.stdout.contains("each platform takes in at most 1 moving app a wave"))
        #expect(plan.stdout.contains("Wave 3: 2029-Q1 to 2029-Q4"), "\(plan.stdout)")
        #expect(plan.stdout.contains("The last 2 waves end at or after the end of the 2-year horizon (2028-Q4): the 4 apps they move save nothing within it"), "\(plan.stdout)")

        let csv = try cli.run(["export", "plan"]).stdout
        let siasn = csv.split(separator: "\n").filter { $0.contains(",SIASN,") }
        #expect(siasn.count == 3)
        #expect(Set(siasn.map { $0.contains(",1,2027-Q1,") ? 1 : $0.contains(",2,2028-Q1,") ? 2 : $0.contains(",3,2029-Q1,") ? 3 : 0 }) == [1, 2, 3],
                "one SIASN app a wave, each with its wave's first quarter")
        let stored = try cli.run(["sql", "SELECT group_concat(wave || ':' || apps, ' ') AS waves FROM plan_waves WHERE plan_id = (SELECT max(id) FROM plans)",
                                  "--format", "csv"]).stdout
        #expect(stored == "waves\n1:3 2:3 3:1\n", "the waves the workbook sheet and the web page read")

        #expect(try cli.run(["report", "--output", "report.html", "--lang", "en"]).status == 0)
        let english = try String(contentsOfFile: cli.path("report.html"), encoding: .utf8)
        #expect(english.contains("Wave 3") && english.contains("The last 2 waves end at or after the end of the 2-year horizon (December 2028): the 4 apps they move save nothing within it"))
        #expect(english.contains("end of the horizon"), "the timeline marks where the horizon ends")
        #expect(try cli.run(["report", "--output", "laporan.html"]).status == 0)
        let indonesian = try String(contentsOfFile: cli.path("laporan.html"), encoding: .utf8)
        #expect(indonesian.contains("Gelombang 3") && indonesian.contains("2 gelombang terakhir berakhir pada akhir kurun 2 tahun (Desember 2028) atau sesudahnya: 4 aplikasi yang dipindahkannya tidak sempat berhemat dalam kurun itu"))

        let summary = try cli.run(["plan", "--lang", "id", "--target", "5", "--start", "2027-Q1", "--wave-capacity", "1", "--wave-quarters", "4", "--years", "2"])
        #expect(summary.stdout.contains("paling banyak 1 aplikasi yang pindah per gelombang"))
        #expect(summary.stdout.contains("Gelombang 3: Januari 2029 – Desember 2029"), "\(summary.stdout)")
        #expect(summary.stdout.contains("2 gelombang terakhir berakhir pada akhir kurun 2 tahun (Desember 2028) atau sesudahnya: 4 aplikasi"))
    }

    @Test func theSummaryNamesOnlyTheActionsThePlanTakes() throws {
        // The two national systems these apps need fill a target of 2: no shared platform, no lead.
        let (cli, plan) = try Self.planned(target: 2)
        let actions = try #require(plan.stdout.split(separator: "\n").first { $0.hasPrefix("Actions:") })
        #expect(!actions.contains(" 0"), "no zero-count action is news: \(actions)")
        #expect(!actions.contains("platform"), "every platform here is national: no app leads a module")
        #expect(actions.contains("migrate ") && actions.contains("retain "), "each action by the value the plan CSV gives it: \(actions)")
        let indonesian = try cli.run(["plan", "--lang", "id", "--target", "2", "--start", "2027-Q1"]).stdout
        let tindakan = try #require(indonesian.split(separator: "\n").first { $0.hasPrefix("Tindakan:") })
        #expect(!tindakan.contains("dasar") && !tindakan.contains(" 0"), "\(tindakan)")
        #expect(tindakan.contains("migrasi"), "the word the Indonesian plan CSV filters on")
    }

    /// Staff and correspondence apps with a running cost, one of each job already inactive.
    static let withInactive = """
        id,name,agency,description,features,status,annual_cost
        W1,SIMPEG Kabupaten Bantul,Pemkab Bantul,Pengelolaan data kepegawaian dan kenaikan pangkat,Data pegawai;Kenaikan pangkat,aktif,200000000
        W2,SIMPEG Kota Malang,Pemkot Malang,Data kepegawaian ASN dan mutasi pegawai,Data pegawai;Mutasi,aktif,300000000
        W3,SIMPEG Sleman,Pemkab Sleman,Data kepegawaian dan pangkat pegawai,Data pegawai;Cuti,tidak aktif,100000000
        W4,e-Office Kota Malang,Pemkot Malang,"Surat masuk, surat keluar dan disposisi elektronik",Surat masuk;Disposisi,aktif,150000000
        W5,e-Surat Bantul,Pemkab Bantul,Persuratan elektronik dengan disposisi pimpinan,Surat keluar;Disposisi,nonaktif,90000000

        """

    @Test func everyOutputStatesAWavesMovesAndSwitchOffsApart() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.withInactive)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let arguments = ["plan", "--target", "2", "--start", "2027-Q1", "--wave-capacity", "1"]
        let plan = try cli.run(arguments)
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("Waves: each platform takes in at most 1 moving app a wave (--wave-capacity); inactive apps switched off, module leads (the apps a shared platform is built on) and apps still in development, whose builds stop in the platform's first wave (a weak match after its check), do not count towards it"),
                "the capacity sentence says what it limits: \(plan.stdout)")
        #expect(plan.stdout.contains(", 2 of them already inactive and switched off there); "), "the coverage says what the waves count apart: \(plan.stdout)")
        #expect(plan.stdout.contains("Wave 1: 2027-Q1 to 2027-Q2, 2 moves, 2 apps already inactive or retired switched off;"),
                "one move a platform, and the switch-offs beside them, never \"4 apps\": \(plan.stdout)")
        #expect(plan.stdout.contains("Wave 2: 2027-Q3 to 2027-Q4, 1 move;"), "\(plan.stdout)")
        #expect(plan.stdout.contains("the low case assumes savings 30% smaller and one-off costs 50% larger, the high case one-off costs 20% smaller"),
                "the range says what both its ends assume: \(plan.stdout)")
        #expect(plan.stdout.components(separatedBy: "the high case").count == 2, "said once")

        let indonesian = try cli.run(arguments + ["--lang", "id"]).stdout
        #expect(indonesian.contains("Gelombang 1: Januari 2027 – Juni 2027, 2 aplikasi pindah, 2 aplikasi tidak aktif dimatikan;"), "\(indonesian)")
        #expect(indonesian.contains("paling banyak 1 aplikasi yang pindah per gelombang (--wave-capacity); aplikasi tidak aktif yang dimatikan, dasar modul (aplikasi yang menjadi dasar platform bersama) dan aplikasi yang masih dalam pengembangan, yang pembangunannya dihentikan pada gelombang pertama platformnya (kecocokan lemah setelah diperiksa), tidak memakai kuota ini"))
        #expect(indonesian.contains("batas bawah mengandaikan penghematan 30% lebih kecil dan biaya satu kali 50% lebih besar, batas atas biaya satu kali 20% lebih kecil"))
        #expect(indonesian.contains("Tindakan: migrasi 3, penghentian 2"), "one form, nouns, as the plan CSV's values: \(indonesian)")

        #expect(try cli.run(["report", "--output", "report.html", "--lang", "en"]).status == 0)
        let report = try String(contentsOfFile: cli.path("report.html"), encoding: .utf8)
        #expect(report.contains("<th class=\"num\">Moves</th><th class=\"num\">of which moves awaiting a check</th><th class=\"num\">Inactive switched off</th>"),
                "the report's wave table has moves and switch-offs as columns of their own, and says which counts are among the moves")
        #expect(report.contains("2 moving · 2 off"), "the timeline's wave bar says both")
        #expect(report.contains("the low case assumes savings 30% smaller and one-off costs 50% larger, the high case one-off costs 20% smaller"))
        #expect(try cli.run(["report", "--output", "laporan.html"]).status == 0)
        let laporan = try String(contentsOfFile: cli.path("laporan.html"), encoding: .utf8)
        #expect(laporan.contains("<th class=\"num\">Pindah</th>") && laporan.contains("2 pindah · 2 dimatikan"))
        #expect(laporan.contains("batas atas biaya satu kali 20% lebih kecil"), "the Indonesian report says what the high case assumes too")

    }

    /// Four local-tax apps of one shared platform: a lead, a duplicate whose features the lead
    /// already has, an app bringing a feature the lead lacks, and an inactive one.
    static let withDuplicate = """
        id,name,agency,level,description,features,status,annual_cost,users
        D1,e-Pajak Daerah Kabupaten Bantul,Pemkab Bantul,kabupaten,"Pendataan, penetapan dan pembayaran pajak daerah",Pendataan wajib pajak;Penetapan pajak;Pembayaran pajak;Laporan pajak,aktif,400000000,9000
        D2,e-Pajak Daerah Kabupaten Sleman,Pemkab Sleman,kabupaten,"Pendataan, penetapan dan pembayaran pajak daerah",Pendataan wajib pajak;Penetapan pajak,aktif,200000000,800
        D3,e-Pajak Daerah Kota Malang,Pemkot Malang,kota,"Pendataan, penetapan dan pembayaran pajak daerah dan reklame",Pendataan wajib pajak;Pajak reklame,aktif,300000000,700
        D4,e-Pajak Daerah Kabupaten Kulon Progo,Pemkab Kulon Progo,kabupaten,"Pendataan, penetapan dan pembayaran pajak daerah",Pendataan wajib pajak,tidak aktif,100000000,50

        """

    /// A count set beside another says what it holds: "retire 2" beside "1 app already
    /// inactive", "2 moving apps" beside "migrate 1", in the summary and the report alike.
    @Test func countsSetSideBySideSayWhatTheyHold() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.withDuplicate.replacingOccurrences(of: ",aktif,300000000", with: ",aktif,"))
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let plan = try cli.run(["plan", "--start", "2027-Q1"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("Actions: platform 1 (module leads), migrate 1, retire 2 (1 already inactive, 1 duplicate whose features its module lead already has)"),
                "\(plan.stdout)")
        #expect(plan.stdout.contains("1 (50%) of the 2 moving apps (1 migrating, 1 duplicate retired) has no known cost"), "\(plan.stdout)")
        let indonesian = try cli.run(["plan", "--start", "2027-Q1", "--lang", "id"]).stdout
        #expect(indonesian.contains("penghentian 2 (1 sudah tidak aktif, 1 duplikat yang semua fiturnya sudah dimiliki aplikasi dasar modulnya)"), "\(indonesian)")
        #expect(indonesian.contains("1 (50%) dari 2 aplikasi yang pindah (migrasi 1, 1 duplikat yang dihentikan) tidak memiliki data biaya"), "\(indonesian)")

        #expect(try cli.run(["report", "--output", "report.html", "--lang", "en"]).status == 0)
        let report = try String(contentsOfFile: cli.path("report.html"), encoding: .utf8)
        #expect(report.contains("is switched off (1 already inactive, 1 duplicate whose features its module lead already has)"))
        #expect(report.contains("of the 3 planned apps (1 migrating, 1 duplicate retired, 1 module lead)"))
        #expect(try cli.run(["report", "--output", "laporan.html"]).status == 0)
        let laporan = try String(contentsOfFile: cli.path("laporan.html"), encoding: .utf8)
        #expect(laporan.contains("dari 3 aplikasi yang direncanakan (migrasi 1, 1 duplikat yang dihentikan, 1 dasar modul)"))
    }

    /// When every planned app migrates, the report names their count once: "3 planned apps",
    /// not "3 planned apps (3 migrating)".
    @Test func aCountOfAppsThatAllMigrateIsSaidOnce() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", """
            id,nama_aplikasi,instansi,tingkat,deskripsi,fitur,status,biaya,pengguna
            K1,SIMPEG Kabupaten Bantul,Pemkab Bantul,kabupaten,Sistem informasi manajemen kepegawaian: data pegawai ASN,Data pegawai;Kenaikan pangkat;Cuti,aktif,250000000,900
            K2,SIMPEG Kota Malang,Pemkot Malang,kota,Sistem informasi manajemen kepegawaian: data pegawai ASN,Data pegawai;Kenaikan pangkat,aktif,,700
            K3,e-Kepegawaian Kabupaten Sleman,Pemkab Sleman,kabupaten,Aplikasi kepegawaian untuk data pegawai ASN dan kenaikan pangkat,Data pegawai;Kenaikan pangkat;Mutasi,aktif,180000000,500

            """)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let plan = try cli.run(["plan", "--start", "2027-Q1"])
        #expect(plan.stdout.contains("\nActions: migrate 3\n"), "every app migrates: \(plan.stdout)")
        #expect(try cli.run(["report", "--output", "report.html", "--lang", "en"]).status == 0)
        let report = try String(contentsOfFile: cli.path("report.html"), encoding: .utf8)
        #expect(report.contains("The running cost of 1 of the 3 planned apps is unknown"), "\(report)")
        #expect(try cli.run(["report", "--output", "laporan.html", "--lang", "id"]).status == 0)
        let laporan = try String(contentsOfFile: cli.path("laporan.html"), encoding: .utf8)
        #expect(laporan.contains("Biaya berjalan 1 dari 3 aplikasi yang direncanakan belum diketahui"), "\(laporan)")
    }
}
