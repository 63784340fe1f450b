import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Report wording")
struct ReportWordingTests {
    @Test func aWeakMatchIsFlaggedOnceNotTwice() throws {
        var data = try ReportStore(ReportTests.planned).load()
        let app = ReportData.AppRef(id: "X1", name: "Aplikasi X", agency: "Pemkab X")
        let reason = PlanReason.national(platform: "SIASN", kind: .nationalMandatory, mandatory: true, basis: "UU 20/2023", function: PlatformCatalogue.builtIn.functions[0].function,
                                         evidence: .ownWords(["arsip"], score: 0.2), inactive: nil)
        data.weakExamples = [.init(app: app, platform: "SIASN", confidence: 0.2, weak: true, reasonID: reason.text(.id), reasonEN: reason.text(.en))]
        for (language, flag) in [(Language.id, "perlu diperiksa"), (.en, "check by hand")] {
            let html = ReportSections.evidence(data, language)
            let row = try #require(html.components(separatedBy: "<tr>").first { $0.contains("Aplikasi X") })
            #expect(row.components(separatedBy: flag).count == 2, "one flag in \(language): \(row)")
            #expect(row.contains("<span class=\"flag\">"), "the flag stays highlighted")
        }
    }

    /// Function names read as plurals ("legal documents", "public complaints") or singulars
    /// ("staff management"): no sentence makes one the subject of a verb, and every count agrees
    /// with its noun.
    @Test func reasonsAgreeWhateverTheFunctionNameAndTheCount() throws {
        let legal = PlatformFunction(key: "legal", name: "Dokumentasi dan informasi hukum", english: "Legal documents", keywords: ["hukum"], description: "d")
        let notChosen = PlanReason.notChosen(function: legal, evidence: nil, platform: "JDIH Nasional", kind: .nationalSectoral, apps: 1, platforms: 13, displacedBy: nil)
        #expect(notChosen.text(.en) == "Retained: the platform for legal documents, JDIH Nasional (national-sectoral), is not among this plan's 13 platforms; adding it would cover 1 app.")
        let tooFew = PlanReason.tooFew(function: legal, evidence: nil, platform: "Platform Bersama Hukum", apps: 1, minimum: 2)
        #expect(tooFew.text(.en).contains("only 1 app of the inventory does this job"), "\(tooFew.text(.en))")
        let inactive = try #require(InactiveApp(MergePlannerTests.app("X", "JDIH Lama", "Produk hukum", status: .inactive)))
        let off = PlanReason.retireInactive(platform: "JDIH Nasional", function: legal, evidence: .ownWords(["hukum"], score: 0.6), inactive: inactive)
        #expect(off.text(.en).hasPrefix("Already inactive; JDIH Nasional serves legal documents;"), "\(off.text(.en))")
        for reason in [notChosen, tooFew, off] {
            #expect(!reason.text(.en).contains("documents belongs") && !reason.text(.en).contains("documents is "), "\(reason.text(.en))")
        }
        #expect(PlanReason.noFunction(groupWords: ["x"], lookAlikes: 1).text(.en).contains("1 look-alike does the same job"))
        #expect(PlanReason.noFunction(groupWords: ["x"], lookAlikes: 2).text(.en).contains("2 look-alikes do the same job"))
        let weak = PlatformCatalogue.builtIn.functions[0].function
        #expect(PlanReason.noFunction(groupWords: [], lookAlikes: 1, closest: weak, score: 0.2).text(.en).contains("its words and its 1 look-alike's words name"))
        #expect(PlanReason.noFunction(groupWords: [], lookAlikes: 3, closest: weak, score: 0.2).text(.en).contains("its words and its 3 look-alikes' words name"))
        #expect(CountedNoun.app(1_500) == "1,500 apps" && CountedNoun.app(1, .id) == "1 aplikasi" && CountedNoun.agency(1) == "1 agency")
    }

    /// When every platform of the plan is national, the summary says so once, not "13 … 13 of them".
    @Test func allNationalPlatformsAreCountedOnce() throws {
        let english = ReportMessages.english.sentencePlatforms("13", "13", "12,001", "17,999")
        #expect(english == "This plan brings 12,001 apps together on 13 national platforms already running; 17,999 apps stay as they are.")
        let indonesian = ReportMessages.indonesian.sentencePlatforms("13", "13", "12.001", "17.999")
        #expect(indonesian == "Rencana ini menyatukan 12.001 aplikasi ke dalam 13 platform nasional yang sudah berjalan; 17.999 aplikasi tetap seperti sekarang.")
        #expect(ReportMessages.indonesian.sentencePlatforms("15", "13", "1", "2").contains("15 platform, 13 di antaranya platform nasional"))
        #expect(ReportMessages.english.sentencePlatforms("15", "13", "1", "1").contains("1 app together on 15 platforms, 13 of them national platforms already running; 1 app stays as it is"))
    }

    @Test func decisionsNameTheirAppsBesideTheIds() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("sample.csv", SampleGenerator(seed: 3).csv(count: 120, labels: false))], into: database)
        let app = try #require(try ApplicationStore(database).fetchAll().first?.application)
        try DecisionStore(database).record(.retain, app.externalID, reason: "owned by the governor's office", by: "Budi")
        _ = try PlanWorkflow.run(database, parameters: PlanParameters())
        let decision = try #require(try ReportStore(database).load().decisions.first)
        #expect(decision.apps == ["\(app.name) (\(app.externalID))"])
        let effect = try #require(try DecisionStore(database).decisionsWithEffects().first)
        #expect(effect.nameA == app.name && effect.effect?.contains("\(app.name) (\(app.externalID))") == true)
    }
}
