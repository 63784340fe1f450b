/// Reads CSV text strictly (see ``CSVTokenizer``) into a ``RawTable``.
enum CSVTableReader {
    static func read(_ text: String, file: String, headerRow: Int? = nil, language: Language = .en) throws(ImportError) -> RawTable {
        let delimiter = detectDelimiter(text)
        let result: CSVTokenizer.Result
        do {
            result = try CSVTokenizer.tokenize(text, delimiter: UInt8(delimiter.value))
        } catch {
            throw ImportError(issue(for: error, text: text, delimiter: UInt8(delimiter.value), file: file, language: language))
        }
        let grid = RawGrid(file: file, records: result.records, recordNumbers: Array(1..<(result.records.count + 1)),
                           physicalLines: result.physicalLines, fixedWidth: true, listsSplitOnComma: delimiter != ",")
        return try grid.table(headerRow: headerRow, language: language)
    }

    /// Names the header cell of a structural failure, reading the header only when the
    /// failure lies below it.
    private static func issue(for failure: CSVTokenizer.Failure, text: String, delimiter: UInt8, file: String, language: Language) -> ImportIssue {
        var column = language.pick(en: "column \(failure.field + 1)", id: "kolom \(failure.field + 1)")
        if failure.record > 1, let header = try? CSVTokenizer.tokenize(String(text.prefix(while: { $0 != "\n" && $0 != "\r" })), delimiter: delimiter).records.first,
           failure.field < header.count, !header[failure.field].trimmedWhitespace.isEmpty {
            column = header[failure.field].excerpt
        }
        let message = switch failure.kind {
        case .unclosedQuote:
            language.pick(en: "unclosed quote: a quoted field starts here and never ends; close it with \" or remove the stray quote",
                          id: "tanda kutip tidak ditutup: sel berkutip dimulai di sini dan tidak pernah berakhir; tutup dengan \" atau hapus tanda kutip yang tersesat")
        case .textAfterClosingQuote(let following):
            language.pick(en: "a quoted field ends and is followed by \"\(following.excerpt)\" instead of a delimiter or line end; put the whole cell in quotes and double the quotes inside it (\"\"\"Catatan\"\" tambahan\")",
                          id: "sel berkutip berakhir lalu diikuti \"\(following.excerpt)\", bukan pemisah atau akhir baris; beri tanda kutip pada seluruh sel dan gandakan tanda kutip di dalamnya (\"\"\"Catatan\"\" tambahan\")")
        case .tooManyFields:
            language.pick(en: "more than \(CSVTokenizer.maxFields.grouped) columns; a register has a few dozen, so this is not a register's header (check the delimiter)",
                          id: "lebih dari \(CSVTokenizer.maxFields.grouped) kolom; sebuah daftar punya beberapa puluh, jadi ini bukan judul kolom daftar (periksa pemisahnya)")
        }
        return ImportIssue(file: file, row: failure.record, column: column, message: message)
    }

    /// Picks `,`, `;` or tab: the one that splits the first records (outside quotes) into the
    /// same number of pieces most often. A title row above the header, or a cell holding the
    /// other delimiter, does not sway it; Excel pads title rows to the table's width.
    static func detectDelimiter(_ text: String) -> Unicode.Scalar {
        let candidates: [Unicode.Scalar] = [",", ";", "\t"]
        var perRecord: [[Int]] = []
        var counts = [0, 0, 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                quoted.toggle()
            } else if !quoted {
                if scalar == "\n" {
                    perRecord.append(counts)
                    counts = [0, 0, 0]
                    if perRecord.count >= 20 { break }
                } else if let index = candidates.firstIndex(of: scalar) {
                    counts[index] += 1
                }
            }
        }
        if counts != [0, 0, 0] { perRecord.append(counts) }
        var best: (delimiter: Unicode.Scalar, records: Int, pieces: Int) = (",", 0, 0)
        for (index, candidate) in candidates.enumerated() {
            var frequency: [Int: Int] = [:]
            for record in perRecord where record[index] > 0 { frequency[record[index], default: 0] += 1 }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if (mode.value, mode.key) > (best.records, best.pieces) { best = (candidate, mode.value, mode.key) }
        }
        return best.delimiter
    }
}

extension Int {
    /// 12500 → "12,500" in messages.
    var grouped: String { NumberText.grouped(Int64(self), separator: ",") }
}
