/// Where one source column went, so an import accounts for every column it read.
public struct ColumnReport: Sendable, Equatable {
    /// The column's header (renamed when it repeated another).
    public var column: String
    /// The field it fills, or nil when its values are kept in `attributes`.
    public var field: String?
    /// For a column kept in attributes that looks like a field: which, and how to choose it.
    public var suggestion: String?
    /// Up to three distinct values from the file, for `--dry-run`.
    public var samples: [String]

    /// Where the values went: a field name or "attributes".
    public var destination: String { field ?? "attributes" }

    static func describe(_ table: RawTable, mapping: ColumnMapping) -> [ColumnReport] {
        table.header.enumerated().map { position, column in
            var samples: [String] = []
            for row in table.rows where samples.count < 3 {
                if let value = ValueParser.text(row[position]), !samples.contains(value) { samples.append(value.excerpt) }
            }
            var suggestion: String?
            if let (field, winner) = mapping.suggestions[position] {
                suggestion = "looks like \(field.rawValue), which \"\(table.header[winner].excerpt)\" fills; to swap: --map \"\(column)=\(field.rawValue)\""
            } else if mapping.fields[position] == nil, let field = InventoryField.matching(header: column) {
                suggestion = "looks like \(field.rawValue); to use it: --map \"\(column)=\(field.rawValue)\""
            }
            return ColumnReport(column: column, field: mapping.fields[position]?.rawValue, suggestion: suggestion, samples: samples)
        }
    }
}
