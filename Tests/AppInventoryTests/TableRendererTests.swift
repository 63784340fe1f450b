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

    /// `overlap --app` shows names and agencies beside scores whose headings are long: the
    /// headings take two lines rather than leave the names so little room that their words
    /// break ("Pemerint" / "ah").
    @Test func wrappedTablesKeepWordsWholeByWrappingLongHeadings() {
        let names = [["Sistem Informasi Persuratan Elektronik", "Pemerintah Kabupaten Kepulauan Sangihe"],
                     ["Surat Menyurat Digital", "Pemerintah Kabupaten Pangkajene dan Kepulauan"]]
        let result = QueryResult(columns: ["id", "name", "agency", "score", "name score", "description score", "features score", "shared terms", "group"],
                                 rows: names.enumerated().map { index, pair in
                                     ["APP-00000\(index)"] + pair + ["0.5096", "0.4659", "0.43", "0.8178", "surat; disposisi; arsip", "4"]
                                 })
        let text = TableRenderer.wrappedTable(result, width: 100)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(text)")
        let shown = Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
        let words = names.joined().flatMap { $0.split(separator: " ").map(String.init) }
        #expect(words.allSatisfy(shown.contains), "every word whole: \(text)")
        #expect(lines[0].contains("description") && lines[1].contains("score") && lines[2].hasPrefix("----------  "), "\(text)")
        #expect(text.contains("0.5096") && text.contains("APP-000001") && text.hasSuffix("(2 rows)\n"))
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

    /// The plan items' own columns read in Indonesian too, not only those the plan CSV names.
    @Test func planItemColumnsHaveIndonesianHeadings() {
        let result = QueryResult(columns: ["plan_id", "app_id", "action", "platform_number", "function_key", "lead_app", "decision_id", "shortfall"],
                                 rows: [["1", "2", "migrate", "3", "staff-records", "", "", ""]], numeric: [[true, true, false, true, false, false, false, false]])
        #expect(TableVocabulary(.id).readable(result).columns
                == ["id rencana", "id aplikasi", "tindakan", "nomor platform", "kunci fungsi", "aplikasi inti", "id keputusan", "sebab tidak hemat"])
    }

    /// A decimal reads as its language writes it: the whole part grouped, the stored digits after
    /// the language's decimal mark.
    @Test func decimalsAreGroupedWithTheLanguagesDecimalMark() {
        let result = QueryResult(columns: ["annual_cost", "score", "avg"], rows: [["1234567.5", "0.4592", "-0.25"]], numeric: [[true, true, true]])
        #expect(TableVocabulary(.id).readable(result).rows[0] == ["1.234.567,5", "0,4592", "-0,25"])
        #expect(TableVocabulary(.en).readable(result).rows[0] == ["1,234,567.5", "0.4592", "-0.25"])
    }

    /// `sql --lang id` shows an empty value as the other Indonesian tables do ("-"), never SQL's
    /// "NULL", and decimals with their stored digits (0,513 beside 0,4592: SQL output is not
    /// rounded); the same in English, while CSV keeps the empty cell empty.
    @Test func tablesForPeopleShowEmptyValuesAsADash() throws {
        func streamed(_ format: TableRenderer.Format, _ language: Language?) throws -> String {
            var text = ""
            var stream = TableStream(format: format, width: 80, language: language) { text += $0 }
            try stream.begin(columns: ["name", "confidence", "annual_cost"])
            try stream.add(["SIMPEG", "0.513", nil], numeric: [false, true, false])
            try stream.add(["SIAK", "0.4592", "1500000"], numeric: [false, true, true])
            try stream.finish()
            return text
        }
        func words(_ text: String) -> [String] { text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") } }
        let indonesian = try streamed(.table, .id)
        #expect(words(indonesian) == ["nama keyakinan biaya tahunan", "------ --------- -------------", "SIMPEG 0,513 -", "SIAK 0,4592 1.500.000", "(2 baris)"],
                "\(indonesian)")
        #expect(words(try streamed(.table, .en))[2...3] == ["SIMPEG 0.513 -", "SIAK 0.4592 1,500,000"])
        #expect(words(try streamed(.table, nil))[2] == "SIMPEG 0.513 NULL", "without --lang rows are as SQLite gives them")
        #expect(try streamed(.csv, .id) == "name,confidence,annual_cost\nSIMPEG,0.513,\nSIAK,0.4592,1500000\n")
    }
}
