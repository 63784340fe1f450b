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

    /// Aligned columns; when too wide, the widest text columns are cut with "…". Numbers are never
    /// cut (a cut amount reads as a smaller one): a table of wide numbers stays wider than the
    /// terminal rather than lose digits. Control characters
    /// are shown as symbols (``TerminalText``), so cells cannot drive the terminal. The row
    /// count below speaks the table's `language`.
    public static func table(_ result: QueryResult, width: Int, language: Language = .en) -> String {
        guard !result.columns.isEmpty else { return "" }
        let cells = result.rows.map(visibleCells)
        let widths = columnWidths(header: visibleCells(result.columns), rows: cells, width: width)
        var lines = tableHeader(result.columns, widths: widths) + cells.map { line($0, widths: widths) }
        lines.append(rowCount(result.rows.count, language: language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Cells as one table line shows them: no line breaks, control characters as symbols.
    static func visibleCells(_ row: [String?]) -> [String] {
        row.map { TerminalText.visible(($0 ?? "NULL").replacingOccurrences(of: "\n", with: " "), keepingLines: false) }
    }

    /// Widths that fit the content, shrinking the widest columns until the table fits `width`;
    /// no text column below 8 characters.
    ///
    /// With `wrapping` (``wrappedTable(_:width:empty:language:)``), headings and text wrap at
    /// their words: every column first narrows only down to its longest word (up to 24
    /// characters), a column of numbers or ids down to its longest value under a heading of
    /// several lines, so "Kepegawaian" is not split while "description score" can take two
    /// lines; only a table still too wide then splits the words of its text columns, never
    /// below a heading's longest word.
    static func columnWidths(header: [String], rows: [[String]], width: Int, wrapping: Bool = false) -> [Int] {
        let natural = header.indices.map { column in
            max(header[column].count, rows.map { $0[column].count }.max() ?? 0)
        }
        // Ids are what a planner copies into the next command, and a cut number reads as another
        // amount: cut names, never ids or numbers.
        let cuttable = header.indices.map { column in
            !isIDColumn(header[column]) && !rows.allSatisfy { $0[column] == "NULL" || $0[column] == TableVocabulary.empty || isNumber($0[column]) }
        }
        let floors: [[Int]]
        if wrapping {
            func longestWord(_ text: String) -> Int { text.split(separator: " ").map(\.count).max() ?? 0 }
            let headingWord = header.map(longestWord)
            let wholeWords = header.indices.map { column in
                max(headingWord[column], cuttable[column] ? min(24, rows.map { longestWord($0[column]) }.max() ?? 0)
                                                          : rows.map { $0[column].count }.max() ?? 0)
            }
            floors = [wholeWords, header.indices.map { cuttable[$0] ? max(8, headingWord[$0]) : wholeWords[$0] }]
        } else {
            floors = [header.indices.map { cuttable[$0] ? 8 : natural[$0] }]
        }
        var widths = natural
        let separators = 2 * (widths.count - 1)
        for floor in floors {
            while widths.reduce(0, +) + separators > width,
                  let widest = header.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] }) {
                widths[widest] -= 1
            }
        }
        return widths
    }

    /// "803269000000", "-1.5", "84,175,000,000", and as Indonesian tables write them
    /// "803.269.000.000", "12,5": a cell a table must show whole.
    static func isNumber(_ cell: String) -> Bool {
        guard let first = cell.first, first.isNumber || first == "-" || first == "." else { return false }
        return Double(cell.replacingOccurrences(of: ",", with: "")) != nil
            || Double(cell.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")) != nil
    }

    /// `id`, `external_id`, `app_id`, `survivor_app_id`, …
    static func isIDColumn(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "id" || lower.hasSuffix("_id") || lower.hasSuffix(" id") || lower.hasPrefix("id_") || lower.hasPrefix("id ")
    }

    static func tableHeader(_ columns: [String], widths: [Int]) -> [String] {
        [line(visibleCells(columns), widths: widths), rule(widths)]
    }

    /// The dashes under a table's headings.
    static func rule(_ widths: [Int]) -> String {
        line(widths.map { String(repeating: "-", count: $0) }, widths: widths)
    }

    /// One table line, each value padded to its column's width. A value longer than its column is
    /// cut with a visible "…" if it is text; a number, or any value of a column flagged in `whole`
    /// (ids), is printed whole and pushes the rest of its line to the right, since a cut amount or
    /// id reads as another one.
    static func line(_ values: [String], widths: [Int], whole: [Bool] = []) -> String {
        values.indices.map { column in
            let value = values[column], width = widths[column]
            guard value.count > width else { return value.padding(toLength: width, withPad: " ", startingAt: 0) }
            if isNumber(value) || (column < whole.count && whole[column]) { return value }
            return String(value.prefix(max(width - 1, 0))) + "…"
        }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }

    /// "(13 rows)", or "(13 baris)" under an Indonesian table.
    static func rowCount(_ count: Int, language: Language = .en) -> String {
        language == .id ? "(\(count) baris)" : "(\(count) row\(count == 1 ? "" : "s"))"
    }

    /// CSV in `style`; with a decimal comma, the cells ``QueryResult/numeric`` marks as numbers take it.
    public static func csv(_ result: QueryResult, style: CSVStyle = .standard) -> String {
        var document = CSVDocument(header: result.columns, style: style)
        for (index, row) in result.rows.enumerated() {
            let numeric = style.decimalComma && index < result.numeric.count ? result.numeric[index] : []
            document.append(row.enumerated().map { column, cell in
                guard let cell else { return "" }
                return column < numeric.count && numeric[column] ? cell.replacingOccurrences(of: ".", with: ",") : cell
            })
        }
        return document.text
    }

    /// One string as a JSON literal.
    public static func jsonString(_ text: String) -> String { JSONText.quote(text) }

    public static func json(_ result: QueryResult) -> String {
        let objects = result.rows.enumerated().map { index, row in
            jsonObject(columns: result.columns, row: row, numeric: index < result.numeric.count ? result.numeric[index] : [])
        }
        return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + (objects.isEmpty ? "]\n" : "\n]\n")
    }

    /// One row as a JSON object in column order; cells flagged numeric are written unquoted.
    static func jsonObject(columns: [String], row: [String?], numeric: [Bool]) -> String {
        "{" + row.enumerated().map { column, cell in
            let isNumber = column < numeric.count && numeric[column]
            let value = cell.map { isNumber ? $0 : JSONText.quote($0) } ?? "null"
            return "\(JSONText.quote(columns[column])): \(value)"
        }.joined(separator: ", ") + "}"
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
