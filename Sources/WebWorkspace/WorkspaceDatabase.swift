import AppInventory
import Dispatch
import Foundation
import GRDB

/// The inventory as the server uses it: a few read-only connections handed out in turn so
/// readers never wait for each other or for a writer (WAL), one read-only connection of its own
/// for the SQL page's ad-hoc statements (so a planner's slow queries queue behind each other, never
/// in front of the pages), and one write connection that serialises the workspace's own writes,
/// waiting for other processes' (busy timeout).
///
/// SQLite calls block, so they run on Dispatch's pool instead of Swift's cooperative threads,
/// which must stay free to serve other requests.
public final class WorkspaceDatabase: @unchecked Sendable {
    public let path: String
    public let writer: InventoryDatabase
    private let readers: ConnectionPool
    private let queries: ConnectionPool
    private let lock = NSCondition()

    /// Opens (creating or upgrading) the inventory at `path` with `readers` read connections for
    /// the pages and `queries` for ad-hoc SQL.
    public init(path: String, readers count: Int = 4, queries: Int = 1, busyTimeout: TimeInterval = 5) throws {
        self.path = path
        writer = try InventoryDatabase(path: path, access: .create, busyTimeout: busyTimeout)
        readers = try ConnectionPool(path: path, count: count, busyTimeout: busyTimeout)
        self.queries = try ConnectionPool(path: path, count: queries, busyTimeout: busyTimeout)
    }

    /// Runs `work` on a read connection.
    public func read<T: Sendable>(_ work: @escaping @Sendable (InventoryDatabase) throws -> T) async throws -> T {
        try await Self.offload { [readers] in try readers.use(work) }
    }

    /// Runs `work` on the ad-hoc SQL connection, after the statements already waiting for it.
    public func query<T: Sendable>(_ work: @escaping @Sendable (InventoryDatabase) throws -> T) async throws -> T {
        try await Self.offload { [queries] in try queries.use(work) }
    }

    /// Runs `work` on a read connection unless the same `key` was read since the inventory,
    /// analysis, plan or decisions last changed: pages many people open (large groups, platforms,
    /// searches) are then built from the stored answer.
    public func cachedRead<T: Sendable>(_ key: String, _ work: @escaping @Sendable (InventoryDatabase) throws -> T) async throws -> T {
        try await Self.offload { [self] in
            try readers.use { reader in
                let generation = try reader.read { db in
                    try String.fetchOne(db, sql: Self.generationQuery) ?? ""
                }
                // Unwrapped before the cast: a missing entry must not pass for an optional T's nil.
                if let hit = cache.value(key, generation: generation), let value = hit as? T { return value }
                let value = try work(reader)
                cache.store(key, value, generation: generation)
                return value
            }
        }
    }

    /// Changes whenever an import, analysis, plan, decision or undo is committed, by anyone.
    static let generationQuery = """
        SELECT coalesce((SELECT max(id) FROM import_runs), 0) || ':' || coalesce((SELECT max(id) FROM analysis_runs), 0) || ':' ||
               coalesce((SELECT max(id) FROM plans), 0) || ':' || coalesce((SELECT max(id) FROM decisions), 0) || ':' ||
               (SELECT count(undone_at) FROM decisions)
        """

    private let cache = ReadCache()

    /// Runs `work` on the write connection, one writer at a time.
    public func write<T: Sendable>(_ work: @escaping @Sendable (InventoryDatabase) throws -> T) async throws -> T {
        try await Self.offload { [self] in
            lock.lock()
            while writing { lock.wait() }
            writing = true
            lock.unlock()
            defer { lock.lock(); writing = false; lock.broadcast(); lock.unlock() }
            return try work(writer)
        }
    }

    private var writing = false

    static func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// Read-only connections handed out one per caller; a caller waits while all are in use.
final class ConnectionPool: @unchecked Sendable {
    private let connections: [InventoryDatabase]
    private var free: [Int]
    private let lock = NSCondition()

    init(path: String, count: Int, busyTimeout: TimeInterval) throws {
        connections = try (0..<max(1, count)).map { _ in try InventoryDatabase(path: path, access: .read, busyTimeout: busyTimeout) }
        free = Array(connections.indices)
    }

    /// Runs `work` on a free connection, blocking the calling thread until one is free.
    func use<T>(_ work: (InventoryDatabase) throws -> T) rethrows -> T {
        lock.lock()
        while free.isEmpty { lock.wait() }
        let index = free.removeLast()
        lock.unlock()
        defer {
            lock.lock()
            free.append(index)
            lock.broadcast()
            lock.unlock()
        }
        return try work(connections[index])
    }
}

/// Answers of recent reads, valid for one generation of the data; bounded in size.
final class ReadCache: @unchecked Sendable {
    static let capacity = 2_000
    private var generation = ""
    private var values: [String: any Sendable] = [:]
    private let lock = NSLock()

    func value(_ key: String, generation: String) -> (any Sendable)? {
        lock.withLock { generation == self.generation ? values[key] : nil }
    }

    func store(_ key: String, _ value: any Sendable, generation: String) {
        lock.withLock {
            if generation != self.generation || values.count >= Self.capacity {
                values.removeAll(keepingCapacity: true)
                self.generation = generation
            }
            values[key] = value
        }
    }
}
