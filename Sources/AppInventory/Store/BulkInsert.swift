import GRDB
import GRDBSQLite

/// A value bound to a bulk statement, without GRDB's per-value boxing.
enum BulkValue {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null

    init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    init(_ value: Int64) { self = .integer(value) }
    init(_ value: Double?) { self = value.map { .real($0) } ?? .null }
    init(_ value: String?) { self = value.map { .text($0) } ?? .null }
}

/// Runs one prepared statement many times, binding through the SQLite C API.
///
/// Writing hundreds of thousands of overlap pairs through `StatementArguments` spends most
/// of its time boxing values; binding directly is several times faster.
struct BulkInsert {
    private let statement: Statement
    private let database: Database
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        database = db
        statement = try db.makeStatement(sql: sql)
    }

    func run(_ values: [BulkValue]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .integer(let number): sqlite3_bind_int64(handle, index, number)
            case .real(let number): sqlite3_bind_double(handle, index, number)
            case .text(let text) where text.isEmpty:
                // A null pointer would store NULL, not "".
                sqlite3_bind_text(handle, index, "", 0, Self.transient)
            case .text(var text):
                // With its length, so a text holding NUL is stored whole; SQLite copies it.
                text.withUTF8 { bytes in
                    _ = bytes.withMemoryRebound(to: CChar.self) { sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), Self.transient) }
                }
            case .null: sqlite3_bind_null(handle, index)
            }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(database.sqliteConnection)), sql: statement.sql)
        }
    }
}
