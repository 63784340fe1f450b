import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Each wave's counts by role are stored once, as the planner counts them, and every whole-plan
/// output reads them rather than classifying the plan's items again.
@Suite("Stored wave counts")
struct PlanWaveStorageTests {
    static func stored(_ database: InventoryDatabase) throws -> [[Int]] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT wave, moves, moves_to_check, switch_offs, leads FROM plan_waves WHERE plan_id = (SELECT max(id) FROM plans) ORDER BY wave
                """).map { row in (0..<5).map { row[$0] as Int } }
        }
    }

    static func planner(_ plan: MergePlan) -> [[Int]] {
        plan.waves.map { [$0.number, $0.moves, $0.movesToCheck, $0.switchOffs, $0.leads] }
    }

    @Test func theSavedPlanHoldsEachWavesCountsAsThePlannerCountsThem() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("sample.csv", SampleGenerator(seed: 7).csv(count: 700, labels: false))], into: database)
        let result = try PlanWorkflow.run(database, parameters: PlanParameters())
        #expect(result.plan.waves.contains { $0.switchOffs > 0 } && result.plan.waves.contains { $0.moves > 0 })
        #expect(try Self.stored(database) == Self.planner(result.plan))
    }

    @Test func theWorkbookAndTheReportReadTheStoredCounts() throws {
        let database = try PlanWorkbookTests.planned()
        // A stored figure changed behind the outputs' back shows in each of them: they read it.
        try database.write { db in try db.execute(sql: "UPDATE plan_waves SET moves = 41, moves_to_check = 7 WHERE wave = 1") }
        let waves = try #require(try PlanWorkbook.sheets(database).first { $0.name == "waves" }).table
        #expect(try PlanWorkbookTests.column(waves, "moves").first == "41")
        #expect(try PlanWorkbookTests.column(waves, "moves_to_check").first == "7")
        let report = try ReportStore(database).load()
        #expect(report.waves.first?.moves == 41 && report.waves.first?.movesToCheck == 7)
    }

    @Test func plansSavedBeforeTheCountsWereStoredGetThemFromTheirItems() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("inv.sqlite")
        var database: InventoryDatabase? = try InventoryDatabase(path: path, access: .create)
        try importFiles([try folder.write("sample.csv", SampleGenerator(seed: 7).csv(count: 700, labels: false))], into: database!)
        let planned = Self.planner(try PlanWorkflow.run(database!, parameters: PlanParameters()).plan)
        database = nil
        // The file as the version before the counts were stored left it.
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(sql: """
                ALTER TABLE plan_waves DROP COLUMN moves;
                ALTER TABLE plan_waves DROP COLUMN moves_to_check;
                ALTER TABLE plan_waves DROP COLUMN switch_offs;
                ALTER TABLE plan_waves DROP COLUMN leads;
                DELETE FROM grdb_migrations WHERE identifier = 'v15-wave-roles';
                """)
        }
        try old.close()
        let upgraded = try InventoryDatabase(path: path, access: .write)
        #expect(try Self.stored(upgraded) == planned)
    }

    /// A province's share of each wave is counted in SQL over stored items: for every action
    /// and saving basis a plan can store, the SQL gives each item the role the planner gives it.
    @Test func theSQLCountsFollowThePlannersWaveRoleForEveryActionAndBasis() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE items(action TEXT NOT NULL, saving_basis TEXT)")
            for action in PlanAction.allCases {
                for basis in [nil] + SavingBasis.allCases.map(Optional.some) {
                    try db.execute(sql: "DELETE FROM items")
                    try db.execute(sql: "INSERT INTO items VALUES (?, ?)", arguments: [action.rawValue, basis?.rawValue])
                    let row = try #require(try Row.fetchOne(db, sql: "SELECT \(PlanWaveCounts.columns("t")) FROM items t"))
                    let role = WaveRole.of(action, basis)
                    let expected = [role == .move, WaveRole.isMoveToCheck(action, basis), role == .switchOff, role == .lead].map { $0 ? 1 : 0 }
                    #expect([row["moves"], row["moves_to_check"], row["switch_offs"], row["leads"]] as [Int] == expected, "\(action) \(String(describing: basis))")
                }
            }
        }
        // The rule itself: inactive apps are switched off, weak moves are checked first, leads build the platform.
        #expect(WaveRole.of(.retire, .inactive) == .switchOff && WaveRole.of(.migrate, .weakMatch) == .move && WaveRole.of(.platform, nil) == .lead)
        #expect(WaveRole.isMoveToCheck(.migrate, .weakMatch) && !WaveRole.isMoveToCheck(.platform, .weakMatch) && WaveRole.of(.retain, nil) == nil)
    }
}
