import AppInventory
import ArgumentParser
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report for officials as one self-contained HTML page (Bahasa Indonesia by default).",
        discussion: """
            From the latest plan: a one-page executive summary (apps with a look-alike of their group \
            at the weak threshold or more, the rest said apart; savings with the part that depends on \
            weak matches; inactive apps switched off at no saving), provinces sorted by saving, one \
            card per target platform with its owner and legal basis, the dated migration waves, \
            example reasons (weak matches flagged), planner decisions in force and the methods \
            in words. Inline CSS and SVG, nothing fetched from the network; prints on A4. \
            --province or --agency gives the same report for one region or agency \
            (Pusat: central agencies). See docs/report.md.

            Examples:
              consolidate report --output laporan.html
              consolidate report --output report.html --lang en
              consolidate report --output jateng.html --province "Jawa Tengah"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "HTML file to write.")
    var output = "laporan.html"

    @Option(help: "Language of the report: id (Bahasa Indonesia) or en.")
    var lang: Language = .id

    @Option(help: "Only the apps of this province (\"Pusat\" for central agencies).")
    var province: String?

    @Option(help: "Only the apps of this agency, as the inventory names it.")
    var agency: String?

    /// A report is one HTML page: a file named .pdf or .docx would hold HTML its program cannot open.
    func validate() throws {
        // A database or a folder is refused first, as every command's output is.
        try OutputFile.checkDestination(output, lang)
        let suffix = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard OutputFile.isStream(output) || ["html", "htm"].contains(suffix) else {
            // Messages speak the report's language (Indonesian by default), as the error's prefix does.
            throw ValidationError(lang.pick(
                en: "the report is one HTML page; name the file .html (\"\(output)\" would hold HTML under another name). For a PDF, open the page in a browser and print it",
                id: "laporan berupa satu halaman HTML; beri nama berakhiran .html (\"\(output)\" akan berisi HTML dengan nama lain). Untuk PDF, buka halamannya di peramban lalu cetak"))
        }
    }

    func run() throws {
        let db = try database.open(.read)
        try StaleResults.warn(db, showing: "report")
        try ReportWriter.write(db, to: output, language: lang, scope: ReportData.Scope(province: province, agency: agency))
        // The report's language is Indonesian unless asked: say which, and how to get the other.
        Output.note(lang.pick(en: "wrote \(output) (in English; --lang id writes it in Bahasa Indonesia)",
                              id: "\(output) ditulis (dalam Bahasa Indonesia; --lang en menulisnya dalam bahasa Inggris)"))
    }
}

enum ReportWriter {
    static func write(_ db: InventoryDatabase, to path: String, language: Language, scope: ReportData.Scope = .init()) throws {
        try OutputFile.checkDestination(path)
        try Output.write(HTMLReport.render(try ReportStore(db).load(scope: scope), language: language), to: path)
    }
}
