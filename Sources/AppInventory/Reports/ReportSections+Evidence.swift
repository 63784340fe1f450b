import Foundation

extension ReportSections {
    /// Example reasons that quote clear evidence, then weak matches flagged as needing a check.
    public static func evidence(_ data: ReportData, _ language: Language) -> String {
        let m = ReportMessages.of(language)
        guard !data.examples.isEmpty || !data.weakExamples.isEmpty else {
            return section("bukti", m.evidenceTitle, "<p class=\"muted\">\(HTML.escape(m.noExamples))</p>")
        }
        var html = "<p class=\"intro\">\(HTML.escape(m.evidenceIntro))</p>" + examples(data.examples, language)
        if !data.weakExamples.isEmpty {
            html += "<h3>\(HTML.escape(m.weakTitle(ReportFormat.number(data.headline.weakMatches, language))))</h3>" + examples(data.weakExamples, language)
            let more = data.headline.weakMatches - data.weakExamples.count
            if more > 0 { html += "<p class=\"muted\">\(HTML.escape(m.weakMore(ReportFormat.number(more, language))))</p>" }
        }
        return section("bukti", m.evidenceTitle, html)
    }

    static func examples(_ examples: [ReportData.Example], _ language: Language) -> String {
        let m = ReportMessages.of(language)
        guard !examples.isEmpty else { return "" }
        var html = tableStart("examples", [m.columnApp, m.columnPlatform, m.columnReason])
        for example in examples {
            html += "<tr><td>\(HTML.data(example.app.name))<div class=\"muted\">\(HTML.data(example.app.agency))</div></td>"
            html += "<td>\(HTML.data(example.platform))</td><td>"
            // A weak reason starts by saying so ("Weak match 0.31, check by hand: …"): that
            // opening, colon included so copied text still reads as the CSV writes it, is the flag,
            // shown once. The reason is the tool's sentence; only the names in it stay untranslated.
            let reason = example.reason(language)
            let names = [example.platform, example.app.name] + HTML.quotations(example.reasonID)
            if example.weak, let colon = reason.range(of: ": ") {
                html += "<span class=\"flag\">\(HTML.escape(reason[..<colon.lowerBound] + ":"))</span> "
                html += "\(HTML.sentence(String(reason[colon.upperBound...]), names: names))</td></tr>"
            } else {
                html += "\(HTML.sentence(reason, names: names))</td></tr>"
            }
        }
        return html + "</tbody></table>"
    }

    /// Decisions in force, each with its effect on the plan (applied, or overridden and why),
    /// its author and date, in the report's language.
    public static func decisions(_ data: ReportData, _ language: Language) -> String {
        let m = ReportMessages.of(language)
        guard !data.decisions.isEmpty else {
            return section("keputusan", m.decisionsTitle, "<p class=\"muted\">\(HTML.escape(m.noDecisions))</p>")
        }
        var html = "<p class=\"intro\">\(HTML.escape(m.decisionsIntro))</p>"
        html += tableStart("decisions", ["#", m.columnDecision, m.columnApp, m.columnReason, m.columnBy, m.columnDate, m.columnEffect])
        for decision in data.decisions {
            var target = decision.apps.map(HTML.data).joined(separator: " + ")
            if let platform = decision.platform { target += " → \(HTML.data(platform))" }
            html += "<tr><td class=\"num\">\(decision.id)</td><td>\(HTML.escape(PlannerDecision.Kind(rawValue: decision.kind)?.phrase(language) ?? decision.kind))</td><td>\(target)</td>"
            html += "<td>\(decision.reason.map(HTML.data) ?? "")</td><td>\(decision.author.map(HTML.data) ?? "")</td>"
            html += "<td>\(HTML.escape(ReportFormat.date(decision.date, language)))</td>"
            // The effect starts with its status ("diterapkan: …"), shown in the status colour.
            html += "<td><span class=\"status \(decision.applied ? "applied" : "overridden")\">\(HTML.escape(language == .id ? decision.effectID : decision.effect))</span></td></tr>"
        }
        html += "</tbody></table>"
        return section("keputusan", m.decisionsTitle, html)
    }

    /// The methods appendix in words: data sources, analysis date, thresholds, money
    /// assumptions, waves and the limits of the figures.
    public static func methods(_ data: ReportData, _ language: Language) -> String {
        let m = ReportMessages.of(language)
        let x = data.methods
        func score(_ value: Double) -> String { ReportFormat.score(value, language) }
        // The file's name, not the path on the planner's machine (a report is sent on).
        let sources = x.sources.map { "\(HTML.data(URL(fileURLWithPath: $0.file).lastPathComponent)) (\(HTML.escape(ReportFormat.date($0.date, language))), \(HTML.escape(m.rows(ReportFormat.number($0.rows, language)))))" }
        var paragraphs: [String] = []
        if !sources.isEmpty { paragraphs.append(HTML.escape(m.methodsSources("\u{1}")).replacingOccurrences(of: "\u{1}", with: sources.joined(separator: "; "))) }
        if let date = x.analysisDate {
            paragraphs.append(HTML.escape(m.methodsAnalysis(ReportFormat.date(date, language), score(x.similarityThreshold ?? AnalysisParameters().threshold),
                                                             score(x.weakBelow))))
        } else {
            paragraphs.append(HTML.escape(m.methodsNoAnalysis))
        }
        paragraphs.append(HTML.escape(m.methodsFunctions(score(x.groupThreshold), score(x.loneThreshold), score(x.weakBelow))))
        paragraphs.append(HTML.escape(m.methodsPlatforms(x.target, x.builtInCatalogue)))
        func money(_ range: ClosedRange<Double>) -> String {
            range.lowerBound == range.upperBound ? ReportFormat.money(range.lowerBound, language)
                : "\(ReportFormat.money(range.lowerBound, language))–\(ReportFormat.money(range.upperBound, language))"
        }
        let fees = x.fees.map { m.methodsFees(kindLabel($0.kind, language), money($0.onboarding), money($0.yearly)) }.joined(separator: "; ")
        let residual = Int((x.residualCostShare * 100).rounded())
        paragraphs.append(HTML.escape(m.methodsMoney(ReportFormat.percent(Int((x.migrationCostRate * 100).rounded()), of: 100),
                                                     ReportFormat.percent(residual, of: 100), ReportFormat.percent(100 - residual, of: 100), fees)))
        paragraphs.append(HTML.escape(m.methodsWaves(ReportFormat.quarterStart(x.startQuarter, language), x.waveQuarters, ReportFormat.number(x.waveCapacity, language))))
        paragraphs.append(HTML.escape(m.methodsCaveats(ReportFormat.number(data.headline.unknownCostApps, language), ReportFormat.number(x.thinDescriptions, language))))
        paragraphs.append(HTML.escape(m.methodsPlanDate(ReportFormat.date(x.planDate, language))))
        return section("metode", m.methodsTitle, paragraphs.map { "<p>\($0)</p>" }.joined())
    }
}
