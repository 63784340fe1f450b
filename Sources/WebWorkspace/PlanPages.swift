import AppInventory
import Foundation
import GRDB
import Hummingbird

/// `/plan`, `/plan/platforms/{n}` and the downloads: plan CSV and XLSX (the tables
/// `consolidate plan` and `export` write) and the HTML report.
struct PlanPages {
    let workspace: Workspace

    func add(to router: Router<WorkspaceContext>) {
        router.get("/plan") { request, context in
            let layout = workspace.layout(request, context)
            let found = try await workspace.database.cachedRead("plan:\(layout.language)") { database in
                let stored = try ReportStore(database).headline()
                let moneyRows = stored.map { Self.money($0, layout) } ?? []
                let costsUnknown = stored?.costsUnknown ?? false
                return try database.read { db -> ([(String, String?)], QueryResult, QueryResult)? in
                    guard let plan = try Row.fetchOne(db, sql: """
                        SELECT id, created_at, apps, platforms, retained, cost_before, cost_after
                        FROM plans ORDER BY id DESC LIMIT 1
                        """) else { return nil }
                    // "–" rather than Rp 0 when no planned app has a known cost.
                    func money(_ column: String) -> String? {
                        costsUnknown ? nil : (plan[column] as Double?).map { ReportFormat.money($0, layout.language) }
                    }
                    let headline: [(String, String?)] = [
                        (layout.language.pick(en: "Made", id: "Dibuat"), layout.timestamp(plan["created_at"])),
                        (layout.language.pick(en: "Apps consolidated → platforms", id: "Aplikasi yang disatukan → platform"),
                         "\(stored.map { layout.number(Int64($0.plannedApps - $0.inactiveApps)) } ?? "–") \(layout.language.pick(en: "of", id: "dari")) \(layout.number(plan["apps"])) → \(layout.number(plan["platforms"]))"),
                        (layout.language.pick(en: "Retained as they are", id: "Tetap apa adanya"), layout.number(plan["retained"])),
                        (layout.language.pick(en: "Annual cost of the planned apps, before", id: "Biaya tahunan aplikasi yang direncanakan, sebelum"), money("cost_before")),
                        (layout.language.pick(en: "Annual cost of the planned apps, after", id: "Biaya tahunan aplikasi yang direncanakan, sesudah"), money("cost_after")),
                    ] + moneyRows
                    let id: Int64 = plan[0]
                    let platforms = try WorkspaceQueries.table(db, """
                        SELECT number AS platform, name, kind, \(layout.language == .en ? "coalesce(owner_en, owner)" : "owner") AS owner, apps, users, CAST(cost_before AS INTEGER) AS cost_before,
                               CAST(cost_after AS INTEGER) AS cost_after, CAST(one_off_cost AS INTEGER) AS one_off_cost,
                               CAST(annual_saving AS INTEGER) AS annual_saving,
                               (SELECT CAST(round(coalesce(sum(i.annual_saving), 0)) AS INTEGER) FROM plan_items i
                                WHERE i.plan_id = p.plan_id AND i.platform_number = p.number AND i.saving_basis = 'weak-match') AS weak_annual_saving
                        FROM plan_platforms p WHERE plan_id = ? ORDER BY number
                        """, [id])
                    let waves = try WorkspaceQueries.table(db, """
                        SELECT w.wave, w.start_quarter, w.end_quarter, w.moves, w.moves_to_check, w.stops, w.switch_offs, w.leads, w.users,
                               CAST(w.one_off_cost AS INTEGER) AS one_off_cost
                        FROM plan_waves w WHERE w.plan_id = ?1 ORDER BY w.wave
                        """, [id])
                    return (headline, platforms, waves)
                }
            }
            guard let (headline, platforms, waves) = found else {
                return layout.page(layout.language.pick(en: "Plan", id: "Rencana"), layout.notice(layout.language.pick(en: "No plan yet; an admin can run one on the Jobs page.",
                                                                                                                       id: "Belum ada rencana; admin dapat menjalankannya di halaman Proses."), kind: "empty"))
            }
            return layout.page(layout.language.pick(en: "Consolidation plan", id: "Rencana konsolidasi"), """
                <table class="facts">\(headline.map { HTML("<tr><th>\($0.0)</th><td>\($0.1 ?? "–")</td></tr>") })</table>
                <p class="links">\(layout.language.pick(en: "Download", id: "Unduh")): <a href="/plan.csv">CSV</a> · <a href="/plan.xlsx">XLSX</a> · \
                <a href="/report.html">\(layout.language.pick(en: "HTML report", id: "laporan HTML"))</a></p>
                <h2>\(layout.language.pick(en: "Platforms", id: "Platform"))</h2>
                \(layout.table(platforms, links: ["platform": { "/plan/platforms/\($0)" }]))
                <h2>\(layout.language.pick(en: "Migration waves", id: "Gelombang migrasi"))</h2>
                \(layout.table(waves))
                """)
        }
        router.get("/plan/platforms/{number}") { request, context in
            let layout = workspace.layout(request, context)
            guard let number = context.parameters.get("number").flatMap(Int.init) else { throw HTTPError(.notFound) }
            let language = context.language
            let page = max(FormFields(query: request).value("page").flatMap(Int.init) ?? 1, 1)
            let found = try await workspace.database.cachedRead("platform:\(number):\(page):\(language)") { database in
                try database.read { db -> (String, QueryResult)? in
                    guard let name = try String.fetchOne(db, sql: """
                        SELECT name FROM plan_platforms WHERE plan_id = (SELECT max(id) FROM plans) AND number = ?
                        """, arguments: [number]) else { return nil }
                    let items = try WorkspaceQueries.table(db, """
                        SELECT a.external_id AS id, a.name, a.agency, i.action, i.wave, i.wave_start, a.users,
                               CAST(i.annual_saving AS INTEGER) AS annual_saving, \(language == .id ? "coalesce(i.reason_id, i.reason)" : "i.reason") AS reason
                        FROM plan_items i JOIN apps a ON a.id = i.app_id
                        WHERE i.plan_id = (SELECT max(id) FROM plans) AND i.platform_number = ?
                        ORDER BY CASE i.action WHEN 'platform' THEN 0 WHEN 'migrate' THEN 1 WHEN 'retire' THEN 2 ELSE 3 END, i.wave, a.id
                        LIMIT ? OFFSET ?
                        """, [number, WorkspaceQueries.pageSize + 1, (page - 1) * WorkspaceQueries.pageSize])
                    return (name, items)
                }
            }
            guard let (name, items) = found else {
                return layout.page(layout.language.pick(en: "Not found", id: "Tidak ditemukan"), status: .notFound,
                                   layout.notice(layout.language.pick(en: "No platform \(number) in the latest plan.", id: "Tidak ada platform \(number) dalam rencana terakhir.")))
            }
            let (rows, more) = WorkspaceQueries.page(items)
            return layout.page("Platform \(number): \(name)", """
                \(layout.table(rows, links: ["id": { PageLayout.path("/apps/", $0) }]))
                \(WorkspaceQueries.pager(layout, base: "/plan/platforms/\(number)", fields: [:], page: page, more: more))
                """)
        }
        router.get("/plan.csv") { _, context in
            let language = context.language
            let csv = try await workspace.database.cachedRead("download:plan.csv:\(language)") { TableRenderer.csv(try PlanningStore($0).latestPlanTable(language: language)) }
            return Self.download(csv.data(using: .utf8)!, name: "plan.csv", type: "text/csv; charset=utf-8")
        }
        router.get("/plan.xlsx") { _, context in
            let language = context.language
            let data = try await workspace.database.cachedRead("download:plan.xlsx:\(language)") { try WorkbookWriter.workbook(try PlanWorkbook.sheets($0, language: language)) }
            return Self.download(data, name: "plan.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        }
        router.get("/report.html") { _, context in
            let language = context.language
            let html = try await workspace.database.cachedRead("download:report.html:\(language)") { HTMLReport.render(try ReportStore($0).load(), language: language) }
            return Self.download(Data(html.utf8), name: language == .id ? "laporan.html" : "report.html", type: "text/html; charset=utf-8")
        }
    }

    /// The plan's money in the words and units of the report: one-off cost, yearly saving and the
    /// net with its range and what the low case assumes, then what the totals rest on (weak
    /// matches still to check, inactive apps counted at no saving).
    static func money(_ headline: ReportData.Headline, _ layout: PageLayout) -> [(String, String?)] {
        let words = ReportMessages.of(layout.language)
        func rp(_ value: Double) -> String { ReportFormat.money(value, layout.language) }
        func n(_ value: Int) -> String { ReportFormat.number(value, layout.language) }
        let years = " (\(headline.years) \(layout.language.pick(en: "years", id: "tahun")))"
        let range = layout.language.pick(en: "range \(rp(headline.netSavingLow)) to \(rp(headline.netSavingHigh))",
                                         id: "kisaran \(rp(headline.netSavingLow)) sampai \(rp(headline.netSavingHigh))")
        // One row saying the money is not known, rather than rows of Rp 0 that read as a free plan.
        var rows: [(String, String?)] = headline.costsUnknown ? [(words.figureMoney, "\(words.figureMoneyUnknown): \(words.noteMoneyUnknown)")] : [
            (PlanColumn.label("one_off_cost", layout.language), rp(headline.oneOffCost)),
            (PlanColumn.label("annual_saving", layout.language), rp(headline.annualSaving)),
            (PlanColumn.label("net_saving", layout.language) + years, "\(rp(headline.netSaving)) (\(range); \(words.captionCases))"),
        ]
        if headline.weakMatches > 0 && !headline.costsUnknown {
            rows.append((layout.language.pick(en: "Annual saving resting on weak matches", id: "Hemat tahunan yang bergantung pada kecocokan lemah"),
                         "\(rp(headline.weakSaving)), " + layout.language.pick(en: "from", id: "dari") + " \(CountedNoun.weakMatch(headline.weakMatches, layout.language)) "
                            + layout.language.pick(en: "still to check", id: "yang masih perlu diperiksa")))
            rows.append((layout.language.pick(en: "Net saving resting on weak matches", id: "Hemat bersih yang bergantung pada kecocokan lemah") + years, rp(headline.weakNet)))
        }
        if headline.stoppedBuildsCosted > 0 && !headline.costsUnknown {
            rows.append((layout.language.pick(en: "Saving from builds that stop", id: "Hemat dari pembangunan yang dihentikan"),
                         words.sentenceStoppedSaving(StoppedBuildsSaving(saving: headline.stoppedSaving, net: headline.stoppedNet, apps: headline.stoppedBuildsCosted, of: headline.stoppedBuilds,
                                                                          cost: headline.stoppedCost, residualCostShare: headline.residualCostShare,
                                                                          planNet: headline.netSaving, toVerify: headline.stoppedToVerify, layout.language))))
        }
        if headline.inactiveApps > 0 || headline.inactiveKept > 0 {
            rows.append((layout.language.pick(en: "Inactive apps", id: "Aplikasi tidak aktif"),
                         words.sentenceInactive(headline.inactiveApps > 0 ? n(headline.inactiveApps) : nil,
                                                headline.inactiveRecordedCost > 0 ? rp(headline.inactiveRecordedCost) : nil,
                                                headline.inactiveToVerify > 0 ? n(headline.inactiveToVerify) : nil, n(InactiveApp.usersToVerify),
                                                headline.inactiveKept > 0 ? n(headline.inactiveKept) : nil,
                                                headline.inactiveKeptCost > 0 ? rp(headline.inactiveKeptCost) : nil)))
        }
        if headline.buildsGoingOn > 0 {
            rows.append((layout.language.pick(en: "Apps in development", id: "Aplikasi dalam pengembangan"), words.sentenceBuildsGoOn(n(headline.buildsGoingOn))))
        }
        return rows
    }

    /// A file the browser saves instead of showing.
    static func download(_ data: Data, name: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
