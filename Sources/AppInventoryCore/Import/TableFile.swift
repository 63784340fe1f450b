import Foundation

/// An opened table file: CSV (`,` `;` or tab), a JSON array of objects, or an Excel workbook
/// and its sheets.
///
/// Registers, code tables and platform catalogues arrive in all of these formats; opening
/// them in one place means each format is recognised, decoded and refused the same way
/// whatever the file is for, and a reader only says which sheet and header row it wants.
struct TableFile {
    /// The file as named in messages.
    let file: String
    let format: InputFormat
    private let content: Content

    private enum Content {
        case text(String)
        case json(Data)
        case workbook(WorkbookReader)
    }

    /// Opens `data`, the contents of `file`, in `format` (by default from the extension, then
    /// the content); `encoding` applies to CSV text.
    init(data: Data, file: String, format: InputFormat? = nil, encoding: InputEncoding = .utf8, language: Language = .en) throws(ImportError) {
        self.file = file
        self.format = format ?? InputFormat.detect(path: file, data: data)
        switch self.format {
        case .csv: content = .text(try TextDecoding.decode(data, file: file, encoding: encoding, language: language))
        case .json:
            _ = try TextDecoding.decode(data, file: file, encoding: .utf8, language: language)
            content = .json(data)
        case .xlsx: content = .workbook(try WorkbookReader(data, file: file))
        }
    }

    /// Opens the file at `path` (see ``init(data:file:format:encoding:)``).
    init(path: String, format: InputFormat? = nil, encoding: InputEncoding = .utf8) throws(ImportError) {
        try self.init(data: InventoryFileReader.contents(of: path), file: path, format: format, encoding: encoding)
    }

    /// The workbook's sheets in tab order; empty for CSV and JSON, which hold one table.
    var sheetNames: [String] {
        if case .workbook(let workbook) = content { return workbook.sheetNames }
        return []
    }

    /// The table of `sheet` (matched exactly, then ignoring case; the first sheet when nil),
    /// its header found among the top rows or taken from `headerRow`. CSV and JSON hold one
    /// table: naming a sheet in them is an error, as is a sheet the workbook lacks (the
    /// message lists the sheets there are). The notes on what was skipped are in `language`.
    func table(sheet: String? = nil, headerRow: Int? = nil, language: Language = .en) throws(ImportError) -> RawTable {
        switch content {
        case .workbook(let workbook):
            let name = try sheet.map { wanted throws(ImportError) in try workbook.sheetName(wanted, language: language) } ?? workbook.sheetNames[0]
            return try workbook.grid(name).table(headerRow: headerRow, language: language)
        case _ where sheet != nil:
            let kind = format == .json ? "JSON" : "CSV"
            throw ImportError(ImportIssue(file: file, message: language.pick(
                en: "is \(kind), which has no sheets; a sheet (\"\(sheet!.excerpt)\") can only be named in an Excel workbook",
                id: "adalah \(kind), yang tidak punya lembar; lembar (\"\(sheet!.excerpt)\") hanya dapat disebut pada buku kerja Excel")))
        case .text(let text): return try CSVTableReader.read(text, file: file, headerRow: headerRow, language: language)
        case .json(let data): return try JSONTableReader.read(data, file: file, language: language)
        }
    }
}
