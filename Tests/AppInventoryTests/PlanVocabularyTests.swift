import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// One name per concept: the plan CSV, the workbook, the web pages and the report call a
/// figure alike, and say what is true of national platforms in the reader's language.
@Suite("Plan vocabulary")
struct PlanVocabularyTests {
    /// Two correspondence apps: they move into SRIKANDI, a national platform with no local lead.
    static func national() throws -> InventoryDatabase {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let file = try folder.write("register.csv", """
            id,name,agency,level,description,features,annual_cost_idr,users
            C1,e-Office Bantul,Pemkab Bantul,kabupaten,"Surat masuk, surat keluar dan disposisi elektronik",Surat masuk;Disposisi,300000000,1500
            C2,e-Surat Kota Malang,Pemkot Malang,kota,Persuratan elektronik dengan disposisi pimpinan,Surat keluar;Disposisi,250000000,1200

            """)
        try importFiles([file], into: database)
        var parameters = PlanParameters()
        parameters.start = Quarter(year: 2027, number: 1)
        _ = try PlanWorkflow.run(database, parameters: parameters)
        return database
    }

    @Test func theWorkbookAndCSVTakeTheirIndonesianHeadersFromOneVocabulary() throws {
        let database = try PlanWorkbookTests.planned()
        let english = try PlanWorkbook.sheets(database, language: .en)
        let indonesian = try PlanWorkbook.sheets(database, language: .id)
        for (en, id) in zip(english, indonesian) {
            #expect(id.table.columns == en.table.columns.map { PlanColumn.header($0, .id) }, "sheet \(en.name)")
        }
        #expect(PlanningStore.planColumnsID.contains("biaya_sekali_jalan") && PlanningStore.planColumnsID.contains("hemat_tahunan"))
        #expect(ReportMessages.indonesian.columnOneOff == "Biaya sekali jalan", "the report labels the column as the workbook heads it")
        #expect(ReportMessages.indonesian.columnSaving == "Hemat tahunan")
        #expect(PlanColumn.words("one_off_cost", .id) == "biaya sekali jalan" && PlanColumn.words("one_off_cost", .en) == "one-off cost")
    }

    @Test func decisionKindsReadInOneFormPerLanguageWhereverTheyAreShown() throws {
        let imperatives: Set = ["jadikan-utama", "pertahankan", "pisahkan", "gabungkan", "tetapkan-platform", "kecualikan", "jadikan dasar",
                                "arahkan ke platform", "keluarkan dari rencana"]
        var data = try ReportStore(PlanWorkbookTests.planned()).load()
        for kind in PlannerDecision.Kind.allCases {
            #expect(kind.word(.en) == kind.rawValue, "English names a kind by the command a planner types")
            #expect(!imperatives.contains(kind.word(.id)) && !imperatives.contains(kind.phrase(.id)), "\(kind): \(kind.word(.id)) is an imperative")
            #expect(PlannerDecision.Kind(rawValue: kind.rawValue) == kind, "the stored code is unchanged")
            data.decisions = [.init(id: 1, kind: kind.rawValue, apps: ["A (a1)"], platform: nil, reason: nil, author: nil,
                                    date: "2026-11-26T12:00:00Z", applied: true, effect: "applied", effectID: "diterapkan")]
            for language in Language.allCases {
                let html = ReportSections.decisions(data, language)
                #expect(html.contains("<td>\(kind.phrase(language))</td>"), "the report names \(kind) as the CLI and web do, in \(language): \(html)")
            }
        }
        #expect(PlannerDecision.Kind.allCases.map { $0.word(.id) }
                == ["penetapan-inti", "tanpa-penggabungan", "pemisahan", "penggabungan", "penetapan-platform", "pengecualian"])
    }

    @Test func aNationalPlatformSaysItHasNoModuleLeads() throws {
        let database = try Self.national()
        let platforms = try PlanWorkbook.sheets(database)[1].table
        let leads = try PlanWorkbookTests.column(platforms, "module_leads")
        #expect(leads == ["none: a national platform runs already and is not built on a local app"], "\(platforms.rows)")
        let indonesian = try PlanWorkbook.sheets(database, language: .id)[1].table
        #expect(try PlanWorkbookTests.column(indonesian, "inti_per_fungsi").first??.hasPrefix("tidak ada: platform nasional sudah berjalan") == true)
    }

    @Test func reasonsGroupTheirCountsAsTheLanguageWritesThem() throws {
        let function = PlatformCatalogue.builtIn.functions[0].function
        let reason = PlanReason.notChosen(function: function, evidence: nil, platform: "X", kind: .shared, apps: 1500, platforms: 12, displacedBy: nil)
        #expect(reason.text(.id).contains("1.500 aplikasi"), "\(reason.text(.id))")
        #expect(reason.text(.en).contains("1,500 apps"), "\(reason.text(.en))")
        let few = PlanReason.noFunction(groupWords: ["batik"], lookAlikes: 2_345)
        #expect(few.text(.id).contains("2.345 aplikasi serupa") && few.text(.en).contains("2,345 look-alikes"))
    }

    @Test func anEnglishReportNamesASharedPlatformsOwnersInEnglish() throws {
        let database = try PlanWorkbookTests.planned()
        let data = try ReportStore(database).load()
        let english = HTMLReport.render(data, language: .en)
        #expect(english.contains("Regional governments running it together, guided by the sector ministry"))
        #expect(!english.contains("Pemerintah daerah pengelola bersama"))
        #expect(HTMLReport.render(data, language: .id).contains("Pemerintah daerah pengelola bersama, dibina kementerian sektor"))
        let owners = try PlanWorkbookTests.column(try PlanWorkbook.sheets(database)[1].table, "owner")
        #expect(owners == ["Regional governments running it together, guided by the sector ministry"])
    }
}
