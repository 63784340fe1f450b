import Foundation

/// Reads the list of national platforms (CSV): name, acronym, owner, mandatory, functions, description.
public enum NationalPlatformReader {
    public static func read(path: String) throws(ImportError) -> [NationalPlatform] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(ImportIssue(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"))
        }
        let table = try CSVTableReader.read(TextDecoding.decode(data, file: path, encoding: .utf8), file: path, headerRow: 1)
        let aliases: [String: [String]] = [
            "name": ["name", "nama", "platform", "aplikasi", "nama_aplikasi"], "acronym": ["acronym", "akronim", "singkatan"],
            "owner": ["owner", "pemilik", "instansi", "pengelola"], "mandatory": ["mandatory", "wajib", "required"],
            "functions": ["functions", "fungsi", "function", "fitur", "features"], "description": ["description", "deskripsi", "keterangan"],
        ]
        var position: [String: Int] = [:]
        for (index, header) in table.header.enumerated() {
            let folded = InventoryField.fold(header)
            if let field = aliases.first(where: { $0.value.map(InventoryField.fold).contains(folded) })?.key, position[field] == nil { position[field] = index }
        }
        guard let nameColumn = position["name"] else {
            throw ImportError(ImportIssue(file: path, row: 1, message: "no name column; expected headers such as name,acronym,owner,mandatory,functions,description"))
        }
        var issues: [ImportIssue] = []
        var platforms: [NationalPlatform] = []
        for (row, number) in zip(table.rows, table.rowNumbers) {
            func cell(_ field: String) -> String? { position[field].flatMap { ValueParser.text(row[$0]) } }
            guard let name = cell("name") else {
                issues.append(ImportIssue(file: path, row: number, column: table.header[nameColumn], message: "the platform name is missing"))
                continue
            }
            var mandatory = false
            if let text = cell("mandatory") {
                switch text.lowercased() {
                case "yes", "ya", "true", "1", "wajib", "y": mandatory = true
                case "no", "tidak", "false", "0", "n": mandatory = false
                default:
                    issues.append(ImportIssue(file: path, row: number, column: table.header[position["mandatory"]!], message: "expected yes or no, found \"\(text.excerpt)\""))
                }
            }
            platforms.append(NationalPlatform(name: name, acronym: cell("acronym"), owner: cell("owner"), mandatory: mandatory,
                                              functions: ValueParser.list(cell("functions") ?? ""), description: cell("description")))
        }
        if !issues.isEmpty { throw ImportError(issues) }
        return platforms
    }
}
