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
        #expect(PlanningStore.planColumnsID.contains("biaya_satu_kali") && PlanningStore.planColumnsID.contains("hemat_tahunan"))
        #expect(ReportMessages.indonesian.columnOneOff == "Biaya satu kali", "the report labels the column as the workbook heads it")
        #expect(ReportMessages.indonesian.columnSaving == "Hemat tahunan")
        #expect(PlanColumn.words("one_off_cost", .id) == "biaya satu kali" && PlanColumn.words("one_off_cost", .en) == "one-off cost")
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
                == ["penetapan-dasar-modul", "tanpa-perubahan", "pemisahan", "penggabungan", "penetapan-platform", "pengecualian"])
    }

    @Test func aNationalPlatformSaysItHasNoModuleLeads() throws {
        let database = try Self.national()
        let platforms = try PlanWorkbook.sheets(database)[2].table
        let leads = try PlanWorkbookTests.column(platforms, "module_leads")
        #expect(leads == ["none: a national platform runs already and is not built on a local app"], "\(platforms.rows)")
        let indonesian = try PlanWorkbook.sheets(database, language: .id)[2].table
        #expect(try PlanWorkbookTests.column(indonesian, "dasar_modul").first??.hasPrefix("tidak ada: platform nasional sudah berjalan") == true)
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
        let owners = try PlanWorkbookTests.column(try PlanWorkbook.sheets(database)[2].table, "owner")
        #expect(owners == ["Regional governments running it together, guided by the sector ministry"])
    }

    /// Own words that score under the bar a group is planned at touch on the job: the reason
    /// does not claim they name it.
    @Test func faintOwnWordsAreSaidToBarelyNameTheJob() {
        let faint = PlanReason.Evidence.ownWords(["absensi"], score: 0.05)
        #expect(faint.text(.en) == "its own words barely name the job: absensi (score 0.05)")
        #expect(faint.text(.id) == "nama dan uraiannya sendiri hanya samar-samar menyebut fungsi ini: “absensi” (skor 0,05)")
        #expect(PlanReason.Evidence.ownWords(["absensi"], score: 0.25).text(.en) == "its own words name the job: absensi (score 0.25)")
    }

    /// An Indonesian reason cites a decision by its Indonesian kind and quotes the register's
    /// names and words, often English, so they read as quotations, not as the sentence.
    @Test func indonesianReasonsCiteDecisionsInIndonesianAndQuoteTheRegistersWords() throws {
        let function = try #require(PlatformCatalogue.builtIn.functions.first { $0.function.key == "regional-tax" }).function
        let assigned = PlanReason.assigned(platform: "SIASN", citation: "#3 (assign, Budi: audit)", function: function,
                                           evidence: .ownWords(["pajak", "tax billing"], score: 0.5), leads: false, pinned: nil, inactive: nil)
        let indonesian = assigned.text(.id)
        #expect(indonesian.contains("karena keputusan #3 (penetapan platform, Budi: audit)") && !indonesian.contains("(assign"), "\(indonesian)")
        #expect(indonesian.contains("menyebut fungsi ini: “pajak”, “tax billing” (skor 0,50)"), "\(indonesian)")
        #expect(assigned.text(.en).contains("by planner decision #3 (assign, Budi: audit)") && assigned.text(.en).contains("job: pajak, tax billing"))

        let moves = PlanReason.moveInto(platform: "Platform Bersama Pendapatan Daerah", function: function, lead: "e-Pajak Jateng", leadID: "JTG-040",
                                        evidence: .lookAlike(name: "SIMPATDA Kota Semarang", id: "JTG-041", score: 0.71, similarity: 0.71), brings: ["Reklame"])
        #expect(moves.text(.id) == "Pindah ke Platform Bersama Pendapatan Daerah, modul pajak daerah yang berbasis “e-Pajak Jateng” (JTG-040); "
                + "serupa dengan “SIMPATDA Kota Semarang” (JTG-041) pada skor 0,71; membawa fitur yang belum ada: “Reklame”.", "\(moves.text(.id))")
        #expect(PlanReason.heldBack("#4 (retain, Ani)").text(.id).contains("keputusan #4 (tanpa perubahan, Ani)"))
    }

    /// A quarter has one written form per language, year first, so a column of them sorts in time.
    @Test func aQuarterReadsOneWayPerLanguageAndSortsInTime() {
        let quarters = (0..<9).map { Quarter(year: 2027, number: 2).adding($0) }
        #expect(quarters[0].text(.id) == "2027 Tw II" && quarters[2].text(.id) == "2027 Tw IV" && quarters[3].text(.id) == "2028 Tw I")
        #expect(quarters[0].text(.en) == "2027-Q2")
        for language in Language.allCases {
            let texts = quarters.map { $0.text(language) }
            #expect(texts.sorted() == texts, "\(texts)")
        }
    }
}
