import Foundation
import Testing

/// The intake of real registers as a planner runs it from a shell.
@Suite("consolidate intake commands")
struct IntakeCommandTests {
    static let registers = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/registers")

    @Test(arguments: ["daftar-aplikasi-semarang.csv", "daftar-aplikasi-semarang.xlsx"])
    func aRegisterImportsWithEveryColumnAccountedFor(file: String) throws {
        let cli = try CommandRunner()
        let path = Self.registers.appendingPathComponent(file).path
        let dry = try cli.run(["import", path, "--agency", "Pemkot Semarang", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stderr.contains("Nama Aplikasi           → name   e.g. \"SIMPEG Kota Semarang\", \"E-Office Semarang\", \"SIPD Perencanaan\""))
        #expect(dry.stderr.contains("e.g. \"Sistem informasi manajemen ke…\""), "a cut sample says it is cut")
        let result = try cli.run(["import", path, "--agency", "Pemkot Semarang"])
        #expect(result.status == 0)
        for line in ["header found on row 3; rows 1-2 skipped", "a summary row skipped, not imported as apps: row 13 (\"JUMLAH\")",
                     "jumlah_user             → users", "annual_cost_idr         → annual_cost",
                     "Biaya Pemeliharaan (Rp) → attributes (looks like annual_cost", "9 rows, 9 inserted"] {
            #expect(result.stderr.contains(line), "\(line)")
        }
        let stats = try cli.run(["stats"])
        #expect(stats.stdout.contains("Inventory: 9 apps from 1 agency, 47,500 users, Rp 3.3 billion a year"), "English figures in English format")
        #expect(stats.stdout.contains("Top provinces\n  Jawa Tengah  9"))
    }

    /// A dry run shows money and counts as the import reads them, so "1,5 M" is seen as a
    /// billion and a half before anything is written.
    @Test func aDryRunShowsMoneyAndCountsAsRead() throws {
        let cli = try CommandRunner()
        try "Nama Aplikasi,Biaya,Pengguna\nA,\"Rp 450 jt\",1.200\nB,\"1,5 M\",300\n".write(toFile: cli.path("uang.csv"), atomically: true, encoding: .utf8)
        let dry = try cli.run(["import", "uang.csv", "--agency", "Pemkot Semarang", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stderr.contains("e.g. \"Rp 450 jt\" (450,000,000), \"1,5 M\" (1,500,000,000)"), "\(dry.stderr)")
        #expect(dry.stderr.contains("e.g. \"1.200\" (1,200), \"300\"\n"), "a value written as read is shown once: \(dry.stderr)")
        let indonesian = try cli.run(["import", "uang.csv", "--agency", "Pemkot Semarang", "--dry-run", "--lang", "id"])
        #expect(indonesian.stderr.contains("mis. \"Rp 450 jt\" (450.000.000)"), "\(indonesian.stderr)")
    }

    @Test func bugReproductionQuoteSwallowingRowsIsRefused() throws {
        let cli = try CommandRunner()
        let file = try cli.write("m.csv", "id,name,description\nR1,App A,\"Sistem \"\"A\"\" baru\"\nR2,App B,\"Catatan\" tambahan\nR3,App C,biasa\nR4,App D,\"x\"\n")
        let result = try cli.run(["import", file, "--db", cli.path("t.sqlite")])
        #expect(result.status != 0)
        #expect(result.stderr.contains("m.csv:3:description: a quoted field ends and is followed by \" tambahan\""))
        #expect(!FileManager.default.fileExists(atPath: cli.path("t.sqlite")), "nothing was written")
        let fine = try cli.write("ok.csv", "id,name\nR1,App A\nR2,App B\n")
        #expect(try cli.run(["import", fine]).stderr.contains("3 lines read, 2 rows"))
    }

    @Test func aRaggedCSVRowFailsWithWhatWasUnderstoodOfTheHeader() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["import", try cli.write("ok.csv", "id,name,agency\nR1,App A,Pemkab Bantul\n")]).status == 0)
        let before = try cli.run(["sql", "SELECT external_id, name FROM apps", "--format", "csv"]).stdout
        let file = try cli.write("ragged.csv", "kode,Nama Aplikasi,Instansi\nR2,SIMPEG,Pemkab Sleman\nR3,e-Office, Sleman,Pemkab Sleman\nR4,SIAK\n")
        let result = try cli.run(["import", file])
        #expect(result.status != 0)
        for line in ["ragged.csv: header taken from row 1 (say which with --header-row N)", "  columns:", "Nama Aplikasi → name", "Instansi      → agency",
                     "ragged.csv:3:column 4: expected 3 fields as in the header, found 4", "ragged.csv:4:Instansi: expected 3 fields as in the header, found 2"] {
            #expect(result.stderr.contains(line), "\(line): \(result.stderr)")
        }
        #expect(try cli.run(["sql", "SELECT external_id, name FROM apps", "--format", "csv"]).stdout == before, "the database is as it was")
    }

    @Test func bugReproductionAbsurdAmountNoLongerCrashesStats() throws {
        let cli = try CommandRunner()
        let file = try cli.write("b.csv", "id,name,annual_cost\nB1,X,10000000000000000000\n")
        let result = try cli.run(["import", file])
        #expect(result.status != 0)
        #expect(result.stderr.contains("b.csv:2:annual_cost: 10000000000000000000 is above the ceiling"))
        // A database written before the ceiling still reads.
        let ok = try cli.write("ok.csv", "id,name,annual_cost,users\nB1,X,5,7\n")
        #expect(try cli.run(["import", ok]).status == 0)
        #expect(try cli.run(["sql", "--write", "UPDATE apps SET annual_cost = 1e300, users = 9000000000000000000"]).status == 0)
        let stats = try cli.run(["stats"])
        #expect(stats.status == 0)
        #expect(try cli.run(["export", "apps"]).status == 0)
    }

    /// "Biaya (Rp juta)" over plain numbers means millions: read so, and said; a cell with its
    /// own unit keeps it. An amount no app plausibly costs a year is imported, and named.
    @Test func aCostColumnsUnitAndImplausibleCostsAreSaid() throws {
        let cli = try CommandRunner()
        let millions = try cli.write("juta.csv", "id,name,Biaya (Rp juta)\nJ1,SIMPEG,150\nJ2,e-Office,\"1,5 miliar\"\nJ3,SIPD,\"2.500\"\n")
        let read = try cli.run(["import", millions])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stderr.contains("annual_cost: the header \"Biaya (Rp juta)\" gives amounts in juta: 2 plain numbers were read in that unit (150 as Rp 150 million)"), "\(read.stderr)")
        let costs = try cli.run(["sql", "SELECT external_id, CAST(annual_cost AS INTEGER) FROM apps ORDER BY external_id", "--format", "csv"]).stdout
        #expect(costs.contains("J1,150000000") && costs.contains("J2,1500000000") && costs.contains("J3,2500000000"), "\(costs)")

        let odd = try cli.write("odd.csv", "id,name,Biaya Pemeliharaan\nB1,e-Surat,150000000000000\nB2,SIMPEG,\"1.250\"\nB3,Aplikasi Gratis,0\nB4,SIPD,450000000\n")
        let imported = try cli.run(["import", odd])
        #expect(imported.status == 0)
        #expect(imported.stderr.contains("Biaya Pemeliharaan: 2 yearly costs are under Rp 1 million or over Rp 1 trillion, rare for one app: row 2 (e-Surat, Rp 150 trillion), row 3 (SIMPEG, Rp 1,250); "
                                         + "read as written, and the plan's totals count them"), "\(imported.stderr)")
        let indonesian = try cli.run(["import", odd, "--lang", "id"])
        #expect(indonesian.stderr.contains("2 biaya tahunan di bawah Rp 1 juta atau di atas Rp 1 triliun, jarang untuk satu aplikasi: baris 2 (e-Surat, Rp 150 T), baris 3 (SIMPEG, Rp 1.250)"), "\(indonesian.stderr)")
        // The plan, whose totals they would carry unseen, names them too.
        let plan = try cli.run(["plan"]).stdout
        #expect(plan.contains("2 of the moving apps record a yearly cost under Rp 1 million or over Rp 1 trillion, rare for one app (B1 Rp 150 trillion, B2 Rp 1,250): "
                              + "the totals count them as written; check them in the register"), "\(plan)")
        #expect(try cli.run(["report", "--output", "r.html", "--lang", "id"]).status == 0)
        let report = try String(contentsOfFile: cli.path("r.html"), encoding: .utf8)
        #expect(report.contains("2 aplikasi yang pindah mencatat biaya tahunan di bawah Rp 1 juta atau di atas Rp 1 triliun, jarang untuk satu aplikasi (B1 Rp 150 T, B2 Rp 1.250)"),
                "the report a minister reads says it too")
    }

    /// A register fixed and imported again keeps the planners' decisions on its apps, and the
    /// import says so.
    @Test func aReimportSaysThePlannersDecisionsOnItsAppsAreKept() throws {
        let cli = try CommandRunner()
        let file = try cli.write("daftar.csv", "id,name,description\nK1,SIMPEG Kota,Data pegawai\nK2,e-Office,Surat masuk\n")
        let first = try cli.run(["import", file])
        #expect(first.status == 0 && !first.stderr.contains("decision"), "\(first.stderr)")
        #expect(try cli.run(["decide", "keep", "K1", "--by", "Ani"]).status == 0)
        try cli.write("daftar.csv", "id,name,description\nK1,SIMPEG Kota,Data pegawai dan pangkat\nK2,e-Office,Surat masuk\n")
        let again = try cli.run(["import", file])
        #expect(again.status == 0 && again.stderr.contains("1 planner decision in force on apps of this import is kept"), "\(again.stderr)")
        #expect(try cli.run(["decisions", "--format", "csv"]).stdout.contains("K1"))
    }

    @Test func bugReproductionTheSameIdInTwoFiles() throws {
        let cli = try CommandRunner()
        let a = try cli.write("a.csv", "id,name\nDUP-1,SIMPEG\n")
        let b = try cli.write("b.csv", "id,name\nDUP-1,SIAK\n")
        let clash = try cli.run(["import", a, b])
        #expect(clash.status != 0)
        #expect(clash.stderr.contains("b.csv:2: id \"DUP-1\" is also on \(a):2"))
        let scoped = try cli.run(["import", a, b, "--id-prefix-from-file"])
        #expect(scoped.status == 0)
        #expect(try cli.run(["sql", "SELECT external_id FROM apps ORDER BY 1", "--format", "csv"]).stdout == "external_id\na:DUP-1\nb:DUP-1\n")
    }

    @Test func removeReplaceAndStandardInput() throws {
        let cli = try CommandRunner()
        let piped = try cli.run(["import", "-", "--format", "csv"], input: "id,name\nA,SIMPEG\nB,SIAK\nC,SIMRS\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stderr.contains("imported stdin: 4 lines read, 3 rows, 3 inserted"))
        let unknown = try cli.run(["remove", "A", "Z"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no app with id \"Z\"; nothing was removed"))
        let removed = try cli.run(["remove", "A", "--reason", "merged into SIMPEG Provinsi"])
        #expect(removed.status == 0 && removed.stderr.contains("deleted 1 app: A"))
        let file = try cli.write("r.csv", "id,name\nB,SIAK\nC,SIMRS\n")
        #expect(try cli.run(["import", file]).status == 0)
        try cli.write("r.csv", "id,name\nB,SIAK\n")
        let replaced = try cli.run(["import", file, "--replace"])
        #expect(replaced.stderr.contains("marked retired 1 app: C"))
        let runs = try cli.run(["sql", "SELECT kind, removed, reason FROM import_runs WHERE kind <> 'import' ORDER BY id", "--format", "csv"]).stdout
        #expect(runs == "kind,removed,reason\nremove,1,merged into SIMPEG Provinsi\nreplace,1,retired: not in the new file\n")
    }

    /// Apps `import --replace` finds gone from their register stay for history but leave the
    /// inventory: not analysed, not quoted as look-alikes, not planned or costed, not counted by
    /// `stats`; a later file that has them again brings them back.
    @Test func appsGoneFromTheirRegisterLeaveAnalysisAndPlan() throws {
        let cli = try CommandRunner()
        let rows = [
            "A1,SIMPEG Kabupaten Bantul,Pemkab Bantul,Data kepegawaian dan kenaikan pangkat pegawai,400000000",
            "A2,SIMPEG Kota Malang,Pemkot Malang,Data kepegawaian ASN dan mutasi pegawai,300000000",
            "A3,e-Office Kota Malang,Pemkot Malang,Surat masuk surat keluar dan disposisi elektronik,200000000",
            "A4,e-Surat Bantul,Pemkab Bantul,Persuratan elektronik surat masuk dan disposisi pimpinan,100000000",
        ]
        let header = "id,name,agency,description,annual_cost\n"
        let file = try cli.write("r.csv", header + rows.joined(separator: "\n") + "\n")
        #expect(try cli.run(["import", file]).status == 0)
        try cli.write("r.csv", header + rows.prefix(2).joined(separator: "\n") + "\n")
        #expect(try cli.run(["import", file, "--replace"]).stderr.contains("marked retired 2 apps: A3, A4"))
        let analysis = try cli.run(["analyze"])
        #expect(analysis.stderr.contains("analysed 2 apps"), "\(analysis.stderr)")
        #expect(try cli.run(["plan"]).status == 0)
        let planned = try cli.run(["sql", "SELECT a.external_id FROM plan_items i JOIN apps a ON a.id = i.app_id ORDER BY 1", "--format", "csv"]).stdout
        #expect(planned == "external_id\nA1\nA2\n", "\(planned)")
        let stats = try cli.run(["stats"]).stdout
        #expect(stats.contains("Inventory: 2 apps from 2 agencies, Rp 700 million a year\n"), "no users recorded, none counted: \(stats)")
        #expect(stats.contains("besides 2 apps that `import --replace` found gone from their register"), "\(stats)")

        try cli.write("r.csv", header + rows.joined(separator: "\n") + "\n")
        #expect(try cli.run(["import", file, "--replace"]).status == 0)
        #expect(try cli.run(["analyze"]).stderr.contains("analysed 4 apps"))
        #expect(try cli.run(["sql", "SELECT count(*) FROM apps WHERE removed_at IS NULL", "--format", "csv"]).stdout == "count(*)\n4\n")
    }

    @Test func versionNamesTheRelease() throws {
        let result = try CommandRunner().run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("0.5.0"))
    }

    @Test func excelExportsOpenAsColumnsAndWorkbooks() throws {
        let cli = try CommandRunner()
        let file = try cli.write("x.csv", "id,name,users,description\nA,SIMPEG,1200,\"x;=cmd;y\"\n")
        #expect(try cli.run(["import", file]).status == 0)
        let csv = try cli.run(["export", "apps", "--excel"]).stdout
        #expect(csv.hasPrefix("\u{FEFF}external_id;name;"))
        #expect(csv.contains("\r\n") && csv.contains("\"x;'=cmd;y\""))
        let workbook = try cli.run(["export", "apps", "--output", cli.path("apps.xlsx")])
        #expect(workbook.status == 0 && workbook.stderr.contains("apps.xlsx: 1 row in sheet \"apps\""))
        let back = try cli.run(["import", cli.path("apps.xlsx"), "--db", cli.path("copy.sqlite")])
        #expect(back.stderr.contains("1 inserted"), "\(back.stderr)")
        let refused = try cli.run(["export", "apps", "--format", "xlsx"])
        #expect(refused.status != 0 && refused.stderr.contains("add --output FILE.xlsx"))
    }

    @Test func thePlanWorkbookHasAnAppsAndAPlatformsSheet() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", PlanCommandTests.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["plan", "--target", "5"]).status == 0)
        let written = try cli.run(["export", "plan", "--output", cli.path("plan.xlsx")])
        #expect(written.status == 0)
        #expect(written.stderr.contains("plan.xlsx: 30 rows in sheet \"summary\", 7 rows in sheet \"apps\", "), "\(written.stderr)")
        let csv = try cli.run(["export", "plan", "--output", cli.path("plan.csv")])
        #expect(csv.stderr.hasSuffix("plan.csv: 7 rows\n"), "a CSV holds the apps sheet only: \(csv.stderr)")
        let apps = try cli.run(["import", cli.path("plan.xlsx"), "--sheet", "apps", "--map", "app_name=name", "--map", "app_id=external_id", "--db", cli.path("check.sqlite"), "--dry-run"])
        #expect(apps.stderr.contains("7 rows"), "\(apps.stderr)")
        let platforms = try cli.run(["import", cli.path("plan.xlsx"), "--sheet", "platforms", "--db", cli.path("check.sqlite"), "--dry-run"])
        #expect(platforms.status == 0, "\(platforms.stderr)")
        #expect(platforms.stderr.contains("saving") && platforms.stderr.contains("survivor_app_id"), "the platforms table's columns")
    }
}
