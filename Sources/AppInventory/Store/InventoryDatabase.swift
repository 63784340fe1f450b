import Foundation
import GRDB

/// The inventory's SQLite file: opening, upgrading and guarding it.
///
/// Every write runs in one transaction, so a crash or an error leaves the file as it was.
/// WAL mode lets `consolidate sql` read while an import or analysis writes, and writers
/// wait for each other (busy timeout) instead of failing at once.
public final class InventoryDatabase: @unchecked Sendable {
    /// How open a database should be.
    public enum Access: Sendable {
        /// Read only; the file must exist.
        case read
        /// Read and write; the file must exist.
        case write
        /// Read and write, creating the file when missing.
        case create
    }

    public let path: String
    public let queue: DatabaseQueue

    /// Opens (or creates) the inventory at `path`, upgrading its schema when needed.
    public init(path: String, access: Access, busyTimeout: TimeInterval = 30) throws {
        self.path = path
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if isFolder.boolValue { throw StoreError.cannotOpen(path: path, reason: "it is a folder; pass a database file such as \(path)/inventory.sqlite") }
        if !exists && access != .create { throw StoreError.missing(path: path) }
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.readonly = access == .read
        if access != .read { config.journalMode = .wal }
        // A 128 MB page cache keeps bulk writes from re-reading index pages from disk.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -131072") }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            let migrator = InventorySchema.migrator
            try queue.read { db in
                _ = try db.tableExists("sqlite_master")
                if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
            }
            if access != .read {
                try migrator.migrate(queue)
            } else if try !queue.read({ try migrator.hasCompletedMigrations($0) }) {
                throw StoreError.cannotOpen(path: path, reason: "it is not a consolidate inventory or needs upgrading; run `consolidate import` on it first")
            }
        } catch {
            throw StoreError.translate(error, path: path)
        }
    }

    /// Runs `work` in one write transaction, translating SQLite failures into ``StoreError``.
    public func write<T>(_ work: (Database) throws -> T) throws -> T {
        do { return try queue.write(work) } catch { throw StoreError.translate(error, path: path) }
    }

    /// Runs `work` with a consistent read snapshot.
    public func read<T>(_ work: (Database) throws -> T) throws -> T {
        do { return try queue.read(work) } catch { throw StoreError.translate(error, path: path) }
    }
}
