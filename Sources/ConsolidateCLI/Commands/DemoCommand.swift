import AppInventory
import ArgumentParser
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Tour the tool on the shipped samples, in a fresh ./demo/ folder.",
        discussion: """
            Imports data/samples into demo/inventory.sqlite (replacing an earlier demo), prints \
            what a planner sees first (counts, data quality, queries, search), runs the overlap \
            analysis, plans the consolidation into the built-in platform catalogue and writes \
            demo/plan.csv, demo/laporan.html (Indonesian) and demo/report.html (English). Run it from the project folder, or pass --samples.
            """
    )

    @Option(help: "Folder holding the sample files.")
    var samples = "data/samples"

    @Option(help: "Folder to create the demo database and outputs in.")
    var output = "demo"

    func run() throws {
        let files = ["jateng-inventory.csv", "inventory-3000.csv"].map { "\(samples)/\($0)" }
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw CLIError("sample file \(file) not found; run from the project folder or pass --samples PATH")
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let path = "\(output)/inventory.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let db = try InventoryDatabase(path: path, access: .create)
        var batches: [ImportBatch] = []
        for file in files { batches.append(try InventoryFileReader.read(path: file)) }
        for summary in try ApplicationStore(db).importBatches(batches) {
            print("Imported \(summary.file): \(summary.inserted.grouped) apps")
        }
        print("")
        print(StatsReport.text(try InventoryStatistics.compute(db, top: 5)))
        print("Try it yourself (database: \(path)):")
        let examples = [
            ("Apps per level", "SELECT level, count(*) AS apps, sum(annual_cost) AS cost FROM apps GROUP BY level ORDER BY apps DESC"),
            ("Staff-management look-alikes", "SELECT name, agency FROM apps WHERE name LIKE '%SIMPEG%' OR description LIKE '%kepegawaian%' LIMIT 5"),
        ]
        for (title, sql) in examples {
            print("\n\(title):\n  consolidate sql --db \(path) \"\(sql)\"")
            print(TableRenderer.render(try SQLConsole.run(sql, on: db, allowWrite: false), format: .table, width: Output.terminalWidth))
        }
        print("Search: consolidate search --db \(path) absensi pegawai")
        let hits = try InventorySearch.search("absensi pegawai", in: db, limit: 5)
        print(TableRenderer.wrappedTable(QueryResult(columns: ["id", "name", "agency"], rows: hits.map { [$0.externalID, $0.name, $0.agency] }), width: Output.terminalWidth))

        print("Overlap analysis: consolidate analyze --db \(path)")
        print(try AnalysisWorkflow.run(db).description)
        print("\nLargest overlap groups: consolidate overlap --db \(path)")
        print(TableRenderer.wrappedTable(try OverlapReport.groups(db, limit: 10), width: Output.terminalWidth))
        print("One group in detail: consolidate overlap --db \(path) --group 1")
        let members = try OverlapReport.members(db, group: 1)
        print(TableRenderer.wrappedTable(QueryResult(columns: members.columns, rows: Array(members.rows.prefix(5))), width: Output.terminalWidth))
        if members.rows.count > 5 { print("… and \(members.rows.count - 5) more apps in group 1\n") }
        print("One app's look-alikes: consolidate overlap --db \(path) --app JTG-013")
        print(TableRenderer.wrappedTable(try OverlapReport.neighbours(db, app: "JTG-013", minScore: 0, limit: 5), width: Output.terminalWidth))

        print("Platforms of the target architecture: consolidate platforms --db \(path)")
        let platforms = try CatalogueStore(db).catalogue().platforms
        print(TableRenderer.wrappedTable(QueryResult(columns: ["platform", "kind", "scope", "owner"],
                                                     rows: platforms.map { [$0.name, $0.kind.rawValue, $0.scope.rawValue, $0.owner(.en)] }),
                                         width: Output.terminalWidth))
        print("\nMerge plan: consolidate plan --db \(path)")
        print(PlanSummaryText.text(try PlanWorkflow.run(db, parameters: PlanParameters())))
        let planFile = "\(output)/plan.csv"
        try Output.write(TableRenderer.csv(try PlanningStore(db).latestPlanTable()), to: planFile)
        print("Wrote \(planFile): one row per app with its action, platform, wave and reason.")
        try ReportWriter.write(db, to: "\(output)/laporan.html", language: .id)
        try ReportWriter.write(db, to: "\(output)/report.html", language: .en)
        print("Wrote \(output)/laporan.html and \(output)/report.html: the report for officials in Indonesian and English (consolidate report).")
    }
}
