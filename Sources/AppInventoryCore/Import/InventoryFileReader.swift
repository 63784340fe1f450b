import Foundation

/// Input file formats.
public enum InputFormat: String, Sendable, CaseIterable {
    case csv, json, xlsx

    /// Guesses from the extension, then from the first non-blank character.
    static func detect(path: String, data: Data) -> InputFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": return .json
        case "xlsx", "xlsm": return .xlsx
        case "csv", "tsv", "txt": return .csv
        default:
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
            let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            return first == UInt8(ascii: "[") || first == UInt8(ascii: "{") ? .json : .csv
        }
    }
}

/// Options a planner sets for reading an export.
public struct ImportOptions: Sendable {
    public var format: InputFormat?
    public var encoding: InputEncoding
    /// `column=field` overrides of the automatic header matching.
    public var columnOverrides: [String: String]
    /// The spreadsheet row holding the header; found automatically when nil.
    public var headerRow: Int?
    /// The workbook sheet to read; the first when nil.
    public var sheet: String?
    /// Values a single-agency register leaves out, filled where a row has none.
    public var agency: String?
    public var level: GovernmentLevel?
    public var region: String?
    /// Another vocabulary's words for status or level values, keyed by folded source text:
    /// `--value-map status:Approved=active,Denied=retired`.
    public var valueMaps: [InventoryField: [String: String]]
    /// Prefix every id with the file's name, so files that number their rows alike can be
    /// imported together.
    public var idPrefixFromFile: Bool
    /// Lookup tables for fields a register writes as codes (`--codes unit=kode-opd.csv`):
    /// a cell holding a listed code is read as its name.
    public var codeTables: [InventoryField: CodeTable]

    /// Fields a register may write as codes of a lookup table.
    public static let codedFields: [InventoryField] = [.agency, .unit, .region, .province, .domain]

    public init(format: InputFormat? = nil, encoding: InputEncoding = .utf8, columnOverrides: [String: String] = [:],
                headerRow: Int? = nil, sheet: String? = nil, agency: String? = nil, level: GovernmentLevel? = nil,
                region: String? = nil, valueMaps: [InventoryField: [String: String]] = [:], idPrefixFromFile: Bool = false,
                codeTables: [InventoryField: CodeTable] = [:]) {
        self.format = format
        self.encoding = encoding
        self.columnOverrides = columnOverrides
        self.headerRow = headerRow
        self.sheet = sheet
        self.agency = agency
        self.level = level
        self.region = region
        self.valueMaps = valueMaps
        self.idPrefixFromFile = idPrefixFromFile
        self.codeTables = codeTables
    }

    /// Reads `--codes` arguments: `FIELD=FILE` or `FIELD=WORKBOOK:SHEET`, for the fields in
    /// ``codedFields``.
    public static func codeTables(parsing arguments: [String]) throws(ImportError) -> [InventoryField: CodeTable] {
        var tables: [InventoryField: CodeTable] = [:]
        for argument in arguments {
            let parts = argument.split(separator: "=", maxSplits: 1).map { String($0).trimmedWhitespace }
            let fields = codedFields.map(\.rawValue).joined(separator: ", ")
            guard parts.count == 2, !parts[1].isEmpty, let field = InventoryField(rawValue: parts[0].lowercased()) else {
                throw ImportError(ImportIssue(file: "--codes", message: "expected FIELD=FILE, e.g. unit=kode-opd.csv, FIELD one of \(fields); got \"\(argument.excerpt)\""))
            }
            guard codedFields.contains(field) else {
                throw ImportError(ImportIssue(file: "--codes", message: "\(field.rawValue) cannot be read through a code table; FIELD is one of \(fields)"))
            }
            // `daftar.xlsx:Kode OPD` names a sheet of a workbook (often the register's own).
            var (path, sheet): (String, String?) = (parts[1], nil)
            if !FileManager.default.fileExists(atPath: path), let colon = path.lastIndex(of: ":"),
               FileManager.default.fileExists(atPath: String(path[..<colon])) {
                (path, sheet) = (String(path[..<colon]), String(path[path.index(after: colon)...]))
            }
            tables[field] = try CodeTable.read(path: path, sheet: sheet)
        }
        return tables
    }

    /// Reads `--value-map` arguments: `FIELD:FROM=TO,FROM=TO`, for status and level.
    public static func valueMaps(parsing arguments: [String]) throws(ImportError) -> [InventoryField: [String: String]] {
        var maps: [InventoryField: [String: String]] = [:]
        for argument in arguments {
            let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let field = InventoryField(rawValue: parts[0].lowercased()), field == .status || field == .level else {
                throw ImportError(ImportIssue(file: "--value-map", message: "expected status:FROM=TO,FROM=TO or level:FROM=TO, got \"\(argument.excerpt)\""))
            }
            for pair in parts[1].split(separator: ",") {
                let sides = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmedWhitespace }
                let valid = sides.count == 2 && (field == .status ? ApplicationStatus(parsing: sides[1]) != nil : GovernmentLevel(parsing: sides[1]) != nil)
                guard valid else {
                    throw ImportError(ImportIssue(file: "--value-map", message: "\"\(String(pair).excerpt)\" should read FROM=TO with TO a \(field.rawValue) value (\(field == .status ? "active, development, inactive, retired" : "central, province, regency, city"))"))
                }
                maps[field, default: [:]][InventoryField.fold(sides[0])] = sides[1]
            }
        }
        return maps
    }
}

/// Reads one inventory export (CSV, JSON or an Excel workbook) into validated applications.
public enum InventoryFileReader {
    /// Reads and validates the file at `path`; throws ``ImportError`` listing every problem.
    public static func read(path: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportBatch {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read (permission denied or a folder)" : "no such file"
            throw ImportError(ImportIssue(file: path, message: reason))
        }
        return try read(data: data, file: path, options: options)
    }

    /// Reads and validates file contents already in memory; `file` names it in messages.
    public static func read(data: Data, file: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportBatch {
        let format = options.format ?? InputFormat.detect(path: file, data: data)
        let table: RawTable
        switch format {
        case .csv:
            table = try CSVTableReader.read(TextDecoding.decode(data, file: file, encoding: options.encoding), file: file, headerRow: options.headerRow)
        case .json:
            _ = try TextDecoding.decode(data, file: file, encoding: .utf8)
            table = try JSONTableReader.read(data, file: file)
        case .xlsx:
            table = try WorkbookReader.read(data, file: file, sheet: options.sheet).table(headerRow: options.headerRow)
        }
        if table.rows.isEmpty && format == .csv && table.header.count <= 1 && InventoryField.matching(header: table.header.first ?? "") == nil {
            throw ImportError(ImportIssue(file: file, row: 1, message: "the header row \"\(table.header.joined().excerpt)\" names no known column; expected a header such as \"name,agency,description\""))
        }
        let mapping = try ColumnMapping(table, overrides: options.columnOverrides)
        if table.rows.isEmpty {
            throw ImportError(ImportIssue(file: file, message: "has a header but no application rows; nothing to import"))
        }
        let outcome = try ApplicationRowReader.read(table, mapping: mapping, options: options)
        return ImportBatch(file: file, sha256: Digest.sha256(data), format: format.rawValue, applications: outcome.applications,
                           linesRead: table.physicalLines, notes: table.notes + outcome.notes,
                           columns: ColumnReport.describe(table, mapping: mapping, rows: outcome.appRows, valueMaps: options.valueMaps))
    }
}
