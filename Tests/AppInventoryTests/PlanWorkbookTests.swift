import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Plan workbook")
struct PlanWorkbookTests {
    /// Two attendance and two payroll apps: Platform Bersama Kepegawaian Daerah with two
    /// modules, each led by its own app.
    static func planned() throws -> InventoryDatabase {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let file = try folder.write("register.csv", """
            id,name,agency,level,description,features,annual_cost_idr,users
            P1,e-Absensi Bantul,Pemkab Bantul,kabupaten,"Presensi pegawai dengan sidik jari, rekap kehadiran dan jam kerja",Absensi;Rekap kehadiran,450000000,3200
            P2,Presensi Online Kota Malang,Pemkot Malang,kota,"Absensi pegawai, presensi kehadiran dan keterlambatan jam kerja",Presensi;Keterlambatan,500000000,2800
            G1,SIGAJI Bantul,Pemkab Bantul,kabupaten,"Penggajian pegawai, tunjangan dan tambahan penghasilan (TPP), slip gaji",Slip gaji;TPP,400000000,3100
            G2,e-TPP Kota Malang,Pemkot Malang,kota,"Perhitungan gaji, tambahan penghasilan pegawai dan potongan gaji",TPP;Potongan gaji,380000000,2700

            """)
        try importFiles([file], into: database)
        var parameters = PlanParameters()
        parameters.start = Quarter(year: 2027, number: 1)
        _ = try PlanWorkflow.run(database, parameters: parameters)
        return database
    }

    static func column(_ table: QueryResult, _ name: String) throws -> [String?] {
        let index = try #require(table.columns.firstIndex(of: name), "\(table.columns)")
        return table.rows.map { $0[index] }
    }

