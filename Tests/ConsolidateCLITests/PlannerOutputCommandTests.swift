import Foundation
import Testing

@Suite("What planners read: plan money, check, decisions, Excel CSV")
struct PlannerOutputCommandTests {
    /// Two overlapping tourism apps (a job whose shared platform a small target leaves out),
    /// two staff-record apps and two correspondence apps, each with a running cost.
    static let register = """
        id,name,agency,description,features,annual_cost_idr,users
        T1,Bantul Smart Tourism,Pemkab Bantul,Promosi destinasi wisata dan kalender event wisata,Destinasi wisata;Kalender event,250000000,900
        T2,Jelajah Wisata Malang,Pemkot Malang,Promosi destinasi wisata dan event budaya,Destinasi wisata;Event budaya,300000000,1200
        S1,SIMPEG Kabupaten Bantul,Pemkab Bantul,Pengelolaan data kepegawaian dan kenaikan pangkat,Data pegawai;Kenaikan pangkat,400000000,800
        S2,SIMPEG Kota Malang,Pemkot Malang,Data kepegawaian ASN dan mutasi pegawai,Data pegawai;Mutasi,450000000,950
        O1,e-Office Kota Malang,Pemkot Malang,"Surat masuk, surat keluar dan disposisi elektronik",Surat masuk;Disposisi,350000000,600
        O2,e-Surat Bantul,Pemkab Bantul,Persuratan elektronik dengan disposisi pimpinan,Surat keluar;Disposisi,380000000,500

        """

    static func planned() throws -> CommandRunner {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan", "--target", "1", "--start", "2027-Q1"]).status == 0)
        return cli
    }

    /// A planner working in Indonesian reads the refusals that matter most in Indonesian too:
    /// a missing database, an output that is a folder or the database itself, an unknown
    /// province; in English without --lang id.
    @Test func refusalsSpeakTheLanguageAskedFor() throws {
        let cli = try Self.planned()
        let missing = try cli.run(["plan", "--db", cli.path("none.sqlite"), "--lang", "id"])
        #expect(missing.status != 0 && missing.stderr.contains("Kesalahan: tidak ada basis data inventaris di"), "\(missing.stderr)")
        #expect(try cli.run(["plan", "--db", cli.path("none.sqlite")]).stderr.contains("Error: no inventory database at"))
        let folder = try cli.run(["export", "plan", "--output", cli.folder.path, "--lang", "id"])
        #expect(folder.status != 0 && folder.stderr.contains("itu sebuah folder; sebutkan nama berkas di dalamnya"), "\(folder.stderr)")
        let database = try cli.run(["report", "-o", "inventory.sqlite", "--lang", "id"])
        #expect(database.status != 0 && database.stderr.contains("inventory.sqlite tidak ditimpa: berkas itu basis data SQLite"), "\(database.stderr)")
        let province = try cli.run(["report", "-o", "jateng.html", "--province", "Jawa Tenga", "--lang", "id"])
        #expect(province.status != 0 && province.stderr.contains("tidak ada aplikasi di provinsi"), "\(province.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("jateng.html")))
    }

    /// A file named for another program would hold what that program cannot open: the report
    /// is HTML, export writes CSV, JSON or a workbook; both refuse other names before any work.
    @Test func outputsNamedForAnotherProgramAreRefused() throws {
        let cli = try Self.planned()
        let pdf = try cli.run(["report", "-o", "laporan.pdf", "--lang", "id"])
        #expect(pdf.status != 0 && pdf.stderr.contains("Kesalahan: laporan berupa satu halaman HTML; beri nama berakhiran .html"), "\(pdf.stderr)")
        #expect(try cli.run(["report", "-o", "laporan.pdf", "--lang", "en"]).stderr.contains("Error: the report is one HTML page; name the file .html"))
        // The report is Indonesian unless told otherwise, and so are its errors.
        let byDefault = try cli.run(["report", "-o", "laporan.pdf"])
        #expect(byDefault.stderr.hasPrefix("Kesalahan: laporan berupa satu halaman HTML"), "\(byDefault.stderr)")
        #expect(try cli.run(["report", "-o", cli.folder.path]).stderr.hasPrefix("Kesalahan: tidak dapat menulis"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("laporan.pdf")))
        let ods = try cli.run(["export", "plan", "--output", "rencana.ods", "--lang", "id"])
        #expect(ods.status != 0 && ods.stderr.contains("\"rencana.ods\" menyebut berkas .ods, yang tidak ditulis export"), "\(ods.stderr)")
        #expect(try cli.run(["export", "plan", "--output", "rencana.ods", "--format", "csv"]).status == 0, "a format said outright is written")
        let start = try cli.run(["plan", "--start", "2027-Q5", "--lang", "id"])
        #expect(start.status != 0 && start.stderr.contains("--start harus berupa triwulan, misalnya 2027-Q1"), "\(start.stderr)")
        #expect(try cli.run(["report", "-o", "laporan.html"]).status == 0)
    }

