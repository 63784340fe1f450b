import GRDB

extension ApplicationStore {
    /// The external id of the app each renamed row replaces, keyed by the row's own (new)
    /// external id. The old app is the one of the row's agency with the old name.
    static func resolve(_ renames: [AppRename], in batches: [ImportBatch], db: Database) throws -> [String: String] {
        var result: [String: String] = [:]
        for rename in renames {
            let rows = batches.flatMap(\.applications).filter { rename.isNew($0.application.name) }
            guard !rows.isEmpty else {
                throw StoreError.sql(message: "--renamed \"\(rename.old.excerpt)=\(rename.new.excerpt)\": no row of the file is named \"\(rename.new.excerpt)\"; nothing was imported")
            }
            let present = Set(batches.flatMap(\.applications).map(\.application.externalID))
            for row in rows {
                let agency = row.application.agency
                let candidates = try Row.fetchAll(db, sql: "SELECT external_id, name FROM apps WHERE agency IS ?", arguments: [agency])
                guard let old = candidates.first(where: { rename.isOld($0[1] as String) }) else {
                    throw StoreError.sql(message: "--renamed \"\(rename.old.excerpt)=\(rename.new.excerpt)\": the inventory has no app named \"\(rename.old.excerpt)\" of \(agency.map { "\"\($0.excerpt)\"" } ?? "no agency"); nothing was imported")
                }
                let oldID: String = old[0]
                if present.contains(oldID) {
                    throw StoreError.sql(message: "--renamed \"\(rename.old.excerpt)=\(rename.new.excerpt)\": the file still has \"\(rename.old.excerpt)\", so it was not renamed; nothing was imported")
                }
                result[row.application.externalID] = oldID
            }
        }
        return result
    }
}
