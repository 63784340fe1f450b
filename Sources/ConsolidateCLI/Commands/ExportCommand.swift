import AppInventory
import ArgumentParser
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write inventory data as CSV, JSON or an Excel workbook for spreadsheets and other tools.",
        discussion: """
            What to export:
              apps       the inventory, in the importer's own columns (re-importing gives
                         the same inventory)
              overlaps   every overlapping pair of the last analysis, with scores and
                         shared terms
              groups     every grouped app with its group, label and whether it
                         represents the group
              plan       the latest merge plan: one row per app with its action,
                         platform, function, wave, money, what its saving rests on
                         (saving_basis: confirmed, weak-match, inactive) and reason (as a
                         workbook: a summary sheet of the figures an official signs,
                         then apps, platforms, modules and waves sheets, every
                         module's lead, the net saving over the horizon and the part of
                         each saving on weak matches); --lang id for Indonesian headers
                         and values (quarters as the Indonesian report writes them, year
                         first: 2027 Tw I); sectors are in the export's language

            CSV is UTF-8 with a header row; cells starting with =, +, - or @ (also after a ; or , \
            inside the cell) get an apostrophe so spreadsheets show them as text. --excel writes what \
            Excel set to Indonesian opens as columns and numbers: ; separator, decimal comma, byte order \
            mark, CRLF line ends (plan, platforms export, check and decisions take --excel too). \
            An --output ending in .xlsx writes a workbook: header bold and frozen, numbers as numbers, \
            text typed as text (never run as a formula, no apostrophe added), and text starting with \
            =, +, - or @ quote-prefixed, so it stays text when edited.

            Examples:
              consolidate export apps --output inventory.xlsx
              consolidate export plan --excel --output rencana.csv
            """
    )

    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case apps, overlaps, groups, plan
    }

    enum FileFormat: String, ExpressibleByArgument, CaseIterable {
        case csv, json, xlsx
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("What to export: \(Subject.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "subject"))
    var subject: Subject

    @Option(help: "File format: csv, json or xlsx; by default xlsx for an --output ending in .xlsx, else csv.")
    var format: FileFormat?

    @Option(help: "Language of the plan's headers, sheet names, values (action, level, kind), function names and reasons: en or id.")
    var lang: Language = .en

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var csv: CSVOptions

    private var resolvedFormat: FileFormat {
        format ?? (output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() == "xlsx" } == true ? .xlsx : .csv)
    }

    func validate() throws {
        // "rencana.ods" or "plan.xls" would get CSV under a spreadsheet's name, which it cannot open.
        if let output { try OutputFile.checkDestination(output, lang) }
        if format == nil, let output, !OutputFile.isStream(output), case let suffix = URL(fileURLWithPath: output).pathExtension.lowercased(),
           !["", "csv", "txt", "tsv", "xlsx", "json"].contains(suffix) {
            throw ValidationError(lang.pick(
                en: "\"\(output)\" names a .\(suffix) file, which export does not write; name it .xlsx for a workbook or .csv, or say the format with --format",
                id: "\"\(output)\" menyebut berkas .\(suffix), yang tidak ditulis export; beri nama .xlsx untuk buku kerja atau .csv, atau sebut formatnya dengan --format"))
        }
        if resolvedFormat == .xlsx && output == nil {
            throw ValidationError("a workbook is written to a file: add --output FILE.xlsx")
        }
        try csv.check(writingCSV: resolvedFormat == .csv, language: lang)
    }

    /// The analysis or plan tables to export.
    func results(_ db: InventoryDatabase) throws -> [(name: String, table: QueryResult)] {
        switch subject {
        case .overlaps: [("overlaps", try OverlapReport.allPairs(db, minScore: 0))]
        case .groups: [("groups", try OverlapReport.allMembers(db))]
        default: resolvedFormat == .xlsx ? try PlanWorkbook.sheets(db, language: lang) : [("apps", try PlanningStore(db).latestPlanTable(language: lang))]
        }
    }

    func run() throws {
        let db = try database.open(.read)
        let sheets: [(name: String, table: QueryResult)]
        switch subject {
        case .apps:
            let apps = try ApplicationStore(db).fetchAll().map(\.application)
            if resolvedFormat == .json {
                try Output.write(ApplicationExport.json(apps), to: output)
                if let output { Output.note("wrote \(apps.count.grouped) apps to \(output)") }
                return
            }
            sheets = [("apps", ApplicationExport.table(apps))]
        case .overlaps, .groups, .plan:
            try StaleResults.warn(db, showing: "export")
            sheets = try results(db)
        }
        switch resolvedFormat {
        case .xlsx:
            try Output.write(try WorkbookWriter.workbook(sheets), to: output!)
        case .csv:
            try Output.write(TableRenderer.csv(sheets[0].table, style: csv.style), to: output)
        case .json:
            try Output.write(TableRenderer.json(sheets[0].table), to: output)
        }
        if let output {
            // CSV and JSON hold the first sheet only; a workbook names each sheet.
            let written = resolvedFormat == .xlsx ? sheets : Array(sheets.prefix(1))
            let counts = written.map { sheet in
                let rows = ReportFormat.number(sheet.table.rows.count, lang)
                return lang.pick(en: "\(rows) \(sheet.table.rows.count == 1 ? "row" : "rows")", id: "\(rows) baris")
                    + (resolvedFormat == .xlsx ? lang.pick(en: " in sheet \"\(sheet.name)\"", id: " di lembar \"\(sheet.name)\"") : "")
            }
            Output.note(lang.pick(en: "wrote \(output): ", id: "\(output) ditulis: ") + counts.joined(separator: ", "))
        }
    }
}
