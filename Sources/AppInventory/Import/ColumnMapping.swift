/// Which input column feeds which inventory field; every other column goes to `attributes`.
public struct ColumnMapping: Sendable {
    /// Field for each header position; nil means "keep in attributes".
    var fields: [InventoryField?]
    var header: [String]

    /// Builds the mapping from the header, letting `overrides` (`column=field`, from `--map`) win.
    ///
    /// Throws when an override names an unknown column or field, or two columns claim one field.
    init(header: [String], overrides: [String: String], file: String) throws(ImportError) {
        self.header = header
        var fields = header.map { InventoryField.matching(header: $0) }
        var issues: [ImportIssue] = []
        for (column, fieldName) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let position = header.firstIndex(where: { InventoryField.fold($0) == InventoryField.fold(column) }) else {
                issues.append(ImportIssue(file: file, message: "--map names column \"\(column)\", which is not in the header (\(header.joined(separator: ", ")))"))
                continue
            }
            if ["", "-", "attributes", "ignore"].contains(fieldName.lowercased()) {
                fields[position] = nil
                continue
            }
            guard let field = InventoryField(rawValue: fieldName.lowercased()) ?? InventoryField.matching(header: fieldName) else {
                issues.append(ImportIssue(file: file, message: "--map \(column)=\(fieldName): unknown field; fields are \(InventoryField.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            for other in fields.indices where fields[other] == field { fields[other] = nil }
            fields[position] = field
        }
        var seen: [InventoryField: Int] = [:]
        for (position, field) in fields.enumerated() {
            guard let field else { continue }
            if let first = seen[field] {
                issues.append(ImportIssue(file: file, row: 1, column: header[position], message: "columns \"\(header[first])\" and \"\(header[position])\" both map to \(field.rawValue); choose one with --map \"\(header[position])=attributes\""))
            }
            seen[field] = position
        }
        if seen[.name] == nil {
            issues.append(ImportIssue(file: file, row: 1, message: "no column holds the application name; expected a header such as name, nama or nama_aplikasi, or say which with --map COLUMN=name (header: \(header.joined(separator: ", ")))"))
        }
        if !issues.isEmpty { throw ImportError(issues) }
        self.fields = fields
    }

    /// Position of the column mapped to `field`.
    func position(of field: InventoryField) -> Int? {
        fields.firstIndex(of: field)
    }
}
