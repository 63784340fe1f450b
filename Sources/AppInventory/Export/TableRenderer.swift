import Foundation

/// Renders rows as an aligned text table that fits a terminal, or as CSV or JSON.
public enum TableRenderer {
    /// Output formats shared by every command that prints rows.
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, json
    }

    public static func render(_ result: QueryResult, format: Format, width: Int = 120) -> String {
        switch format {
        case .table: table(result, width: width)
        case .csv: csv(result)
        case .json: json(result)
        }
    }

    /// Aligned columns; when too wide, the widest columns are cut with "…".
    public static func table(_ result: QueryResult, width: Int) -> String {
        guard !result.columns.isEmpty else { return "" }
        let cells = result.rows.map { $0.map { ($0 ?? "NULL").replacingOccurrences(of: "\n", with: " ") } }
        var widths = result.columns.indices.map { column in
            max(result.columns[column].count, cells.map { $0[column].count }.max() ?? 0)
        }
        let separators = 2 * (widths.count - 1)
        // Ids are what a planner copies into the next command: cut names, never ids.
        let cuttable = result.columns.indices.filter { !isIDColumn(result.columns[$0]) }
        while widths.reduce(0, +) + separators > width, let widest = cuttable.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 {
            widths[widest] -= 1
        }
        func line(_ values: [String]) -> String {
            zip(values, widths).map { value, width in
                let cut = value.count > width ? String(value.prefix(width - 1)) + "…" : value
                return cut.padding(toLength: width, withPad: " ", startingAt: 0)
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var lines = [line(result.columns), line(widths.map { String(repeating: "-", count: $0) })]
        lines += cells.map(line)
        lines.append("(\(result.rows.count) row\(result.rows.count == 1 ? "" : "s"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `id`, `external_id`, `app_id`, `survivor_app_id`, …
    static func isIDColumn(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "id" || lower.hasSuffix("_id") || lower.hasSuffix(" id")
    }

    public static func csv(_ result: QueryResult, style: CSVStyle = .standard) -> String {
        var document = CSVDocument(header: result.columns, style: style)
        for row in result.rows { document.append(row.map { $0 ?? "" }) }
        return document.text
    }

    public static func json(_ result: QueryResult) -> String {
        let objects = result.rows.enumerated().map { index, row in
            "{" + row.enumerated().map { column, cell in
                let isNumber = index < result.numeric.count && result.numeric[index][column]
                let value = cell.map { isNumber ? $0 : JSONText.quote($0) } ?? "null"
                return "\(JSONText.quote(result.columns[column])): \(value)"
            }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + (objects.isEmpty ? "]\n" : "\n]\n")
    }
}

/// Minimal JSON string quoting, keeping the column order that `JSONSerialization` would lose.
enum JSONText {
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04x", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
