import GRDB

/// Rows returned by a query, as text, ready for table, CSV or JSON output.
public struct QueryResult: Sendable, Equatable {
    public var columns: [String]
    /// Cells as text; nil for SQL NULL.
    public var rows: [[String?]]
    /// Rows changed by a write statement.
    public var changes: Int
    /// Which cells hold numbers (so JSON can print them unquoted); empty when unknown.
    public var numeric: [[Bool]]

    public init(columns: [String], rows: [[String?]], changes: Int = 0, numeric: [[Bool]] = []) {
        self.columns = columns
        self.rows = rows
        self.changes = changes
        self.numeric = numeric
    }

    /// Rows read from SQLite, keeping track of numeric cells.
    init(columns: [String], databaseRows: [[DatabaseValue]], changes: Int = 0) {
        self.init(columns: columns, rows: databaseRows.map { $0.map(SQLConsole.text) }, changes: changes,
                  numeric: databaseRows.map { $0.map { value in
                      switch value.storage {
                      case .int64: true
                      case .double(let number): number.isFinite
                      default: false
                      }
                  } })
    }
}

/// Runs one SQL statement typed by a planner, read-only unless writing is asked for.
public enum SQLConsole {
    /// Raised for a write attempted without permission, or for more than one statement.
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    public static func run(_ sql: String, on database: InventoryDatabase, allowWrite: Bool) throws -> QueryResult {
        let work = { (db: Database) throws -> QueryResult in
            let statements = try db.allStatements(sql: sql)
            guard let statement = try statements.next() else { throw Refusal(description: "the query is empty") }
            if try statements.next() != nil {
                throw Refusal(description: "run one statement at a time (found more than one; remove the extra `;`)")
            }
            if !statement.isReadonly && !allowWrite {
                throw Refusal(description: "this statement changes the database; `consolidate sql` is read-only unless you add --write")
            }
            let columns = statement.columnNames
            var rows: [[DatabaseValue]] = []
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next() {
                rows.append(Array(row.databaseValues))
            }
            return QueryResult(columns: columns, databaseRows: rows, changes: statement.isReadonly ? 0 : db.changesCount)
        }
        do {
            return allowWrite ? try database.write(work) : try database.read(work)
        } catch let error as DatabaseError where error.resultCode != .SQLITE_FULL && error.resultCode != .SQLITE_BUSY {
            throw StoreError.sql(message: "SQL error: \(error.message ?? "\(error)")")
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
