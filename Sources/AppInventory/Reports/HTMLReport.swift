import Foundation

/// The overlap and merge-plan report as one self-contained HTML page: inline CSS and SVG,
/// no scripts, fonts or images fetched, so it opens on an offline laptop and prints cleanly.
public enum HTMLReport {
    public static func render(_ data: ReportData) -> String {
        var body = ""
        body += headline(data)
        body += section("Inventory before consolidation", charts(data))
        body += section("Merge plan", planSection(data))
        body += section("Largest overlap groups", groupsSection(data))
        body += section("Data quality", qualitySection(data))
        body += section("Planner decisions", decisionsSection(data))
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Application consolidation report</title>
            <style>\(style)</style></head>
            <body><main>
            <h1>Application consolidation report</h1>
            \(body)
            <footer>Generated \(HTML.escape(data.generatedAt)) by consolidate. Figures come from the inventory database; see docs/overlap.md and docs/plan.md for the method.</footer>
            </main></body></html>

            """
    }

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a202c;margin:0;background:#f7fafc}
        main{max-width:1100px;margin:0 auto;padding:24px;background:#fff}
        h1{margin-top:0}h2{border-bottom:2px solid #2b6cb0;padding-bottom:4px;margin-top:36px}h3{margin-bottom:6px}
        .cards{display:flex;flex-wrap:wrap;gap:12px}.card{flex:1 1 180px;border:1px solid #e2e8f0;border-radius:6px;padding:12px}
        .card .value{font-size:1.6em;font-weight:600}.card .label{color:#4a5568;font-size:.9em}
        table{border-collapse:collapse;width:100%;font-size:.9em;margin:8px 0 16px}th,td{border-bottom:1px solid #e2e8f0;padding:4px 6px;text-align:left;vertical-align:top}
        th{background:#edf2f7}td.num,th.num{text-align:right;white-space:nowrap}.muted{color:#718096;font-size:.9em}
        .action-platform{color:#2b6cb0;font-weight:600}.action-retire{color:#c53030}.action-migrate{color:#2f855a}
        footer{margin-top:40px;color:#718096;font-size:.85em}
        @media print{body{background:#fff}main{padding:0}h2{page-break-after:avoid}table,svg{page-break-inside:avoid}}
        """

    static func section(_ title: String, _ content: String) -> String {
        "<section><h2>\(HTML.escape(title))</h2>\(content)</section>\n"
    }

    static func headline(_ data: ReportData) -> String {
        let covered = data.platforms.reduce(0) { $0 + $1.apps }
        let cards = [
            (HTML.grouped(data.apps), "apps in the inventory (\(HTML.grouped(data.agencies)) agencies)"),
            ("\(data.platforms.count)", "platforms proposed, covering \(HTML.grouped(covered)) apps"),
            (HTML.grouped(data.retained), "apps retained as they are"),
            (HTML.rupiah(data.costBefore), "annual cost of the planned apps today"),
            (HTML.rupiah(data.costAfter), "annual cost after"),
            (HTML.rupiah(data.costBefore - data.costAfter), "saving a year"),
        ]
        var html = "<section id=\"headline\"><div class=\"cards\">"
        for (value, label) in cards {
            html += "<div class=\"card\"><div class=\"value\">\(HTML.escape(value))</div><div class=\"label\">\(HTML.escape(label))</div></div>"
        }
        html += "</div><p class=\"muted\">"
        if let analysis = data.analysis {
            html += "Overlap analysis of \(HTML.escape(analysis.finishedAt)) with parameters <code>\(HTML.escape(analysis.parameters))</code>. "
        } else {
            html += "No overlap analysis yet: run <code>consolidate analyze</code>. "
        }
        html += data.planAt.map { "Plan of \(HTML.escape($0))." } ?? "No plan yet: run <code>consolidate plan</code>."
        return html + "</p></section>\n"
    }

    static func charts(_ data: ReportData) -> String {
        let levels = data.byLevel.map { SVGChart.Bar(label: $0.0, values: [Double($0.1)], valueText: "\(HTML.grouped($0.1)) apps") }
        let functions = data.groups.map { SVGChart.Bar(label: $0.label, values: [Double($0.apps)], valueText: "\(HTML.grouped($0.apps)) apps") }
        let agencies = data.groups.map { SVGChart.Bar(label: $0.label, values: [Double($0.apps), Double($0.agencies)], valueText: "\(HTML.grouped($0.apps)) apps, \(HTML.grouped($0.agencies)) agencies") }
        return "<h3>Apps by level</h3>" + SVGChart.horizontal(levels, series: ["apps"], title: "Apps by level")
            + "<h3>Apps by function group</h3>" + SVGChart.horizontal(functions, series: ["apps"], title: "Apps by function group")
            + "<p class=\"muted\">The \(data.groups.count) largest of \(HTML.grouped(data.groupCount)) overlap groups.</p>"
            + "<h3>Largest overlap groups: apps and agencies</h3>" + SVGChart.horizontal(agencies, series: ["apps", "agencies"], title: "Apps and agencies per overlap group")
    }

    static func planSection(_ data: ReportData) -> String {
        guard !data.platforms.isEmpty else { return "<p>No plan yet: run <code>consolidate plan</code>.</p>" }
        let bars = data.platforms.map { SVGChart.Bar(label: "\($0.number). \($0.name)", values: [Double($0.apps), Double($0.users), $0.saving],
                                                      valueText: "\(HTML.grouped($0.apps)) apps, \(HTML.rupiah($0.saving))") }
        var html = "<h3>Platforms: member apps, users and annual saving</h3>" + SVGChart.horizontal(bars, series: ["apps", "users", "saving"], title: "Plan per platform")
        let waves = data.waves.map { SVGChart.Bar(label: "Wave \($0.wave)\($0.wave == 1 ? " (quick wins)" : "")", values: [Double($0.apps), Double($0.users)],
                                                  valueText: "\(HTML.grouped($0.apps)) apps, \(HTML.grouped($0.users)) users") }
        html += "<h3>Migration waves</h3>" + SVGChart.horizontal(waves, series: ["apps", "users"], title: "Apps and users per wave")
        html += "<table><thead><tr><th>#</th><th>Platform</th><th>Survivor</th><th class=\"num\">Apps</th><th>Actions</th><th class=\"num\">Cost before</th><th class=\"num\">Saving</th></tr></thead><tbody>"
        for p in data.platforms {
            let actions = ["platform", "migrate", "retire"].compactMap { a in p.actions[a].map { "\($0) \(a)" } }.joined(separator: ", ")
            html += "<tr><td>\(p.number)</td><td>\(HTML.escape(p.name))\(p.national != nil ? " <span class=\"muted\">(national)</span>" : "")</td><td>\(HTML.escape(p.survivor ?? "national platform"))</td>"
            html += "<td class=\"num\">\(HTML.grouped(p.apps))</td><td>\(HTML.escape(actions))</td><td class=\"num\">\(HTML.rupiah(p.costBefore))</td><td class=\"num\">\(HTML.rupiah(p.saving))</td></tr>"
        }
        html += "</tbody></table>"
        for p in data.platforms {
            html += "<h3>\(p.number). \(HTML.escape(p.name))</h3><table><thead><tr><th>App</th><th>Agency</th><th>Action</th><th>Reason</th></tr></thead><tbody>"
            for e in p.examples {
                html += "<tr><td>\(HTML.escape(e.name))</td><td>\(HTML.escape(e.agency))</td><td class=\"action-\(HTML.escape(e.action))\">\(HTML.escape(e.action))</td><td>\(HTML.escape(e.reason))</td></tr>"
            }
            html += "</tbody></table>"
            if p.apps > p.examples.count { html += "<p class=\"muted\">… and \(HTML.grouped(p.apps - p.examples.count)) more apps (consolidate export plan).</p>" }
        }
        return html
    }

