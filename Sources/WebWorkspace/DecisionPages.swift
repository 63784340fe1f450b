import AppInventory
import Hummingbird

/// One decision as listed: the same rows `consolidate decisions` prints.
struct DecisionRow: Sendable {
    var decision: PlannerDecision
    var effect: String?

    init(_ decision: PlannerDecision, _ effect: String?) {
        self.decision = decision
        self.effect = effect
    }
}

/// One withdrawn decision as listed, with who withdrew it and when.
struct WithdrawnRow: Sendable {
    var decision: PlannerDecision
    var undoneBy: String?
    var undoneAt: String
}

/// `/decisions`: the active decisions with author, date and effect, the form to add one
/// (planners), and undo. Both go through ``DecisionWorkflow`` / ``DecisionStore`` like the CLI,
/// and a recorded or withdrawn decision redirects back to the list (``NoticeBoard``), so a reload
/// never records it twice.
struct DecisionPages {
    let workspace: Workspace

    func add(to router: Router<WorkspaceContext>) {
        router.get("/decisions") { request, context in
            try await page(request, context, message: workspace.notices.notice(request, user: context.session?.user))
        }
        router.post("/decisions") { request, context in
            try Workspace.require(.planner, context)
            let form = context.form!
            let layout = workspace.layout(request, context)
            guard let kind = form.value("kind").flatMap(PlannerDecision.Kind.init(rawValue:)), let app = form.value("app") else {
                return try await page(request, context, message: (layout.language.pick(en: "Choose a kind and fill in the app.", id: "Pilih jenis dan isi aplikasi."), true), status: .badRequest)
            }
            let other = form.value("other"), reason = form.value("reason"), author = context.session?.user
            do {
                let outcome = try await workspace.database.write { try DecisionWorkflow.decide($0, kind, app: app, other: other, reason: reason, by: author) }
                let recorded = layout.language.pick(en: "Recorded", id: "Tercatat") + ": " + PlannerDecision.localised(outcome.decision.citation, layout.language)
                let text = ([recorded] + outcome.notes.map { $0.text(layout.language, .web) }).joined(separator: " ")
                return workspace.notices.redirect(to: "/decisions", user: author ?? "", text)
            } catch let refusal as DecisionRefusal {
                return try await page(request, context, message: (refusal.message.text(layout.language, .web), true), status: .unprocessableContent)
            }
        }
        router.post("/decisions/{id}/undo") { request, context in
            try Workspace.require(.planner, context)
            let layout = workspace.layout(request, context)
            guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw HTTPError(.notFound) }
            do {
                let by = context.session?.user ?? ""
                let again = try await workspace.database.write { try DecisionWorkflow.undo($0, id, by: by).again }
                let language = layout.language
                let applies = again.map { language.pick(en: " Decision \($0.citation) about the same apps applies again.",
                                                        id: " Keputusan \(PlannerDecision.localised($0.citation, .id)) tentang aplikasi yang sama berlaku lagi.") } ?? ""
                return workspace.notices.redirect(to: "/decisions", user: by, language.pick(en: "Decision #\(id) undone by \(by).", id: "Keputusan #\(id) dibatalkan oleh \(by).") + applies)
            } catch let refusal as DecisionRefusal {
                return try await page(request, context, message: (refusal.message.text(layout.language, .web), true), status: .unprocessableContent)
            }
        }
    }

    func page(_ request: Request, _ context: WorkspaceContext, message: (String, Bool)?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let layout = workspace.layout(request, context)
        let (rows, withdrawn) = try await workspace.database.read { db in
            let store = DecisionStore(db)
            return (try store.decisionsWithEffects(language: layout.language).map { DecisionRow($0.decision, $0.effect) },
                    try store.withdrawn(limit: Self.withdrawnShown).map { WithdrawnRow(decision: $0.decision, undoneBy: $0.undoneBy, undoneAt: $0.undoneAt) })
        }
        let canDecide = (context.session?.userRole ?? .viewer) >= .planner
        let kinds: [HTML] = PlannerDecision.Kind.allCases.map { "<option value=\"\($0.rawValue)\">\($0.word(layout.language))</option>" }
        let form: HTML = canDecide ? """
            <h2>\(layout.language.pick(en: "Record a decision", id: "Catat keputusan"))</h2>
            <form method="post" action="/decisions" class="decide">\(layout.csrfField)
            <label>\(layout.language.pick(en: "Kind", id: "Jenis")) <select name="kind">\(kinds)</select></label>
            <label>\(layout.language.pick(en: "App (id) or group number", id: "Aplikasi (id) atau nomor kelompok")) <input name="app" required></label>
            <label>\(layout.language.pick(en: "Other: second app or platform", id: "Lainnya: aplikasi kedua atau platform")) <input name="other"></label>
            <label>\(layout.language.pick(en: "Reason", id: "Alasan")) <input name="reason" maxlength="\(DecisionWorkflow.reasonLimit)"></label>
            <button type="submit">\(layout.language.pick(en: "Record", id: "Catat"))</button></form>
            """ : ""
        return layout.page(layout.language.pick(en: "Decisions", id: "Keputusan"), status: status, """
            \(message.map { layout.notice($0.0, kind: $0.1 ? "error" : "ok") } ?? "")
            \(Self.table(rows, layout: layout, undo: canDecide))
            \(form)
            \(Self.withdrawnTable(withdrawn, layout: layout))
            """)
    }

    /// How many of the latest withdrawals the page lists; `consolidate decisions --withdrawn` lists all.
    static let withdrawnShown = 20

    /// The latest withdrawn decisions with who withdrew each and when.
    static func withdrawnTable(_ rows: [WithdrawnRow], layout: PageLayout) -> HTML {
        guard !rows.isEmpty else { return "" }
        let body: [HTML] = rows.map { row in
            let d = row.decision
            return """
                <tr><td class="num">\(d.id)</td><td>\(d.kind.word(layout.language))</td><td>\(d.appA)</td><td>\(d.appB ?? d.platform)</td><td>\(d.reason)</td>\
                <td>\(d.decidedBy)</td><td>\(layout.timestamp(d.decidedAt))</td><td>\(row.undoneBy)</td><td>\(layout.timestamp(row.undoneAt))</td></tr>
                """
        }
        return """
            <h2>\(layout.language.pick(en: "Withdrawn", id: "Dibatalkan"))</h2>
            <div class="scroll"><table><thead><tr><th>#</th><th>\(layout.language.pick(en: "kind", id: "jenis"))</th><th>\(layout.language.pick(en: "app", id: "aplikasi"))</th><th>\(layout.language.pick(en: "other", id: "lainnya"))</th>\
            <th>\(layout.language.pick(en: "reason", id: "alasan"))</th><th>\(layout.language.pick(en: "by", id: "oleh"))</th><th>\(layout.language.pick(en: "date", id: "tanggal"))</th>\
            <th>\(layout.language.pick(en: "withdrawn by", id: "dibatalkan oleh"))</th><th>\(layout.language.pick(en: "withdrawn on", id: "tanggal batal"))</th></tr></thead><tbody>\(body)</tbody></table></div>
            """
    }

    /// The decisions as a table, with an undo button per row for planners.
    static func table(_ rows: [DecisionRow], layout: PageLayout, undo: Bool) -> HTML {
        guard !rows.isEmpty else { return layout.notice(layout.language.pick(en: "No decisions yet.", id: "Belum ada keputusan."), kind: "empty") }
        let body: [HTML] = rows.map { row in
            let d = row.decision
            let undoCell: HTML = undo ? """
                <td><form method="post" action="/decisions/\(d.id)/undo">\(layout.csrfField)<button type="submit">\(layout.language.pick(en: "Undo", id: "Batalkan"))</button></form></td>
                """ : ""
            let app: HTML = "<a href=\"\(PageLayout.path("/apps/", d.appA))\">\(d.appA)</a>"
            let other: HTML = d.appB.map { "<a href=\"\(PageLayout.path("/apps/", $0))\">\($0)</a>" } ?? HTML("\(d.platform)")
            return "<tr><td class=\"num\">\(d.id)</td><td>\(d.kind.word(layout.language))</td><td>\(app)</td><td>\(other)</td><td>\(d.reason)</td><td>\(d.decidedBy)</td><td>\(layout.timestamp(d.decidedAt))</td><td>\(row.effect)</td>\(undoCell)</tr>"
        }
        return """
            <div class="scroll"><table><thead><tr><th>#</th><th>\(layout.language.pick(en: "kind", id: "jenis"))</th><th>\(layout.language.pick(en: "app", id: "aplikasi"))</th><th>\(layout.language.pick(en: "other", id: "lainnya"))</th>\
            <th>\(layout.language.pick(en: "reason", id: "alasan"))</th><th>\(layout.language.pick(en: "by", id: "oleh"))</th><th>\(layout.language.pick(en: "date", id: "tanggal"))</th><th>\(layout.language.pick(en: "effect", id: "dampak"))</th>\
            \(undo ? HTML("<th></th>") : "")</tr></thead><tbody>\(body)</tbody></table></div>
            """
    }
}
