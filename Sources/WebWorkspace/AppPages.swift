import AppInventory
import GRDB
import Hummingbird

/// `/apps` (full-text search with filters, paged) and `/apps/{external_id}` (everything known
/// about one app: fields, look-alikes with their evidence, group, planned action, decisions).
struct AppPages {
    let workspace: Workspace
    static let actions = ["platform", "migrate", "retire", "retain"]

    func add(to router: Router<WorkspaceContext>) {
        router.get("/apps") { request, context in
            let layout = workspace.layout(request, context)
            let query = FormFields(query: request)
            func field(_ name: String) -> String? { query.value(name) }
            var filter = WorkspaceQueries.AppFilter(words: field("q"), agency: field("agency"), province: field("province"),
                                                    group: field("group").flatMap(Int64.init), action: field("action").flatMap { Self.actions.contains($0) ? $0 : nil })
            filter.page = field("page").flatMap(Int.init) ?? 1
            let chosen = filter
            let (result, more) = try await workspace.database.cachedRead("apps:\(chosen)") { try WorkspaceQueries.apps($0, chosen) }
            let options: [HTML] = ([""] + Self.actions).map {
                "<option value=\"\($0)\"\($0 == chosen.action ? HTML(raw: " selected") : "")>\($0.isEmpty ? layout.language.pick(en: "any action", id: "semua tindakan") : layout.vocabulary.value($0, column: "action"))</option>"
            }
            let fields = ["q": chosen.words, "agency": chosen.agency, "province": chosen.province,
                          "group": chosen.group.map(String.init), "action": chosen.action].compactMapValues { $0 }
            let pager = WorkspaceQueries.pager(layout, base: "/apps", fields: fields, page: chosen.page, more: more)
            return layout.page(layout.language.pick(en: "Apps", id: "Aplikasi"), """
                <form method="get" action="/apps" class="filters">
                <input name="q" value="\(chosen.words)" placeholder="\(layout.language.pick(en: "words", id: "kata kunci"))">
                <input name="agency" value="\(chosen.agency)" placeholder="\(layout.language.pick(en: "agency", id: "instansi"))">
                <input name="province" value="\(chosen.province)" placeholder="\(layout.language.pick(en: "province", id: "provinsi"))">
                <input name="group" value="\(chosen.group.map(String.init))" placeholder="\(layout.language.pick(en: "group", id: "kelompok"))" inputmode="numeric">
                <select name="action">\(options)</select>
                <button type="submit">\(layout.language.pick(en: "Search", id: "Cari"))</button></form>
                \(layout.table(result, links: ["id": { PageLayout.path("/apps/", $0) }, "group": { "/groups/\($0)" }]))
                \(pager)
                """)
        }

        router.get("/apps/{id}") { request, context in
            let layout = workspace.layout(request, context)
            let id = context.parameters.get("id") ?? ""
            let language = context.language
            let found = try await workspace.database.cachedRead("app:\(id):\(language)") { database -> AppView? in
                guard let fields = try database.read({ try WorkspaceQueries.appFields($0, id) }) else { return nil }
                let placement = try database.read { try WorkspaceQueries.appPlacement($0, id, language: language) }
                let lookAlikes = try OverlapReport.neighbours(database, app: id, minScore: 0, limit: 20)
                let decisions = try DecisionStore(database).decisionsWithEffects(language: language).filter { $0.decision.appA == id || $0.decision.appB == id }
                return AppView(fields: fields, placement: placement, lookAlikes: lookAlikes, decisions: decisions.map { DecisionRow($0.decision, $0.effect) })
            }
            guard let view = found else {
                return layout.page(layout.language.pick(en: "Not found", id: "Tidak ditemukan"), status: .notFound,
                                   layout.notice(layout.language.pick(en: "No app with id \(id).", id: "Tidak ada aplikasi dengan id \(id).")))
            }
            let name = view.fields.first { $0.0 == "name" }?.1 ?? id
            let fieldRows: [HTML] = view.fields.map { "<tr><th>\(layout.vocabulary.columnName($0.0))</th><td>\(layout.vocabulary.field($0.1, column: $0.0))</td></tr>" }
            var placement: [HTML] = []
            if let row = view.placement {
                if let group = row[0] {
                    placement.append("<p>\(layout.language.pick(en: "Group", id: "Kelompok")): <a href=\"/groups/\(group)\">#\(group) \(row[1])</a></p>")
                }
                if let action = row[2] {
                    let platform = row[4]
                    let number = row[3]
                    placement.append("""
                        <p>\(layout.language.pick(en: "Planned action", id: "Tindakan dalam rencana")): <strong>\(layout.vocabulary.value(action, column: "action"))</strong>\
                        \(platform.map { p in HTML(stringLiteral: " → ") + (number.map { HTML("<a href=\"/plan/platforms/\($0)\">\(p)</a>") } ?? HTML("\(p)")) } ?? "")\
                        \(row[6].map { HTML(" (\(layout.language.pick(en: "wave", id: "gelombang")) \(Quarter.text($0, layout.language)))") } ?? "")</p>
                        <p class="reason">\(row[7])</p>
                        """)
                }
            }
            return layout.page(name, """
                <table class="facts">\(fieldRows)</table>
                <h2>\(layout.language.pick(en: "Group and plan", id: "Kelompok dan rencana"))</h2>
                \(placement.isEmpty ? layout.notice(layout.language.pick(en: "Not analysed or planned yet.", id: "Belum dianalisis atau direncanakan."), kind: "empty") : placement.joined())
                <h2>\(layout.language.pick(en: "Look-alikes", id: "Aplikasi serupa"))</h2>
                \(layout.table(view.lookAlikes, links: ["id": { PageLayout.path("/apps/", $0) }, "group": { "/groups/\($0)" }]))
                <h2>\(layout.language.pick(en: "Decisions", id: "Keputusan"))</h2>
                \(DecisionPages.table(view.decisions, layout: layout, undo: false))
                """)
        }
    }

    struct AppView: Sendable {
        var fields: [(String, String)]
        var placement: [String?]?
        var lookAlikes: QueryResult
        var decisions: [DecisionRow]
    }
}
