import AppInventory
import GRDB
import Hummingbird

/// `/groups` and `/groups/{id}`: overlap groups, their members, strongest pairs with evidence,
/// and where the latest plan sends them.
struct GroupPages {
    let workspace: Workspace
    /// Members listed on the group page; the apps page pages through all of them.
    static let shownMembers = 100

    static func first(_ count: Int, of result: QueryResult) -> QueryResult {
        QueryResult(columns: result.columns, rows: Array(result.rows.prefix(count)), numeric: Array(result.numeric.prefix(count)))
    }

    func add(to router: Router<WorkspaceContext>) {
        router.get("/groups") { request, context in
            let layout = workspace.layout(request, context)
            let groups = try await workspace.database.cachedRead("groups") { try OverlapReport.groups($0, limit: 500) }
            return layout.page(layout.language.pick(en: "Overlap groups", id: "Kelompok tumpang tindih"),
                               layout.table(groups, links: ["group": { "/groups/\($0)" }]))
        }
        router.get("/groups/{id}") { request, context in
            let layout = workspace.layout(request, context)
            guard let id = context.parameters.get("id").flatMap(Int.init) else { throw HTTPError(.notFound) }
            let found = try await workspace.database.cachedRead("group:\(id)") { database -> (String, QueryResult, QueryResult, QueryResult)? in
                guard let label = try database.read({ try String.fetchOne($0, sql: "SELECT label FROM overlap_groups WHERE id = ?", arguments: [id]) }) else { return nil }
                let members = try OverlapReport.members(database, group: id)
                let pairs = try OverlapReport.pairs(database, group: id, minScore: 0, limit: 20)
                let platforms = try database.read { try WorkspaceQueries.table($0, """
                    SELECT p.number AS platform, p.name, i.action, count(*) AS apps
                    FROM group_members m JOIN plan_items i ON i.app_id = m.app_id AND i.plan_id = (SELECT max(id) FROM plans)
                    LEFT JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
                    WHERE m.group_id = ? GROUP BY p.number, i.action ORDER BY apps DESC
                    """, [id]) }
                return (label, members, pairs, platforms)
            }
            guard let (label, members, pairs, platforms) = found else {
                return layout.page(layout.language.pick(en: "Not found", id: "Tidak ditemukan"), status: .notFound,
                                   layout.notice(layout.language.pick(en: "No group \(id).", id: "Tidak ada kelompok \(id).")))
            }
            let appLink: (String) -> String = { PageLayout.path("/apps/", $0) }
            return layout.page("\(layout.language.pick(en: "Group", id: "Kelompok")) #\(id): \(label)", """
                <h2>\(layout.language.pick(en: "Where the plan sends it", id: "Platform tujuan"))</h2>
                \(layout.table(platforms, links: ["platform": { "/plan/platforms/\($0)" }]))
                <h2>\(layout.language.pick(en: "Members", id: "Anggota"))</h2>
                \(layout.table(Self.first(Self.shownMembers, of: members), links: ["id": appLink]))
                \(members.rows.count > Self.shownMembers ? HTML("<p>\(layout.link("/apps?group=\(id)", layout.language.pick(en: "All \(members.rows.count) members", id: "Semua \(members.rows.count) anggota")))</p>") : "")
                <h2>\(layout.language.pick(en: "Strongest pairs", id: "Pasangan terkuat"))</h2>
                \(layout.table(pairs, links: ["app_a": appLink, "app_b": appLink, "a_id": appLink, "b_id": appLink]))
                """)
        }
    }
}