    /// A register that records no running cost: every money cell of every sheet is empty, as in
    /// the plan CSV, never a 0 a spreadsheet would total as real.
    @Test func moneyCellsAreEmptyWhenNoCostIsKnown() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let file = try folder.write("register.csv", """
            id,name,agency,level,description,features
            P1,e-Absensi Bantul,Pemkab Bantul,kabupaten,"Presensi pegawai dengan sidik jari, rekap kehadiran dan jam kerja",Absensi;Rekap kehadiran
            P2,Presensi Online Kota Malang,Pemkot Malang,kota,"Absensi pegawai, presensi kehadiran dan keterlambatan jam kerja",Presensi;Keterlambatan

            """)
        try importFiles([file], into: database)
        _ = try PlanWorkflow.run(database, parameters: PlanParameters())
        let sheets = try PlanWorkbook.sheets(database)
        let money = ["cost_before", "one_off_cost", "annual_saving", "weak_annual_saving", "net_saving", "weak_net_saving"]
        var checked = 0
        for (name, table) in sheets {
            #expect(!table.rows.isEmpty, "\(name) has rows")
            for column in money where table.columns.contains(column) {
                let cells = try Self.column(table, column)
                #expect(cells.allSatisfy { $0 == nil }, "\(name).\(column): \(cells)")
                checked += 1
            }
        }
        #expect(checked >= 10)
    }

    /// An audit app a planner assigns to the regional staff platform keeps its own job
    /// (internal audit) in the apps sheet, but the modules sheet names the module it moves into.
    /// (A staff-records app would stay in SIASN, which the law obliges it to use.)
    @Test func theModulesOfAnAssignedPlatformAreItsOwn() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("register.csv", """
            id,name,agency,level,description,features
            S1,e-Audit Bantul,Pemkab Bantul,regency,"Perencanaan audit, temuan pemeriksaan dan tindak lanjut hasil pemeriksaan",Temuan audit;Tindak lanjut
            S2,e-Audit Sleman,Pemkab Sleman,regency,"Perencanaan audit, temuan pemeriksaan dan tindak lanjut hasil pemeriksaan",Temuan audit;Tindak lanjut

            """)], into: database)
        _ = try PlanWorkflow.run(database, parameters: PlanParameters())
        _ = try DecisionWorkflow.decide(database, .assign, app: "S1", other: "Platform Bersama Kepegawaian Daerah", reason: nil, by: "Ani")
        _ = try PlanWorkflow.run(database, parameters: PlanParameters())
        let modules = try PlanWorkbook.sheets(database)[3].table
        let platforms = try Self.column(modules, "platform_name"), functions = try Self.column(modules, "function")
        let assigned = zip(platforms, functions).filter { $0.0 == "Platform Bersama Kepegawaian Daerah" }.map(\.1)
        #expect(!assigned.isEmpty && assigned.allSatisfy { $0 != "Internal audit" }, "\(modules.rows)")
        #expect(modules.rows.allSatisfy { $0.count == modules.columns.count })
    }

    @Test func everyModuleLeadIsListedWithNetSavings() throws {
        let database = try Self.planned()
        let sheets = try PlanWorkbook.sheets(database)
        #expect(sheets.map(\.name) == ["summary", "apps", "platforms", "modules", "waves"])
        let modules = sheets[3].table
        let functions = try Self.column(modules, "function")
        #expect(Set(functions.compactMap { $0 }) == ["Staff attendance", "Payroll and allowances"], "\(modules.rows)")
        let leads = try Self.column(modules, "lead_app_id")
        let attendanceLead = try #require(leads[functions.firstIndex(of: "Staff attendance")!])
        let payrollLead = try #require(leads[functions.firstIndex(of: "Payroll and allowances")!])
        #expect(["P1", "P2"].contains(attendanceLead) && ["G1", "G2"].contains(payrollLead))

        let platforms = sheets[2].table
        let moduleLeads = try #require(try Self.column(platforms, "module_leads").first ?? nil)
        #expect(moduleLeads.contains("Staff attendance: \(attendanceLead)") && moduleLeads.contains("Payroll and allowances: \(payrollLead)"), "\(moduleLeads)")
        let appsNet = try Self.column(sheets[1].table, "net_saving").compactMap { $0.flatMap(Double.init) }.reduce(0, +)
        let platformNet = try Self.column(platforms, "net_saving").compactMap { $0.flatMap(Double.init) }.reduce(0, +)
        let wavesNet = try Self.column(sheets[4].table, "net_saving").compactMap { $0.flatMap(Double.init) }.reduce(0, +)
        #expect(appsNet != 0)
        #expect(abs(platformNet - appsNet) < 2 && abs(wavesNet - appsNet) < 2, "platform and wave nets add up to the apps' net")

        // The waves sheet states each wave's apps by role: the shared platform is built on its two
        // leads in wave 1, the two other apps move in from wave 2.
        let waves = sheets[4].table
        #expect(try Self.column(waves, "leads") == ["2", "0"] && Self.column(waves, "moves") == ["0", "2"], "\(waves.columns) \(waves.rows)")
        #expect(try Self.column(waves, "switch_offs") == ["0", "0"] && Self.column(waves, "moves_to_check") == ["0", "0"])
        #expect(try Self.column(waves, "apps") == ["2", "2"])
    }

    /// The first sheet holds the figures an official signs, the same as the report's: counts
    /// that add up and money as numbers a spreadsheet can add to.
    @Test func theWorkbookOpensOnTheFiguresAnOfficialSigns() throws {
        let database = try Self.planned()
        let sheets = try PlanWorkbook.sheets(database)
        let summary = try #require(sheets.first).table
        #expect(summary.columns == ["figure", "value"])
        func value(_ figure: String) throws -> String? {
            try #require(summary.rows.first { $0[0] == figure }, "\(summary.rows)")[1]
        }
        let h = try #require(try ReportStore(database).headline())
        #expect(try value("apps in the inventory") == String(h.apps))
        #expect(try value("apps the platforms take") == String(h.plannedApps))
        #expect(Int(try value("apps the platforms take") ?? "")! + Int(try value("apps that stay as they are") ?? "")! == h.apps)
        #expect(try value("net saving over 5 years (Rp)") == String(format: "%.0f", h.netSaving.rounded()))
        #expect(try value("first wave starts") == "2027-Q1")
        // What the report's summary says beside the totals is in the sheet too, so a signed
        // workbook does not hide builds that stop, inactive apps left running or moves that lose money.
        #expect(try value("of them apps still in development whose builds stop") == String(h.stoppedBuilds))
        #expect(try value("moving apps that cost more to move than they save in 5 years") == String(h.losingApps))
        #expect(try value("their net loss together (Rp)") == String(format: "%.0f", h.losingApps > 0 ? (-h.losingNet).rounded() : 0))
        #expect(try value("of them inactive apps no platform of the plan takes (their agencies can switch them off)") == String(h.inactiveKept))
        let row = try #require(summary.rows.firstIndex { $0[0] == "one-off cost (Rp)" })
        #expect(summary.numeric[row] == [false, true], "money is a number in the sheet")
        let indonesian = try PlanWorkbook.sheets(database, language: .id)[0].table
        #expect(indonesian.columns == ["uraian", "nilai"] && indonesian.rows.contains { $0[0] == "hemat bersih selama 5 tahun (Rp)" })
    }

    /// A build still in development that a platform's job makes unnecessary is counted on the
    /// summary sheet, as the report and the terminal summary count it.
    @Test func theSummarySheetCountsTheBuildsThatStop() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let file = try folder.write("register.csv", """
            id,name,agency,level,description,annual_cost_idr,users,status
            P1,e-Absensi Bantul,Pemkab Bantul,kabupaten,"Presensi pegawai dengan sidik jari, rekap kehadiran dan jam kerja",450000000,3200,aktif
            P2,Presensi Online Kota Malang,Pemkot Malang,kota,"Absensi pegawai, presensi kehadiran dan keterlambatan jam kerja",500000000,2800,aktif
            P3,Sistem Kehadiran Pegawai Sleman,Pemkab Sleman,kabupaten,"Absensi pegawai harian, rekap presensi dan kehadiran jam kerja",300000000,900,pengembangan

            """)
        try importFiles([file], into: database)
        _ = try PlanWorkflow.run(database, parameters: PlanParameters())
        let h = try #require(try ReportStore(database).headline())
        #expect(h.stoppedBuilds == 1)
        let summary = try #require(try PlanWorkbook.sheets(database).first).table
        #expect(summary.rows.first { $0[0] == "of them apps still in development whose builds stop" }?[1] == "1", "\(summary.rows)")
        let indonesian = try PlanWorkbook.sheets(database, language: .id)[0].table
        #expect(indonesian.rows.first { $0[0] == "di antaranya aplikasi yang masih dikembangkan dan pembangunannya dihentikan" }?[1] == "1")
    }

    @Test func theIndonesianWorkbookNamesSheetsColumnsAndValuesInIndonesian() throws {
        let sheets = try PlanWorkbook.sheets(try Self.planned(), language: .id)
        #expect(sheets.map(\.name) == ["ringkasan", "aplikasi", "platform", "modul", "gelombang"])
        #expect(sheets[2].table.columns.contains("dasar_modul") && sheets[4].table.columns.contains("hemat_bersih"))
        #expect(try Self.column(sheets[2].table, "jenis").allSatisfy { $0 == "bersama" })
        #expect(Set(try Self.column(sheets[3].table, "fungsi").compactMap { $0 }) == ["Presensi pegawai", "Penggajian dan tambahan penghasilan"])
        #expect(Set(try Self.column(sheets[1].table, "tindakan").compactMap { $0 }).isSubset(of: ["dasar-modul", "migrasi", "penghentian", "tanpa-perubahan"]))
    }
}

