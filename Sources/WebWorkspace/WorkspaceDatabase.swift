import AppInventory
import Dispatch
import Foundation

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
