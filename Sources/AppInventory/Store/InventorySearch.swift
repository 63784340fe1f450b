import GRDB

/// Full-text search over name, acronym, description and features.
public enum InventorySearch {
    /// One hit, best first.
    public struct Hit: Sendable, Equatable {
        public var externalID: String
        public var name: String
        public var agency: String?
        public var snippet: String
    }

    /// Finds apps containing any of the words (prefix match), ranked by BM25 so apps with
    /// more and rarer matching words come first.
    public static func search(_ words: String, in database: InventoryDatabase, limit: Int = 20) throws -> [Hit] {
        let terms = Tokenizer.words(words)
        guard !terms.isEmpty else { return [] }
        let query = terms.map { "\"\($0)\"*" }.joined(separator: " OR ")
        return try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.external_id, a.name, a.agency,
                       snippet(apps_fts, -1, '[', ']', '…', 12) AS snippet
                FROM apps_fts JOIN apps a ON a.id = apps_fts.rowid
                WHERE apps_fts MATCH ? ORDER BY bm25(apps_fts, 10.0, 8.0, 2.0, 4.0), a.id LIMIT ?
                """, arguments: [query, limit]).map {
                Hit(externalID: $0[0], name: $0[1], agency: $0[2], snippet: $0[3])
            }
        }
    }
}
