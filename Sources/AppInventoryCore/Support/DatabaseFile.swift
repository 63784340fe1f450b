import Foundation

/// What is at a `--db` path, told from the file's first 100 bytes without opening it in SQLite.
///
/// Foreign SQLite files must never be changed, and SQLite changes a file as soon as it is
/// opened for writing (WAL switch, migrations table), so ownership is decided from the header
/// first: consolidate stamps its databases with ``applicationID`` when it creates them.
package enum DatabaseFile {
    /// `PRAGMA application_id` of every consolidate inventory: "CNSL" in ASCII (0x434E534C).
    package static let applicationID: Int32 = 0x434E_534C

    /// The 16 bytes every SQLite database file starts with.
    static let magic = Array("SQLite format 3\0".utf8)

    package enum Kind: Equatable {
        /// Missing or zero bytes long: free to create.
        case absent
        /// An SQLite file stamped with this application id (0 when none was set).
        case sqlite(applicationID: Int32)
        /// Anything else: a CSV, a spreadsheet, a text file.
        case other
    }

    /// Reads the header of `path`; `nil` when the file cannot be read at all.
    ///
    /// A file this process has open as an inventory is one, and is not read: closing the
    /// descriptor that read it would drop the locks of its SQLite connections
    /// (``OpenInventoryFiles``).
    package static func kind(of path: String) -> Kind? {
        if OpenInventoryFiles.isOpen(path: path) { return .sqlite(applicationID: applicationID) }
        guard FileManager.default.fileExists(atPath: path) else { return .absent }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100) else { return nil }
        if header.isEmpty { return .absent }
        guard header.count >= 72, Array(header.prefix(16)) == magic else { return .other }
        let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return .sqlite(applicationID: Int32(bitPattern: id))
    }

    /// True when `path` is an SQLite database or the WAL, shared-memory or journal file of one.
    ///
    /// The database a side file belongs to is asked first: SQLite locks the `-shm` file of an
    /// inventory this process has open too, and reading it would drop those locks.
    package static func isSQLite(_ path: String) -> Bool {
        let owners = ["-wal", "-shm", "-journal"].filter(path.hasSuffix).map { String(path.dropLast($0.count)) }
        return (owners + [path]).contains { if case .sqlite = kind(of: $0) { true } else { false } }
    }
}
