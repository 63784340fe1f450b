import Foundation

/// Reads the sheets of an Excel workbook (.xlsx) into rows of cell text, as a planner sees
/// them in Excel: shared and inline strings, numbers, booleans, dates (as `yyyy-mm-dd`),
/// and merged cells repeated over their range.
///
/// Opening reads what every sheet shares (the sheet list, shared strings, date styles) once,
/// so a register spread over many sheets is not decompressed again per sheet.
struct WorkbookReader {
    /// The most cells merged ranges may fill; a damaged file could claim the whole sheet.
    static let mergedCellLimit = 1_000_000
    /// The most cells (rows × columns used) a sheet may span: a 100,000-row register of 50
    /// columns is 5 million.
    static let cellLimit = 20_000_000

    let file: String
    /// The sheets in workbook order, as Excel's tabs name them.
    let sheetNames: [String]
    private let archive: WorkbookArchive
    private let partOfSheet: [String]
    private let sharedStrings: [String]
    private let dateStyles: [Bool]

    init(_ data: Data, file: String) throws(ImportError) {
        self.file = file
        do {
            archive = try WorkbookArchive(data)
            let sheets = WorkbookXML.Sheets()
            guard WorkbookXML.parse(try archive.part("xl/workbook.xml"), with: sheets), !sheets.sheets.isEmpty else {
                throw ImportError(ImportIssue(file: file, message: "is not a readable Excel workbook: its list of sheets is damaged"))
            }
            sheetNames = sheets.sheets.map(\.name)
            let relationships = WorkbookXML.Relationships()
            if archive.contains("xl/_rels/workbook.xml.rels") {
                _ = WorkbookXML.parse(try archive.part("xl/_rels/workbook.xml.rels"), with: relationships)
            }
            partOfSheet = sheets.sheets.enumerated().map { index, sheet in
                relationships.targets[sheet.relationship] ?? "xl/worksheets/sheet\(index + 1).xml"
            }
            var shared: [String] = []
            if archive.contains("xl/sharedStrings.xml") {
                let handler = WorkbookXML.SharedStrings()
                guard WorkbookXML.parse(try archive.part("xl/sharedStrings.xml"), with: handler) else {
                    throw ImportError(ImportIssue(file: file, message: "is not a readable Excel workbook: its shared strings (xl/sharedStrings.xml) are not well-formed XML"))
                }
                shared = handler.strings
            }
            sharedStrings = shared
            var dates: [Bool] = []
            if archive.contains("xl/styles.xml") {
                let handler = WorkbookXML.DateStyles()
                if WorkbookXML.parse(try archive.part("xl/styles.xml"), with: handler) { dates = handler.isDate }
            }
            dateStyles = dates
        } catch let error as ImportError {
            throw error
        } catch {
            throw Self.failure(error as! WorkbookArchive.Failure, file: file)
        }
    }

    /// The sheet `wanted` names, matched exactly, then ignoring case; the error is in `language`.
    func sheetName(_ wanted: String, language: Language = .en) throws(ImportError) -> String {
        guard let match = sheetNames.first(where: { $0 == wanted }) ?? sheetNames.first(where: { $0.lowercased() == wanted.lowercased() }) else {
            let sheets = sheetNames.map { "\"\($0)\"" }.joined(separator: ", ").excerpt
            throw ImportError(ImportIssue(file: file, message: language.pick(en: "has no sheet named \"\(wanted.excerpt)\"; its sheets are \(sheets)",
                                                                             id: "tidak punya lembar bernama \"\(wanted.excerpt)\"; lembarnya \(sheets)")))
        }
        return match
    }

    /// The cells of the sheet named `name` (one of ``sheetNames``).
    func grid(_ name: String) throws(ImportError) -> RawGrid {
        let path = partOfSheet[sheetNames.firstIndex(of: name)!]
        do {
            let handler = WorkbookXML.Sheet(sharedStrings: sharedStrings, dateStyles: dateStyles)
            guard WorkbookXML.parse(try archive.part(path), with: handler) else {
                throw ImportError(ImportIssue(file: file, sheet: name, message: "the sheet's XML (\(path)) is damaged; open the file in Excel or LibreOffice and save it again"))
            }
            if let (reference, message) = handler.failure {
                throw ImportError(ImportIssue(file: file, sheet: name, cell: reference, message: message))
            }
            return try Self.grid(handler, file: file, sheet: name)
        } catch let error as ImportError {
            throw error
        } catch {
            throw Self.failure(error as! WorkbookArchive.Failure, file: file)
        }
    }

    private static func failure(_ failure: WorkbookArchive.Failure, file: String) -> ImportError {
        let message = switch failure {
        case .notAZip:
            "is not a readable Excel workbook (a damaged or truncated ZIP); open it in Excel or LibreOffice and save it again"
        case .missingPart(let part):
            "is not a complete Excel workbook: the part \(part) is missing"
        case .tooLarge(let part, let size):
            "the part \(part) holds \(Int(min(size, UInt64(Int.max))).grouped) bytes, more than the \(WorkbookArchive.partLimit.grouped) a register needs; save the sheet as CSV or split it"
        case .damaged(let part):
            "is damaged: the part \(part) cannot be decompressed (a truncated or altered file)"
        case .entityDeclaration(let part):
            "the part \(part) declares XML entities, which no spreadsheet writes; refused as unsafe"
        }
        return ImportError(ImportIssue(file: file, message: message))
    }

    private static func grid(_ sheet: WorkbookXML.Sheet, file: String, sheet name: String) throws(ImportError) -> RawGrid {
        var byRow: [Int: [Int: String]] = [:]
        var width = 0
        for cell in sheet.cells {
            byRow[cell.row, default: [:]][cell.column] = cell.text
            width = max(width, cell.column + 1)
        }
        var filled = 0
        for merge in sheet.merges {
            guard let value = byRow[merge.from.row]?[merge.from.column] else { continue }
            let area = (merge.to.row - merge.from.row + 1) * (merge.to.column - merge.from.column + 1)
            filled += max(area, 0)
            if filled > mergedCellLimit {
                throw ImportError(ImportIssue(file: file, sheet: name, message: "merged ranges cover more than \(mergedCellLimit.grouped) cells; unmerge them and save again"))
            }
            for row in merge.from.row...max(merge.from.row, merge.to.row) {
                for column in merge.from.column...max(merge.from.column, merge.to.column) where byRow[row]?[column] == nil {
                    byRow[row, default: [:]][column] = value
                }
            }
            width = max(width, merge.to.column + 1)
        }
        if width > CSVTokenizer.maxFields {
            throw ImportError(ImportIssue(file: file, sheet: name, message: "the sheet uses \(width.grouped) columns, more than the \(CSVTokenizer.maxFields.grouped) a register has"))
        }
        let numbers = byRow.keys.sorted()
        if numbers.count * width > cellLimit {
            throw ImportError(ImportIssue(file: file, sheet: name, message: "the sheet spans \(numbers.count.grouped) rows by \(width.grouped) columns, more than the \(cellLimit.grouped) cells a register needs; delete stray cells far right or below the table"))
        }
        let records = numbers.map { number in
            let cells = byRow[number]!
            return (0..<width).map { cells[$0] ?? "" }
        }
        return RawGrid(file: file, sheet: name, records: records, recordNumbers: numbers, physicalLines: numbers.last ?? 0, fixedWidth: false)
    }
}
