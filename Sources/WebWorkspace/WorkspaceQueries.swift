import AppInventory
import GRDB

/// The read queries behind the pages that the library's reports do not already answer.
enum WorkspaceQueries {
    static let pageSize = 50

    /// Runs a read query into a table of text cells.
    static func table(_ db: Database, _ sql: String, _ arguments: StatementArguments = []) throws -> QueryResult {
        let statement = try db.makeStatement(sql: sql)
        var result = QueryResult(columns: statement.columnNames, rows: [])
        for row in try Row.fetchAll(statement, arguments: arguments) {
            let values = Array(row.databaseValues)
            result.rows.append(values.map(text))
            result.numeric.append(values.map { if case .int64 = $0.storage { true } else if case .double = $0.storage { true } else { false } })
        }
        return result
    }

    static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let number): String(number)
        case .double(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(format: "%.2f", number)
        case .string(let string): string
        case .blob(let data): "<\(data.count) bytes>"
        }
    }

    /// The filters of the apps page.
    struct AppFilter: Sendable {
        var words: String?
        var agency: String?
        var province: String?
        var group: Int64?
        var action: String?
        var page: Int = 1
    }

    /// One page of apps matching the filter (best full-text matches first, else in import
    /// order, which needs no sort), and whether more follow.
    static func apps(_ database: InventoryDatabase, _ filter: AppFilter) throws -> (QueryResult, more: Bool) {
        let terms = Tokenizer.words(filter.words ?? "")
        let match = terms.isEmpty ? nil : terms.map { "\"\($0)\"*" }.joined(separator: " OR ")
        let source = match == nil ? "apps a" : """
            (SELECT rowid, bm25(apps_fts, 10.0, 8.0, 2.0, 4.0) AS rank FROM apps_fts WHERE apps_fts MATCH :match) f JOIN apps a ON a.id = f.rowid
            """
        let sql = """
            SELECT a.external_id AS id, a.name, a.agency, a.province, m.group_id AS "group", i.action
            FROM \(source)
            LEFT JOIN group_members m ON m.app_id = a.id
            LEFT JOIN plan_items i ON i.app_id = a.id AND i.plan_id = (SELECT max(id) FROM plans)
            WHERE (:agency IS NULL OR a.agency = :agency) AND (:province IS NULL OR a.province = :province)
              AND (:group IS NULL OR m.group_id = :group) AND (:action IS NULL OR i.action = :action)
            ORDER BY \(match == nil ? "a.id" : "f.rank, a.id") LIMIT :limit OFFSET :offset
            """
        let arguments: StatementArguments = [
            "match": match, "agency": filter.agency, "province": filter.province, "group": filter.group, "action": filter.action,
            "limit": pageSize + 1, "offset": (max(filter.page, 1) - 1) * pageSize,
        ]
        return try page(database.read { try table($0, sql, arguments) })
    }

    /// A page of `pageSize` rows from a query asked for one row more, and whether more follow.
    static func page(_ result: QueryResult) -> (QueryResult, more: Bool) {
        var result = result
        let more = result.rows.count > pageSize
        if more { result.rows.removeLast(); result.numeric.removeLast() }
        return (result, more)
    }

    /// Links to the previous and next page of a list, keeping the other query fields.
    static func pager(_ layout: PageLayout, base: String, fields: [String: String], page: Int, more: Bool) -> HTML {
        func link(_ number: Int, _ label: String) -> HTML {
            var items = fields
            items["page"] = String(number)
            let query = items.sorted { $0.key < $1.key }.map { "\($0.key)=\(PageLayout.percentEncode($0.value))" }.joined(separator: "&")
            return layout.link("\(base)?\(query)", label)
        }
        var parts: [HTML] = []
        if page > 1 { parts.append(link(page - 1, layout.language.pick(en: "← previous", id: "← sebelumnya"))) }
        parts.append(" \(layout.language.pick(en: "page", id: "halaman")) \(page) ")
        if more { parts.append(link(page + 1, layout.language.pick(en: "next →", id: "berikutnya →"))) }
        return "<p class=\"pager\">\(parts)</p>"
    }

    /// Every stored field of one app, as label and value; nil when no app has that id.
    static func appFields(_ db: Database, _ externalID: String) throws -> [(String, String)]? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT external_id, name, acronym, agency, agency_as_written, unit, level, region, province, domain, rab_code, raa_code,
                   description, users, annual_cost, status, hosting, tech_stack, launched_year, url, attributes, source_file, source_row,
                   imported_at, updated_at, id
            FROM apps WHERE external_id = ?
            """, arguments: [externalID]) else { return nil }
        let id: Int64 = row["id"]
        var fields: [(String, String)] = []
        for column in row.columnNames where column != "id" {
            if let value = text(row[column] as DatabaseValue), !value.isEmpty, value != "{}" { fields.append((column, value)) }
        }
        for (label, table, column) in [("features", "app_features", "feature"), ("data_entities", "app_data_entities", "entity"),
                                       ("integrations", "app_integrations", "target")] {
            let values = try String.fetchAll(db, sql: "SELECT \(column) FROM \(table) WHERE app_id = ? ORDER BY position", arguments: [id])
            if !values.isEmpty { fields.append((label, values.joined(separator: "; "))) }
        }
        return fields
    }

    /// The app's group and its planned action in the latest plan.
    static func appPlacement(_ db: Database, _ externalID: String, language: Language) throws -> [String?]? {
        try Row.fetchOne(db, sql: """
            SELECT m.group_id, g.label, i.action, i.platform_number, p.name AS platform, i.wave, i.wave_start,
                   \(language == .id ? "coalesce(i.reason_id, i.reason)" : "i.reason") AS reason
            FROM apps a
            LEFT JOIN group_members m ON m.app_id = a.id LEFT JOIN overlap_groups g ON g.id = m.group_id
            LEFT JOIN plan_items i ON i.app_id = a.id AND i.plan_id = (SELECT max(id) FROM plans)
            LEFT JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
            WHERE a.external_id = ?
            """, arguments: [externalID]).map { Array($0.databaseValues).map(text) }
    }
}
