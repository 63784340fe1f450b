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

    @Test func amountsAreGroupedButNumbersThatNameSomethingAreNot() {
        let result = QueryResult(columns: ["group", "apps", "users", "annual_cost", "app_id", "label"],
                                 rows: [["1234", "12", "913549", "84175000000", "12345", "kepegawaian 2024"]],
                                 numeric: [[true, true, true, true, true, false]])
        let shown = TableVocabulary(.en).readable(result)
        #expect(shown.rows[0] == ["1234", "12", "913,549", "84,175,000,000", "12345", "kepegawaian 2024"])
        #expect(shown.columns == ["group", "apps", "users", "annual cost", "app id", "label"])
        let indonesian = TableVocabulary(.id).readable(result)
        #expect(indonesian.rows[0] == ["1234", "12", "913.549", "84.175.000.000", "12345", "kepegawaian 2024"])
        #expect(indonesian.columns == ["kelompok", "aplikasi", "pengguna", "biaya tahunan", "id aplikasi", "label"])
    }
}
