import AppInventory
import Dispatch
import Foundation
import GRDB

/// The inventory as the server uses it: a few read-only connections handed out in turn so
/// readers never wait for each other or for a writer (WAL), and one write connection that
/// serialises the workspace's own writes, waiting for other processes' (busy timeout).
///
/// SQLite calls block, so they run on Dispatch's pool instead of Swift's cooperative threads,
/// which must stay free to serve other requests.
public final class WorkspaceDatabase: @unchecked Sendable {
    public let path: String
    public let writer: InventoryDatabase
    private let readers: [InventoryDatabase]
    private var free: [Int]
    private let lock = NSCondition()

    /// Opens (creating or upgrading) the inventory at `path` with `readers` read connections.
    public init(path: String, readers count: Int = 4, busyTimeout: TimeInterval = 5) throws {
        self.path = path
        writer = try InventoryDatabase(path: path, access: .create, busyTimeout: busyTimeout)
        readers = try (0..<max(1, count)).map { _ in try InventoryDatabase(path: path, access: .read, busyTimeout: busyTimeout) }
        free = Array(readers.indices)
    }

    /// Runs `work` on a read connection.
    public func read<T: Sendable>(_ work: @escaping @Sendable (InventoryDatabase) throws -> T) async throws -> T {
        try await Self.offload { [self] in
            let index = take()
            defer { give(index) }
            return try work(readers[index])
        }
    }

    /// Runs `work` on a read connection unless the same `key` was read since the inventory,
    /// analysis, plan or decisions last changed: pages many people open (large groups, platforms,
    /// searches) are then built from the stored answer.
    public func cachedRead<T: Sendable>(_ key: String, _ work: @escaping @Sendable (InventoryDatabase) throws -> T) async throws -> T {
        try await Self.offload { [self] in
            let index = take()
            defer { give(index) }
            let generation = try readers[index].read { db in
                try String.fetchOne(db, sql: Self.generationQuery) ?? ""
            }
            // Unwrapped before the cast: a missing entry must not pass for an optional T's nil.
            if let hit = cache.value(key, generation: generation), let value = hit as? T { return value }
            let value = try work(readers[index])
            cache.store(key, value, generation: generation)
            return value
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

    private func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        while free.isEmpty { lock.wait() }
        return free.removeLast()
    }

    private func give(_ index: Int) {
        lock.lock()
        free.append(index)
        lock.broadcast()
        lock.unlock()
    }

    static func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
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
