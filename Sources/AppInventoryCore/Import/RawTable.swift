/// The cells of an input file before any field is interpreted: a header and rows of text.
///
/// CSV, JSON and workbook sheets all become a `RawTable`, so header detection, mapping and
/// validation are written once, and every message locates its cell the same way.
struct RawTable {
    var file: String
    /// The sheet of a workbook; locations then read `FILE:SHEET:CELL`.
    var sheet: String?
    var header: [String]
    /// The spreadsheet row of the header (1 unless title rows stand above it).
    var headerRow = 1
    var rows: [[String]]
    /// The number a planner sees for each row: the spreadsheet row (title rows and the
    /// header count), or the object position for JSON.
    var rowNumbers: [Int]
    /// Lines of text (CSV), objects (JSON) or rows (sheet) read, so a planner can compare
    /// them with the rows imported.
    var physicalLines: Int
    /// What the reader did that a planner should know: skipped rows, renamed columns.
    var notes: [String] = []
    /// The text of the title rows above the header ("DAFTAR APLIKASI PEMERINTAH KABUPATEN
    /// BANYUMAS"), each row's filled cells joined: they often name the register's owner.
    var titles: [String] = []
    /// Whether list cells also split on commas (the file's own delimiter is not a comma).
    var listsSplitOnComma = false
    /// Positions in ``rows`` of the rows that follow a blank row: where a table may end.
    var afterBlank: Set<Int> = []
    /// Problems of rows that only count if the row belongs to the table (a cell right of the
    /// header's last column, as a signature block below a sheet often has), by position in ``rows``.
    var rowIssues: [Int: ImportIssue] = [:]

    /// Locates a problem at a row and header position.
    func issue(row: Int?, position: Int?, _ message: String) -> ImportIssue {
        let column = position.map { $0 < header.count ? header[$0] : "column \($0 + 1)" }
        guard let sheet else { return ImportIssue(file: file, row: row, column: column, message: message) }
        let cell = position.map { SheetColumn.letters($0) + (row.map(String.init) ?? "") }
        return ImportIssue(file: file, sheet: sheet, row: row, column: column, cell: cell, message: message)
    }
}

/// Rows as read from a file, before the header is known.
struct RawGrid {
    var file: String
    var sheet: String?
    var records: [[String]]
    /// Spreadsheet row of each record.
    var recordNumbers: [Int]
    var physicalLines: Int
    /// Whether a row with more or fewer cells than the header is an error (CSV) or only
    /// trailing empty cells a sheet does not store (workbooks).
    var fixedWidth: Bool
    var listsSplitOnComma = false

    /// How many rows from the top may stand above the header.
    private static let maxHeaderSearch = 30