@Suite("Sectors in English")
struct SectorLanguageTests {
    @Test func anEnglishWorkbookNamesSectorsInEnglish() throws {
        let database = try PlanWorkbookTests.planned()
        let english = try PlanWorkbookTests.column(try PlanWorkbook.sheets(database)[2].table, "sector")
        #expect(english == ["Civil service"], "\(english)")
        let indonesian = try PlanWorkbookTests.column(try PlanWorkbook.sheets(database, language: .id)[2].table, "sektor")
        #expect(indonesian == ["Kepegawaian"])
        #expect(PlatformCatalogue.builtIn.platforms.allSatisfy { $0.sectorEnglish != nil }, "every built-in sector has an English name")
    }

    @Test func aCatalogueImportsFromAnExcelWorkbookAsFromCSV() throws {
        let folder = try TemporaryFolder()
        // A planner's own sheet with Indonesian column names.
        let table = QueryResult(columns: ["nama_platform", "jenis", "pemilik", "sektor", "wajib", "fungsi"], rows: [
            ["Platform Bersama Kebudayaan", "shared", "Dinas Kebudayaan", "Kebudayaan", "no", "Cagar budaya"],
            ["Platform Bersama Pariwisata", "shared", "Dinas Pariwisata", "Pariwisata", "tidak", "Destinasi wisata"],
        ])
        let bytes = try WorkbookWriter.workbook([(name: "Katalog", table: table)])
        let path = try folder.write("katalog.xlsx", bytes: Array(bytes))
        let read = try PlatformCatalogueReader.read(path: path)
        #expect(read.platforms.map(\.name) == ["Platform Bersama Kebudayaan", "Platform Bersama Pariwisata"])
        #expect(read.platforms.map(\.kind) == [.shared, .shared] && read.platforms.allSatisfy { !$0.mandatory })

        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try CatalogueStore(database).store(read, mode: .replace, file: path)
        #expect(try CatalogueStore(database).catalogue().platforms.map(\.name) == read.platforms.map(\.name))

        let bad = QueryResult(columns: ["platform", "function", "kind"], rows: [["X", "Y", "federal"]])
        let badPath = try folder.write("bad.xlsx", bytes: Array(try WorkbookWriter.workbook([(name: "Katalog", table: bad)])))
        #expect(throws: ImportError.self) { try PlatformCatalogueReader.read(path: badPath) }
        do { _ = try PlatformCatalogueReader.read(path: badPath) } catch {
            #expect("\(error)".contains("bad.xlsx") && "\(error)".contains("kind"), "names the file and the column: \(error)")
        }
    }

