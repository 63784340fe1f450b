import Foundation

/// HTML text helpers: every string from the inventory goes through ``escape(_:)``.
enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static func rupiah(_ value: Double) -> String { NumberText.rupiah(value) }

    static func grouped(_ value: Int) -> String { NumberText.grouped(Int64(value), separator: ",") }
}

/// Inline SVG bar charts: no scripts, no fonts to fetch, readable in print.
enum SVGChart {
    struct Bar {
        var label: String
        var values: [Double]
        var valueText: String
    }

    static let palette = ["#2b6cb0", "#dd6b20", "#38a169", "#805ad5"]

    /// Horizontal bars, one row per item; several values per item are drawn as stacked rows.
    static func horizontal(_ bars: [Bar], series: [String], title: String) -> String {
        let rowHeight = 16 * max(1, series.count) + 10
        let labelWidth = 260, chartWidth = 420, valueWidth = 220
        let width = labelWidth + chartWidth + valueWidth
        let height = rowHeight * bars.count + 40
        let maxima = series.indices.map { s in bars.map { $0.values[s] }.max() ?? 0 }
        var svg = "<svg role=\"img\" aria-label=\"\(HTML.escape(title))\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" style=\"max-width:\(width)px\">"
        svg += "<title>\(HTML.escape(title))</title>"
        for (row, bar) in bars.enumerated() {
            let y = row * rowHeight + 4
            let label = bar.label.count > 40 ? String(bar.label.prefix(39)) + "…" : bar.label
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + rowHeight / 2 + 2)\" text-anchor=\"end\" font-size=\"12\" fill=\"#1a202c\">\(HTML.escape(label))</text>"
            for s in series.indices {
                let length = maxima[s] > 0 ? Int((bar.values[s] / maxima[s]) * Double(chartWidth - 10)) : 0
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + s * 16)\" width=\"\(max(1, length))\" height=\"13\" fill=\"\(palette[s % palette.count])\"/>"
            }
            svg += "<text x=\"\(labelWidth + chartWidth + 4)\" y=\"\(y + rowHeight / 2 + 2)\" font-size=\"12\" fill=\"#4a5568\">\(HTML.escape(bar.valueText))</text>"
        }
        if series.count > 1 {
            let y = bars.count * rowHeight + 20
            for (s, name) in series.enumerated() {
                let x = labelWidth + s * 160
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"12\" height=\"12\" fill=\"\(palette[s % palette.count])\"/><text x=\"\(x + 16)\" y=\"\(y + 10)\" font-size=\"12\">\(HTML.escape(name))</text>"
            }
        }
        return svg + "</svg>"
    }
}