    @Test func theEnglishSummaryUsesEnglishMoneyUnits() throws {
        let cli = try Self.planned()
        let plan = try cli.run(["plan", "--target", "1", "--start", "2027-Q1"]).stdout
        let money = try #require(plan.split(separator: "\n").first { $0.hasPrefix("Money") })
        #expect(money.contains(" million") || money.contains(" billion"), "\(money)")
        #expect(!plan.contains(" jt") && !plan.contains(" M ") && !plan.contains(" M\n") && !plan.contains(" T "), "\(plan)")
        #expect(plan.contains("each app saving from the end of its wave"))
        let short = try cli.run(["plan", "--target", "1", "--start", "2027-Q1", "--years", "1"]).stdout
        #expect(short.contains("a LOSS of Rp") && short.contains("costs more than it saves"), "\(short)")
    }

    @Test func joinNamesTheCataloguePlatformEvenWhenThePlanLeftItOut() throws {
        let cli = try Self.planned()
        let csv = try cli.run(["export", "plan"]).stdout
        #expect(csv.split(separator: "\n").filter { $0.hasPrefix("T") }.allSatisfy { $0.contains(",retain,") }, "a target of 1 leaves tourism out")
        let check = try cli.run(["check", "--name", "Aplikasi Wisata Daerah", "--description", "Promosi destinasi wisata dan event"])
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("Join the look-alikes of Bantul Smart Tourism (T1), a group about wisata / destinasi / event (overlap group 1)"),
                "the group named by what it is: \(check.stdout)")
        #expect(check.stdout.contains("its job belongs to the catalogue platform Platform Bersama Perekonomian Daerah, which is not in the current plan"))
    }

    @Test func checkInIndonesianIsIndonesianThroughoutWithNoNullCells() throws {
        let cli = try Self.planned()
        let check = try cli.run(["check", "--name", "Aplikasi Persuratan", "--description", "Surat keluar dan disposisi", "--lang", "id"])
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("Gunakan SRIKANDI"))
        #expect(check.stdout.contains("aplikasi yang ada sudah menjalankan fungsi serupa"), "\(check.stdout)")
        #expect(check.stdout.contains("nama") && check.stdout.contains("instansi") && check.stdout.contains("0,"))
        #expect(!check.stdout.contains("existing app") && !check.stdout.contains("NULL"), "\(check.stdout)")
        let cut = try cli.run(["check", "--name", "Aplikasi Persuratan", "--description", "Surat keluar dan disposisi", "--limit", "1"]).stdout
        #expect(cut.contains("The 1 most similar existing app (`--limit` shows more):"), "a list cut at --limit says so, not a count: \(cut)")
    }

    @Test func decisionsShowNamesWholeAndNoNull() throws {
        let cli = try Self.planned()
        #expect(try cli.run(["decide", "retain", "O1", "--reason", "kept by the mayor's office until the new SOTK"]).status == 0)
        #expect(try cli.run(["plan", "--target", "1"]).status == 0)
        let wide = try cli.run(["decisions"]).stdout
        #expect(wide.contains("e-Office Kota Malang") && !wide.contains("NULL"), "\(wide)")
        let narrow = try cli.run(["decisions"], environment: ["COLUMNS": "60"]).stdout
        #expect(!narrow.contains("NULL") && !narrow.contains("…"), "\(narrow)")
        for word in ["kept", "mayor's", "office", "SOTK", "e-Office", "Malang"] { #expect(narrow.contains(word), "wrapped, not cut: \(narrow)") }
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 60 }, "one block per decision within the width: \(narrow)")
        #expect(narrow.contains("  reason: kept by the mayor's office until the new SOTK"), "the reason on a line of its own: \(narrow)")
        #expect(narrow.hasSuffix("(1 decision)\n"))
        let indonesian = try cli.run(["decisions", "--lang", "id"], environment: ["COLUMNS": "60"]).stdout
        #expect(indonesian.contains("#1 tanpa perubahan") && indonesian.contains("  alasan: ") && indonesian.contains("  dampak: ")
                && indonesian.hasSuffix("(1 keputusan)\n"), "\(indonesian)")
    }

    @Test func excelCSVIsTheSameWhereverACommandWritesCSV() throws {
        let cli = try Self.planned()
        let exported = try cli.run(["export", "plan", "--excel"]).stdout
        let planned = try cli.run(["plan", "--target", "1", "--start", "2027-Q1", "--format", "csv", "--excel"]).stdout
        for csv in [exported, planned] {
            #expect(csv.hasPrefix("\u{FEFF}app_id;app_name;"))
            #expect(csv.contains("\r\n"))
            let row = try #require(csv.components(separatedBy: "\r\n").first { $0.hasPrefix("S1;") })
            #expect(row.range(of: ";\"[01],[0-9][0-9]\";", options: .regularExpression) != nil, "decimal comma: \(row)")
        }
        #expect(try cli.run(["platforms", "export", "--excel"]).stdout.hasPrefix("\u{FEFF}platform;kind;"))
        #expect(try cli.run(["decisions", "--format", "csv", "--excel"]).stdout.hasPrefix("\u{FEFF}id;kind;"))
        let refused = try cli.run(["plan", "--excel"])
        #expect(refused.status == 64 && refused.stderr.contains("--excel, --delimiter and --bom shape CSV output"))
    }
}
