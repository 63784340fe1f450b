import Foundation
import GRDB
import Testing
@testable import AppInventory

/// The plan tables keep money in whole rupiah, so SQL shows 119500000, not 119499999.99999999.
@Suite("Plan money in the database")
struct PlanMoneyStorageTests {
    @Test func planMoneyIsStoredInWholeRupiahAndPlatformTotalsAddUp() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../data/samples/jateng-inventory.csv").standardized.path
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([sample], into: database)
        _ = try PlanWorkflow.run(database, parameters: PlanParameters())
        let counts = try database.read { db in
            try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM plan_items WHERE annual_saving IS NOT NULL),
                       (SELECT count(*) FROM plan_items WHERE annual_saving != round(annual_saving) OR one_off_cost != round(one_off_cost) OR net_saving != round(net_saving)),
                       (SELECT count(*) FROM plan_platforms WHERE saving != round(saving) OR annual_saving != round(annual_saving) OR one_off_cost != round(one_off_cost)
                            OR cost_before != round(cost_before) OR cost_after != round(cost_after)),
                       (SELECT count(*) FROM plans WHERE annual_saving != round(annual_saving) OR one_off_cost != round(one_off_cost) OR net_saving != round(net_saving)
                            OR net_saving_low != round(net_saving_low) OR net_saving_high != round(net_saving_high) OR cost_after != round(cost_after)),
                       (SELECT count(*) FROM plan_waves WHERE one_off_cost != round(one_off_cost))
                """)!
        }
        #expect((counts[0] as Int) > 20, "the sample's plan has savings to store")
        #expect([counts[1], counts[2], counts[3], counts[4]] as [Int] == [0, 0, 0, 0], "no money column keeps a fraction of a rupiah")
        let mismatched = try database.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM plan_platforms p WHERE p.one_off_cost != (SELECT coalesce(sum(i.one_off_cost), 0) FROM plan_items i
                    WHERE i.plan_id = p.plan_id AND i.platform_number = p.number)
                """)!
        }
        #expect(mismatched == 0, "a platform's one-off cost is the sum of its apps' as SQL adds them")
    }
}
