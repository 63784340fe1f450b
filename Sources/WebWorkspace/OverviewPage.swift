import AppInventory
import GRDB
import Hummingbird

/// `/`: how big and how complete the inventory is, the latest analysis and plan, links onward.
struct OverviewPage {
    let workspace: Workspace

    func add(to router: Router<WorkspaceContext>) {
        router.get("/") { request, context in
            let layout = workspace.layout(request, context)
            let facts = try await workspace.database.cachedRead("overview:\(layout.language)") { database in
                try database.read { db -> [(String, String?)] in
                    let counts = try Row.fetchOne(db, sql: """
                        SELECT (SELECT count(*) FROM apps WHERE \(ApplicationStore.inInventory)),
                               (SELECT count(DISTINCT agency) FROM apps WHERE \(ApplicationStore.inInventory)),
                               (SELECT count(*) FROM apps WHERE \(ApplicationStore.inInventory) AND length(coalesce(description, '')) >= ?),
                               (SELECT max(finished_at) FROM import_runs),
                               (SELECT count(*) FROM decisions WHERE undone_at IS NULL)
                        """, arguments: [InventoryStatistics.usableDescriptionLength])!
                    let analysis = try Row.fetchOne(db, sql: "SELECT finished_at, pairs, groups FROM analysis_runs ORDER BY id DESC LIMIT 1")
                    let plan = try Row.fetchOne(db, sql: "SELECT created_at, platforms, apps, cost_before, cost_after, net_saving FROM plans ORDER BY id DESC LIMIT 1")
                    let inventoryCost = try Double.fetchOne(db, sql: "SELECT sum(annual_cost) FROM apps WHERE \(ApplicationStore.inInventory)") ?? 0
                    let apps: Int = counts[0]
                    let described: Int = counts[2]
                    func money(_ value: Double) -> String { "Rp " + layout.number(Int64(value.rounded())) }
                    return [
                        (layout.t("Aplikasi", "Apps"), layout.number(Int64(apps))),
                        (layout.t("Instansi", "Agencies"), layout.number(counts[1] as Int64)),
                        (layout.t("Biaya tahunan yang tercatat", "Recorded annual cost"), money(inventoryCost)),
                        (layout.t("Dengan deskripsi yang berguna", "With a usable description"),
                         apps == 0 ? "–" : "\(described * 100 / apps) %"),
                        (layout.t("Impor terakhir", "Latest import"), layout.timestamp(counts[3])),
                        (layout.t("Analisis terakhir", "Latest analysis"),
                         analysis.map { "\(layout.timestamp($0[0]) ?? ""): \(layout.number($0[1])) \(layout.t("pasangan", "pairs")), \(layout.number($0[2])) \(layout.t("kelompok", "groups"))" }),
                        (layout.t("Rencana terakhir", "Latest plan"),
                         plan.map { "\(layout.timestamp($0[0]) ?? ""): \(layout.number($0[2])) \(layout.t("aplikasi", "apps")) → \(layout.number($0[1])) \(layout.t("platform", "platforms"))" }),
                        (layout.t("Biaya tahunan aplikasi yang direncanakan, sebelum → sesudah", "Annual cost of the planned apps, before → after"),
                         plan.map { "\(money($0[3])) → \(money($0[4]))" }),
                        (layout.t("Keputusan aktif", "Active decisions"), String(counts[4] as Int)),
                    ]
                }
            }
            let rows: [HTML] = facts.map { "<tr><th>\($0.0)</th><td>\($0.1 ?? "–")</td></tr>" }
            return layout.page(layout.t("Ringkasan", "Overview"), """
                <table class="facts">\(rows)</table>
                <p class="links">\(layout.link("/apps", layout.t("Cari aplikasi", "Search apps"))) · \(layout.link("/groups", layout.t("Kelompok tumpang tindih", "Overlap groups"))) · \
                \(layout.link("/plan", layout.t("Rencana konsolidasi", "Consolidation plan"))) · \(layout.link("/report.html", layout.t("Unduh laporan HTML", "Download the HTML report")))</p>
                """)
        }
    }
}
