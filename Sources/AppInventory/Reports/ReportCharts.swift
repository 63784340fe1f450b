/// Inline SVG charts of the report: no scripts or fonts to fetch, labels never cut (text sits
/// in boxes sized for the longest Indonesian province and platform names), readable in print.
enum ReportCharts {
    static let blue = "#2b6cb0", green = "#2f855a", grey = "#cbd5e0", ink = "#1a202c", muted = "#4a5568"

    /// One small tile per province, in the table's order: its name, a bar of the share of its
    /// apps moving or switched off (same scale in every tile, worded as the table's column) and,
    /// on a line of its own so the longer wording fits, its yearly saving.
    static func provinceTiles(_ data: ReportData, _ language: Language) -> String {
        let m = ReportMessages.of(language)
        let columns = 5, tileWidth = 196, tileHeight = 62, gap = 6
        let rows = (data.provinces.count + columns - 1) / columns
        let width = columns * tileWidth + (columns - 1) * gap
        let height = max(1, rows * (tileHeight + gap))
        let maxSaving = data.provinces.map(\.annualSaving).max() ?? 0
        var svg = "<svg class=\"tiles\" role=\"img\" aria-label=\"\(HTML.escape(m.provincesTitle))\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\">"
        for (index, row) in data.provinces.enumerated() {
            let x = (index % columns) * (tileWidth + gap), y = (index / columns) * (tileHeight + gap)
            let share = row.apps > 0 ? Double(row.moving) / Double(row.apps) : 0
            let strength = maxSaving > 0 ? max(0.08, row.annualSaving / maxSaving) : 0
            let name = ReportSections.provinceName(row.province, language)
            svg += "<g transform=\"translate(\(x),\(y))\"><rect width=\"\(tileWidth)\" height=\"\(tileHeight)\" rx=\"4\" fill=\"\(green)\" fill-opacity=\"\(format(strength * 0.35))\" stroke=\"\(grey)\"/>"
            svg += "<text x=\"6\" y=\"15\" font-size=\"11\" font-weight=\"600\" fill=\"\(ink)\" translate=\"no\">\(HTML.escape(name))</text>"
            svg += "<rect x=\"6\" y=\"22\" width=\"\(tileWidth - 12)\" height=\"8\" fill=\"#fff\" stroke=\"\(grey)\"/>"
            svg += "<rect x=\"6\" y=\"22\" width=\"\(format(Double(tileWidth - 12) * share))\" height=\"8\" fill=\"\(blue)\"/>"
            let moving = "\(ReportFormat.percent(row.moving, of: row.apps)) \(m.tileMoving)"
            svg += "<text x=\"6\" y=\"43\" font-size=\"10\" fill=\"\(muted)\">\(HTML.escape(moving))</text>"
            if !data.headline.costsUnknown {
                let saving = "\(ReportFormat.money(row.annualSaving, language)) \(m.perYear)"
                svg += "<text x=\"6\" y=\"56\" font-size=\"10\" fill=\"\(muted)\">\(HTML.escape(saving))</text>"
            }
            svg += "</g>"
        }
        return svg + "</svg>"
    }