    /// Finds the header (or takes `headerRow`), names every column uniquely and keeps the
    /// non-blank rows below it; its notes on rows skipped are in `language`.
    func table(headerRow: Int?, language: Language = .en) throws(ImportError) -> RawTable {
        var base = RawTable(file: file, sheet: sheet, header: [], rows: [], rowNumbers: [], physicalLines: physicalLines)
        base.listsSplitOnComma = listsSplitOnComma
        guard let firstFilled = records.firstIndex(where: { !Self.isBlank($0) }) else {
            throw ImportError(base.issue(row: nil, position: nil, language.pick(en: "the file is empty; expected a header row such as \"name,agency,description\"",
                                                                      id: "berkas kosong; seharusnya ada baris judul kolom seperti \"nama,instansi,deskripsi\"")))
        }
        let headerIndex: Int
        if let headerRow {
            guard let index = recordNumbers.firstIndex(of: headerRow), !Self.isBlank(records[index]) else {
                throw ImportError(base.issue(row: headerRow, position: nil, language.pick(en: "--header-row \(headerRow) is blank or past the end of the file",
                                                                                  id: "--header-row \(headerRow) kosong atau melewati akhir berkas")))
            }
            headerIndex = index
        } else {
            headerIndex = Self.likelyHeader(records, from: firstFilled)
        }
        var topIndex = headerIndex
        var twoRows: TwoRowHeader?
        if let below = twoRowHeader(top: headerIndex) {
            twoRows = below
        } else if headerRow == nil, headerIndex > firstFilled, let above = twoRowHeader(top: headerIndex - 1) {
            // The sub-header row named more fields than the merged row above it.
            topIndex = headerIndex - 1
            twoRows = above
        }
        let headerNumber = recordNumbers[topIndex]
        base.headerRow = headerNumber
        base.titles = records[..<topIndex].map { $0.map(\.trimmedWhitespace).filter { !$0.isEmpty }.joined(separator: " ") }.filter { !$0.isEmpty }
        let id = language == .id
        let rowsText = twoRows == nil ? "\(id ? "baris" : "row") \(headerNumber)" : "\(id ? "baris" : "rows") \(headerNumber)-\(headerNumber + 1)"
        if headerNumber > 1 {
            let skipped = headerNumber == 2 ? "\(id ? "baris" : "row") 1" : "\(id ? "baris" : "rows") 1-\(headerNumber - 1)"
            let ask = headerRow == nil ? language.pick(en: " (say which with --header-row N)", id: " (tentukan dengan --header-row N)") : ""
            base.notes.append(language.pick(en: "header found on \(rowsText); \(skipped) skipped\(ask)", id: "judul kolom ditemukan di \(rowsText); \(skipped) dilewati\(ask)"))
        }
        if let twoRows { base.notes.append(twoRows.note(rows: rowsText, language: language)) }
        var header = twoRows?.names ?? records[topIndex]
        if !fixedWidth {
            while header.count > 1, header.last!.trimmedWhitespace.isEmpty { header.removeLast() }
        }
        base.header = Self.uniqueNames(header, notes: &base.notes, language: language)
        var issues: [ImportIssue] = []
        var blankAbove = false
        var firstBelowHeader = true
        for index in records.indices.dropFirst(topIndex + (twoRows == nil ? 1 : 2)) {
            var record = records[index]
            let number = recordNumbers[index]
            if Self.isBlank(record) {
                blankAbove = !base.rows.isEmpty
                continue
            }
            // A sheet stores no empty rows: a gap in its row numbers is a blank row.
            if !fixedWidth, let previous = base.rowNumbers.last, number > previous + 1 { blankAbove = true }
            if firstBelowHeader {
                firstBelowHeader = false
                if let count = Self.columnNumbers(record) {
                    base.notes.append(language.pick(en: "row \(number) numbers the columns (1 to \(count)) and was skipped",
                                                    id: "baris \(number) berisi nomor kolom (1 sampai \(count)) dan dilewati"))
                    continue
                }
            }
            if record.count != header.count {
                if fixedWidth {
                    let position = record.count > header.count ? header.count : record.count
                    issues.append(base.issue(row: number, position: position, language.pick(
                        en: "expected \(header.count) fields as in the header, found \(record.count); check for an unquoted delimiter or a missing field",
                        id: "seharusnya \(header.count) kolom seperti judulnya, tertulis \(record.count); periksa pemisah tanpa tanda kutip atau kolom yang hilang")))
                    continue
                }
                if record.count > header.count {
                    if !record[header.count...].allSatisfy({ $0.trimmedWhitespace.isEmpty }) {
                        let position = record.lastIndex { !$0.trimmedWhitespace.isEmpty }!
                        base.rowIssues[base.rows.count] = base.issue(row: number, position: position, language.pick(
                            en: "this cell lies right of the header's last column; give the column a header",
                            id: "sel ini terletak di kanan kolom terakhir judul; beri kolom itu judul"))
                    }
                    record.removeLast(record.count - header.count)
                } else {
                    record += Array(repeating: "", count: header.count - record.count)
                }
            }
            if blankAbove { base.afterBlank.insert(base.rows.count) }
            blankAbove = false
            base.rows.append(record)
            base.rowNumbers.append(number)
        }
        if !issues.isEmpty { throw ImportError(issues, partial: base) }
        return base
    }

    /// A header over two rows: merged parents ("Anggaran (Rp)" across two columns) over a row
    /// of sub-headers ("Pengadaan", "Pemeliharaan / Tahun").
    struct TwoRowHeader {
        /// One name a column: the parent and its sub-header joined, or the single header.
        var names: [String]
        /// Parents with the sub-headers under them, for the note.
        var groups: [(parent: String, children: [String])]

        func note(rows: String, language: Language = .en) -> String {
            let over = language.pick(en: " over ", id: " di atas ")
            let listed = groups.map { group in "\"\(group.parent.excerpt)\"" + over + group.children.map { "\"\($0.excerpt)\"" }.joined(separator: ", ") }
            return language.pick(en: "the header spans \(rows): ", id: "judul kolom memakai \(rows): ") + listed.joined(separator: "; ")
                + language.pick(en: "; their columns are named by both", id: "; kolomnya dinamai dengan keduanya")
        }
    }

