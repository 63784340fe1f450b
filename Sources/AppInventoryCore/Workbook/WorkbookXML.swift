import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Event handlers for the few XML parts of a workbook the importer reads, each collecting
/// only what the importer needs.
enum WorkbookXML {
    /// Parses `data` with `handler`; external entities are never resolved.
    static func parse(_ data: Data, with handler: XMLParserDelegate) -> Bool {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = handler
        return parser.parse()
    }

    /// `xl/workbook.xml`: sheet names in order with their relationship ids.
    final class Sheets: NSObject, XMLParserDelegate {
        var sheets: [(name: String, relationship: String)] = []

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            guard element == "sheet" || element.hasSuffix(":sheet"), let name = attributes["name"] else { return }
            let relationship = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value ?? ""
            sheets.append((name, relationship))
        }
    }

    /// `xl/_rels/workbook.xml.rels`: relationship id → part path.
    final class Relationships: NSObject, XMLParserDelegate {
        var targets: [String: String] = [:]

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
    }

    /// `xl/sharedStrings.xml`: the text of each shared string, rich-text runs joined and
    /// phonetic hints left out.
    final class SharedStrings: NSObject, XMLParserDelegate {
        var strings: [String] = []
        private var current = ""
        private var inText = false
        private var inPhonetic = false

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch element {
            case "si": current = ""
            case "t": inText = !inPhonetic
            case "rPh": inPhonetic = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": inPhonetic = false
            default: break
            }
        }
    }

    /// `xl/styles.xml`: which cell styles show a number as a date.
    final class DateStyles: NSObject, XMLParserDelegate {
        /// Style index (the `s` of a cell) → whether it formats a date.
        var isDate: [Bool] = []
        private var customDateFormats = Set<Int>()
        private var inCellFormats = false

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch element {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], Self.isDateFormat(code) {
                    customDateFormats.insert(id)
                }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                isDate.append((14...22).contains(id) || (45...47).contains(id) || customDateFormats.contains(id))
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "cellXfs" { inCellFormats = false }
        }

        /// A format code shows a date when, outside quotes and brackets, it has d, m or y.
        static func isDateFormat(_ code: String) -> Bool {
            var quoted = false
            var bracket = false
            for character in code.lowercased() {
                switch character {
                case "\"": quoted.toggle()
                case "[": bracket = true
                case "]": bracket = false
                case "d", "m", "y": if !quoted && !bracket { return true }
                default: break
                }
            }
            return false
        }
    }

    /// A worksheet: every non-empty cell with its reference, and the merged ranges.
    final class Sheet: NSObject, XMLParserDelegate {
        struct Cell {
            var column: Int
            var row: Int
            var text: String
        }

        let sharedStrings: [String]
        let dateStyles: [Bool]
        var cells: [Cell] = []
        var merges: [(from: (column: Int, row: Int), to: (column: Int, row: Int))] = []
        /// The first cell whose content cannot be read, with why.
        var failure: (reference: String, message: String)?

        private var row = 0
        private var nextColumn = 0
        private var reference = ""
        private var position: (column: Int, row: Int) = (0, 0)
        private var type = "n"
        private var style = 0
        private var value = ""
        private var collecting = false

        init(sharedStrings: [String], dateStyles: [Bool]) {
            self.sharedStrings = sharedStrings
            self.dateStyles = dateStyles
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch element {
            case "row":
                // A sheet has at most 1,048,576 rows; a damaged `r` must not overflow the count.
                row = min(max(attributes["r"].flatMap(Int.init) ?? row + 1, 1), 1_048_576)
                nextColumn = 0
            case "c":
                reference = attributes["r"] ?? SheetColumn.letters(nextColumn) + String(row)
                position = SheetColumn.parse(reference) ?? (nextColumn, row)
                nextColumn = position.column + 1
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""
            case "v", "t":
                collecting = true
            case "mergeCell":
                if let range = attributes["ref"]?.split(separator: ":"), range.count == 2,
                   let from = SheetColumn.parse(String(range[0])), let to = SheetColumn.parse(String(range[1])) {
                    merges.append((from, to))
                }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if collecting { value += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "v", "t": collecting = false
            case "c":
                guard let text = cellText() else { return }
                if !text.isEmpty { cells.append(Cell(column: position.column, row: position.row, text: text)) }
            default: break
            }
        }

        private func cellText() -> String? {
            switch type {
            case "s":
                guard let index = Int(value.trimmedWhitespace), sharedStrings.indices.contains(index) else {
                    if failure == nil { failure = (reference, "refers to shared string \"\(value.excerpt)\", which the workbook does not have") }
                    return nil
                }
                return sharedStrings[index]
            case "b": return value == "1" ? "TRUE" : "FALSE"
            case "inlineStr", "str", "e", "d": return value
            default:
                guard !value.isEmpty else { return "" }
                guard let number = Double(value) else {
                    if failure == nil { failure = (reference, "holds \"\(value.excerpt)\" where a number belongs") }
                    return nil
                }
                if style < dateStyles.count && dateStyles[style] { return Self.date(serial: number) }
                return NumberText.plain(number)
            }
        }

        /// Excel's day count from 1899-12-30 (the 1900 leap-year bug included) as `yyyy-mm-dd`.
        static func date(serial: Double) -> String {
            guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return NumberText.plain(serial) }
            // Days from 1970-01-01, then the civil date (Howard Hinnant's algorithm).
            let days = Int(serial.rounded(.down)) - 25_569
            let shifted = days + 719_468
            let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
            let dayOfEra = shifted - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let monthIndex = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
            let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
            let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
            return "\(year)-\(two(month))-\(two(day))"
        }
    }
}
