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
            demo/plan.csv (comma-separated; it prints the `export plan --excel` command that \
            writes the plan for Excel set to Indonesian), demo/laporan.html (Indonesian) and \
            demo/report.html (English). Run it from the project folder, or pass --samples.

            --lang id prints the tour, the analysis and the plan summary in Indonesian, writes \
            plan.csv with Indonesian headers, values and reasons, and names the Indonesian report first.
            """
    )

    @Option(help: "Folder holding the sample files.")
    var samples = "data/samples"

    @Option(help: "Folder to create the demo database and outputs in.")
    var output = "demo"

    @Option(help: "Language of the tour, the plan summary and plan.csv: en or id.")
    var lang: Language = .en

    func run() throws {
        let readable = TableVocabulary(lang).readable
        let flag = lang == .id ? " --lang id" : ""
        let files = ["jateng-inventory.csv", "inventory-3000.csv"].map { "\(samples)/\($0)" }
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw CLIError(lang.pick(en: "sample file \(file) not found; run from the project folder or pass --samples PATH",
                                     id: "berkas contoh \(file) tidak ditemukan; jalankan dari folder proyek atau beri --samples PATH"))
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let path = "\(output)/inventory.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let db = try InventoryDatabase(path: path, access: .create)
        var batches: [ImportBatch] = []
        for file in files { batches.append(try InventoryFileReader.read(path: file)) }
        for summary in try ApplicationStore(db).importBatches(batches) {
            print(lang.pick(en: "Imported \(summary.file): \(summary.inserted.grouped) apps",
                            id: "Diimpor \(summary.file): \(ReportFormat.number(summary.inserted, .id)) aplikasi"))
        }
        print("")
        print(StatsReport.text(try InventoryStatistics.compute(db, top: 5), language: lang))
        print(lang.pick(en: "Try it yourself (database: \(path)):", id: "Coba sendiri (basis data: \(path)):"))
        let examples = [
            (lang.pick(en: "Apps per level", id: "Aplikasi per tingkat pemerintahan"), "SELECT level, count(*) AS apps, sum(annual_cost) AS cost FROM apps GROUP BY level ORDER BY apps DESC"),
            (lang.pick(en: "Staff-management look-alikes", id: "Aplikasi serupa untuk kepegawaian"), "SELECT name, agency FROM apps WHERE name LIKE '%SIMPEG%' OR description LIKE '%kepegawaian%' LIMIT 5"),
        ]
        for (title, sql) in examples {
            print("\n\(title):\n  consolidate sql --db \(path)\(flag) \"\(sql)\"")
            _ = try SQLCommand.print(sql, on: db, language: lang == .id ? .id : nil)
            print("")
        }
        print(lang.pick(en: "Search: ", id: "Pencarian: ") + "consolidate search --db \(path) absensi pegawai" + flag)
        let hits = try InventorySearch.search("absensi pegawai", in: db, limit: 5)
        print(TableRenderer.wrappedTable(readable(SearchCommand.table(hits)), width: Output.terminalWidth, language: lang))

        print(lang.pick(en: "Overlap analysis: ", id: "Analisis kemiripan: ") + "consolidate analyze --db \(path)" + flag)
        print(try AnalysisWorkflow.run(db).text(lang))
        print(lang.pick(en: "\nLargest overlap groups: ", id: "\nKelompok aplikasi serupa terbesar: ") + "consolidate overlap --db \(path)" + flag)
        print(TableRenderer.wrappedTable(readable(try OverlapReport.groups(db, limit: 10)), width: Output.terminalWidth, language: lang))
        print(lang.pick(en: "One group in detail: ", id: "Satu kelompok secara rinci: ") + "consolidate overlap --db \(path) --group 1" + flag)
        let members = try OverlapReport.members(db, group: 1)
        print(TableRenderer.wrappedTable(readable(QueryResult(columns: members.columns, rows: Array(members.rows.prefix(5)), numeric: Array(members.numeric.prefix(5)))), width: Output.terminalWidth, language: lang))
        if members.rows.count > 5 {
            print(lang.pick(en: "… and \(members.rows.count - 5) more apps in group 1\n", id: "… dan \(members.rows.count - 5) aplikasi lagi di kelompok 1\n"))
        }
        print(lang.pick(en: "One app's look-alikes: ", id: "Aplikasi serupa untuk satu aplikasi: ") + "consolidate overlap --db \(path) --app JTG-013" + flag)
        print(TableRenderer.wrappedTable(readable(try OverlapReport.neighbours(db, app: "JTG-013", minScore: 0, limit: 5)), width: Output.terminalWidth, language: lang))

        print(lang.pick(en: "Platforms of the target architecture: ", id: "Platform arsitektur sasaran: ") + "consolidate platforms --db \(path)" + flag)
        print(TableRenderer.wrappedTable(readable(PlatformsCommand.List.table(try CatalogueStore(db).catalogue(), language: lang)),
                                         width: Output.terminalWidth, language: lang))
        print(lang.pick(en: "\nMerge plan: ", id: "\nRencana penggabungan: ") + "consolidate plan --db \(path)" + flag)
        print(PlanSummaryText.text(try PlanWorkflow.run(db, parameters: PlanParameters()), language: lang))
        let planFile = "\(output)/plan.csv"
        try Output.write(TableRenderer.csv(try PlanningStore(db).latestPlanTable(language: lang)), to: planFile)
        let excelFile = "\(output)/\(lang.pick(en: "plan", id: "rencana"))"
        let export = "consolidate export plan --db \(path)\(flag) --excel --output \(excelFile)-excel.csv"
        print(lang.pick(en: "Wrote \(planFile): one row per app with its action, platform, wave and reason, separated by commas. "
                            + "For Excel set to Indonesian (; separator, decimal comma): \(export), or a workbook: --output \(excelFile).xlsx",
                        id: "Ditulis \(planFile): satu baris per aplikasi dengan tindakan, platform, gelombang dan alasannya, dipisah koma. "
                            + "Untuk Excel berbahasa Indonesia (pemisah ;, koma desimal): \(export), atau buku kerja: --output \(excelFile).xlsx"))
        let reports = [(Language.id, "\(output)/laporan.html"), (.en, "\(output)/report.html")].sorted { $0.0 == lang && $1.0 != lang }
        for (language, file) in reports { try ReportWriter.write(db, to: file, language: language) }
        print(lang.pick(en: "Wrote \(reports[0].1) and \(reports[1].1): the report for officials in English and Indonesian (consolidate report).",
                        id: "Ditulis \(reports[0].1) dan \(reports[1].1): laporan untuk pimpinan dalam bahasa Indonesia dan Inggris (consolidate report)."))
    }
}
