import AppInventory
import ArgumentParser
import Foundation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show inventory counts and data completeness.",
        discussion: """
            Counts by level, status, agency and domain, and the share of apps with a usable \
            description, features, users and cost: what the overlap analysis can see.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How many agencies and domains to list.")
    var top = 10

    func run() throws {
        let stats = try InventoryStatistics.compute(try database.open(.read), top: top)
        try Output.write(StatsReport.text(stats), to: nil)
    }
}

/// Text rendering of ``InventoryStatistics`` shared by `stats` and `demo`.
enum StatsReport {
    static func text(_ stats: InventoryStatistics) -> String {
        var lines: [String] = []
        // Users and cost only when the register records some: "0 users, Rp 0 a year" reads as news.
        let recorded = { (field: String) in stats.completeness.first { $0.field == field }.map { $0.filled > 0 } ?? false }
        let figures = ["\(CountedNoun.app(stats.apps)) from \(CountedNoun.agency(stats.agencies))"]
            + (recorded("users") ? ["\(CountedNoun.user(stats.totalUsers))"] : [])
            + (recorded("annual cost") ? ["\(ReportFormat.money(stats.totalAnnualCost, .en)) a year"] : [])
        lines.append("Inventory: " + figures.joined(separator: ", "))
        if stats.removedApps > 0 {
            lines.append("  besides \(CountedNoun.app(stats.removedApps)) that `import --replace` found gone from \(stats.removedApps == 1 ? "its" : "their") register: kept for history (removed_at), left out of these figures, the analysis and the plan")
        }
        func section(_ title: String, _ counts: [InventoryStatistics.Count]) {
            lines.append("")
            lines.append(title)
            let width = counts.map(\.value.count).max() ?? 0
            for count in counts {
                lines.append("  \(count.value.padding(toLength: min(width, 60), withPad: " ", startingAt: 0))  \(count.apps.grouped)")
            }
        }
        section("By level", stats.byLevel)
        section("By status", stats.byStatus)
        section("Top agencies", stats.topAgencies)
        section("Top provinces", stats.byProvince)
        section("Top domains", stats.topDomains)
        lines.append("")
        lines.append("Completeness (data quality \(Int((stats.qualityScore * 100).rounded()))%: mean of the description, features, users and annual cost rows below)")
        for item in stats.completeness {
            let bar = String(repeating: "█", count: Int((item.share * 20).rounded())).padding(toLength: 20, withPad: "·", startingAt: 0)
            lines.append("  \(item.field.padding(toLength: 14, withPad: " ", startingAt: 0)) \(bar) \(String(format: "%5.1f%%", item.share * 100))  (\(item.filled.grouped))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
