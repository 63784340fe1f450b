extension ReportSections {
    /// The label of a platform kind in `language`.
    static func kindLabel(_ kind: String, _ language: Language) -> String {
        let m = ReportMessages.of(language)
        switch kind {
        case PlatformKind.nationalMandatory.rawValue: return m.kindMandatory
        case PlatformKind.nationalSectoral.rawValue: return m.kindSectoral
        default: return m.kindShared
        }
    }

    /// One card per platform: name, kind, owner and legal basis (linked to the platform's
    /// official page), modules in words, base apps, the apps and agencies moving in, the
    /// period of its waves and its cost; then the platforms a larger plan would add and the
    /// overlapping jobs no platform covers.
    public static func platforms(_ data: ReportData, _ language: Language) -> String {
        let m = ReportMessages.of(language)
        func n(_ value: Int) -> String { ReportFormat.number(value, language) }
        var html = "<p class=\"intro\">\(HTML.escape(m.platformsIntro))</p><div class=\"cards\">"
        for card in data.platforms {
            let kindClass = card.kind == PlatformKind.shared.rawValue ? "shared" : "national"
            html += "<article class=\"card \(kindClass)\"><h3>\(HTML.link(card.name, url: card.url))</h3>"
            html += "<p class=\"kind\">\(HTML.escape(kindLabel(card.kind, language)))</p><dl>"
            html += "<dt>\(HTML.escape(m.owner))</dt><dd>\(HTML.data(card.owner(language)))</dd>"
            html += "<dt>\(HTML.escape(m.basis))</dt><dd>\(HTML.link(card.basis, url: card.url))</dd>"
            let modules = card.functions.map { data.functionNames.name($0, platform: card.name, language) }
            html += "<dt>\(HTML.escape(m.modules))</dt><dd>\(HTML.data(modules.joined(separator: "; ")))</dd>"
            if !card.leads.isEmpty {
                // The owning agency in brackets, when the register names one.
                let leads = card.leads.map { $0.agency.isEmpty ? HTML.data($0.name) : "\(HTML.data($0.name)) <span class=\"muted\">(\(HTML.data($0.agency)))</span>" }
                html += "<dt>\(HTML.escape(m.leads))</dt><dd>\(leads.joined(separator: "; "))</dd>"
            }
            html += "</dl>"
            if card.moving > 0 {
                html += "<p>\(HTML.escape(m.movingIn(n(card.moving), card.agencies > 0 ? n(card.agencies) : nil)))"
                if !card.topAgencies.isEmpty {
                    let top = card.topAgencies.map { "\(HTML.data($0.label)) (\(HTML.escape(n($0.apps))))" }
                    html += "; \(HTML.escape((card.agencies == 1 ? m.allFrom : m.mostFrom).lowercased())) \(top.joined(separator: ", "))"
                }
                html += (card.switchOffs > 0 ? "; " + HTML.escape(m.switchedOffHere(n(card.switchOffs))) : "") + ".</p>"
            } else {
                // Inactive apps switched off move nothing in: the card says what the plan does with them.
                html += "<p class=\"muted\">\(HTML.escape(m.nothingMoves))"
                    + (card.switchOffs > 0 ? " " + HTML.escape(m.switchedOffHere(n(card.switchOffs))) + "." : "") + "</p>"
            }
            if let first = card.firstQuarter, let last = card.lastQuarter {
                html += "<p><b>\(HTML.escape(m.schedule)):</b> \(HTML.escape(ReportFormat.period(first, last, language)))</p>"
            }
            // No cost line when no moving app has a known cost (the summary says why), nor on a
            // card none of whose apps has one.
            if !data.headline.costsUnknown && card.costsKnown > 0 {
                let weak = card.weakSaving > 0 ? m.clauseWeak(ReportFormat.money(card.weakSaving, language), n(card.weakMatches)) : nil
                let loss = card.netLoss.map { PlanMoney.lossClause($0, years: data.headline.years, language) }
                html += "<p class=\"cost\">\(HTML.escape(m.cost(ReportFormat.money(card.oneOffCost, language), ReportFormat.money(abs(card.annualSaving), language), card.annualSaving < 0, weak, loss)))</p>"
            }
            html += "</article>"
        }
        html += "</div>"
        html += "<div class=\"gaps\">" + tallies(m.candidatesTitle, data.candidates, language) + tallies(m.uncoveredTitle, data.uncovered, language) + "</div>"
        return section("platform", m.platformsTitle, html)
    }

    static func tallies(_ title: String, _ tallies: [ReportData.Tally], _ language: Language) -> String {
        guard !tallies.isEmpty else { return "" }
        let m = ReportMessages.of(language)
        let items = tallies.map { "<li>\(HTML.data($0.label)): \(HTML.escape(m.apps(ReportFormat.number($0.apps, language))))</li>" }
        return "<div><h3>\(HTML.escape(title))</h3><ul>\(items.joined())</ul></div>"
    }

    /// The waves as a Gantt chart by quarter (waves, then each platform's period) and a table
    /// of each wave's dates, moves (and those awaiting a check), switch-offs, module leads,
    /// users and one-off cost.
    public static func timeline(_ data: ReportData, _ language: Language) -> String {
        let m = ReportMessages.of(language)
        let shared = data.platforms.contains { $0.kind == PlatformKind.shared.rawValue }
        var html = "<p class=\"intro\">\(HTML.escape(m.timelineIntro + (shared ? " " + m.timelineShared : "")))</p>"
        html += ReportCharts.gantt(data, language)
        // Moves, switch-offs and leads apart: only moves take the platforms' onboarding places.
        // Users and one-off cost only when the register gives them: columns of 0 and Rp 0 would read as news.
        let leads = data.waves.contains { $0.leads > 0 }, users = data.waves.contains { $0.users > 0 }, money = !data.headline.costsUnknown
        // Builds stopped only when some are: most registers list no app in development.
        let stops = data.waves.contains { $0.stops > 0 }
        let columns = ["moves", "moves_to_check"] + (stops ? ["stops"] : []) + ["switch_offs"] + (leads ? ["leads"] : [])
        // Moves awaiting a check and builds that stop are counted among the moves: their headers
        // say so, or a reader adds them to the moves.
        let headers = columns.map { column in
            ["moves_to_check", "stops"].contains(column) ? language.pick(en: "of which ", id: "di antaranya ") + PlanColumn.label(column, language).lowercased()
                                                         : PlanColumn.label(column, language)
        }
        html += tableStart("waves", [m.columnWave, m.columnPeriod] + headers + (users ? [m.columnUsers] : [])
                               + (money ? [m.columnOneOff] : []), numericFrom: 2)
        for wave in data.waves {
            let counts = [wave.moves, wave.movesToCheck] + (stops ? [wave.stops] : []) + [wave.switchOffs] + (leads ? [wave.leads] : []) + (users ? [wave.users] : [])
            html += "<tr><td>\(HTML.escape(m.wave(wave.number)))</td><td>\(HTML.escape(ReportFormat.period(wave.start, wave.end, language)))</td>"
            html += counts.map { "<td class=\"num\">\(HTML.escape(ReportFormat.number($0, language)))</td>" }.joined()
            if money { html += "<td class=\"num\">\(HTML.escape(ReportFormat.money(wave.oneOffCost, language)))</td>" }
            html += "</tr>"
        }
        html += "</tbody></table>"
        return section("jadwal", m.timelineTitle, html)
    }
}
