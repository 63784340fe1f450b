import AppInventory
import ArgumentParser
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the overlap and merge-plan report as one self-contained HTML page.",
        discussion: """
            For officials who will not read CSV: headline figures, charts (apps by level and \
            function, largest overlap groups, the plan per platform, the waves), platform and \
            group tables with evidence, data quality and planner decisions. Inline CSS and SVG, \
            nothing fetched from the network: it opens on an offline laptop and prints cleanly.

            Example: consolidate report --output report.html
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: "HTML file to write.")
    var output = "report.html"

    @Option(help: "How many overlap groups to list.")
    var groups = 15

    func run() throws {
        try ReportWriter.write(try database.open(.read), to: output, groups: groups)
        Output.note("wrote \(output)")
    }
}

enum ReportWriter {
    static func write(_ db: InventoryDatabase, to path: String, groups: Int = 15) throws {
        let data = try ReportData.load(db, topGroups: groups, now: ISO8601DateFormatter().string(from: Date()))
        try Output.write(HTMLReport.render(data), to: path)
    }
}
