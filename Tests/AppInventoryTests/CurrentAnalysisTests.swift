import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// `analyze` records no analysis when the latest one is current: these are the changes that
/// make it out of date, each of which must be noticed.
@Suite("Current analysis")
struct CurrentAnalysisTests {
    @Test func theLatestAnalysisIsCurrentUntilTheInventorySettingsOrDecisionsChange() throws {
        let folder = try TemporaryFolder()
        let database = try SearchIndexTests.analysedInventory(folder, count: 120)
        let defaults = AnalysisParameters()
        let current = try #require(try CurrentAnalysis.find(database, parameters: defaults))
        #expect(current.runID == 1 && current.apps == 120)
        let recorded = try database.read { db in try Row.fetchOne(db, sql: "SELECT pairs, groups FROM analysis_runs WHERE id = 1")! }
        #expect(current.pairs == recorded[0] && current.groups == recorded[1])

        var other = defaults
        other.threshold = 0.5
        #expect(try CurrentAnalysis.find(database, parameters: other) == nil, "other settings analyse again")

        let ids = try database.read { db in try String.fetchAll(db, sql: "SELECT external_id FROM apps ORDER BY id LIMIT 2") }
        _ = try DecisionStore(database).record(.separate, ids[0], ids[1], reason: "different jobs", by: nil)
        #expect(try CurrentAnalysis.find(database, parameters: defaults) == nil, "a separate decision changes what the analysis finds")
        _ = try AnalysisWorkflow.run(database)
        #expect(try CurrentAnalysis.find(database, parameters: defaults)?.runID == 2)

        try database.write { db in try db.execute(sql: "UPDATE apps SET description = 'Arsip surat masuk dan keluar' WHERE id = 7") }
        #expect(try CurrentAnalysis.find(database, parameters: defaults) == nil, "an edited app analyses again")
        _ = try AnalysisWorkflow.run(database)
        #expect(try CurrentAnalysis.find(database, parameters: defaults)?.runID == 3)
    }

    /// The use case the CLI and the web workspace's "Run the analysis" both call records one
    /// analysis for two requests on an unchanged inventory, and a second when asked in full.
    @Test func askingTwiceOnAnUnchangedInventoryRecordsOneAnalysis() throws {
        let folder = try TemporaryFolder()
        let database = try SearchIndexTests.analysedInventory(folder, count: 60)
        func runs() throws -> Int { try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM analysis_runs")! } }
        guard case .current(let current) = try AnalysisWorkflow.runUnlessCurrent(database) else {
            Issue.record("an unchanged inventory is not analysed again")
            return
        }
        #expect(try current.runID == 1 && runs() == 1)
        guard case .analysed = try AnalysisWorkflow.runUnlessCurrent(database, full: true) else {
            Issue.record("--full analyses all the same")
            return
        }
        #expect(try runs() == 2)
    }

    @Test func sayingSoNamesTheAnalysisAndItsDateInBothLanguages() {
        let current = CurrentAnalysis(runID: 4, finishedAt: "2026-11-27T16:41:05Z", apps: 3000, pairs: 1890, groups: 1)
        #expect(current.text(.en).hasPrefix("the results are current: analysis 4 of 27 November 2026 16:41 UTC was made on"))
        #expect(current.text(.en).contains("(3,000 apps, 1 overlap group, 1,890 look-alike pairs)"))
        #expect(current.text(.id).hasPrefix("hasil analisis masih berlaku: analisis 4 tanggal 27 November 2026 16:41 UTC dibuat atas"))
        #expect(current.text(.id).contains("(3.000 aplikasi, 1 kelompok aplikasi serupa, 1.890 pasangan aplikasi serupa)"))
    }
}
