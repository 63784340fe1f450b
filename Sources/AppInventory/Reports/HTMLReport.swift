/// The report for officials as one self-contained HTML page: inline CSS and SVG, no scripts,
/// no fonts or images fetched, so it opens on an offline laptop and prints on A4.
///
/// ```swift
/// let data = try ReportStore(database).load(scope: .init(province: "Jawa Tengah"))
/// let html = HTMLReport.render(data, language: .id)
/// ```
public enum HTMLReport {
    /// The whole page in `language` (Bahasa Indonesia by default): executive summary,
    /// provinces, platforms, schedule, evidence, decisions and the methods appendix.
    public static func render(_ data: ReportData, language: Language = .id) -> String {
        let m = ReportMessages.of(language)
        var scope = ""
        // A register of one region names it, as a report scoped to that region does.
        if let province = data.scope.province ?? (data.provinces.count == 1 ? data.provinces[0].province : nil) {
            scope = m.scopeProvince(province == "Pusat" ? m.central : province)
        }
        if let agency = data.scope.agency { scope += (scope.isEmpty ? "" : " · ") + m.scopeAgency(agency) }
        let sections = [
            ReportSections.summary(data, language),
            ReportSections.provinces(data, language),
            ReportSections.platforms(data, language),
            ReportSections.timeline(data, language),
            ReportSections.evidence(data, language),
            ReportSections.decisions(data, language),
            ReportSections.methods(data, language),
        ]
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(m.title))\(scope.isEmpty ? "" : " – " + HTML.escape(scope))</title>
            <style>\(style)</style></head>
            <body><main>
            <header><h1>\(HTML.escape(m.title))</h1>\(scope.isEmpty ? "" : "<p class=\"scope\" translate=\"no\">\(HTML.escape(scope))</p>")
            <p class="muted">\(HTML.escape(m.generated(ReportFormat.date(data.generatedAt, language))))</p></header>
            \(sections.joined())
            </main></body></html>

            """
    }

    /// The report's style sheet, for pages that show its sections: screen layout, and an A4
    /// print layout with page breaks between sections, repeated table headers, page numbers.
    public static let style = """
        *{box-sizing:border-box}
        body{font-family:"Noto Sans","Segoe UI",Roboto,Arial,sans-serif;color:#1a202c;margin:0;background:#f7fafc;line-height:1.4;overflow-wrap:break-word}
        main{max-width:1100px;margin:0 auto;padding:24px 32px;background:#fff}
        h1{margin:0 0 4px;font-size:1.7em}h2{border-bottom:2px solid #2b6cb0;padding-bottom:4px;margin:32px 0 10px;font-size:1.35em}
        h3{margin:14px 0 6px;font-size:1.05em}.scope{font-size:1.2em;font-weight:600;margin:0}
        .muted{color:#4a5568;font-size:.92em}.intro{color:#2d3748}
        a{color:#2b6cb0}
        .figures{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:10px}
        .figure{border:1px solid #e2e8f0;border-left:4px solid #2b6cb0;border-radius:4px;padding:8px 12px;min-width:0}
        .figure .value{font-size:1.55em;font-weight:700;white-space:nowrap}.figure .label{color:#2d3748}.figure .note{color:#4a5568;font-size:.85em}.figure .caption{color:#4a5568;font-size:.75em;font-style:italic}
        .sentences p{font-size:1.08em;margin:8px 0}
        table{border-collapse:collapse;width:100%;font-size:.9em;margin:8px 0 14px}
        th,td{border-bottom:1px solid #e2e8f0;padding:3px 6px;text-align:left;vertical-align:top}
        thead th{background:#edf2f7}tfoot th{background:#edf2f7;border-top:2px solid #a0aec0}
        .num{text-align:right;white-space:nowrap}thead th.num{white-space:normal}
        table.actions{width:auto}table.actions td{border:0;padding:2px 8px}
        .swatch{display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px}
        .swatch.platform{background:#2b6cb0}.swatch.migrate{background:#2f855a}.swatch.retire{background:#c53030}.swatch.retain{background:#a0aec0}
        svg{display:block;max-width:100%;height:auto;margin:6px 0 10px}
        .cards{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:10px}
        .card{border:1px solid #e2e8f0;border-top:4px solid #2b6cb0;border-radius:4px;padding:8px 12px;font-size:.9em;min-width:0}
        .card.shared{border-top-color:#2f855a}.card h3{margin:0}.card .kind{margin:0 0 4px;color:#4a5568;font-style:italic}
        .card dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 8px;margin:4px 0}.card dt{font-weight:600}.card dd{margin:0}
        .card p{margin:4px 0}.card .cost{font-weight:600}
        .gaps{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:10px}.gaps ul{margin:4px 0;padding-left:18px;font-size:.9em}
        .flag{background:#fefcbf;border:1px solid #d69e2e;border-radius:3px;padding:0 4px;font-size:.85em;white-space:nowrap}
        .status{font-weight:600}.status.applied{color:#2f855a}.status.overridden{color:#c53030}
        @page{size:A4;margin:14mm 12mm 16mm;@bottom-center{content:counter(page) " / " counter(pages);font-size:9pt;color:#4a5568}}
        @media print{
          body{background:#fff;font-size:9pt}main{max-width:none;padding:0}
          section{break-before:page}#ringkasan{break-before:avoid}
          h2,h3{break-after:avoid}thead{display:table-header-group}tfoot{display:table-row-group}
          tr,.card,.figure,svg,.sentences p{break-inside:avoid}
          a{color:inherit;text-decoration:none}
          #ringkasan .sentences p{font-size:10.5pt}
          .cards{grid-template-columns:repeat(3,minmax(0,1fr));gap:6px}.card{font-size:7.8pt;padding:5px 7px}
          .card dl{grid-template-columns:minmax(0,1fr)}.card dt{margin-top:2px}
        }
        """
}
