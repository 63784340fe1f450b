extension TableRenderer {
    /// Aligned columns for people rather than SQL: an empty cell shows `empty` ("-") instead of
    /// NULL, and a cell too long for its column wraps onto more lines at word boundaries
    /// instead of being cut, so names and reasons stay whole; so do headings, so that a long
    /// heading over a column of short numbers leaves the room to the names. Ids and numbers are
    /// never wrapped, headings never cut. The row count below speaks the table's `language`.
    public static func wrappedTable(_ result: QueryResult, width: Int, empty: String = TableVocabulary.empty, language: Language = .en) -> String {
        guard !result.columns.isEmpty else { return "" }
        let headings = visibleCells(result.columns)
        let cells = result.rows.map { row in visibleCells(row.map { $0 ?? empty }) }
        let widths = columnWidths(header: headings, rows: cells, width: width, wrapping: true)
        var lines = wrappedLines(headings, widths: widths) + [rule(widths)]
        for row in cells { lines += wrappedLines(row, widths: widths) }
        lines.append(rowCount(result.rows.count, language: language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row of cells as table lines, each cell wrapped to its column's width.
    static func wrappedLines(_ cells: [String], widths: [Int]) -> [String] {
        let wrapped = zip(cells, widths).map { wrap($0, width: $1) }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { index in line(wrapped.map { index < $0.count ? $0[index] : "" }, widths: widths) }
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
