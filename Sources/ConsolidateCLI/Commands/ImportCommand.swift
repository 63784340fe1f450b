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
            of the same path had and this file lacks. --lang id gives the summary, the notes and the \
            messages about bad cells in Indonesian; their FILE:ROW:COLUMN locations read the same. \
            See docs/import.md.

            Examples:
              consolidate import data/samples/jateng-inventory.csv
              consolidate import daftar.xlsx --agency "Pemkot Semarang" --dry-run --lang id
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

    @Option(help: "Language of the summary, the notes and the messages about bad cells: en or id.")
    var lang: Language = .en

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
            valueMaps: try ImportOptions.valueMaps(parsing: valueMaps, language: lang), idPrefixFromFile: idPrefixFromFile,
            codeTables: try ImportOptions.codeTables(parsing: codeTables))
        options.allSheets = allSheets
        options.language = lang
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
                ReadingNote.print(reading, samples: false, language: lang)
            }
            throw CLIError(error.text(lang))
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
        let id = lang == .id
        let verb = dryRun ? lang.pick(en: "would import", id: "akan diimpor") : lang.pick(en: "imported", id: "diimpor")
        func n(_ count: Int) -> String { ReportFormat.number(count, lang) }
        var remaining = summaries[...]
        for file in read {
            for note in file.notes { Output.note("\(file.file): \(note)") }
            let fileSummaries = remaining.prefix(file.batches.count)
            remaining = remaining.dropFirst(file.batches.count)
            for (summary, batch) in zip(fileSummaries, file.batches) {
                ReadingNote.print(batch.reading, samples: dryRun, language: lang)
                Output.note("\(verb) \(summary.file): \(n(batch.linesRead)) \(Self.unit(batch.format, lang)) \(id ? "dibaca" : "read"), "
                            + Self.counts(summary.rows, summary.inserted, summary.updated, summary.unchanged, lang))
                RenameNote.print(summary.possibleRenames, file: summary.file, dryRun: dryRun, language: lang)
                // Apps an earlier import stored under derived ids, updated in place rather than imported twice.
                let apps = { (count: Int) in count == 1 ? "1 app" : "\(n(count)) apps" }
                let earlierCopies: [(count: Int, en: String, id: String)] = [
                    (summary.ownersGiven,
                     "that the earlier import of this file left without an owner \(dryRun ? "would now get" : "now \(summary.ownersGiven == 1 ? "has" : "have")") one, updated in place (ids follow the agency; decisions kept)",
                     "aplikasi yang dibiarkan tanpa pemilik oleh impor sebelumnya dari berkas ini \(dryRun ? "akan mendapat" : "kini punya") pemilik, diperbarui di tempat (id mengikuti instansi; keputusan tetap)"),
                    (summary.codesGiven,
                     "that an earlier import stored without an id (one made from agency and name) \(dryRun ? "would now take" : "now \(summary.codesGiven == 1 ? "takes" : "take")") this file's id, updated in place (decisions kept)",
                     "aplikasi yang disimpan impor sebelumnya tanpa id (id dibuat dari instansi dan nama) \(dryRun ? "akan memakai" : "kini memakai") id dari berkas ini, diperbarui di tempat (keputusan tetap)"),
                ]
                for copies in earlierCopies where copies.count > 0 {
                    Output.note(lang.pick(en: "\(summary.file): \(apps(copies.count)) \(copies.en), not imported twice",
                                          id: "\(summary.file): \(n(copies.count)) \(copies.id), tidak diimpor dua kali"))
                }
                if let removal = summary.removal {
                    if !summary.earlierImport {
                        Output.note(lang.pick(
                            en: "--replace: no earlier import of \(summary.file): nothing retired (replacement compares with the last import of the same path)",
                            id: "--replace: belum ada impor sebelumnya dari \(summary.file): tidak ada yang dihentikan (penggantian dibandingkan dengan impor terakhir dari path yang sama)"))
                    } else if removal.removed.isEmpty {
                        Output.note(lang.pick(
                            en: "--replace: every app of the earlier import of \(summary.file) is still in it: nothing \(removal.deleted ? "deleted" : "retired")",
                            id: "--replace: setiap aplikasi dari impor sebelumnya dari \(summary.file) masih ada: tidak ada yang \(removal.deleted ? "dihapus" : "dihentikan")"))
                    }
                    RemovalNote.print(removal, dryRun: dryRun, language: lang)
                }
            }
            if file.batches.count > 1 {
                func total(_ count: (ImportSummary) -> Int) -> Int { fileSummaries.map(count).reduce(0, +) }
                let sheets = lang.pick(en: "all \(file.batches.count) sheets", id: "semua \(file.batches.count) lembar")
                Output.note("\(verb) \(file.file), \(sheets): \(Self.counts(total(\.rows), total(\.inserted), total(\.updated), total(\.unchanged), lang))")
            }
        }
        if let written {
            try Self.noteKeptDecisions(in: written, ids: batches.flatMap { $0.applications.map(\.application.externalID) }, language: lang)
        } else {
            Output.note(lang.pick(en: "dry run: nothing was written", id: "uji coba (--dry-run): tidak ada yang ditulis"))
        }
    }

    /// Says that planners' decisions on the apps just imported stand: a re-import updates apps
    /// in place (by id), and a planner who fixed a register wants to see the decisions survived.
    private static func noteKeptDecisions(in db: InventoryDatabase, ids: [String], language: Language) throws {
        let imported = Set(ids)
        let kept = try DecisionStore(db).decisions()
            .filter { imported.contains($0.appA) || $0.appB.map(imported.contains) == true }.count
        guard kept > 0 else { return }
        Output.note(language.pick(
            en: "\(kept == 1 ? "1 planner decision" : "\(kept.grouped) planner decisions") in force on apps of this import \(kept == 1 ? "is" : "are") kept (`consolidate decisions` lists them)",
            id: "\(ReportFormat.number(kept, .id)) keputusan perencana yang berlaku atas aplikasi impor ini tetap dipegang (`consolidate decisions` menampilkannya)"))
    }

    /// "9 rows, 9 inserted, 0 updated, 0 unchanged" (id: "9 aplikasi, 9 baru, 0 diperbarui, 0 tetap":
    /// the file's lines are "baris" there too, so its app rows are named apps).
    private static func counts(_ rows: Int, _ inserted: Int, _ updated: Int, _ unchanged: Int, _ language: Language) -> String {
        let n = { ReportFormat.number($0, language) }
        return language.pick(en: "\(n(rows)) rows, \(n(inserted)) inserted, \(n(updated)) updated, \(n(unchanged)) unchanged",
                             id: "\(n(rows)) aplikasi, \(n(inserted)) baru, \(n(updated)) diperbarui, \(n(unchanged)) tetap")
    }

    private static func unit(_ format: String, _ language: Language) -> String {
        switch format {
        case "json": language.pick(en: "objects", id: "objek")
        case "xlsx": language.pick(en: "sheet rows", id: "baris lembar")
        default: language.pick(en: "lines", id: "baris berkas")
        }
    }
}

