import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Table rendering")
struct TableRendererTests {
    @Test func narrowTablesCutNamesButNeverIds() {
        let id = "auto-6c2f24eb6fc8"
        let result = QueryResult(columns: ["external_id", "name", "survivor_app_id"],
                                 rows: [[id, String(repeating: "Sistem Informasi ", count: 8), "JTG-0001-LONG-ID"]])
        let text = TableRenderer.table(result, width: 50)
        #expect(text.contains(id) && text.contains("JTG-0001-LONG-ID"))
        #expect(text.contains("Sistem Info") && text.contains("…"))
    }
}
