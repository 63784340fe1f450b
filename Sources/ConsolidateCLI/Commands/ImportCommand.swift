import AppInventory
import ArgumentParser
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load inventory registers (CSV, JSON or Excel .xlsx) into the database.",
        discussion: """
            Every row of every file is checked before anything is written. Problems are listed as \
            FILE:ROW:COLUMN (ROW as a spreadsheet shows it), or FILE:SHEET:CELL for workbooks, and \
            nothing is imported; what was understood (the row taken as the header, where each \
            column went) is printed above them, so a wrong guess can be corrected with \
            --header-row or --map.

            A workbook's first sheet holding a register is read (a cover sheet of instructions \
            is passed over), or the one --sheet names, or every one with --all-sheets (the \
            summary then says what became of every other sheet and totals the workbook). \
            Title rows above the header are skipped (or name it with --header-row); a header over \
            two rows (merged "Anggaran (Rp)" over "Pengadaan | Pemeliharaan / Tahun") names each \
            column by both rows; the row numbering the columns (1 2 3 …), totals rows (JUMLAH, \
            TOTAL) and what stands below the table (a signature block) are left out and listed. \
            The summary says where every column went; a header with a typo of a known word is \
            read as that word and says so ("Deskirpsi → description (read as Deskripsi)"); \
            columns the importer does not know are kept in `attributes`. Every column that says what the app does feeds what the analysis \
            compares: "Deskripsi", "Fungsi Aplikasi", "Manfaat" and "Tujuan" are joined into \
            the description, "Fitur" and "Modul" into one feature list ("Keterangan" only when \
            nothing else describes the app; leave a column out with --map "COLUMN=attributes"). Re-importing updates apps by their id (the id column, or one derived \
            from agency and name) and keeps planner decisions; a new app that looks like a renamed \
            one is pointed out (say so with --renamed). Without an agency column or --agency, the \
            owner comes from a title naming a regional government or a central agency ("DAFTAR \
            APLIKASI KEMENTERIAN KELAUTAN DAN PERIKANAN"); a register imported without any owner \
            and again with --agency has its ownerless apps updated in place, not imported twice. Units (or agencies, regions, domains) \
            written as codes are read through the register's lookup table with --codes. --replace retires what an earlier import \
            of the same path had and this file lacks. See docs/import.md.

            Examples:
              consolidate import data/samples/jateng-inventory.csv
              consolidate import daftar.xlsx --agency "Pemkot Semarang" --dry-run
              consolidate import daftar.xlsx --sheet "Daftar Aplikasi" --header-row 3
              consolidate import rekap-provinsi.xlsx --all-sheets
              consolidate import export.csv --map "Nama Sistem=name"
              consolidate import gsa.csv --value-map status:Approved=active,Denied=retired
              consolidate import daftar.xlsx --renamed "e-Planning=e-Planning NTB"
              consolidate import daftar.xlsx --codes unit=kode-opd.xlsx
              consolidate import lama.csv --encoding cp1252 --dry-run
              cat export.json | consolidate import - --format json
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("CSV, JSON or .xlsx files to import; - reads standard input.", valueName: "file"))
    var files: [String]

    @Option(help: "Input format (csv, json, xlsx); by default guessed from the extension and content.")
    var format: InputFormat?

    @Option(help: "Text encoding of CSV files: utf8 or cp1252 (Windows Excel).")
    var encoding: InputEncoding = .utf8

    @Option(help: "The workbook sheet to read; by default the first sheet holding a register.")
    var sheet: String?

    @Flag(help: "Read every sheet of a workbook that holds a register, each as its own source (FILE:SHEET); a sheet named after a regional government gives its rows' agency.")
    var allSheets = false

    @Option(help: ArgumentHelp("The row holding the header, counting from 1; found automatically by default.", valueName: "n"))
    var headerRow: Int?

    @Option(name: .customLong("map"), help: ArgumentHelp("Map a column to a field, e.g. \"Nama Sistem=name\"; \"COLUMN=attributes\" keeps it unmapped.", valueName: "column=field"))
    var mappings: [String] = []

    @Option(name: .customLong("value-map"), help: ArgumentHelp("Read another vocabulary's status or level values, e.g. status:Approved=active,Denied=retired.", valueName: "field:from=to,…"))
    var valueMaps: [String] = []

    @Option(name: .customLong("codes"), help: ArgumentHelp("Read a column of codes through a lookup table (CSV, JSON or .xlsx with \"Kode\" and \"Nama\" columns), e.g. unit=kode-opd.csv, or a sheet: unit=daftar.xlsx:Kode OPD; for agency, unit, region, province or domain.", valueName: "field=file"))
    var codeTables: [String] = []

    @Option(help: "Agency of every row that names none (a single-agency register); by default a title row naming a regional government or central agency gives it.")
    var agency: String?

    @Option(help: "Government level of every row that gives none: central, province, regency or city.")
    var level: String?

    @Option(help: "Region of every row that names none, e.g. \"Kota Semarang\".")
    var region: String?

    @Option(name: .customLong("renamed"), help: ArgumentHelp("An app renamed since the last import: the row with the new name updates the old app, keeping its decisions.", valueName: "old name=new name"))
    var renames: [String] = []

    @Flag(help: "Prefix each id with its file's name, so files that number rows alike can be imported together.")
    var idPrefixFromFile = false

    @Flag(help: "Apps an earlier import of the same file path had and this one lacks are marked retired.")
    var replace = false

    @Flag(help: "With --replace: delete those apps instead of marking them retired.")
    var delete = false

    @Flag(help: "Check the files and report what would change, with three sample values per column, without writing.")
    var dryRun = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to import") }
        for mapping in mappings where !mapping.contains("=") {
            throw ValidationError("--map takes COLUMN=FIELD, e.g. --map \"Nama Sistem=name\"; got \"\(mapping.excerpt)\"")
        }
        if let level, GovernmentLevel(parsing: level) == nil {
            throw ValidationError("--level takes central, province, regency or city (or pusat, provinsi, kabupaten, kota); got \"\(level.excerpt)\"")
        }
        if let headerRow, headerRow < 1 { throw ValidationError("--header-row counts from 1") }
        if allSheets && sheet != nil { throw ValidationError("--all-sheets reads every register sheet; --sheet names one: choose one of them") }
        if delete && !replace { throw ValidationError("--delete goes with --replace") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read once") }
    }

    func run() throws {
        var overrides: [String: String] = [:]
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            overrides[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        var options = ImportOptions(
            format: format, encoding: encoding, columnOverrides: overrides, headerRow: headerRow, sheet: sheet,
            agency: agency, level: level.flatMap(GovernmentLevel.init(parsing:)), region: region,
            valueMaps: try ImportOptions.valueMaps(parsing: valueMaps), idPrefixFromFile: idPrefixFromFile,
            codeTables: try ImportOptions.codeTables(parsing: codeTables))
        options.allSheets = allSheets
        var read: [ImportFile] = []
        var failure = ImportError([])
        for file in files {
            do throws(ImportError) {
                if file == "-" {
                    read.append(try InventoryFileReader.readAll(data: FileHandle.standardInput.readDataToEndOfFile(), file: "stdin", options: options))
                } else {
                    read.append(try InventoryFileReader.readAll(path: file, options: options))
                }
            } catch {
                failure.issues += error.issues
                failure.readings += error.readings
            }
        }
        let batches = read.flatMap(\.batches)
        do throws(ImportError) {
            if !failure.issues.isEmpty { throw failure }
            try ImportBatch.checkDistinctIDs(batches)
        } catch {
            // What was understood (the header row taken, where each column went) often explains the errors.
            for reading in batches.map(\.reading) + error.readings {
                ReadingNote.print(reading, samples: false)
            }
            throw error
        }
        let replacing: ImportSummary.Replacement? = replace ? (delete ? .delete : .retire) : nil
        let summaries: [ImportSummary]
        var written: InventoryDatabase?
        if dryRun && !FileManager.default.fileExists(atPath: database.path) {
            summaries = batches.map { ImportSummary(file: $0.file, rows: $0.applications.count, inserted: $0.applications.count, updated: 0, unchanged: 0) }
        } else {
            let db = try database.open(dryRun ? .read : .create)
            summaries = try ApplicationStore(db).importBatches(batches, replacing: replacing, dryRun: dryRun, renames: renames.map(AppRename.init(parsing:)))
            if !dryRun { written = db }
        }
        let verb = dryRun ? "would import" : "imported"
        var remaining = summaries[...]
        for file in read {
            for note in file.notes { Output.note("\(file.file): \(note)") }
            let fileSummaries = remaining.prefix(file.batches.count)
            remaining = remaining.dropFirst(file.batches.count)
            for (summary, batch) in zip(fileSummaries, file.batches) {
                ReadingNote.print(batch.reading, samples: dryRun)
                Output.note("\(verb) \(summary.file): \(batch.linesRead.grouped) \(Self.unit(batch.format)) read, \(Self.counts(summary.rows, summary.inserted, summary.updated, summary.unchanged))")
                RenameNote.print(summary.possibleRenames, file: summary.file, dryRun: dryRun)
                if summary.ownersGiven > 0 {
                    let apps = summary.ownersGiven == 1 ? "1 app" : "\(summary.ownersGiven.grouped) apps"
                    Output.note("\(summary.file): \(apps) that the earlier import of this file left without an owner \(dryRun ? "would now get" : "now \(summary.ownersGiven == 1 ? "has" : "have")") one, updated in place (ids follow the agency; decisions kept), not imported twice")
                }
                if let removal = summary.removal {
                    if !summary.earlierImport {
                        Output.note("--replace: no earlier import of \(summary.file): nothing retired (replacement compares with the last import of the same path)")
                    } else if removal.removed.isEmpty {
                        Output.note("--replace: every app of the earlier import of \(summary.file) is still in it: nothing \(removal.deleted ? "deleted" : "retired")")
                    }
                    RemovalNote.print(removal, dryRun: dryRun)
                }
            }
            if file.batches.count > 1 {
                func total(_ count: (ImportSummary) -> Int) -> Int { fileSummaries.map(count).reduce(0, +) }
                Output.note("\(verb) \(file.file), all \(file.batches.count) sheets: \(Self.counts(total(\.rows), total(\.inserted), total(\.updated), total(\.unchanged)))")
            }
        }
        if let written {
            try Self.noteKeptDecisions(in: written, ids: batches.flatMap { $0.applications.map(\.application.externalID) })
        } else {
            Output.note("dry run: nothing was written")
        }
    }

    /// Says that planners' decisions on the apps just imported stand: a re-import updates apps
    /// in place (by id), and a planner who fixed a register wants to see the decisions survived.
    private static func noteKeptDecisions(in db: InventoryDatabase, ids: [String]) throws {
        let imported = Set(ids)
        let kept = try DecisionStore(db).decisions()
            .filter { imported.contains($0.appA) || $0.appB.map(imported.contains) == true }.count
        guard kept > 0 else { return }
        Output.note("\(kept == 1 ? "1 planner decision" : "\(kept.grouped) planner decisions") in force on apps of this import \(kept == 1 ? "is" : "are") kept (`consolidate decisions` lists them)")
    }

    /// "9 rows, 9 inserted, 0 updated, 0 unchanged".
    private static func counts(_ rows: Int, _ inserted: Int, _ updated: Int, _ unchanged: Int) -> String {
        "\(rows.grouped) rows, \(inserted.grouped) inserted, \(updated.grouped) updated, \(unchanged.grouped) unchanged"
    }

    private static func unit(_ format: String) -> String {
        switch format {
        case "json": "objects"
        case "xlsx": "sheet rows"
        default: "lines"
        }
    }
}

/// What was understood of one table: its notes (the header row taken, rows skipped) and
/// where every column went. Printed after an import, and before the errors of one that fails.
enum ReadingNote {
    static func print(_ reading: TableReading, samples: Bool) {
        for note in reading.notes { Output.note("\(reading.source): \(note)") }
        Output.note(ColumnTable.text(reading.columns, samples: samples))
    }
}

/// The "where every column went" table of an import summary.
enum ColumnTable {
    static func text(_ columns: [ColumnReport], samples: Bool) -> String {
        let width = min(columns.map(\.column.count).max() ?? 0, 40)
        var lines = ["  columns:"]
        for column in columns {
            let name = column.column.excerpt
            var line = "    \(name.count < width ? name.padding(toLength: width, withPad: " ", startingAt: 0) : name) → \(column.destination)"
            if let suggestion = column.suggestion { line += " (\(suggestion))" }
            if samples && !column.samples.isEmpty {
                line += "   e.g. " + column.samples.map { "\"\(Self.shortened($0.replacingOccurrences(of: "\n", with: " ")))\"" }.joined(separator: ", ")
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// A sample value at most 30 characters long, cut with "…" so a cut never looks like a typo
    /// in the register ("Pemerintah Kabupaten Muara Eni…", not "…Muara Eni").
    static func shortened(_ value: String) -> String {
        value.count > 30 ? value.prefix(29) + "…" : value
    }
}

/// New apps that look like renamed ones, with the ways to keep one app.
enum RenameNote {
    static func print(_ pairs: [RenameCandidates.Pair], file: String, dryRun: Bool) {
        for pair in pairs.prefix(10) {
            let renamed = "--renamed \"\(pair.oldName)=\(pair.newName)\""
            let advice = dryRun
                ? "import with \(renamed) to update the old app instead (its decisions stay), or with --replace to retire it"
                : "it is now in the inventory twice and decisions stay on the old copy; keep one: `consolidate remove \(pair.newExternalID)`, then import again with \(renamed), or import again with --replace to retire the old copy"
            Output.note("\(file):\(pair.newRow): \"\(pair.newName.excerpt)\" is new and looks like \"\(pair.oldName.excerpt)\" (\(pair.oldExternalID)), which the earlier import of this file had and this one lacks: if it was renamed, \(advice); an id column in the register keeps renames apart for good")
        }
        if pairs.count > 10 { Output.note("\(file): \(pairs.count - 10) more new apps look like renamed ones") }
    }
}

/// What removing apps did, shared by `remove` and `import --replace`.
enum RemovalNote {
    static func print(_ removal: RemovalSummary, dryRun: Bool) {
        guard !removal.removed.isEmpty else { return }
        let verb = removal.deleted ? (dryRun ? "would delete" : "deleted") : (dryRun ? "would mark retired" : "marked retired")
        let listed = removal.removed.prefix(10).joined(separator: ", ") + (removal.removed.count > 10 ? ", …" : "")
        Output.note("\(verb) \(removal.removed.count.grouped) app\(removal.removed.count == 1 ? "" : "s"): \(listed)")
        for decision in removal.affectedDecisions {
            Output.note("  decision \(decision) names a removed app; review it with `consolidate decisions`")
        }
    }
}
