import Foundation

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

        /// What the value is, as a message names it in `language`.
        func kind(_ language: Language) -> String {
            switch self {
            case .null: "null"
            case .bool: language.pick(en: "a boolean", id: "nilai benar/salah")
            case .number: language.pick(en: "a number", id: "sebuah angka")
            case .string: language.pick(en: "a string", id: "sebuah teks")
            case .array: language.pick(en: "an array", id: "sebuah array")
            case .object: language.pick(en: "an object", id: "sebuah objek")
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

    /// What is wrong and where, as `line L, column C[, field "F"]: reason`, from Foundation's
    /// parser (which knows the offset but says "around character 513").
    static func reason(_ data: Data) -> String {
        let message: String
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return "its values cannot be read"
        } catch {
            message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        }
        var offset: Int?
        if let range = message.range(of: "character "), let number = Int(message[range.upperBound...].prefix { $0.isNumber }) {
            offset = number
        } else if let start = message.range(of: "Number "), let end = message.range(of: " is not representable") {
            offset = data.range(of: Data(message[start.upperBound..<end.lowerBound].utf8))?.lowerBound
        }
        var text = message.replacingOccurrences(of: #" around character \d+"#, with: "", options: .regularExpression)
        if text.hasSuffix(".") { text.removeLast() }
        if text.hasPrefix("Too many nested") { text += " (more than 512 levels)" }
        text = text.replacingOccurrences(of: "is not representable in Swift", with: "is out of range")
        guard let offset, offset <= data.count else { return text.excerpt }
        let before = data.prefix(offset)
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let column = offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
        var location = "line \(line), column \(column)"
        if let key = keyBefore(offset, in: data) { location += ", field \"\(key.excerpt)\"" }
        return "\(location): \(text.excerpt)"
    }

    /// The object key whose value starts just before `offset` (`"users": 1e400` → users).
    private static func keyBefore(_ offset: Int, in data: Data) -> String? {
        let bytes = [UInt8](data[max(0, offset - 200)..<offset])
        guard let colon = bytes.lastIndex(of: UInt8(ascii: ":")),
              bytes[(colon + 1)...].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }),
              let close = bytes[..<colon].lastIndex(of: UInt8(ascii: "\"")),
              let open = bytes[..<close].lastIndex(of: UInt8(ascii: "\"")) else { return nil }
        return String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
    }

    static func read(_ data: Data, file: String, language: Language = .en) throws(ImportError) -> RawTable {
        let json: Value
        do {
            json = try JSONDecoder().decode(Value.self, from: data)
        } catch {
            throw ImportError(ImportIssue(file: file, message: language.pick(
                en: "is not valid JSON at \(reason(data)); expected an array of application objects",
                id: "bukan JSON yang sah pada \(reason(data)); yang diharapkan: sebuah array objek aplikasi")))
        }
        guard case .array(let array) = json else {
            throw ImportError(ImportIssue(file: file, message: language.pick(
                en: "expected a JSON array of application objects, found \(json.kind(.en))",
                id: "yang diharapkan: array JSON berisi objek aplikasi, yang ditemukan \(json.kind(.id))")))
        }
        var header: [String] = []
        var position: [String: Int] = [:]
        var rows: [[String]] = []
        var numbers: [Int] = []
        var issues: [ImportIssue] = []
        for (index, element) in array.enumerated() {
            guard case .object(let object) = element else {
                issues.append(ImportIssue(file: file, row: index + 1, message: language.pick(en: "expected an object, found \(element.kind(.en))",
                                                                                       id: "seharusnya sebuah objek, yang ditemukan \(element.kind(.id))")))
                continue
            }
            for key in object.keys.sorted() where position[key] == nil {
                position[key] = header.count
                header.append(key)
            }
            var row = Array(repeating: "", count: header.count)
            for (key, value) in object {
                guard let cell = value.cellText else {
                    issues.append(ImportIssue(file: file, row: index + 1, column: key, message: language.pick(
                        en: "expected text, a number or a list of texts, found \(value.kind(.en))",
                        id: "seharusnya teks, angka atau daftar teks, yang ditemukan \(value.kind(.id))")))
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
        return RawTable(file: file, header: header, rows: rows, rowNumbers: numbers, physicalLines: array.count)
    }
}
