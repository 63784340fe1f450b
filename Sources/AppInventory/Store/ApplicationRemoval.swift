import Foundation
import GRDB

/// What removing applications did, for the planner to read.
public struct RemovalSummary: Sendable, Equatable {
    /// External ids removed (deleted, or marked retired).
    public var removed: [String]
    /// Whether the apps were deleted rather than marked retired.
    public var deleted: Bool
    /// Active decisions that name a removed app, as "#ID KIND A B"; they no longer apply.
    public var affectedDecisions: [String]
}

extension ApplicationStore {
    /// Deletes applications by external id, recording the removal in `import_runs`.
    ///
    /// Every id must exist, or nothing is removed: a typo never half-applies.
    public func remove(_ ids: [String], reason: String?) throws -> RemovalSummary {
        try database.write { db in
            var missing: [String] = []
            var keys: [Int64] = []
            for id in ids {
                if let key = try Int64.fetchOne(db, sql: "SELECT id FROM apps WHERE external_id = ?", arguments: [id]) {
                    keys.append(key)
                } else {
                    missing.append(id)
                }
            }
            if !missing.isEmpty {
                throw StoreError.sql(message: "no app with id \(missing.map { "\"\($0.excerpt)\"" }.joined(separator: ", ")); nothing was removed (`consolidate search` or `export apps` lists ids)")
            }
            let affected = try Self.decisions(naming: ids, db: db)
            for key in keys { try db.execute(sql: "DELETE FROM apps WHERE id = ?", arguments: [key]) }
            try Self.recordRun(db, kind: "remove", file: "(remove)", removed: keys.count, reason: reason)
            return RemovalSummary(removed: ids, deleted: true, affectedDecisions: affected)
        }
    }

    /// Within an import's transaction, after `batch` was written: the apps that came from
    /// the same file earlier but are not in it now are marked retired, or deleted.
    static func removeMissing(from batch: ImportBatch, mode: ImportSummary.Replacement, dryRun: Bool, db: Database) throws -> RemovalSummary {
        let delete = mode == .delete
        let present = Set(batch.applications.map(\.application.externalID))
        let rows = try Row.fetchAll(db, sql: "SELECT id, external_id FROM apps WHERE source_file = ? AND (? OR status IS NULL OR status <> 'retired')",
                                    arguments: [batch.file, delete])
        let gone = rows.filter { !present.contains($0[1] as String) }
        let ids: [String] = gone.map { $0[1] }
        let affected = try decisions(naming: ids, db: db)
        if dryRun { return RemovalSummary(removed: ids, deleted: delete, affectedDecisions: affected) }
        let now = ISO8601DateFormatter().string(from: Date())
        for row in gone {
            let key: Int64 = row[0]
            if delete {
                try db.execute(sql: "DELETE FROM apps WHERE id = ?", arguments: [key])
            } else {
                // A fresh fingerprint, so a later file that has the app again restores it.
                try db.execute(sql: "UPDATE apps SET status = 'retired', updated_at = ?1, removed_at = ?1, content_hash = 'retired by replace' WHERE id = ?2", arguments: [now, key])
            }
        }
        try recordRun(db, kind: "replace", file: batch.file, removed: gone.count, reason: delete ? "deleted: not in the new file" : "retired: not in the new file")
        return RemovalSummary(removed: ids, deleted: delete, affectedDecisions: affected)
    }

    private static func recordRun(_ db: Database, kind: String, file: String, removed: Int, reason: String?) throws {
        let now = ISO8601DateFormatter().string(from: Date())
        try db.execute(sql: """
            INSERT INTO import_runs(file, sha256, format, rows, started_at, finished_at, kind, removed, reason)
            VALUES (?, '', '', 0, ?, ?, ?, ?, ?)
            """, arguments: [file, now, now, kind, removed, reason])
    }

    private static func decisions(naming ids: [String], db: Database) throws -> [String] {
        guard !ids.isEmpty else { return [] }
        let wanted = Set(ids)
        return try Row.fetchAll(db, sql: "SELECT id, kind, app_a, app_b FROM decisions WHERE undone_at IS NULL ORDER BY id").compactMap { row in
            let a: String = row[2]
            let b: String? = row[3]
            guard wanted.contains(a) || b.map(wanted.contains) == true else { return nil }
            return "#\(row[0] as Int64) \(row[1] as String) \(a)\(b.map { " \($0)" } ?? "")"
        }
    }
}
