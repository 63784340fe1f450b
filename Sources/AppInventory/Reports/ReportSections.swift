/// The sections of the report for officials, each a pure function of the report's data and a
/// language returning an HTML fragment (`<section>…</section>`), so another page (the web
/// workspace) can show any of them with the report's style sheet (``HTMLReport/style``).
public enum ReportSections {
    static func section(_ id: String, _ title: String, _ content: String) -> String {
        "<section id=\"\(id)\"><h2>\(HTML.escape(title))</h2>\(content)</section>\n"
    }

    /// `<table class=…><thead>…</thead><tbody>`: the header row (repeated on every printed
    /// page), the columns from `numericFrom` on right-aligned as figures.
    static func tableStart(_ kind: String, _ columns: [String], numericFrom: Int = .max) -> String {
        let cells = columns.enumerated().map { index, column in
            "<th\(index >= numericFrom ? " class=\"num\"" : "")>\(HTML.escape(column))</th>"
        }
        return "<table class=\"\(kind)\"><thead><tr>\(cells.joined())</tr></thead><tbody>"
    }

    /// The one-page executive summary: key figures, what happens to each app, and three to seven
    /// sentences a minister can read aloud.
    public static func summary(_ data: ReportData, _ language: Language) -> String {
        let m = ReportMessages.of(language)
        let h = data.headline
        func n(_ value: Int) -> String { ReportFormat.number(value, language) }
        func rp(_ value: Double) -> String { ReportFormat.money(value, language) }
        let weak = h.weakMatches > 0 ? m.clauseWeak(rp(h.weakSaving), n(h.weakMatches)) : nil
        let range = m.range(rp(h.netSavingLow), rp(h.netSavingHigh))
        // The net box carries its range's assumption as a caption, not only the sentence below.
        // Without any known running cost, one box says so: three boxes of Rp 0 would read as a free plan.
        let money: [(String, String, String?, String?)] = h.costsUnknown ? [(m.figureMoneyUnknown, m.figureMoney, m.noteMoneyUnknown, nil)] : [
            (rp(h.oneOffCost), m.figureOneOff, nil, nil),
            (rp(h.annualSaving), m.figureSaving, weak, nil),
            // "of which" follows the figure it qualifies, not the range.
            (rp(h.netSaving), m.figureNet(h.years, h.netSaving < 0), h.weakMatches > 0 ? m.clauseWeakNet(rp(abs(h.weakNet)), h.weakNet < 0) + "; " + range : range,
             m.captionCases),
        ]
        let figures: [(String, String, String?, String?)] = [
            (n(h.apps), m.figureApps, nil, nil),
            (n(h.overlappingApps), m.figureOverlap, ReportFormat.percent(h.overlappingApps, of: h.apps), nil),
            (n(h.platforms), m.figurePlatforms, nil, nil),
        ] + money
        var html = "<div class=\"figures\">"
        for (value, label, note, caption) in figures {
            html += "<div class=\"figure\"><div class=\"value\">\(HTML.escape(value))</div><div class=\"label\">\(HTML.escape(label))</div>"
            if let note { html += "<div class=\"note\">\(HTML.escape(note))</div>" }
            if let caption { html += "<div class=\"caption\">\(HTML.escape(caption))</div>" }
            html += "</div>"
        }
        html += "</div><div class=\"sentences\">"
        for sentence in sentences(data, language) { html += "<p>\(HTML.escape(sentence))</p>" }
        html += "</div><h3>\(HTML.escape(m.actionsTitle))</h3><table class=\"actions\"><tbody>"
        // Only the actions the plan takes, each named by the word the plan CSV filters on; the
        // shares add up to 100%.
        let duplicates = h.retire - h.inactiveApps
        let retire = m.actionRetire + (duplicates > 0 && h.inactiveApps > 0 ? " (\(m.clauseRetireParts(n(h.inactiveApps), n(duplicates))))" : "")
        let migrate = m.actionMigrate + (h.stoppedBuilds > 0 ? " (\(m.clauseStoppedBuilds(n(h.stoppedBuilds))))" : "")
        let actions = [(h.lead, m.actionLead, PlanAction.platform), (h.migrate, migrate, .migrate),
                       (h.retire, retire, .retire), (h.retain, m.actionRetain, .retain)]
        let shares = ReportFormat.percents(actions.map(\.0), of: h.apps)
        for ((count, label, action), share) in zip(actions, shares) where count > 0 {
            html += "<tr><td class=\"num\">\(HTML.escape(n(count)))</td><td class=\"num\">\(HTML.escape(share))</td>"
            html += "<td><span class=\"swatch \(action.rawValue)\"></span><b>\(HTML.escape(action.phrase(language)))</b>: \(HTML.escape(label))</td></tr>"
        }
        html += "</tbody></table>"
        return section("ringkasan", m.summaryTitle, html)
    }

    /// The plain sentences of the summary, in order: inventory, platforms, money, waves, unknowns.
    public static func sentences(_ data: ReportData, _ language: Language) -> [String] {
        let m = ReportMessages.of(language)
        let h = data.headline
        func n(_ value: Int) -> String { ReportFormat.number(value, language) }
        func rp(_ value: Double) -> String { ReportFormat.money(value, language) }
        var sentences = [m.sentenceInventory(n(h.apps), h.agencies > 0 ? n(h.agencies) : nil, n(h.overlappingApps), ReportFormat.percent(h.overlappingApps, of: h.apps),
                                             ReportFormat.score(data.methods.weakBelow, language))]
        if h.looselyGroupedApps > 0 { sentences.append(m.sentenceLoose(n(h.looselyGroupedApps))) }
        guard h.plannedApps > 0 else { return sentences + [m.nothingPlanned] }
        sentences.append(m.sentencePlatforms(n(h.platforms), n(h.nationalPlatforms), n(h.plannedApps - h.inactiveApps), n(h.retain),
                                             h.systemsInUse > 0 ? m.clauseInUse(n(h.systemsInUse)) : nil))
        let loss = h.netSaving < 0
        let losing = h.losingApps > 0 ? m.clauseLosing(n(h.losingApps), rp(-h.losingNet), h.lateQueueApps, h.losingApps - h.lateQueueApps,
                                                        (byLaw: h.noYearlySavingApps - h.noYearlySavingAssignedApps, assigned: h.noYearlySavingAssignedApps)) : nil
        let weak = h.weakMatches > 0
        if !h.costsUnknown {
            // What builds that stop account for closes the money paragraph: it qualifies its totals.
            let stopped = h.stoppedBuildsCosted > 0 ? " " + m.sentenceStoppedSaving(StoppedBuildsSaving(
                saving: h.stoppedSaving, net: h.stoppedNet, apps: h.stoppedBuildsCosted, of: h.stoppedBuilds, cost: h.stoppedCost,
                residualCostShare: h.residualCostShare, planNet: h.netSaving, toVerify: h.stoppedToVerify, language)) : ""
            sentences.append(m.sentenceMoney(rp(h.oneOffCost), rp(h.annualSaving), weak ? m.clauseWeak(rp(h.weakSaving), n(h.weakMatches)) : nil, h.years,
                                         rp(loss ? -h.netSaving : h.netSaving), weak ? m.clauseWeakNet(rp(abs(h.weakNet)), h.weakNet < 0) : nil,
                                         rp(h.netSavingLow), rp(h.netSavingHigh), loss, losing) + stopped)
        }
        if !h.implausibleCosts.isEmpty { sentences.append(m.implausibleCosts(h.implausibleCosts, language) + ".") }
        if h.inactiveApps > 0 || h.inactiveKept > 0 {
            sentences.append(m.sentenceInactive(h.inactiveApps > 0 ? n(h.inactiveApps) : nil, h.inactiveRecordedCost > 0 ? rp(h.inactiveRecordedCost) : nil,
                                                h.inactiveToVerify > 0 ? n(h.inactiveToVerify) : nil, n(InactiveApp.usersToVerify),
                                                h.inactiveKept > 0 ? n(h.inactiveKept) : nil, h.inactiveKeptCost > 0 ? rp(h.inactiveKeptCost) : nil))
        }
        if h.buildsGoingOn > 0 { sentences.append(m.sentenceBuildsGoOn(n(h.buildsGoingOn))) }
        if let first = data.waves.first, let last = data.waves.last {
            var waves = m.sentenceWaves(data.waves.count, ReportFormat.period(first.start, last.end, language))
            if let start = Quarter(parsing: data.methods.startQuarter), let made = Quarter(dateStamp: data.methods.planDate), start < made {
                waves += " " + m.sentencePastStart(start.text(language), made.text(language))
            }
            sentences.append(waves)
            let late = data.waves.filter { wave in Quarter(parsing: wave.end).map { $0 >= data.methods.horizonEnd } ?? false }
            if !late.isEmpty {
                sentences.append(m.sentenceAfterHorizon(late.count, n(late.reduce(0) { $0 + $1.apps }), h.years,
                                                        ReportFormat.quarterEnd(data.methods.horizonEnd.description, language),
                                                        m.lateQueues(data.lateQueues.map { (name: $0.name, moves: $0.moves, capacity: $0.capacity) }, current: data.methods.waveCapacity, language)))
            }
        }
        if h.costsUnknown {
            sentences.append(m.sentenceMoneyUnknown(n(h.plannedApps - h.inactiveApps), weak ? n(h.weakMatches) : nil))
        } else {
            let duplicates = h.retire - h.inactiveApps
            // Parts only when there are several: "9,625 planned apps (9,625 migrating)" says one count twice.
            let parts = duplicates > 0 || h.lead > 0 ? m.clauseMovingParts(n(h.migrate), duplicates > 0 ? n(duplicates) : nil, h.lead > 0 ? n(h.lead) : nil) : nil
            let sentence = m.sentenceUnknown(h.unknownCostApps > 0 ? n(h.unknownCostApps) : nil, n(h.plannedApps - h.inactiveApps), parts,
                                             weak ? n(h.weakMatches) : nil)
            if !sentence.isEmpty { sentences.append(sentence) }
        }
        return sentences
    }

    /// The display name of a province row: "Pusat" for central agencies, a word for unknown.
    static func provinceName(_ province: String?, _ language: Language) -> String {
        province ?? ReportMessages.of(language).unknownProvince
    }

    /// Provinces sorted by saving, with a total row equal to the national figures, and a grid of
    /// small charts (share of apps moving, saving) one per province.
    public static func provinces(_ data: ReportData, _ language: Language) -> String {
        let m = ReportMessages.of(language)
        func n(_ value: Int) -> String { HTML.escape(ReportFormat.number(value, language)) }
        func rp(_ value: Double) -> String { HTML.escape(ReportFormat.money(value, language)) }
        var html = "<p class=\"intro\">\(HTML.escape(m.provincesIntro))</p>"
        html += ReportCharts.provinceTiles(data, language)
        // Money columns only when some moving app has a known cost: columns of Rp 0 would read as free.
        let money = !data.headline.costsUnknown
        html += tableStart("provinces", [m.columnProvince, m.columnApps, m.columnOverlap, m.columnMoving]
                               + (money ? [m.columnCostNow, m.columnOneOff, m.columnSaving, m.columnWeakSaving] : []), numericFrom: 1)
        func moneyCells(_ row: ReportData.ProvinceRow, _ tag: String) -> String {
            guard money else { return "" }
            // Nothing of known cost moving, or no weak match, in a province: a dash, as the command
            // line's tables show it, not "Rp 0", which would read as a move for free.
            let cells: [String] = [rp(row.annualCost)] + [row.oneOffCost, row.annualSaving, row.weakSaving].map { $0 > 0 ? rp($0) : "–" }
            return cells.map { "<\(tag) class=\"num\">\($0)</\(tag)>" }.joined()
        }
        for row in data.provinces {
            html += "<tr><td>\(HTML.data(provinceName(row.province, language)))</td><td class=\"num\">\(n(row.apps))</td>"
            html += "<td class=\"num\">\(n(row.overlappingApps))</td><td class=\"num\">\(HTML.escape(ReportFormat.percent(row.moving, of: row.apps)))</td>"
            html += moneyCells(row, "td") + "</tr>"
        }
        let total = ReportData.ProvinceRow(
            province: nil, apps: data.provinces.reduce(0) { $0 + $1.apps }, overlappingApps: data.provinces.reduce(0) { $0 + $1.overlappingApps },
            moving: data.provinces.reduce(0) { $0 + $1.moving }, annualCost: data.provinces.reduce(0) { $0 + $1.annualCost },
            oneOffCost: data.provinces.reduce(0) { $0 + $1.oneOffCost }, annualSaving: data.provinces.reduce(0) { $0 + $1.annualSaving },
            weakSaving: data.provinces.reduce(0) { $0 + $1.weakSaving })
        html += "</tbody><tfoot><tr><th>\(HTML.escape(m.total))</th><th class=\"num\">\(n(total.apps))</th><th class=\"num\">\(n(total.overlappingApps))</th>"
        html += "<th class=\"num\">\(HTML.escape(ReportFormat.percent(total.moving, of: total.apps)))</th>" + moneyCells(total, "th") + "</tr></tfoot></table>"
        return section("provinsi", m.provincesTitle, html)
    }
}
