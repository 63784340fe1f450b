import AppInventory
import ArgumentParser

struct PlatformsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "platforms",
        abstract: "List, export or replace the platform catalogue plans consolidate into.",
        discussion: """
            The catalogue is the target architecture: national general applications every agency \
            must use (SRIKANDI, SP4N-LAPOR!, SPSE, SIASN, e-Kinerja BKN, SIPD RI, e-SAKIP), national \
            sectoral systems (SIAK Terpusat, OSS-RBA, Dapodik, SATUSEHAT, …) and shared sector \
            platforms, each with the functions it covers, its owner and legal basis. One is built \
            in; export it, edit it in a spreadsheet and import it back. Sources: docs/plan.md.

            Examples:
              consolidate platforms                            list the catalogue in use
              consolidate platforms export -o catalogue.csv    one row per function
              consolidate platforms import catalogue.csv       replace the catalogue
              consolidate platforms import katalog.xlsx        the same from an Excel
                                                               workbook (or JSON)
              consolidate platforms import --extend extra.csv  add or replace platforms
                                                               by name
              consolidate platforms reset                      back to the built-in
                                                               catalogue
            """,
        subcommands: [List.self, Export.self, Import.self, Reset.self],
        defaultSubcommand: List.self
    )

    /// The catalogue in use and where it comes from; the built-in one when there is no database yet.
    static func catalogue(_ database: DatabaseOptions) throws -> (catalogue: PlatformCatalogue, source: String) {
        do {
            let store = CatalogueStore(try database.open(.read))
            return (try store.catalogue(), try store.source())
        } catch StoreError.missing {
            return (.builtIn, "the built-in catalogue")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the platforms of the catalogue in use.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Output format: table, csv or json.")
        var format: TableRenderer.Format = .table

        @Option(help: "Language of the table: en or id (csv and json keep the English codes).")
        var lang: Language = .en

        /// The catalogue as the list shows it; in `language`, owners and functions are named in it.
        static func table(_ catalogue: PlatformCatalogue, language: Language = .en) -> QueryResult {
            QueryResult(columns: ["platform", "kind", "mandatory", "scope", "owner", "functions", "basis"], rows: catalogue.platforms.map {
                [$0.name, $0.kind.rawValue, $0.mandatory ? "yes" : "no", $0.scope.rawValue, $0.owner(language),
                 $0.functions.map { language == .id ? $0.name : $0.english }.joined(separator: "; "), $0.basis]
            })
        }

        func run() throws {
            let (catalogue, source) = try PlatformsCommand.catalogue(database)
            let result = Self.table(catalogue, language: format == .table ? lang : .en)
            try Output.write(format == .table ? TableRenderer.wrappedTable(TableVocabulary(lang).readable(result), width: Output.terminalWidth, language: lang)
                                              : TableRenderer.render(result, format: format, width: Output.terminalWidth), to: nil)
            if format == .table { Output.note("\(source); docs/plan.md lists the built-in platforms' sources, `consolidate platforms reset` goes back to them") }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the catalogue in use as CSV, one row per function, for editing.")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @OptionGroup var csv: CSVOptions

        func run() throws {
            let catalogue = try PlatformsCommand.catalogue(database).catalogue
            try Output.write(TableRenderer.csv(catalogue.table, style: csv.style), to: output)
            if let output { Output.note("wrote \(catalogue.platforms.count) platforms (\(catalogue.functions.count) functions) to \(output)") }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace (or extend) the catalogue with a CSV, Excel (.xlsx) or JSON file.",
            discussion: """
                Columns (as `platforms export` writes them): \(PlatformCatalogueReader.columns.joined(separator: ", ")). \
                kind is national-mandatory, national-sectoral or shared; mandatory is yes or no; scope is \
                regional (provinces, regencies, cities), central (ministries and agencies) or all (the default): \
                apps of another level go to a platform of the same function_key that serves them, or stay as they \
                are, so one function_key may appear on two platforms of different scopes; owner_en and sector_en (the owner and the \
                sector in English, for English exports and reports) may be left out; keywords are separated by ';'; sense_words \
                (optional, ';'-separated) are words one of which an app must hold for the keywords to name the function fully \
                (business licensing: usaha; berusaha; nib; …); aliases (optional, ';'-separated, on any of a platform's rows) \
                are other names registers give a national platform's instance at an agency (LPSE for SPSE): an app so named, \
                with only place, level and client words around it, is the system in use and does not move. A list with one row per platform (name, owner, mandatory, functions, description) \
                is read too. The file may be CSV (`,` `;` or tab separated), an Excel workbook (.xlsx: its first sheet, the header \
                found among its top rows) or JSON (an array of objects with these keys). The next `consolidate plan` uses it.
                """)

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "Add the file's platforms to the built-in catalogue (replacing same-named ones) instead of replacing it.")
        var extend = false

        @Argument(help: "CSV, .xlsx or JSON file of platforms and their functions.")
        var file: String

        func run() throws {
            let imported = try PlatformCatalogueReader.read(path: file)
            let catalogue = try CatalogueStore(try database.open(.create)).store(imported, mode: extend ? .extend : .replace, file: file)
            Output.note("the catalogue now holds \(catalogue.platforms.count) platforms (\(catalogue.platforms.filter(\.mandatory).count) mandatory) and \(catalogue.functions.count) functions, from \(file)")
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Go back to the built-in catalogue.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try CatalogueStore(try database.open(.write)).reset()
            Output.note("using the built-in catalogue (\(PlatformCatalogue.builtIn.platforms.count) platforms)")
        }
    }
}
