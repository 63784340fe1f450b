import Foundation
import ZIPFoundation

/// Writes tables as an Excel workbook (.xlsx): one sheet a table, the header row bold and
/// frozen, numbers stored as numbers and text as inline strings.
///
/// Text cells are typed as text (inline strings), so a name such as `=HYPERLINK(…)` is shown,
/// never run, when the workbook opens: unlike CSV, no apostrophe is added to the value. A text
/// cell that starts like a formula (``SpreadsheetSafety/startsLikeFormula(_:)``, the rule CSV
/// exports apply) also gets the quote-prefix style, so it stays text when someone edits it and
/// presses Enter, which would otherwise make Excel run it.
public enum WorkbookWriter {
    /// Raised when the archive cannot be built (out of memory, in practice).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func workbook(_ sheets: [(name: String, table: QueryResult)]) throws -> Data {
        let names = uniqueSheetNames(sheets.map(\.name))
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """),
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                \(names.enumerated().map { "<sheet name=\"\(escape($1))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined())\
                </sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                \(names.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined())\
                <Relationship Id="rId\(names.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>
                """),
            ("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>\
                <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
                </styleSheet>
                """),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet.table)))
        }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(description: "the workbook could not be assembled") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "the workbook could not be assembled (\(error))")
        }
    }

    private static func contentTypes(count: Int) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        \((0..<count).map { $0 + 1 }.map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
        </Types>
        """
    }

    /// Cell styles of `styles.xml`: plain, the bold header, quote-prefixed text, and whole
    /// numbers with thousands separators (`#,##0`): a spreadsheet shows a General number of
    /// more than 11 digits, a rupiah total, as 1.36E+13.
    static let headerStyle = 1, quotePrefixStyle = 2, wholeNumberStyle = 3

    /// Whole numbers from this size up are shown with separators; smaller ones (years, wave
    /// numbers, counts of a few apps) stay as written.
    static let separatedFrom = 10_000.0

    /// Each column wide enough for its header and most of its cells (at most 60 characters),
    /// so labels are not cut off by the next column.
    private static func columnWidths(_ table: QueryResult) -> String {
        var widths = table.columns.map { $0.count }
        for cells in table.rows {
            for (column, cell) in cells.enumerated() where column < widths.count {
                widths[column] = max(widths[column], min(60, cell?.count ?? 0))
            }
        }
        let columns = widths.enumerated().map { column, width in
            "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(min(62, max(8, width + 2)))\" customWidth=\"1\"/>"
        }
        return columns.isEmpty ? "" : "<cols>" + columns.joined() + "</cols>"
    }

    private static func worksheet(_ table: QueryResult) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            \(columnWidths(table))<sheetData>
            """
        func attribute(_ style: Int) -> String { style == 0 ? "" : " s=\"\(style)\"" }
        func row(_ number: Int, _ cells: [String?], numeric: [Bool], style: Int) {
            xml += "<row r=\"\(number)\">"
            for (column, cell) in cells.enumerated() {
                guard let cell, !cell.isEmpty else { continue }
                let reference = SheetColumn.letters(column) + String(number)
                if column < numeric.count && numeric[column], let value = Double(cell) {
                    let separated = style == 0 && value == value.rounded() && abs(value) >= separatedFrom
                    xml += "<c r=\"\(reference)\"\(attribute(separated ? wholeNumberStyle : style))><v>\(cell)</v></c>"
                } else {
                    let textStyle = style == 0 && SpreadsheetSafety.startsLikeFormula(cell) ? quotePrefixStyle : style
                    xml += "<c r=\"\(reference)\"\(attribute(textStyle)) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(cell))</t></is></c>"
                }
            }
            xml += "</row>"
        }
        row(1, table.columns, numeric: [], style: headerStyle)
        for (index, cells) in table.rows.enumerated() {
            row(index + 2, cells, numeric: index < table.numeric.count ? table.numeric[index] : [], style: 0)
        }
        xml += "</sheetData></worksheet>"
        return xml
    }

    /// XML text with markup characters escaped and the control characters XML 1.0 forbids
    /// shown as `\u{…}` (they cannot be stored in a sheet at all).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Excel's rules: at most 31 characters, none of `[]:*?/\`, unique ignoring case.
    static func uniqueSheetNames(_ names: [String]) -> [String] {
        var taken = Set<String>()
        return names.map { name in
            var base = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if base.isEmpty { base = "Sheet" }
            var candidate = base
            var number = 2
            while !taken.insert(candidate.lowercased()).inserted {
                candidate = String(base.prefix(27)) + " (\(number))"
                number += 1
            }
            return candidate
        }
    }
}
