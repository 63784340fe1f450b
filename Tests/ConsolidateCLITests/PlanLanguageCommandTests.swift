import Foundation
import Testing

@Suite("The plan in the planner's language: summary, decisions, exports and workbook")
struct PlanLanguageCommandTests {
    /// Two attendance apps and two payroll apps (the two modules of Platform Bersama
    /// Kepegawaian Daerah, each with its own lead) and two correspondence apps (SRIKANDI),
    /// in a regency and a city, with costs and users in the thousands.
    static let register = """
        id,name,agency,level,description,features,annual_cost_idr,users
        P1,e-Absensi Pegawai Kabupaten Bantul dan Seluruh Perangkat Daerah,Pemkab Bantul,kabupaten,"Presensi pegawai dengan sidik jari, rekap kehadiran dan jam kerja",Absensi;Rekap kehadiran,450000000,3200
        P2,Presensi Online Pegawai Kota Malang dan Seluruh Perangkat Daerah,Pemkot Malang,kota,"Absensi pegawai, presensi kehadiran dan keterlambatan jam kerja",Presensi;Keterlambatan,500000000,2800
        G1,SIGAJI Bantul,Pemkab Bantul,kabupaten,"Penggajian pegawai, tunjangan dan tambahan penghasilan (TPP), slip gaji",Slip gaji;TPP,400000000,3100
        G2,e-TPP Kota Malang,Pemkot Malang,kota,"Perhitungan gaji, tambahan penghasilan pegawai dan potongan gaji",TPP;Potongan gaji,380000000,2700
        O1,e-Office Kota Malang,Pemkot Malang,kota,"Surat masuk, surat keluar dan disposisi elektronik",Surat masuk;Disposisi,350000000,600
        O2,e-Surat Bantul,Pemkab Bantul,kabupaten,Persuratan elektronik dengan disposisi pimpinan,Surat keluar;Disposisi,380000000,500

        """

    static func planned() throws -> CommandRunner {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan", "--target", "5", "--start", "2027-Q1"]).status == 0)
        return cli
    }

    @Test func theIndonesianPlanSummaryHasNoEnglish() throws {
        let cli = try Self.planned()
        let plan = try cli.run(["plan", "--target", "5", "--start", "2027-Q1", "--lang", "id"])
        #expect(plan.status == 0)
        let text = plan.stdout
        #expect(text.hasPrefix("Rencana: 6 dari 6 aplikasi disatukan ke 2 platform "), "\(text)")
        #expect(text.contains("Gelombang 1: Januari 2027 – Juni 2027"), "\(text)")
        #expect(text.contains("Biaya (hanya yang diketahui)"), "\(text)")
        #expect(text.contains(" jt") || text.contains(" M"), "Indonesian money units: \(text)")
        #expect(text.range(of: "[0-9]\\.[0-9]{3} pengguna", options: .regularExpression) != nil, "Indonesian thousands: \(text)")
        for english in ["Plan:", "Money", "Waves:", "Coverage", " apps", " users", "one-off", "saving", "billion", "million"] {
            #expect(!text.contains(english), "no English \"\(english)\": \(text)")
        }
        #expect(text.contains("Platform Bersama Kepegawaian Daerah"))
    }

    @Test func decisionsSpeakIndonesianWhenAsked() throws {
        let cli = try Self.planned()
        #expect(try cli.run(["decide", "retain", "O1", "--reason", "dipertahankan sampai SOTK baru"]).status == 0)
        #expect(try cli.run(["plan", "--target", "5"]).status == 0)
        let indonesian = try cli.run(["decisions", "--lang", "id", "--format", "csv"])
        #expect(indonesian.status == 0, "\(indonesian.stderr)")
        #expect(indonesian.stdout.hasPrefix("id,jenis,aplikasi_a,"), "\(indonesian.stdout)")
        #expect(indonesian.stdout.contains("diterapkan"), "the stored Indonesian effect: \(indonesian.stdout)")
        #expect(indonesian.stdout.contains(",tanpa-perubahan,O1,") && !indonesian.stdout.contains(",retain,"), "\(indonesian.stdout)")
        let english = try cli.run(["decisions", "--format", "csv"]).stdout
        #expect(english.hasPrefix("id,kind,app_a,") && english.contains("applied"), "\(english)")
    }

    @Test func theIndonesianExportHasIndonesianHeadersAndValues() throws {
        let cli = try Self.planned()
        let indonesian = try cli.run(["export", "plan", "--lang", "id"]).stdout
        #expect(indonesian.hasPrefix("id_aplikasi,nama_aplikasi,instansi,tingkat,provinsi,status,tindakan,id_platform,nama_platform,jenis_platform,fungsi,"), "\(indonesian)")
        let o1 = PlanCommandTests.row(indonesian, "O1")
        #expect(o1.contains(",kota,") && o1.contains(",migrasi,") && o1.contains(",nasional-wajib,"), "\(o1)")
        #expect(PlanCommandTests.row(indonesian, "G2").contains(",bersama,Penggajian dan tambahan penghasilan,"), "\(indonesian)")
        for english in [",migrate,", ",retire,", ",retain,", ",city,", ",regency,", ",national-mandatory,", ",shared,"] {
            #expect(!indonesian.contains(english), "no English value \(english)")
        }
        // What the command says on writing a file speaks the export's language too.
        let written = try cli.run(["export", "plan", "--lang", "id", "--output", "rencana.csv"]).stderr
        #expect(written.contains("rencana.csv ditulis: ") && written.contains(" baris") && !written.contains("wrote"), "\(written)")
        let english = try cli.run(["export", "plan"]).stdout
        let g2 = PlanCommandTests.row(english, "G2")
        #expect(g2.contains(",city,") && g2.contains(",shared,Payroll and allowances,"), "English names in the English export: \(g2)")

        // A wave's quarter reads one way in each language, in the CSV as in the report's timeline.
        #expect(o1.contains(",1,2027 Tw I,") && !indonesian.contains("2027-Q"), "the Indonesian report's form, year first: \(o1)")
        #expect(PlanCommandTests.row(english, "O1").contains(",1,2027-Q1,"))
        #expect(try cli.run(["report", "--output", "laporan.html"]).status == 0)
        let report = try String(contentsOfFile: cli.path("laporan.html"), encoding: .utf8)
        #expect(report.contains(">2027</text><text") && report.contains(">Tw I</text>"), "the timeline heads each quarter with its year over it")
    }

    @Test func theTerminalTableWrapsLongPlatformNames() throws {
        let cli = try Self.planned()
        let narrow = try cli.run(["plan", "--target", "5", "--start", "2027-Q1"], environment: ["COLUMNS": "70"]).stdout
        #expect(!narrow.contains("…"), "\(narrow)")
        for word in ["Platform", "Bersama", "Kepegawaian", "Daerah"] { #expect(narrow.contains(word)) }
    }
}
