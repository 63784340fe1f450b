import Foundation

/// Reads one sheet of an Excel workbook (.xlsx) into rows of cell text, as a planner sees
/// them in Excel: shared and inline strings, numbers, booleans, dates (as `yyyy-mm-dd`),
/// and merged cells repeated over their range.
enum WorkbookReader {
    /// The most cells merged ranges may fill; a damaged file could claim the whole sheet.
    static let mergedCellLimit = 1_000_000
    /// The most cells (rows × columns used) a sheet may span: a 100,000-row register of 50
    /// columns is 5 million.
    static let cellLimit = 20_000_000

    static func read(_ data: Data, file: String, sheet wanted: String?) throws(ImportError) -> RawGrid {
        func failure(_ message: String, sheet: String? = nil) -> ImportError {
            ImportError(ImportIssue(file: file, sheet: sheet, message: message))
        }
        do {
            let archive = try WorkbookArchive(data)
            let sheets = WorkbookXML.Sheets()
            guard WorkbookXML.parse(try archive.part("xl/workbook.xml"), with: sheets), !sheets.sheets.isEmpty else {
                throw failure("is not a readable Excel workbook: its list of sheets is damaged")
            }
            let names = sheets.sheets.map(\.name)
            let chosen: (name: String, relationship: String)
            if let wanted {
                guard let match = sheets.sheets.first(where: { $0.name == wanted }) ?? sheets.sheets.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                    throw failure("has no sheet named \"\(wanted.excerpt)\"; its sheets are \(names.map { "\"\($0)\"" }.joined(separator: ", ").excerpt)")
                }
                chosen = match
            } else {
                chosen = sheets.sheets[0]
            }
            let relationships = WorkbookXML.Relationships()
            if archive.contains("xl/_rels/workbook.xml.rels") {
                _ = WorkbookXML.parse(try archive.part("xl/_rels/workbook.xml.rels"), with: relationships)
            }
            let index = names.firstIndex(of: chosen.name)!
            let path = relationships.targets[chosen.relationship] ?? "xl/worksheets/sheet\(index + 1).xml"
            var shared: [String] = []
            if archive.contains("xl/sharedStrings.xml") {
                let handler = WorkbookXML.SharedStrings()
                guard WorkbookXML.parse(try archive.part("xl/sharedStrings.xml"), with: handler) else {
                    throw failure("is not a readable Excel workbook: its shared strings (xl/sharedStrings.xml) are not well-formed XML")
                }
                shared = handler.strings
            }
            var dateStyles: [Bool] = []
            if archive.contains("xl/styles.xml") {
                let handler = WorkbookXML.DateStyles()
                if WorkbookXML.parse(try archive.part("xl/styles.xml"), with: handler) { dateStyles = handler.isDate }
            }
            let handler = WorkbookXML.Sheet(sharedStrings: shared, dateStyles: dateStyles)
            let sheetData = try archive.part(path)
            guard WorkbookXML.parse(sheetData, with: handler) else {
                throw failure("the sheet's XML (\(path)) is damaged; open the file in Excel or LibreOffice and save it again", sheet: chosen.name)
            }
            if let (reference, message) = handler.failure {
                throw ImportError(ImportIssue(file: file, sheet: chosen.name, cell: reference, message: message))
            }
            return try grid(handler, file: file, sheet: chosen.name)
        } catch let error as ImportError {
            throw error
        } catch {
            switch error as! WorkbookArchive.Failure {
            case .notAZip:
                throw failure("is not a readable Excel workbook (a damaged or truncated ZIP); open it in Excel or LibreOffice and save it again")
            case .missingPart(let part):
                throw failure("is not a complete Excel workbook: the part \(part) is missing")
            case .tooLarge(let part, let size):
                throw failure("the part \(part) holds \(Int(min(size, UInt64(Int.max))).grouped) bytes, more than the \(WorkbookArchive.partLimit.grouped) a register needs; save the sheet as CSV or split it")
            case .damaged(let part):
                throw failure("is damaged: the part \(part) cannot be decompressed (a truncated or altered file)")
            case .entityDeclaration(let part):
                throw failure("the part \(part) declares XML entities, which no spreadsheet writes; refused as unsafe")
            }
        }
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
