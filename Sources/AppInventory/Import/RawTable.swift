import CSV
import Foundation

/// The cells of an input file before any field is interpreted: a header and rows of text.
///
/// CSV and JSON both become a `RawTable`, so validation and mapping are written once.
struct RawTable {
    var file: String
    var header: [String]
    var rows: [[String]]
    /// The number a planner sees for each row: spreadsheet row for CSV (header = 1),
    /// object position for JSON.
    var rowNumbers: [Int]
}

/// Reads CSV text per RFC 4180 (quoted fields, doubled quotes, embedded newlines).
enum CSVTableReader {
    static func read(_ text: String, file: String) throws(ImportError) -> RawTable {
        let delimiter = detectDelimiter(text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            throw ImportError(ImportIssue(file: file, message: "cannot be parsed as CSV (\(error))"))
        }
        var records: [[String]] = []
        while let record = reader.next() { records.append(record) }
        // Trailing blank lines are not rows.
        while let last = records.last, last.allSatisfy(\.isEmpty) { records.removeLast() }
        guard let header = records.first else {
            throw ImportError(ImportIssue(file: file, message: "the file is empty; expected a header row such as \"name,agency,description\""))
        }
        // Quotes come in pairs in well-formed CSV; an odd count means a field was opened and never
        // closed, and the reader has swallowed the rest of the file into the last field.
        if text.utf8.reduce(0, { $0 + ($1 == 0x22 ? 1 : 0) }) % 2 == 1 {
            let row = records.count
            let column = records.count == 1 ? nil : columnName(header, index: records[row - 1].count - 1)
            throw ImportError(ImportIssue(file: file, row: row, column: column, message: "unclosed quote: a quoted field starts here and never ends; close it with \" or remove the stray quote"))
        }
        var issues: [ImportIssue] = []
        var rows: [[String]] = []
        var numbers: [Int] = []
        rows.reserveCapacity(records.count)
        for (offset, record) in records.enumerated().dropFirst() {
            let rowNumber = offset + 1
            if record.count == 1 && record[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if record.count != header.count {
                let column = record.count > header.count ? "column \(header.count + 1)" : columnName(header, index: record.count)
                issues.append(ImportIssue(file: file, row: rowNumber, column: column, message: "expected \(header.count) fields as in the header, found \(record.count); check for an unquoted \"\(Character(delimiter))\" or a missing field"))
                continue
            }
            rows.append(record)
            numbers.append(rowNumber)
        }
        if !issues.isEmpty { throw ImportError(issues) }
        return RawTable(file: file, header: header, rows: rows, rowNumbers: numbers)
    }

    private static func columnName(_ header: [String], index: Int) -> String {
        index < header.count && !header[index].isEmpty ? header[index] : "column \(index + 1)"
    }

    /// Picks `,`, `;` or tab by counting each outside quotes in the header line.
    static func detectDelimiter(_ text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() } else if !quoted {
                if scalar == "\n" || scalar == "\r" { break }
                if counts[scalar] != nil { counts[scalar]! += 1 }
            }
        }
        let best = counts.max { ($0.value, $1.key == "," ? 1 : 0) < ($1.value, $0.key == "," ? 1 : 0) }!
        return best.value == 0 ? "," : best.key
    }
}

/// Reads a JSON array of objects; nested arrays become list cells joined with `;`.
enum JSONTableReader {
    /// Any JSON value, decoded without Foundation's platform-specific number bridging.
    enum Value: Decodable {
        case null, bool(Bool), number(Double), string(String), array([Value]), object([String: Value])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let string = try? container.decode(String.self) { self = .string(string) }
            else if let array = try? container.decode([Value].self) { self = .array(array) }
            else { self = .object(try container.decode([String: Value].self)) }
        }

        var kind: String {
            switch self {
            case .null: "null"
            case .bool: "a boolean"
            case .number: "a number"
            case .string: "a string"
            case .array: "an array"
            case .object: "an object"
            }
        }

        /// The cell text for scalars and flat lists; nil for anything nested deeper.
        var cellText: String? {
            switch self {
            case .null: ""
            case .bool(let value): value ? "true" : "false"
            case .number(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            case .string(let value): value
            case .array(let items):
                items.allSatisfy({ if case .array = $0 { false } else if case .object = $0 { false } else { true } })
                    ? items.compactMap(\.cellText).joined(separator: "; ") : nil
            case .object: nil
            }
        }
    }

    static func read(_ data: Data, file: String) throws(ImportError) -> RawTable {
        let json: Value
        do {
            json = try JSONDecoder().decode(Value.self, from: data)
        } catch {
            throw ImportError(ImportIssue(file: file, message: "is not valid JSON; expected an array of application objects"))
        }
        guard case .array(let array) = json else {
            throw ImportError(ImportIssue(file: file, message: "expected a JSON array of application objects, found \(json.kind)"))
        }
        var header: [String] = []
        var position: [String: Int] = [:]
        var rows: [[String]] = []
        var numbers: [Int] = []
        var issues: [ImportIssue] = []
        for (index, element) in array.enumerated() {
            guard case .object(let object) = element else {
                issues.append(ImportIssue(file: file, row: index + 1, message: "expected an object, found \(element.kind)"))
                continue
            }
            for key in object.keys.sorted() where position[key] == nil {
                position[key] = header.count
                header.append(key)
            }
            var row = Array(repeating: "", count: header.count)
            for (key, value) in object {
                guard let cell = value.cellText else {
                    issues.append(ImportIssue(file: file, row: index + 1, column: key, message: "expected text, a number or a list of texts, found \(value.kind)"))
                    continue
                }
                row[position[key]!] = cell
            }
            rows.append(row)
            numbers.append(index + 1)
        }
        if !issues.isEmpty { throw ImportError(issues) }
        // Objects read before a later key appeared get an empty cell for it.
        for index in rows.indices where rows[index].count < header.count {
            rows[index].append(contentsOf: Array(repeating: "", count: header.count - rows[index].count))
        }
        return RawTable(file: file, header: header, rows: rows, rowNumbers: numbers)
    }
}
