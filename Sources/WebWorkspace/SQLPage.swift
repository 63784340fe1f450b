import AppInventory
import Foundation
import Hummingbird

/// `/sql` (planners and admins): one read-only statement over the inventory, under the rules
/// of `consolidate sql` without `--write`, plus a time limit and a row cap; `/sql.csv` the same as CSV.
struct SQLPage {
    let workspace: Workspace
    static let timeout = 5.0
    static let pageRows = 1_000
    static let csvRows = 100_000

    func add(to router: Router<WorkspaceContext>) {
        router.get("/sql") { request, context in
            try Workspace.require(.planner, context)
            let layout = workspace.layout(request, context)
            let sql = FormFields(query: request)["q"] ?? ""
            var output: HTML = ""
            if !sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                do {
                    let (result, cut) = try await run(sql, cap: Self.pageRows)
                    output = """
                        \(layout.table(result))
                        <p>\(result.rows.count) \(layout.language.pick(en: "rows", id: "baris"))\(cut ? HTML(" (\(layout.language.pick(en: "cut at", id: "dipotong pada")) \(Self.pageRows))") : "") · \
                        <a href="/sql.csv?q=\(PageLayout.percentEncode(sql))">CSV</a></p>
                        """
                } catch {
                    output = layout.notice(Self.message(error, layout))
                }
            }
            return layout.page("SQL", """
                <form method="get" action="/sql" class="sql"><textarea name="q" rows="6" cols="100">\(sql)</textarea>
                <button type="submit">\(layout.language.pick(en: "Run", id: "Jalankan"))</button></form>
                <p class="hint">\(layout.language.pick(en: "Read-only; one statement; \(Int(Self.timeout)) s limit. Tables are described in docs/schema.md.",
                                                       id: "Hanya baca; satu pernyataan; batas \(Int(Self.timeout)) detik. Tabel dijelaskan di docs/schema.md."))</p>
                \(output)
                """)
        }
        router.get("/sql.csv") { request, context in
            try Workspace.require(.planner, context)
            do {
                let (result, _) = try await run(FormFields(query: request)["q"] ?? "", cap: Self.csvRows)
                return PlanPages.download(TableRenderer.csv(result).data(using: .utf8)!, name: "query.csv", type: "text/csv; charset=utf-8")
            } catch {
                throw HTTPError(.badRequest, message: Self.message(error, workspace.layout(request, context)))
            }
        }
    }

    /// Runs one read-only statement, keeping at most `cap` rows; refuses the accounts table.
    func run(_ sql: String, cap: Int) async throws -> (QueryResult, cut: Bool) {
        guard !sql.lowercased().contains("web_users") else { throw AccountsTable() }
        return try await workspace.database.query { database in
            var result = QueryResult(columns: [], rows: [])
            var cut = false
            do {
                _ = try SQLConsole.stream(sql, on: database, allowWrite: false, timeout: Self.timeout, columns: { result.columns = $0 }, row: { cells, numeric in
                    guard result.rows.count < cap else { cut = true; throw RowCap() }
                    result.rows.append(cells)
                    result.numeric.append(numeric)
                })
            } catch is RowCap {}
            return (result, cut)
        }
    }

    struct RowCap: Error {}
    struct AccountsTable: Error {}

    /// Why a statement did not run, in the page's language and without the CLI's flags.
    static func message(_ error: any Error, _ layout: PageLayout) -> String {
        if error is AccountsTable {
            return layout.language.pick(en: "The workspace's accounts (table web_users) are not readable here.", id: "Akun ruang kerja (tabel web_users) tidak dapat dibaca di sini.")
        }
        guard let refusal = error as? SQLConsole.Refusal else { return (error as? any TranslatedError)?.text(layout.language) ?? "\(error)" }
        return switch refusal.reason {
        case .empty: layout.language.pick(en: "The query is empty.", id: "Pernyataan kosong.")
        case .severalStatements: layout.language.pick(en: "Run one statement at a time (remove the extra `;`).", id: "Jalankan satu pernyataan saja (hapus `;` tambahan).")
        case .writes: layout.language.pick(en: "This page only reads; the statement would change the database.", id: "Halaman ini hanya membaca; pernyataan ini akan mengubah basis data.")
        case .otherFiles: layout.language.pick(en: "This page reads the inventory alone; ATTACH (opening another database file) is refused.",
                                               id: "Halaman ini hanya membaca inventaris; ATTACH (membuka berkas basis data lain) ditolak.")
        case .timedOut: layout.language.pick(en: "The query ran longer than \(Int(timeout)) s and was stopped.", id: "Pernyataan berjalan lebih dari \(Int(timeout)) detik dan dihentikan.")
        }
    }
}
