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
