import AppInventory
import ArgumentParser
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load inventory exports (CSV or JSON) into the database.",
        discussion: """
            Every row of every file is checked before anything is written. Problems are listed as \
            FILE:ROW:COLUMN (ROW as a spreadsheet shows it, header = 1) and nothing is imported.

            Re-importing updates apps by their id (the id column, or one derived from agency and \
            name) and keeps planner decisions; the summary counts inserted, updated and unchanged apps. \
            Columns the importer does not know are kept in `attributes`. See docs/import.md.

            Examples:
              consolidate import data/samples/jateng-inventory.csv
              consolidate import export.csv --map "Nama Sistem=name" --map "Keterangan=description"
              consolidate import lama.csv --encoding cp1252 --dry-run
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("CSV or JSON files to import.", valueName: "file"))
    var files: [String]

    @Option(help: "Input format; by default guessed from the extension and content.")
    var format: InputFormat?

    @Option(help: "Text encoding of CSV files: utf8 or cp1252 (Windows Excel).")
    var encoding: InputEncoding = .utf8

    @Option(name: .customLong("map"), help: ArgumentHelp("Map a column to a field, e.g. \"Nama Sistem=name\"; \"COLUMN=attributes\" keeps it unmapped.", valueName: "column=field"))
    var mappings: [String] = []

    @Flag(help: "Check the files and report what would change, without writing.")
    var dryRun = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to import") }
        for mapping in mappings where !mapping.contains("=") {
            throw ValidationError("--map takes COLUMN=FIELD, e.g. --map \"Nama Sistem=name\"; got \"\(mapping)\"")
        }
    }

    func run() throws {
        var overrides: [String: String] = [:]
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            overrides[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        let options = ImportOptions(format: format, encoding: encoding, columnOverrides: overrides)
        var batches: [ImportBatch] = []
        var issues: [ImportIssue] = []
        for file in files {
            do throws(ImportError) {
                batches.append(try InventoryFileReader.read(path: file, options: options))
            } catch {
                issues += error.issues
            }
        }
        if !issues.isEmpty { throw ImportError(issues) }
        let summaries: [ImportSummary]
        if dryRun && !FileManager.default.fileExists(atPath: database.path) {
            summaries = batches.map { ImportSummary(file: $0.file, rows: $0.applications.count, inserted: $0.applications.count, updated: 0, unchanged: 0) }
        } else {
            summaries = try ApplicationStore(try database.open(dryRun ? .read : .create)).importBatches(batches, dryRun: dryRun)
        }
        for (summary, batch) in zip(summaries, batches) {
            for note in batch.notes { Output.note("\(batch.file): \(note)") }
            Output.note("\(dryRun ? "would import" : "imported") \(summary.file): \(batch.linesRead.grouped) \(batch.format == "json" ? "objects" : "lines") read, \(summary.rows.grouped) rows, \(summary.inserted.grouped) inserted, \(summary.updated.grouped) updated, \(summary.unchanged.grouped) unchanged")
        }
        if dryRun { Output.note("dry run: nothing was written") }
    }
}
