import Foundation
import Testing
@testable import AppInventory

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

    /// Lines of /proc/locks this process holds on the file at `path`.
    private func locks(on path: String) throws -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        let pid = " \(getpid()) "
        let inode = ":\(info.st_ino) "
        return try String(contentsOfFile: "/proc/locks", encoding: .utf8)
            .split(separator: "\n").filter { $0.contains(pid) && $0.contains(inode) }.count
    }
    #endif
}
