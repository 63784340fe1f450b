import Foundation

/// A register's lookup table: codes and the names they stand for.
///
/// Regional registers often write the owning unit as a code (`030701`) and send the codes'
/// names in a separate table ("Kode OPD | Nama OPD"). Analysis and plans need the names: a
/// code says nothing about the unit's job, and a planner cannot read a plan of codes. The
/// table is read like a register (CSV or .xlsx, title rows skipped) so it can be used as sent.
public struct CodeTable: Sendable, Equatable {
    /// The file the table came from (`FILE:SHEET` for a workbook), named in messages.
    public var file: String
    /// The path the table was read from, as given, and its sheet in a workbook: a register
    /// read with `--all-sheets` says which of its own sheets it read as codes.
    public var path: String
    public var sheet: String?
    /// Name by code as written (trimmed).
    private var names: [String: String] = [:]
    /// Name by digits without leading zeros, for codes a spreadsheet stored as numbers
    /// (`030701` becomes `30701` once Excel reads it as a number).
    private var namesByNumber: [String: String] = [:]

    public var count: Int { names.count }

    /// The name `code` stands for, or nil when the table does not hold it.
    public func name(for code: String) -> String? {
        let code = code.trimmedWhitespace
        if let name = names[code] { return name }
        return Self.number(code).flatMap { namesByNumber[$0] }
    }

    /// Whether a cell holds a code rather than a name: digits, with `.`, `-` or `/` between
    /// groups (`030701`, `1.02.01`). A cell that already names the unit is kept as written.
    public static func looksLikeCode(_ text: String) -> Bool {
        let text = text.trimmedWhitespace
        return !text.isEmpty && text.first!.isASCII && text.first!.isNumber
            && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "/" }
    }

    private static func number(_ code: String) -> String? {
        guard !code.isEmpty, code.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        let trimmed = code.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    private static let codeHeaders = ["kode", "code", "id", "kd"]
    private static let nameHeaders = ["nama", "name", "uraian", "keterangan", "label", "deskripsi", "description"]

    /// Reads a lookup table from the file at `path`; `sheet` names a workbook's sheet (the
    /// first by default), for registers that send their codes on a sheet of the register itself.
    public static func read(path: String, sheet: String? = nil) throws(ImportError) -> CodeTable {
        try read(data: InventoryFileReader.contents(of: path), file: path, sheet: sheet)
    }

    /// Reads a lookup table (CSV, JSON or .xlsx) from memory; `file` names it in messages.
    ///
    /// The code column is the one headed "Kode…"/"Code…"/"ID", the name column the one headed
    /// "Nama…"/"Name…"/"Uraian…"; a table of exactly two columns needs no such header
    /// (codes first). A code listed twice with different names is an error: which name is meant
    /// cannot be guessed.
    public static func read(data: Data, file: String, sheet: String? = nil) throws(ImportError) -> CodeTable {
        let table = try TableFile(data: data, file: file).table(sheet: sheet)
        func column(_ prefixes: [String], excluding: Int? = nil) -> Int? {
            table.header.indices.first { index in
                index != excluding && prefixes.contains { InventoryField.fold(table.header[index]).hasPrefix($0) }
            }
        }
        var codeColumn = column(codeHeaders)
        var nameColumn = column(nameHeaders, excluding: codeColumn)
        if codeColumn == nil || nameColumn == nil, table.header.count == 2 {
            (codeColumn, nameColumn) = (0, 1)
        }
        guard let codeColumn, let nameColumn else {
            let header = table.header.map { "\"\($0.excerpt)\"" }.joined(separator: ", ")
            throw ImportError(table.issue(row: table.headerRow, position: nil,
                "cannot tell which column holds the codes and which their names; head them \"Kode\" and \"Nama\" (the header has \(header))"))
        }
        var result = CodeTable(file: table.sheet.map { "\(file):\($0)" } ?? file, path: file, sheet: table.sheet)
        var rowOf: [String: Int] = [:]
        var issues: [ImportIssue] = []
        for (row, number) in zip(table.rows, table.rowNumbers) {
            let code = codeColumn < row.count ? row[codeColumn].trimmedWhitespace : ""
            let name = nameColumn < row.count ? row[nameColumn].trimmedWhitespace : ""
            if code.isEmpty && name.isEmpty { continue }
            if code.isEmpty {
                issues.append(table.issue(row: number, position: codeColumn, "\"\(name.excerpt)\" has no code"))
                continue
            }
            if name.isEmpty {
                issues.append(table.issue(row: number, position: nameColumn, "code \"\(code.excerpt)\" has no name"))
                continue
            }
            if let earlier = result.names[code] {
                if earlier != name {
                    issues.append(table.issue(row: number, position: codeColumn,
                        "code \"\(code.excerpt)\" is listed again with another name (\"\(name.excerpt)\"; row \(rowOf[code]!) says \"\(earlier.excerpt)\"); keep one"))
                }
                continue
            }
            result.names[code] = name
            rowOf[code] = number
            if let number = Self.number(code) { result.namesByNumber[number] = result.namesByNumber[number] ?? name }
        }
        if !issues.isEmpty { throw ImportError(issues) }
        if result.names.isEmpty {
            throw ImportError(ImportIssue(file: file, message: "holds no codes below its header; expected rows such as \"030701,Dinas Kesehatan\""))
        }
        return result
    }
}
