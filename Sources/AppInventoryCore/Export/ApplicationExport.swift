import Foundation

/// Writes the inventory back out in the importer's own column names, so that exporting
/// and importing again gives the same inventory.
public enum ApplicationExport {
    static let columns: [InventoryField] = InventoryField.allCases

    public static func csv(_ apps: [Application], style: CSVStyle = .standard) -> String {
        let table = self.table(apps)
        var document = CSVDocument(header: table.columns, style: style)
        for row in table.rows { document.append(row.map { $0 ?? "" }) }
        return document.text
    }

    /// The inventory as rows and columns, for CSV and workbook exports; users, cost and year
    /// are marked numeric so a workbook stores them as numbers.
    public static func table(_ apps: [Application]) -> QueryResult {
        let attributeKeys = Set(apps.flatMap(\.attributes.keys)).sorted()
        let numericColumns = columns.map { $0 == .users || $0 == .annualCost || $0 == .launchedYear } + attributeKeys.map { _ in false }
        let rows = apps.map { app in (columns.map { cell(app, $0) } + attributeKeys.map { app.attributes[$0] ?? "" }).map(Optional.some) }
        let numeric = rows.map { row in zip(row, numericColumns).map { cell, isNumber in isNumber && !(cell ?? "").isEmpty } }
        return QueryResult(columns: columns.map(\.rawValue) + attributeKeys, rows: rows, numeric: numeric)
    }

    public static func json(_ apps: [Application]) -> String {
        let objects = apps.map { app in
            var pairs = columns.compactMap { field -> String? in
                if field.isList {
                    let items = list(app, field)
                    return items.isEmpty ? nil : "\(JSONText.quote(field.rawValue)): [\(items.map(JSONText.quote).joined(separator: ", "))]"
                }
                let value = cell(app, field)
                guard !value.isEmpty else { return nil }
                let numeric = field == .users || field == .annualCost || field == .launchedYear
                return "\(JSONText.quote(field.rawValue)): \(numeric ? value : JSONText.quote(value))"
            }
            pairs += app.attributes.keys.sorted().map { "\(JSONText.quote($0)): \(JSONText.quote(app.attributes[$0]!))" }
            return "  {" + pairs.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func list(_ app: Application, _ field: InventoryField) -> [String] {
        switch field {
        case .features: app.features
        case .dataEntities: app.dataEntities
        case .integrations: app.integrations
        default: []
        }
    }

    static func cell(_ app: Application, _ field: InventoryField) -> String {
        switch field {
        case .externalID: app.externalID
        case .name: app.name
        case .acronym: app.acronym ?? ""
        case .agency: app.agency ?? ""
        case .unit: app.unit ?? ""
        case .level: app.level?.rawValue ?? ""
        case .region: app.region ?? ""
        case .province: app.province ?? ""
        case .domain: app.domain ?? ""
        case .rabCode: app.rabCode ?? ""
        case .raaCode: app.raaCode ?? ""
        case .description: app.description ?? ""
        case .features, .dataEntities, .integrations: list(app, field).joined(separator: "; ")
        case .users: app.users.map(String.init) ?? ""
        case .annualCost: app.annualCost.map(NumberText.plain) ?? ""
        case .status: app.status?.rawValue ?? ""
        case .hosting: app.hosting ?? ""
        case .techStack: app.techStack ?? ""
        case .launchedYear: app.launchedYear.map(String.init) ?? ""
        case .url: app.url ?? ""
        }
    }
}
