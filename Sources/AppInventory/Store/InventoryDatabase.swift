import Foundation
import GRDB

/// The inventory's SQLite file: opening, upgrading and guarding it.
///
/// Every write runs in one transaction, so a crash or an error leaves the file as it was, and
/// is followed by a WAL checkpoint, so the `.sqlite` file alone holds every committed change.
/// WAL mode lets `consolidate sql` read while an import or analysis writes, and writers
/// wait for each other (busy timeout) instead of failing at once.
///
/// An existing file is looked at read-only before anything else: another program's SQLite
/// file (told by its `PRAGMA application_id` and tables) and a file written by a newer
/// consolidate are refused before a single byte of them changes.
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
    /// Why the database was opened in a restricted way (a read-only folder), for the user; nil normally.
    public let notice: String?
    /// The file while this instance holds it open (see ``OpenInventoryFiles``).
    private let identity: OpenInventoryFiles.Identity?

    /// Opens (or creates) the inventory at `path`, upgrading its schema when needed.
    public init(path: String, access: Access, busyTimeout: TimeInterval = 30) throws {
        self.path = path
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if isFolder.boolValue { throw StoreError.cannotOpen(path: path, reason: "it is a folder; pass a database file such as \(path)/inventory.sqlite") }
        if !exists && access != .create { throw StoreError.missing(path: path) }
        // A file this process already has open was checked then, and is told without reading
        // its header (``OpenInventoryFiles``).
        guard let kind = DatabaseFile.kind(of: path) else {
            throw StoreError.cannotOpen(path: path, reason: "the file cannot be read (permission denied)")
        }
        do {
            (queue, notice) = try Self.open(path, kind: kind, access: access, busyTimeout: busyTimeout)
        } catch {
            throw StoreError.translate(error, path: path)
        }
        identity = OpenInventoryFiles.Identity(path: path)
        identity.map(OpenInventoryFiles.opened)
    }

    deinit {
        try? queue.close()
        identity.map(OpenInventoryFiles.closed)
    }

    private static func open(_ path: String, kind: DatabaseFile.Kind, access: Access, busyTimeout: TimeInterval) throws -> (DatabaseQueue, String?) {
        switch kind {
        case .other:
            throw StoreError.notADatabase(path: path)
        case .sqlite(let id) where id != 0 && id != DatabaseFile.applicationID:
            throw StoreError.foreign(path: path, reason: String(format: "application id 0x%08X", UInt32(bitPattern: id)))
        case .sqlite(let id):
            if id != DatabaseFile.applicationID {
                // Not stamped: possibly another program's file, so looked at without even a -shm file beside it.
                let inspector = try DatabaseQueue(path: immutableURI(path), configuration: readOnlyConfiguration(busyTimeout: busyTimeout))
                try inspector.read { db in try checkOwnership(db, path: path, stamped: false) }
                try inspector.close()
            }
            let (reader, notice) = try openReadOnly(path, busyTimeout: busyTimeout)
            try reader.read { db in try checkOwnership(db, path: path, stamped: true) }
            if access == .read {
                guard try !reader.read({ try InventorySchema.migrator.hasCompletedMigrations($0) }) else { return (reader, notice) }
                // An inventory of an older version: upgraded once, then read.
                try reader.close()
                do {
                    try openWritable(path, busyTimeout: busyTimeout).close()
                } catch {
                    throw StoreError.cannotOpen(path: path, reason: "it was written by an older consolidate and cannot be upgraded here (\(error)); copy it where it can be written")
                }
                return try openReadOnly(path, busyTimeout: busyTimeout)
            }
            try reader.close()
        case .absent:
            if access == .read {
                throw StoreError.cannotOpen(path: path, reason: "it is empty, not a consolidate inventory; run `consolidate import` on it first")
            }
        }
        return (try openWritable(path, busyTimeout: busyTimeout), nil)
    }

    /// A read-write connection in WAL mode, with the schema migrated and the file stamped as ours.
    private static func openWritable(_ path: String, busyTimeout: TimeInterval) throws -> DatabaseQueue {
        var config = configuration(busyTimeout: busyTimeout)
        config.journalMode = .wal
        let queue = try DatabaseQueue(path: path, configuration: config)
        try InventorySchema.migrator.migrate(queue)
        try queue.writeWithoutTransaction { db in
            if try Int32.fetchOne(db, sql: "PRAGMA application_id") != DatabaseFile.applicationID {
                try db.execute(sql: "PRAGMA application_id = \(DatabaseFile.applicationID)")
            }
        }
        return queue
    }

    private static func configuration(busyTimeout: TimeInterval) -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        // A 128 MB page cache keeps bulk writes from re-reading index pages from disk.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -131072") }
        return config
    }

    private static func readOnlyConfiguration(busyTimeout: TimeInterval) -> Configuration {
        var config = configuration(busyTimeout: busyTimeout)
        config.readonly = true
        return config
    }

    /// An SQLite URI that reads the file as it is on disk: no locks, no `-shm` or `-wal` files.
    private static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// A read-only connection; in a read-only folder, where SQLite cannot create the WAL index
    /// (`-shm`) it needs, the file is read as it is on disk (`immutable`), and the notice says so.
    private static func openReadOnly(_ path: String, busyTimeout: TimeInterval) throws -> (DatabaseQueue, String?) {
        let config = readOnlyConfiguration(busyTimeout: busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try queue.read { _ = try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return (queue, nil)
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM].contains(error.resultCode.primaryResultCode) {
            let folder = (path as NSString).deletingLastPathComponent
            let queue = try DatabaseQueue(path: immutableURI(path), configuration: config)
            try queue.read { _ = try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return (queue, "the folder \(folder.isEmpty ? "." : folder) is read-only, so \(path) is read as it is on disk (SQLite cannot create its \(path)-shm file there); changes of a writer still running are not seen")
        }
    }

    /// Refuses another program's database and one written by a newer consolidate, from a read-only look.
    ///
    /// Inventories created before the application id existed carry no id but have the `apps`
    /// table and the first migration; they are accepted and stamped at their next write.
    private static func checkOwnership(_ db: Database, path: String, stamped: Bool) throws {
        let migrator = InventorySchema.migrator
        if !stamped {
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")
            let isOurs = tables.contains("apps") && tables.contains("grdb_migrations") ? try migrator.appliedIdentifiers(db).contains("v1-inventory") : false
            guard tables.isEmpty || isOurs else {
                let shown = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
                throw StoreError.foreign(path: path, reason: "tables: \(shown)")
            }
        }
        if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
    }

    /// Runs `work` in one write transaction, translating SQLite failures into ``StoreError``.
    ///
    /// The transaction is followed by a checkpoint that copies it from the WAL into the main
    /// file, so a lost or deleted `-wal` file does not lose it.
    public func write<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            let result = try queue.write(work)
            try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
            return result
        } catch {
            throw StoreError.translate(error, path: path)
        }
    }

    /// Runs `work` with a consistent read snapshot.
    public func read<T>(_ work: (Database) throws -> T) throws -> T {
        do { return try queue.read(work) } catch { throw StoreError.translate(error, path: path) }
    }

    /// Copies the whole inventory, consistent even while another process writes, to a new file at
    /// `destination` (SQLite's `VACUUM INTO`): the safe way to copy the inventory, since a bare copy
    /// of the `.sqlite` file can miss changes still in its `-wal` file.
    ///
    /// The copy is written next to `destination` under a temporary name and renamed, so a failed
    /// backup leaves no half file; an existing SQLite file at `destination` is never replaced.
    public func backup(to destination: String) throws {
        try OutputFile.write(to: destination) { temporary in
            do {
                try queue.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [temporary]) }
            } catch {
                throw StoreError.translate(error, path: destination)
            }
        }
    }
}
