extension TableRenderer {
    /// Aligned columns for people rather than SQL: an empty cell shows `empty` ("-") instead of
    /// NULL, and a cell too long for its column wraps onto more lines at word boundaries
    /// instead of being cut, so names and reasons stay whole. Ids are never wrapped, headings
    /// never cut. The row count below speaks the table's `language`.
    public static func wrappedTable(_ result: QueryResult, width: Int, empty: String = "-", language: Language = .en) -> String {
        guard !result.columns.isEmpty else { return "" }
        let cells = result.rows.map { row in visibleCells(row.map { $0 ?? empty }) }
        let widths = columnWidths(header: visibleCells(result.columns), rows: cells, width: width, keepHeadings: true)
        var lines = tableHeader(result.columns, widths: widths)
        for row in cells {
            let wrapped = zip(row, widths).map { wrap($0, width: $1) }
            let height = wrapped.map(\.count).max() ?? 1
            for index in 0..<height {
                lines.append(line(wrapped.map { index < $0.count ? $0[index] : "" }, widths: widths))
            }
        }
        lines.append(rowCount(result.rows.count, language: language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A text cut into lines of at most `width` characters, at spaces where it can be.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
