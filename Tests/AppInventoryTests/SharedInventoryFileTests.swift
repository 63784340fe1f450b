import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// The web workspace keeps connections open while it opens more, and `consolidate` commands
/// write the same file meanwhile: every connection must keep the locks that tell another
/// process the file is in use, or that process deletes the WAL under it.
@Suite("Sharing an inventory file")
struct SharedInventoryFileTests {
    #if os(Linux)
    @Test func openingTheInventoryAgainKeepsTheLocksOfConnectionsAlreadyOpen() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("inventory.sqlite")
        let first = try InventoryDatabase(path: path, access: .create)
        _ = try first.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM apps") }
        let held = try locks(on: path)
        #expect(held > 0, "an open WAL connection holds a lock on the file")

        let second = try InventoryDatabase(path: path, access: .read)
        let third = try InventoryDatabase(path: path, access: .write)
        #expect(try locks(on: path) >= held, "opening the file again dropped the locks of the connection already open")
        _ = try first.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM apps") }
        _ = (second, third)
    }

    /// `--output` guards ask whether the path is a database before refusing it: asking about
    /// the inventory this process has open, or its side files, must not cost its connections
    /// their locks on the file or on its -shm.
    @Test func askingWhetherTheOpenInventoryIsADatabaseKeepsItsLocks() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("inventory.sqlite")
        let database = try InventoryDatabase(path: path, access: .create)
        _ = try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM apps") }
        let held = (file: try locks(on: path), shm: try locks(on: path + "-shm"))
        #expect(held.file > 0 && held.shm > 0, "an open WAL connection holds locks on the file and its -shm")

        for target in [path, path + "-wal", path + "-shm"] {
            #expect(DatabaseFile.isSQLite(target), "\(target) belongs to an SQLite database")
            #expect(throws: OutputFile.Failure.self) { try OutputFile.checkDestination(target) }
        }
        #expect(try locks(on: path) >= held.file, "reading the header dropped the locks on the file")
        #expect(try locks(on: path + "-shm") >= held.shm, "reading the -shm dropped the locks on it")
        _ = try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM apps") }
    }

    /// Lines of /proc/locks this process holds on the file at `path`. The kernel writes the
    /// list a chunk per read, so while other tests take and drop locks a read can skip lines,
    /// never invent them: the most of a few reads counts.
    private func locks(on path: String) throws -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        let pid = " \(getpid()) "
        let inode = ":\(info.st_ino) "
        return try (1...5).map { _ in
            try String(contentsOfFile: "/proc/locks", encoding: .utf8)
                .split(separator: "\n").filter { $0.contains(pid) && $0.contains(inode) }.count
        }.max() ?? 0
    }
    #endif
}
