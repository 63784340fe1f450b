import AppInventory
import ArgumentParser
import Foundation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show inventory counts and data completeness.",
        discussion: """
            Counts by level, status, agency and domain, and the share of apps with a usable \
            description, features, users and cost: what the overlap analysis can see. \
            `--lang id` prints them in Indonesian.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How many agencies and domains to list.")
    var top = 10

    @Option(help: "Language of the counts: en or id.")
    var lang: Language = .en

    func run() throws {
        let stats = try InventoryStatistics.compute(try database.open(.read), top: top)
        try Output.write(StatsReport.text(stats, language: lang), to: nil)
    }
}

/// Text rendering of ``InventoryStatistics`` shared by `stats` and `demo`.
enum StatsReport {
    /// Indonesian names of the completeness rows.
    private static let indonesianFields = [
        "description": "deskripsi", "features": "fitur", "data entities": "entitas data", "agency": "instansi", "level": "tingkat",
        "users": "pengguna", "annual cost": "biaya tahunan", "status": "status", "SPBE codes": "kode SPBE",
    ]

    static func text(_ stats: InventoryStatistics, language: Language = .en) -> String {
        let id = language == .id
        let vocabulary = TableVocabulary(language)
        var lines: [String] = []
        // Users and cost only when the register records some: "0 users, Rp 0 a year" reads as news.
        let recorded = { (field: String) in stats.completeness.first { $0.field == field }.map { $0.filled > 0 } ?? false }
        let figures = ["\(CountedNoun.app(stats.apps, language)) \(language.pick(en: "from", id: "dari")) \(CountedNoun.agency(stats.agencies, language))"]
            + (recorded("users") ? ["\(CountedNoun.user(stats.totalUsers, language))"] : [])
            + (recorded("annual cost") ? ["\(ReportFormat.money(stats.totalAnnualCost, language)) \(language.pick(en: "a year", id: "per tahun"))"] : [])
        lines.append(language.pick(en: "Inventory: ", id: "Inventaris: ") + figures.joined(separator: ", "))
        if stats.removedApps > 0 {
            lines.append(language.pick(en: "  besides \(CountedNoun.app(stats.removedApps)) that `import --replace` found gone from \(stats.removedApps == 1 ? "its" : "their") register: kept for history (removed_at), left out of these figures, the analysis and the plan",
                                       id: "  selain \(CountedNoun.app(stats.removedApps, .id)) yang menurut `import --replace` sudah tidak ada di registernya: disimpan sebagai riwayat (removed_at), tidak dihitung di sini, di analisis maupun di rencana"))
        }
        func section(_ title: String, _ counts: [InventoryStatistics.Count], column: String = "") {
            lines.append("")
            lines.append(title)
            let values = counts.map { $0.value == "(unknown)" ? language.pick(en: "(unknown)", id: "(tidak diketahui)") : vocabulary.value($0.value, column: column) }
            let width = values.map(\.count).max() ?? 0
            for (value, count) in zip(values, counts) {
                lines.append("  \(value.padding(toLength: min(width, 60), withPad: " ", startingAt: 0))  \(ReportFormat.number(count.apps, language))")
            }
        }
        section(language.pick(en: "By level", id: "Per tingkat pemerintahan"), stats.byLevel, column: "level")
        section(language.pick(en: "By status", id: "Per status"), stats.byStatus, column: "status")
        section(language.pick(en: "Top agencies", id: "Instansi terbanyak"), stats.topAgencies)
        section(language.pick(en: "Top provinces", id: "Provinsi terbanyak"), stats.byProvince)
        section(language.pick(en: "Top domains", id: "Urusan terbanyak"), stats.topDomains)
        lines.append("")
        let quality = Int((stats.qualityScore * 100).rounded())
        lines.append(language.pick(en: "Completeness (data quality \(quality)%: mean of the description, features, users and annual cost rows below)",
                                   id: "Kelengkapan (mutu data \(quality)%: rata-rata baris deskripsi, fitur, pengguna dan biaya tahunan di bawah)"))
        for item in stats.completeness {
            let bar = String(repeating: "█", count: Int((item.share * 20).rounded())).padding(toLength: 20, withPad: "·", startingAt: 0)
            let share = String(format: "%5.1f%%", item.share * 100)
            let field = id ? indonesianFields[item.field] ?? item.field : item.field
            lines.append("  \(field.padding(toLength: 14, withPad: " ", startingAt: 0)) \(bar) \(id ? share.replacingOccurrences(of: ".", with: ",") : share)  (\(ReportFormat.number(item.filled, language)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
