import AppInventory
import ArgumentParser

/// How a command's CSV is laid out: the same `--excel`, `--delimiter` and `--bom` wherever a
/// command writes CSV a planner opens in a spreadsheet (export, plan, platforms export,
/// check, decisions).
struct CSVOptions: ParsableArguments {
    @Flag(help: "CSV for Excel with Indonesian settings: ; separator, decimal comma, UTF-8 byte order mark, CRLF line ends.")
    var excel = false

    @Option(help: ArgumentHelp("CSV separator: comma, semicolon or tab (or the character itself).", valueName: "separator"))
    var delimiter: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark.")
    var bom = false

    /// Whether any option asks for a CSV layout (refused when the output is not CSV).
    var isSet: Bool { excel || delimiter != nil || bom }

    func validate() throws {
        if let delimiter, Self.separator(delimiter) == nil {
            throw ValidationError("--delimiter takes comma, semicolon or tab; got \"\(delimiter)\"")
        }
    }

    /// Refuses the options when the command writes no CSV.
    func check(writingCSV: Bool, language: Language = .en) throws {
        if isSet && !writingCSV {
            throw ValidationError(language.pick(en: "--excel, --delimiter and --bom shape CSV output; drop them or use --format csv",
                                                id: "--excel, --delimiter dan --bom mengatur keluaran CSV; hapus opsi itu atau pakai --format csv"))
        }
    }

    static func separator(_ name: String) -> Character? {
        switch name.lowercased() {
        case "comma", ",": ","
        case "semicolon", ";": ";"
        case "tab", "\t", "\\t": "\t"
        default: nil
        }
    }

    var style: CSVStyle {
        var style = excel ? CSVStyle.excel : .standard
        if let delimiter { style.delimiter = Self.separator(delimiter)! }
        if bom { style.byteOrderMark = true }
        return style
    }
}
