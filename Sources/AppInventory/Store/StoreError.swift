import GRDB

/// Problems with the database file itself, phrased for the person at the keyboard.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case missing(path: String)
    case notADatabase(path: String)
    case newerSchema(path: String)
    case foreign(path: String, reason: String)
    case readOnly(path: String)
    case diskFull(path: String)
    case busy(path: String)
    case cannotOpen(path: String, reason: String)
    case sql(message: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "no inventory database at \(path); create one with `consolidate import FILE --db \(path)` or `consolidate demo`"
        case .notADatabase(let path):
            "\(path) is not a consolidate database (not an SQLite file); pass another --db path"
        case .newerSchema(let path):
            "\(path) was written by a newer version of consolidate; upgrade consolidate to use it"
        case .foreign(let path, let reason):
            "\(path) is an SQLite database of another program (\(reason)); consolidate only read it and changed nothing. Pass a consolidate inventory or a new file as --db"
        case .readOnly(let path):
            "cannot write to \(path): the file or its folder is read-only"
        case .diskFull(let path):
            "cannot write to \(path): the disk or the database size limit is full; nothing was changed"
        case .busy(let path):
            "\(path) is locked by another consolidate process that is still writing; try again when it finishes"
        case .cannotOpen(let path, let reason):
            "cannot open \(path): \(reason)"
        case .sql(let message):
            message
        }
    }

    /// Translates SQLite failures on `path` into a sentence; other errors pass through.
    static func translate(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB: return StoreError.notADatabase(path: path)
        case .SQLITE_READONLY: return StoreError.readOnly(path: path)
        case .SQLITE_FULL: return StoreError.diskFull(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM: return StoreError.cannotOpen(path: path, reason: error.message ?? "permission denied")
        case .SQLITE_CORRUPT: return StoreError.cannotOpen(path: path, reason: "the database file is damaged")
        case .SQLITE_IOERR: return StoreError.cannotOpen(path: path, reason: "the disk could not be read or written (\(error.message ?? "I/O error"))")
        default: return error
        }
    }
}
