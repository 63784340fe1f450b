/// Where a register's table ends, so what an office writes below it (a signature block with
/// place and date, title, "ttd", name and NIP; notes; a second small table) is skipped and
/// reported instead of read as apps.
///
/// The table ends at a totals row or a blank row when no row after it looks like an app:
/// a row looks like one when it has a name or an id and fills at least half as many cells as
/// the table's rows usually do. A blank row between two sections of apps therefore never
/// ends the table; a signature line in the name column does.
struct TableEnd {
    /// Position in ``RawTable/rows`` of the first row after the table; `rows.count` when
    /// nothing follows it.
    var index: Int

    /// How many rows of the table set the usual count of filled cells.
    private static let sampleSize = 200

    static func find(in table: RawTable, namePosition: Int, idPosition: Int?) -> TableEnd {
        let rows = table.rows
        let usual = usualFilledCells(rows, namePosition: namePosition)
        func looksLikeApp(_ row: [String]) -> Bool {
            let named = !row[namePosition].trimmedWhitespace.isEmpty || idPosition.map { !row[$0].trimmedWhitespace.isEmpty } ?? false
            guard named, ApplicationRowReader.summaryLabel(row, namePosition: namePosition) == nil else { return false }
            return filledCells(row) * 2 >= usual
        }
        // The rows from `trailing` on look like no app; the table ends at the first totals
        // row or blank row among them.
        var trailing = rows.count
        while trailing > 0, !looksLikeApp(rows[trailing - 1]) { trailing -= 1 }
        guard trailing < rows.count, trailing > 0 else { return TableEnd(index: rows.count) }
        for index in trailing..<rows.count {
            if table.afterBlank.contains(index) { return TableEnd(index: index) }
            if ApplicationRowReader.summaryLabel(rows[index], namePosition: namePosition) != nil {
                // Totals rows right below one another are all summary rows.
                var end = index + 1
                while end < rows.count, !table.afterBlank.contains(end),
                      ApplicationRowReader.summaryLabel(rows[end], namePosition: namePosition) != nil { end += 1 }
                return TableEnd(index: end)
            }
        }
        return TableEnd(index: rows.count)
    }

    /// What was skipped, for the import notes in `language`; nil when the table runs to the last row.
    func note(_ table: RawTable, language: Language = .en) -> String? {
        guard index < table.rows.count else { return nil }
        let skipped = table.rows[index...]
        let first = table.rowNumbers[index]
        let last = table.rowNumbers.last!
        let texts = skipped.flatMap { $0.map(\.trimmedWhitespace).filter { !$0.isEmpty } }
        var distinct: [String] = []
        for text in texts where !distinct.contains(text) { distinct.append(text) }
        let signature = distinct.contains(where: Self.isSignatureLine)
        let quoted = distinct.prefix(3).map { "\"\($0.excerpt)\"" }.joined(separator: ", ") + (distinct.count > 3 ? ", …" : "")
        guard language == .en else {
            let rows = first == last ? "baris \(first)" : "baris \(first)-\(last)"
            return "\(skipped.count) baris sesudah tabel dilewati, tidak diimpor sebagai aplikasi: \(rows), \(signature ? "blok tanda tangan" : "teks di bawah tabel") (\(quoted))"
        }
        let rows = first == last ? "row \(first)" : "rows \(first)-\(last)"
        return "skipped \(skipped.count == 1 ? "1 row" : "\(skipped.count) rows") after the table, not imported as apps: \(rows), \(signature ? "a signature block" : "text below the table") (\(quoted))"
    }

    /// Lines a signature block holds: "Mataram, 30 September 2026", "Kepala Dinas …",
    /// "ttd", "NIP 19700101 …", "Mengetahui,", "a.n. Gubernur".
    static func isSignatureLine(_ text: String) -> Bool {
        let words = Tokenizer.words(text)
        guard let first = words.first else { return false }
        if ["ttd", "nip", "mengetahui", "kepala", "sekretaris", "plt", "plh", "an", "pembina", "penata", "gubernur", "bupati", "walikota", "disahkan", "dibuat"].contains(first) {
            return true
        }
        let months: Set<String> = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"]
        return words.contains(where: months.contains) && words.contains { $0.count == 4 && Int($0).map { (1900...2100).contains($0) } == true }
    }

    private static func filledCells(_ row: [String]) -> Int {
        row.reduce(0) { $0 + ($1.trimmedWhitespace.isEmpty ? 0 : 1) }
    }

    /// The median count of filled cells over the first named rows.
    private static func usualFilledCells(_ rows: [[String]], namePosition: Int) -> Int {
        let counts = rows.lazy.filter { !$0[namePosition].trimmedWhitespace.isEmpty }.prefix(sampleSize).map(filledCells).sorted()
        return counts.isEmpty ? 0 : counts[counts.count / 2]
    }
}
