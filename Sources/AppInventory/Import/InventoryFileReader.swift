import Foundation

/// Input file formats.
public enum InputFormat: String, Sendable, CaseIterable {
    case csv, json

    /// Guesses from the extension, then from the first non-blank character.
    static func detect(path: String, data: Data) -> InputFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": return .json
        case "csv", "tsv", "txt": return .csv
        default:
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

    public init(format: InputFormat? = nil, encoding: InputEncoding = .utf8, columnOverrides: [String: String] = [:]) {
        self.format = format
        self.encoding = encoding
        self.columnOverrides = columnOverrides
    }
}

/// Reads one inventory export (CSV or JSON) into validated applications.
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
            table = try CSVTableReader.read(TextDecoding.decode(data, file: file, encoding: options.encoding), file: file)
        case .json:
            _ = try TextDecoding.decode(data, file: file, encoding: .utf8)
            table = try JSONTableReader.read(data, file: file)
        }
        if table.rows.isEmpty && format == .csv && table.header.count <= 1 && InventoryField.matching(header: table.header.first ?? "") == nil {
            throw ImportError(ImportIssue(file: file, row: 1, message: "the header row \"\(table.header.joined())\" names no known column; expected a header such as \"name,agency,description\""))
        }
        let mapping = try ColumnMapping(header: table.header, overrides: options.columnOverrides, file: file)
        if table.rows.isEmpty {
            throw ImportError(ImportIssue(file: file, message: "has a header but no application rows; nothing to import"))
        }
        let applications = try ApplicationRowReader.read(table, mapping: mapping)
        return ImportBatch(file: file, sha256: Digest.sha256(data), format: format.rawValue, applications: applications)
    }
}
