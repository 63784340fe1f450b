import Dispatch
import Foundation
import GRDB
import GRDBSQLite

extension QueryResult {
    /// Rows read from SQLite, keeping track of numeric cells.
    init(columns: [String], databaseRows: [[DatabaseValue]], changes: Int = 0) {
        self.init(columns: columns, rows: databaseRows.map { $0.map(SQLConsole.text) }, changes: changes,
                  numeric: databaseRows.map { $0.map(SQLConsole.isNumeric) })
    }
}

/// Runs one SQL statement typed by a planner, read-only unless writing is asked for.
public enum SQLConsole {
    /// Raised for an empty query, more than one statement, a write attempted without
    /// permission, or a statement stopped at its time limit. The reason is kept apart from the
    /// words so the web workspace can say it in its own language and without CLI flags.
    public struct Refusal: Error, CustomStringConvertible {
        public enum Reason: Sendable, Equatable {
            case empty, severalStatements, writes
            /// The statement would reach a database file other than the inventory (ATTACH).
            case otherFiles
            case timedOut(seconds: Double, rolledBack: Bool)
        }

        public var reason: Reason

        public var description: String {
            switch reason {
            case .empty: "the query is empty"
            case .severalStatements: "run one statement at a time (found more than one; remove the extra `;`)"
            case .writes: "this statement changes the database; `consolidate sql` is read-only unless you add --write"
            case .otherFiles:
                "`consolidate sql` works on the inventory alone: ATTACH (opening another database file) is refused; to copy the inventory use `consolidate backup FILE`"
            case .timedOut(let seconds, let rolledBack):
                "the query ran longer than --timeout \(String(format: "%g", seconds)) s and was stopped\(rolledBack ? "; nothing was changed" : "")"
            }
        }
    }

    /// Runs `sql` and returns all its rows.
    public static func run(_ sql: String, on database: InventoryDatabase, allowWrite: Bool) throws -> QueryResult {
        var result = QueryResult(columns: [], rows: [])
        result.changes = try stream(sql, on: database, allowWrite: allowWrite, columns: { result.columns = $0 }, row: { cells, numeric in
            result.rows.append(cells)
            result.numeric.append(numeric)
        })
        return result
    }

    /// Runs `sql`, handing over the column names and then each row as SQLite produces it, and
    /// returns the number of rows a write statement changed.
    ///
    /// With a `timeout` the statement is stopped (SQLite's progress handler) once it has run
    /// that many seconds; a write stopped that way is rolled back.
    ///
    /// No statement reaches a file other than the inventory: while it runs, SQLite's limit on
    /// attached databases is zero, so ATTACH fails inside SQLite whatever its spelling (comments,
    /// case, `ATTACH DATABASE` or not) and an attachment can never outlive the statement on a
    /// connection the web workspace shares between planners. `VACUUM INTO` writes a file and is
    /// refused as a write without `allowWrite`; `load_extension` stays disabled, as SQLite ships it.
    public static func stream(_ sql: String, on database: InventoryDatabase, allowWrite: Bool, timeout: Double? = nil,
                              columns: ([String]) throws -> Void, row: ([String?], [Bool]) throws -> Void) throws -> Int {
        let work = { (db: Database) throws -> Int in
            let attachLimit = sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_ATTACHED, 0)
            defer { sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_ATTACHED, attachLimit) }
            do {
                let statements = try db.allStatements(sql: sql)
                guard let statement = try statements.next() else { throw Refusal(reason: .empty) }
                if try statements.next() != nil {
                    throw Refusal(reason: .severalStatements)
                }
                if !statement.isReadonly && !allowWrite {
                    throw Refusal(reason: .writes)
                }
                try columns(statement.columnNames)
                let stop = timeout.map { Deadline(seconds: $0, on: db) }
                defer { stop?.remove() }
                let cursor = try Row.fetchCursor(statement)
                while let next = try cursor.next() {
                    let values = Array(next.databaseValues)
                    try row(values.map(text), values.map(isNumeric))
                }
                return statement.isReadonly ? 0 : db.changesCount
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && error.message?.hasPrefix("too many attached databases") == true {
                // SQLite's words for the limit set above: the statement was an ATTACH.
                throw Refusal(reason: .otherFiles)
            }
        }
        do {
            return allowWrite ? try database.write(work) : try database.read(work)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT && timeout != nil {
            throw Refusal(reason: .timedOut(seconds: timeout ?? 0, rolledBack: allowWrite))
        } catch let error as DatabaseError where error.resultCode != .SQLITE_FULL && error.resultCode != .SQLITE_BUSY {
            let said = error.message ?? "\(error)"
            throw StoreError.said(en: "SQL error: \(said)", id: "kesalahan SQL: \(said)")
        }
    }

    /// Interrupts the connection's statements once a moment has passed.
    private final class Deadline {
        private let connection: OpaquePointer?
        private let moment: UnsafeMutablePointer<UInt64>

        init(seconds: Double, on db: Database) {
            connection = db.sqliteConnection
            moment = .allocate(capacity: 1)
            moment.pointee = DispatchTime.now().uptimeNanoseconds &+ UInt64(min(max(seconds, 0), 1e9) * 1e9)
            // Called every few thousand virtual-machine steps; a non-zero answer interrupts.
            sqlite3_progress_handler(connection, 1000, { context in
                DispatchTime.now().uptimeNanoseconds > context!.load(as: UInt64.self) ? 1 : 0
            }, moment)
        }

        func remove() {
            sqlite3_progress_handler(connection, 0, nil, nil)
            moment.deallocate()
        }
    }

    static func isNumeric(_ value: DatabaseValue) -> Bool {
        switch value.storage {
        case .int64: true
        case .double(let number): number.isFinite
        default: false
        }
    }

    static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let number): String(number)
        case .double(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let string): string
        case .blob(let data): "<\(data.count) bytes>"
        }
    }
}