    static func groupsSection(_ data: ReportData) -> String {
        guard !data.groups.isEmpty else { return "<p>No overlap analysis yet: run <code>consolidate analyze</code>.</p>" }
        var html = "<table><thead><tr><th>#</th><th>Characteristic terms</th><th class=\"num\">Apps</th><th class=\"num\">Agencies</th><th class=\"num\">Annual cost</th><th>Example pairs (score: evidence)</th></tr></thead><tbody>"
        for g in data.groups {
            let pairs = g.pairs.map { "\(HTML.escape($0.a)) ↔ \(HTML.escape($0.b)) (\(String(format: "%.2f", $0.score)): \(HTML.escape($0.evidence)))" }.joined(separator: "<br>")
            html += "<tr><td>\(g.id)</td><td>\(HTML.escape(g.terms))</td><td class=\"num\">\(HTML.grouped(g.apps))</td><td class=\"num\">\(HTML.grouped(g.agencies))</td><td class=\"num\">\(HTML.rupiah(g.cost))</td><td>\(pairs)</td></tr>"
        }
        html += "</tbody></table>"
        if data.groupCount > data.groups.count { html += "<p class=\"muted\">… and \(HTML.grouped(data.groupCount - data.groups.count)) smaller groups (consolidate overlap).</p>" }
        return html
    }

    static func qualitySection(_ data: ReportData) -> String {
        var html = "<p>What the analysis could not see: \(HTML.grouped(data.emptyDescriptions)) apps have no usable description.</p>"
        html += "<table><thead><tr><th>Field</th><th class=\"num\">Apps with a value</th><th class=\"num\">Share</th></tr></thead><tbody>"
        for item in data.completeness {
            html += "<tr><td>\(HTML.escape(item.field))</td><td class=\"num\">\(HTML.grouped(item.filled))</td><td class=\"num\">\(String(format: "%.1f%%", item.share * 100))</td></tr>"
        }
        return html + "</tbody></table>"
    }

    static func decisionsSection(_ data: ReportData) -> String {
        guard !data.decisions.isEmpty else { return "<p>No planner decisions yet.</p>" }
        var html = "<table><thead><tr><th>#</th><th>Decision</th><th>Apps</th><th>Reason</th><th>By</th><th>When</th></tr></thead><tbody>"
        for d in data.decisions {
            html += "<tr><td>\(d.id)</td><td>\(HTML.escape(d.kind.rawValue))</td><td>\(HTML.escape([d.appA, d.appB].compactMap { $0 }.joined(separator: ", ")))</td>"
            html += "<td>\(HTML.escape(d.reason ?? ""))</td><td>\(HTML.escape(d.decidedBy ?? ""))</td><td>\(HTML.escape(d.decidedAt))</td></tr>"
        }
        return html + "</tbody></table>"
    }
}