    @Test func theEnglishSectorTravelsThroughTheCatalogueCSVAndOlderFilesStillRead() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("catalogue.csv", TableRenderer.csv(PlatformCatalogue.builtIn.table))
        let read = try PlatformCatalogueReader.read(path: path)
        #expect(read.platforms.map { $0.sector(.en) } == PlatformCatalogue.builtIn.platforms.map { $0.sector(.en) })

        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try CatalogueStore(database).store(read, mode: .replace, file: path)
        #expect(try CatalogueStore(database).catalogue().platforms.first?.sectorEnglish == "Archives")

        let older = try folder.write("older.csv", """
            platform,kind,owner,sector,mandatory,function,keywords
            Platform Arsip Daerah,shared,Pemda,Kearsipan,no,Arsip daerah,arsip

            """)
        let platform = try #require(try PlatformCatalogueReader.read(path: older).platforms.first)
        #expect(platform.sectorEnglish == nil && platform.sector(.en) == "Kearsipan", "without sector_en the sector shows as written")
    }

    /// The plan table, the workbook and the report name a function through one lookup: a
    /// function two platforms share is named as the platform holding it names it.
    @Test func aSharedFunctionIsNamedAsItsPlatformNamesIt() {
        let names = FunctionNames(.builtIn)
        #expect(names.name("budgeting", platform: "SAKTI", .id) == "Penganggaran kementerian/lembaga")
        #expect(names.name("budgeting", platform: "SIPD RI", .id) == "Penganggaran daerah")
        #expect(names.name("budgeting", .id) == "Penganggaran daerah", "without a platform, as the catalogue first names it")
        #expect(names.name("budgeting", platform: "SIASN", .en) == "Budgeting", "a platform without the function falls back to its key's name")
        #expect(names.name("no-such-job", platform: "SAKTI", .en) == "no-such-job")
    }
}
