import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// `consolidate sql` streams rows and stops at its time limit.
@Suite("SQL console")
struct SQLConsoleTests {
    static func database() throws -> InventoryDatabase {
        let folder = try TemporaryFolder()
        return try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
    }

    static func streamed(_ sql: String, on database: InventoryDatabase, format: TableRenderer.Format) throws -> String {
        var text = ""
        var stream = TableStream(format: format, width: 80) { text += $0 }
        _ = try SQLConsole.stream(sql, on: database, allowWrite: false, columns: { try stream.begin(columns: $0) }, row: { try stream.add($0, numeric: $1) })
        try stream.finish()
        return text
    }

    @Test(arguments: [3, TableStream.rowsToMeasure + 20], TableRenderer.Format.allCases)
    func streamedOutputMatchesTheBufferedRendering(rows: Int, format: TableRenderer.Format) throws {
        let database = try Self.database()
        let sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(rows)) SELECT i, 'app ' || i AS name, -i * 1.5 AS cost FROM n"
        let buffered = TableRenderer.render(try SQLConsole.run(sql, on: database, allowWrite: false), format: format, width: 80)
        #expect(try Self.streamed(sql, on: database, format: format) == buffered)
    }

    @Test func aStreamedTableNeverCutsANumberOrAnIdAfterTheMeasuredRows() throws {
        let database = try Self.database()
        let measured = TableStream.rowsToMeasure
        let sql = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(measured + 100)),
                 r(i, id) AS (SELECT i, CASE WHEN i <= \(measured) THEN i ELSE i * 1000000 END FROM n)
            SELECT id, 'APP-' || id AS external_id, CASE WHEN i <= \(measured) THEN 5 ELSE id * 1137 END AS annual_cost,
                   CASE WHEN i <= \(measured) THEN 'short' ELSE 'a name much longer than the measured ones' END AS name
            FROM r
            """
        let lines = try Self.streamed(sql, on: database, format: .table).split(separator: "\n").map(String.init)
        for i in (measured + 1)...(measured + 100) {
            let id = i * 1_000_000
            let line = try #require(lines.first { $0.hasPrefix("\(id) ") }, "row \(i) keeps its id \(id) whole")
            let cells = line.split(separator: " ").map(String.init)
            #expect(cells.prefix(3) == ["\(id)", "APP-\(id)", "\(id * 1137)"], "\(line)")
            #expect(line.hasSuffix("…"), "a cut name is marked: \(line)")
        }
        #expect(lines.last == "(\(measured + 100) rows)")
    }

    @Test(arguments: [false, true])
    func noStatementReachesAnotherDatabaseFile(allowWrite: Bool) throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let other = try DatabaseQueue(path: folder.path("other.db"))
        try other.write { try $0.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        for sql in ["ATTACH DATABASE '\(folder.path("other.db"))' AS o", "/* x */ attach '\(folder.path("other.db"))' as o",
                    "ATTACH '/etc/passwd' AS p", "ATTACH ':memory:' AS m"] {
            let error = try #require(throws: SQLConsole.Refusal.self) { try SQLConsole.run(sql, on: database, allowWrite: allowWrite) }
            #expect(error.reason == .otherFiles, "\(sql)")
            #expect(error.description.contains("ATTACH") && error.description.contains("backup"))
        }
        #expect(try SQLConsole.run("SELECT count(*) FROM pragma_database_list WHERE name NOT IN ('main', 'temp')", on: database, allowWrite: false).rows == [["0"]],
                "nothing stays attached to the connection")
        #expect(throws: (any Error).self) { try SQLConsole.run("SELECT load_extension('/tmp/x.so')", on: database, allowWrite: allowWrite) }
        let vacuum = folder.path("copy.sqlite")
        if !allowWrite {
            let error = try #require(throws: SQLConsole.Refusal.self) { try SQLConsole.run("VACUUM INTO '\(vacuum)'", on: database, allowWrite: false) }
            #expect(error.reason == .writes)
            #expect(!FileManager.default.fileExists(atPath: vacuum))
        }
    }

    @Test func rowsArriveBeforeTheQueryEnds() throws {
        let database = try Self.database()
        var seen = 0
        let error = try #require(throws: SQLConsole.Refusal.self) {
            _ = try SQLConsole.stream("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n", on: database,
                                      allowWrite: false, timeout: 0.5, columns: { _ in }, row: { _, _ in seen += 1 })
        }
        #expect(seen > 0, "rows were handed over while the endless query ran")
        #expect(error.description.contains("longer than --timeout 0.5 s"))
    }

    @Test func aTimedOutWriteChangesNothing() throws {
        let database = try Self.database()
        let error = try #require(throws: SQLConsole.Refusal.self) {
            _ = try SQLConsole.stream("""
                INSERT INTO import_runs(file, sha256, format, rows, started_at)
                SELECT 'x', 'y', 'csv', 0, 'now' FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n)
                """, on: database, allowWrite: true, timeout: 0.3, columns: { _ in }, row: { _, _ in })
        }
        #expect(error.description.contains("nothing was changed"))
        #expect(try SQLConsole.run("SELECT count(*) FROM import_runs", on: database, allowWrite: false).rows == [["0"]])
    }
}