    /// The waves, then each platform's period, as bars over a quarter axis.
    static func gantt(_ data: ReportData, _ language: Language) -> String {
        let m = ReportMessages.of(language)
        let quarters = (data.waves.flatMap { [$0.start, $0.end] } + data.platforms.flatMap { [$0.firstQuarter, $0.lastQuarter].compactMap { $0 } })
            .compactMap(Quarter.init(parsing:))
        guard let first = quarters.min(), let last = quarters.max() else { return "" }
        let count = (last.year * 4 + last.number) - (first.year * 4 + first.number) + 1
        let labelWidth = 320, quarterWidth = max(48, min(110, 640 / count)), rowHeight = 24, top = 34
        let rows: [(label: String, start: Quarter, end: Quarter, text: String, wave: Bool)] =
            data.waves.compactMap { wave in
                guard let start = Quarter(parsing: wave.start), let end = Quarter(parsing: wave.end) else { return nil }
                let text = m.waveBar(wave.moves, wave.switchOffs) + (data.headline.costsUnknown ? "" : " · " + ReportFormat.money(wave.oneOffCost, language))
                return (m.wave(wave.number), start, end, text, true)
            } + data.platforms.compactMap { card in
                guard let start = card.firstQuarter.flatMap(Quarter.init(parsing:)), let end = card.lastQuarter.flatMap(Quarter.init(parsing:)) else { return nil }
                return (card.name, start, end, m.waveBar(card.moving, card.switchOffs), false)
            }
        let width = labelWidth + count * quarterWidth + 210
        let height = top + rows.count * rowHeight + 8
        func x(_ quarter: Quarter) -> Int { labelWidth + ((quarter.year * 4 + quarter.number) - (first.year * 4 + first.number)) * quarterWidth }
        var svg = "<svg class=\"gantt\" role=\"img\" aria-label=\"\(HTML.escape(m.timelineTitle))\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\">"
        for index in 0..<count {
            let quarter = first.adding(index)
            let left = labelWidth + index * quarterWidth
            svg += "<rect x=\"\(left)\" y=\"\(top - 4)\" width=\"\(quarterWidth)\" height=\"\(height - top)\" fill=\"\(index % 2 == 0 ? "#f7fafc" : "#fff")\"/>"
            // Year over quarter: the axis reads "2027 Tw I", as the plan CSV writes a quarter (``Quarter/text(_:)``).
            svg += "<text x=\"\(left + quarterWidth / 2)\" y=\"14\" font-size=\"10\" text-anchor=\"middle\" fill=\"\(muted)\">\(quarter.year)</text>"
            svg += "<text x=\"\(left + quarterWidth / 2)\" y=\"26\" font-size=\"10\" text-anchor=\"middle\" fill=\"\(muted)\">\(HTML.escape(quarterLabel(quarter, language)))</text>"
        }
        // Waves that run past the horizon save nothing within it: the line shows where it ends.
        let horizon = data.methods.horizonEnd
        if horizon >= first && horizon < last {
            let edge = x(horizon) + quarterWidth
            svg += "<line x1=\"\(edge)\" y1=\"\(top - 4)\" x2=\"\(edge)\" y2=\"\(height)\" stroke=\"\(ink)\" stroke-dasharray=\"4 3\"/>"
            svg += "<text x=\"\(edge - 4)\" y=\"\(height - 4)\" font-size=\"10\" text-anchor=\"end\" fill=\"\(ink)\">\(HTML.escape(m.horizonMark))</text>"
        }
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            let left = x(row.start), right = x(row.end) + quarterWidth
            let label = row.label.count > 52 ? String(row.label.prefix(50)) + "…" : row.label
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" font-size=\"11\" text-anchor=\"end\" fill=\"\(ink)\" font-weight=\"\(row.wave ? 600 : 400)\" translate=\"no\"><title>\(HTML.escape(row.label))</title>\(HTML.escape(label))</text>"
            svg += "<rect x=\"\(left + 2)\" y=\"\(y + 3)\" width=\"\(right - left - 4)\" height=\"\(rowHeight - 8)\" rx=\"3\" fill=\"\(row.wave ? blue : "#90cdf4")\"/>"
            svg += "<text x=\"\(right + 6)\" y=\"\(y + 15)\" font-size=\"10\" fill=\"\(ink)\">\(HTML.escape(row.text))</text>"
        }
        return svg + "</svg>"
    }

    /// The quarter part of ``Quarter/text(_:)`` under its year: "Tw I" … "Tw IV" (triwulan) or "Q1" … "Q4".
    static func quarterLabel(_ quarter: Quarter, _ language: Language) -> String {
        String(quarter.text(language).dropFirst("\(quarter.year)".count + 1))
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
