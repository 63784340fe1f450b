import AppInventory
import ArgumentParser

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find applications by words in name, acronym, description and features.",
        discussion: """
            Words match as prefixes ("pegawai" finds "pegawainya"); apps matching more and rarer \
            words come first.

            Example: consolidate search kepegawaian absensi
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Words to look for.")
    var words: [String]

    @Option(help: "How many apps to show.")
    var limit = 20

    @Option(help: "Output format: table, csv or json.")
    var format: TableRenderer.Format = .table

    /// The hits as the command lists them.
    static func table(_ hits: [InventorySearch.Hit]) -> QueryResult {
        QueryResult(columns: ["id", "name", "agency", "match"], rows: hits.map { [$0.externalID, $0.name, $0.agency, $0.snippet] })
    }

    @Option(help: "Language of the table's headers: en or id.")
    var lang: Language = .en

    func run() throws {
        let hits = try InventorySearch.search(words.joined(separator: " "), in: try database.open(.read), limit: limit)
        let result = Self.table(hits)
        try Output.write(format == .table ? TableRenderer.wrappedTable(TableVocabulary(lang).readable(result), width: Output.terminalWidth, language: lang)
                                          : TableRenderer.render(result, format: format, width: Output.terminalWidth), to: nil)
    }
}
