import Foundation

/// The inventory files this process has open, so neither opening one again nor asking what a
/// path holds (``DatabaseFile/kind(of:)``, an `--output` guard) reads its header through a
/// descriptor of its own.
///
/// POSIX record locks belong to a process, not to a descriptor: closing *any* descriptor of a
/// file drops every lock the process holds on it, the ones SQLite's connections rely on
/// included. A web server that opened a reader while its other connections were open, and read
/// the file's header with a plain file handle first, lost its locks; the next `consolidate`
/// command then took the database for unused, checkpointed and deleted the WAL under the
/// server, and the file was damaged. A file this process already has open as an inventory was
/// checked when it was first opened: it is known for an inventory without looking at its bytes.
package enum OpenInventoryFiles {
    /// A file's device and inode, read with `stat`, which opens no descriptor.
    package struct Identity: Hashable, Sendable {
        package var device: UInt64
        package var inode: UInt64

        package init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var holders: [Identity: Int] = [:]

    /// True while an `InventoryDatabase` of this process has the file open.
    package static func isOpen(_ identity: Identity) -> Bool {
        lock.withLock { holders[identity, default: 0] > 0 }
    }

    /// True while an `InventoryDatabase` of this process has the file at `path` open.
    package static func isOpen(path: String) -> Bool {
        Identity(path: path).map(isOpen) ?? false
    }

    package static func opened(_ identity: Identity) {
        lock.withLock { holders[identity, default: 0] += 1 }
    }

    package static func closed(_ identity: Identity) {
        lock.withLock {
            holders[identity, default: 1] -= 1
            if holders[identity] == 0 { holders[identity] = nil }
        }
    }
}