/// What was understood of one table: its notes (the header row taken, rows skipped) and
/// where every column went. Printed after an import, and before the errors of one that fails.
enum ReadingNote {
    static func print(_ reading: TableReading, samples: Bool, language: Language = .en) {
        for note in reading.notes { Output.note("\(reading.source): \(note)") }
        Output.note(ColumnTable.text(reading.columns, samples: samples, language: language))
    }
}

/// The "where every column went" table of an import summary.
enum ColumnTable {
    static func text(_ columns: [ColumnReport], samples: Bool, language: Language = .en) -> String {
        let width = min(columns.map(\.column.count).max() ?? 0, 40)
        var lines = [language.pick(en: "  columns:", id: "  kolom:")]
        for column in columns {
            let name = column.column.excerpt
            var line = "    \(name.count < width ? name.padding(toLength: width, withPad: " ", startingAt: 0) : name) → \(column.destination)"
            if let suggestion = column.suggestion { line += " (\(suggestion))" }
            if samples && !column.samples.isEmpty {
                line += language.pick(en: "   e.g. ", id: "   mis. ") + column.samples.enumerated().map { index, sample in
                    // A money or count value as the import reads it: "Rp 450 jt" (450,000,000).
                    let read = index < column.samplesRead.count ? column.samplesRead[index] : nil
                    return "\"\(Self.shortened(sample.replacingOccurrences(of: "\n", with: " ")))\""
                        + (read.map { " (\(ReportFormat.number(Int($0.rounded()), language)))" } ?? "")
                }.joined(separator: ", ")
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
    static func print(_ pairs: [RenameCandidates.Pair], file: String, dryRun: Bool, language: Language = .en) {
        for pair in pairs.prefix(10) {
            let renamed = "--renamed \"\(pair.oldName)=\(pair.newName)\""
            let (new, old) = (pair.newName.excerpt, pair.oldName.excerpt)
            guard language == .en else {
                let advice = dryRun
                    ? "impor dengan \(renamed) agar aplikasi lama yang diperbarui (keputusannya tetap), atau dengan --replace untuk menghentikannya"
                    : "kini aplikasi itu tercatat dua kali dan keputusan tetap pada salinan lama; simpan satu: `consolidate remove \(pair.newExternalID)`, lalu impor lagi dengan \(renamed), atau impor lagi dengan --replace untuk menghentikan salinan lama"
                Output.note("\(file):\(pair.newRow): \"\(new)\" baru dan mirip \"\(old)\" (\(pair.oldExternalID)), yang ada di impor sebelumnya dari berkas ini dan tidak ada di impor ini: bila namanya diganti, \(advice); kolom id di daftar memisahkan penggantian nama untuk seterusnya")
                continue
            }
            let advice = dryRun
                ? "import with \(renamed) to update the old app instead (its decisions stay), or with --replace to retire it"
                : "it is now in the inventory twice and decisions stay on the old copy; keep one: `consolidate remove \(pair.newExternalID)`, then import again with \(renamed), or import again with --replace to retire the old copy"
            Output.note("\(file):\(pair.newRow): \"\(new)\" is new and looks like \"\(old)\" (\(pair.oldExternalID)), which the earlier import of this file had and this one lacks: if it was renamed, \(advice); an id column in the register keeps renames apart for good")
        }
        if pairs.count > 10 {
            Output.note(language.pick(en: "\(file): \(pairs.count - 10) more new apps look like renamed ones",
                                      id: "\(file): \(pairs.count - 10) aplikasi baru lagi tampak seperti aplikasi yang diganti namanya"))
        }
    }
}

/// What removing apps did, shared by `remove` and `import --replace`.
enum RemovalNote {
    static func print(_ removal: RemovalSummary, dryRun: Bool, language: Language = .en) {
        guard !removal.removed.isEmpty else { return }
        let listed = removal.removed.prefix(10).joined(separator: ", ") + (removal.removed.count > 10 ? ", …" : "")
        let count = removal.removed.count
        guard language == .en else {
            let verb = removal.deleted ? (dryRun ? "akan dihapus" : "dihapus") : (dryRun ? "akan ditandai dihentikan" : "ditandai dihentikan")
            Output.note("\(ReportFormat.number(count, .id)) aplikasi \(verb): \(listed)")
            for decision in removal.affectedDecisions {
                Output.note("  keputusan \(decision) menyebut aplikasi yang dihapus; tinjau dengan `consolidate decisions`")
            }
            return
        }
        let verb = removal.deleted ? (dryRun ? "would delete" : "deleted") : (dryRun ? "would mark retired" : "marked retired")
        Output.note("\(verb) \(count.grouped) app\(count == 1 ? "" : "s"): \(listed)")
        for decision in removal.affectedDecisions {
            Output.note("  decision \(decision) names a removed app; review it with `consolidate decisions`")
        }
    }
}
