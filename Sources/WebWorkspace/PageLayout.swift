import AppInventory
import Hummingbird

/// The frame around every page: header with navigation, language switch and sign-out, and
/// helpers for numbers and tables in the page's language.
struct PageLayout {
    var language: Language
    var session: WorkspaceSession?
    /// The page's own path and query, so the language switch comes back to it.
    var path: String

    /// Column names, codes and numbers of SQL results in the page's language.
    var vocabulary: TableVocabulary { TableVocabulary(language) }

    /// A whole number with the language's thousands separator (1.234.567 or 1,234,567).
    func number(_ value: Int64) -> String { vocabulary.number(value) }

    /// "2026-11-26T12:53:59Z" as "2026-11-26 12:53 UTC" (``ReportFormat/timestamp(_:)``).
    func timestamp(_ iso: String?) -> String? { iso.map(ReportFormat.timestamp) }

    func page(_ title: String, status: HTTPResponse.Status = .ok, _ body: HTML) -> Response {
        var links: [HTML] = []
        if let session {
            links = [
                link("/", language.pick(en: "Overview", id: "Ringkasan")), link("/apps", language.pick(en: "Apps", id: "Aplikasi")), link("/groups", language.pick(en: "Groups", id: "Kelompok")),
                link("/plan", language.pick(en: "Plan", id: "Rencana")), link("/decisions", language.pick(en: "Decisions", id: "Keputusan")),
            ]
            if session.userRole >= .planner { links += [link("/sql", "SQL"), link("/jobs", language.pick(en: "Jobs", id: "Proses"))] }
            if session.userRole >= .admin { links.append(link("/users", language.pick(en: "Users", id: "Pengguna"))) }
        }
        let other: Language = language == .id ? .en : .id
        let switchTo = "/lang/\(other.rawValue)?back=\(Self.percentEncode(path))"
        var account: HTML = ""
        if let session {
            account = """
                <form method="post" action="/logout" class="inline"><input type="hidden" name="csrf_token" value="\(session.csrfToken)">\
                <span class="who">\(session.user) (\(session.role))</span> <button type="submit">\(language.pick(en: "Sign out", id: "Keluar"))</button></form>
                """
        }
        let html: HTML = """
            <!doctype html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · consolidate</title><link rel="stylesheet" href="/static/style.css"></head>
            <body><header><strong class="brand">consolidate</strong><nav>\(links)</nav>
            <a class="lang" href="\(switchTo)">\(other == .en ? "English" : "Bahasa Indonesia")</a>\(account)</header>
            <main><h1>\(title)</h1>
            \(body)
            </main></body></html>
            """
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html.markup)))
    }

    func link(_ href: String, _ text: String) -> HTML { "<a href=\"\(href)\">\(text)</a>" }

    /// The hidden field every form of a session carries.
    var csrfField: HTML { "<input type=\"hidden\" name=\"csrf_token\" value=\"\(session?.csrfToken ?? "")\">" }

    /// A query result as a table; `linkColumn` turns one column's cells into links.
    func table(_ result: QueryResult, links: [String: (String) -> String] = [:], headers: [String: String] = [:]) -> HTML {
        guard !result.rows.isEmpty else { return "<p class=\"empty\">\(language.pick(en: "No rows.", id: "Tidak ada baris."))</p>" }
        let head: [HTML] = result.columns.map { "<th>\(headers[$0] ?? vocabulary.columnName($0))</th>" }
        let rows: [HTML] = result.rows.enumerated().map { index, cells in
            let tds: [HTML] = cells.enumerated().map { column, cell in
                let numeric = result.numeric.indices.contains(index) && result.numeric[index].indices.contains(column) && result.numeric[index][column]
                let name = result.columns[column]
                if let cell, let target = links[name] { return "<td><a href=\"\(target(cell))\">\(cell)</a></td>" }
                guard let cell else { return "<td></td>" }
                return numeric ? "<td class=\"num\">\(vocabulary.numberCell(cell, column: name))</td>" : "<td>\(vocabulary.value(cell, column: name))</td>"
            }
            return "<tr>\(tds)</tr>"
        }
        return "<div class=\"scroll\"><table><thead><tr>\(head)</tr></thead><tbody>\(rows)</tbody></table></div>"
    }

    /// An error or notice box.
    func notice(_ text: String, kind: String = "error") -> HTML { "<p class=\"\(kind)\">\(text)</p>" }

    static func percentEncode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }

    /// A path for a link built from a route and a cell value.
    static func path(_ prefix: String, _ value: String) -> String { prefix + percentEncode(value) }
}

import Foundation