    /// Reads the row below `top` as sub-headers when `top` holds merged parents over it.
    ///
    /// A parent spans columns: its name repeated (a merged cell reads the same in each
    /// column) or followed by blank header cells. The row below is a sub-header row when
    /// every column under a single-column header is blank or repeats it (merged down over
    /// both rows) and some parent has text under it that is not a number; a data row always
    /// has a value of its own under a single-column header such as the name.
    func twoRowHeader(top: Int) -> TwoRowHeader? {
        let below = top + 1
        guard below < records.count, recordNumbers[below] == recordNumbers[top] + 1 else { return nil }
        let header = records[top].map(\.trimmedWhitespace)
        let sub = records[below].map(\.trimmedWhitespace)
        // A row with one filled cell ("Tahun 2025" under the title) is a subtitle, not parents of columns.
        guard header.filter({ !$0.isEmpty }).count >= 2 else { return nil }
        var spans: [Range<Int>] = []
        var column = 0
        while column < header.count {
            guard !header[column].isEmpty else {
                // A blank header cell is a column of its own unless a parent spans it.
                spans.append(column..<(column + 1))
                column += 1
                continue
            }
            var end = column + 1
            while end < header.count, header[end].isEmpty || header[end] == header[column] { end += 1 }
            spans.append(column..<end)
            column = end
        }
        var names = header
        var groups: [(parent: String, children: [String])] = []
        func subText(_ column: Int) -> String { column < sub.count ? sub[column] : "" }
        for span in spans {
            let parent = header[span.lowerBound]
            if span.count == 1 {
                let text = subText(span.lowerBound)
                guard text.isEmpty || text == parent else { return nil }
                continue
            }
            var children: [String] = []
            for column in span {
                let text = subText(column)
                guard !text.isEmpty, text != parent else { continue }
                guard (try? ValueParser.amount(text)) == nil else { return nil }
                names[column] = "\(parent) \(text)"
                children.append(text)
            }
            if !children.isEmpty { groups.append((parent, children)) }
        }
        return groups.isEmpty ? nil : TwoRowHeader(names: names, groups: groups)
    }

    /// The count of columns when `record` numbers them, as government tables do under the
    /// header ("1 2 3 … 11", or "(1) (2) (3)"); nil otherwise.
    static func columnNumbers(_ record: [String]) -> Int? {
        var expected = 1
        for cell in record {
            var text = Substring(cell.trimmedWhitespace)
            if text.isEmpty { continue }
            if text.hasPrefix("("), text.hasSuffix(")") { text = text.dropFirst().dropLast() }
            guard Int(text) == expected else { return nil }
            expected += 1
        }
        return expected > 3 ? expected - 1 : nil
    }

    static func isBlank(_ record: [String]) -> Bool {
        record.allSatisfy { $0.trimmedWhitespace.isEmpty }
    }

    /// The row among the first few that names the most known fields; title rows above a
    /// register's header name none, and data rows name fewer than the header does.
    private static func likelyHeader(_ records: [[String]], from first: Int) -> Int {
        var best = (index: first, score: 0)
        for index in records.indices.dropFirst(first).prefix(maxHeaderSearch) {
            let filled = records[index].lazy.filter { !$0.trimmedWhitespace.isEmpty }
            guard filled.count >= 2 || records[index].count == 1 else { continue }
            // Distinct fields, so a title merged across the header's width counts once.
            let score = Set(filled.compactMap { InventoryField.matching(header: $0) }).count
            if score > best.score { best = (index, score) }
        }
        return best.index
    }

    /// `Catatan, Catatan, ""` → `Catatan, Catatan (2), column 3`: every column keeps its values.
    /// The names are the same in every language (`--map "column 3=…"` works whatever `--lang`);
    /// the notes are in `language`.
    private static func uniqueNames(_ header: [String], notes: inout [String], language: Language) -> [String] {
        var seen: [String: Int] = [:]
        var taken = Set(header.map { InventoryField.fold($0) })
        var renamed: [String] = []
        let names = header.enumerated().map { position, raw -> String in
            let name = raw.trimmedWhitespace
            if name.isEmpty {
                var candidate = "column \(position + 1)"
                while !taken.insert(InventoryField.fold(candidate)).inserted { candidate += "'" }
                renamed.append(language.pick(en: "column \(position + 1) has no header and is called \"\(candidate)\"",
                                             id: "kolom \(position + 1) tanpa judul dan dinamai \"\(candidate)\""))
                return candidate
            }
            let key = InventoryField.fold(name)
            let occurrence = seen[key, default: 0] + 1
            seen[key] = occurrence
            guard occurrence > 1 else { return name }
            var copy = occurrence
            var candidate = "\(name) (\(copy))"
            while !taken.insert(InventoryField.fold(candidate)).inserted {
                copy += 1
                candidate = "\(name) (\(copy))"
            }
            renamed.append(language.pick(en: "column \(position + 1) repeats the header \"\(name.excerpt)\" and is called \"\(candidate.excerpt)\"",
                                         id: "kolom \(position + 1) mengulang judul \"\(name.excerpt)\" dan dinamai \"\(candidate.excerpt)\""))
            return candidate
        }
        if renamed.count > 5 {
            notes.append(language.pick(en: "\(renamed.count) columns renamed to stay apart: ", id: "\(renamed.count) kolom dinamai ulang agar tetap terpisah: ")
                         + renamed.prefix(5).joined(separator: "; ") + "; …")
        } else {
            notes += renamed
        }
        return names
    }
}
