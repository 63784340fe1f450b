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
                    // The apps a plan consolidates (moving in or leading a module), as its summary counts them: not every app of the inventory.
                    let plan = try Row.fetchOne(db, sql: """
                        SELECT created_at, platforms, apps, cost_before, cost_after, net_saving,
                               (SELECT count(*) FROM plan_items i WHERE i.plan_id = plans.id AND i.action != 'retain' AND coalesce(i.saving_basis, '') != 'inactive')
                        FROM plans ORDER BY id DESC LIMIT 1
                        """)
                    let inventoryCost = try Double.fetchOne(db, sql: "SELECT sum(annual_cost) FROM apps WHERE \(ApplicationStore.inInventory)") ?? 0
                    let apps: Int = counts[0]
                    let described: Int = counts[2]
                    func money(_ value: Double) -> String { "Rp " + layout.number(Int64(value.rounded())) }
                    return [
                        (layout.language.pick(en: "Apps", id: "Aplikasi"), layout.number(Int64(apps))),
                        (layout.language.pick(en: "Agencies", id: "Instansi"), layout.number(counts[1] as Int64)),
                        (layout.language.pick(en: "Recorded annual cost", id: "Biaya tahunan yang tercatat"), money(inventoryCost)),
                        (layout.language.pick(en: "With a usable description", id: "Dengan deskripsi yang berguna"),
                         apps == 0 ? "–" : "\(described * 100 / apps) %"),
                        (layout.language.pick(en: "Latest import", id: "Impor terakhir"), layout.timestamp(counts[3])),
                        (layout.language.pick(en: "Latest analysis", id: "Analisis terakhir"),
                         analysis.map { "\(layout.timestamp($0[0]) ?? ""): \(layout.number($0[1])) \(layout.language.pick(en: "pairs", id: "pasangan")), \(layout.number($0[2])) \(layout.language.pick(en: "groups", id: "kelompok"))" }),
                        (layout.language.pick(en: "Latest plan", id: "Rencana terakhir"),
                         plan.map { "\(layout.timestamp($0[0]) ?? ""): \(layout.number($0[6])) \(layout.language.pick(en: "of", id: "dari")) \(layout.number($0[2])) \(layout.language.pick(en: "apps consolidated", id: "aplikasi disatukan")) → \(layout.number($0[1])) \(layout.language.pick(en: "platforms", id: "platform"))" }),
                        (layout.language.pick(en: "Annual cost of the planned apps, before → after", id: "Biaya tahunan aplikasi yang direncanakan, sebelum → sesudah"),
                         plan.map { "\(money($0[3])) → \(money($0[4]))" }),
                        (layout.language.pick(en: "Active decisions", id: "Keputusan aktif"), String(counts[4] as Int)),
                    ]
                }
            }
            let rows: [HTML] = facts.map { "<tr><th>\($0.0)</th><td>\($0.1 ?? "–")</td></tr>" }
            return layout.page(layout.language.pick(en: "Overview", id: "Ringkasan"), """
                <table class="facts">\(rows)</table>
                <p class="links">\(layout.link("/apps", layout.language.pick(en: "Search apps", id: "Cari aplikasi"))) · \(layout.link("/groups", layout.language.pick(en: "Overlap groups", id: "Kelompok tumpang tindih"))) · \
                \(layout.link("/plan", layout.language.pick(en: "Consolidation plan", id: "Rencana konsolidasi"))) · \(layout.link("/report.html", layout.language.pick(en: "Download the HTML report", id: "Unduh laporan HTML")))</p>
                """)
        }
    }
}
