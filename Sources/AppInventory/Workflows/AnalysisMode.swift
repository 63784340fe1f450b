/// How an analysis ran, and why, in either language: a planner who finds an analysis slow, or
/// quick, reads here whether every app was compared again and what made it so.
public enum AnalysisMode: Sendable, Equatable {
    case full(Reason)
    /// Only the changed apps were profiled and compared again since analysis `since`, weighed
    /// by the statistics of full analysis `statisticsOf`.
    case incremental(edited: Int, added: Int, removed: Int, since: Int64, statisticsOf: Int64)

    /// Why every app was compared again.
    public enum Reason: Sendable, Equatable {
        case asked
        case noIndex
        case noNeighbourLists
        case noBrandMedians
        case settingsChanged
        case decisionsChanged
        /// `apps` changed since the last full analysis, more than `percent` of the inventory.
        case drifted(apps: Int, percent: Int)

        func text(_ language: Language) -> String {
            let id = language == .id
            switch self {
            case .asked: return id ? "diminta dengan --full" : "asked with --full"
            case .noIndex:
                return id ? "analisis pertama inventaris ini (belum ada analisis yang menyimpan indeks pencarian yang dipakai ulang analisis bertahap)"
                          : "the first analysis of this inventory (no earlier one kept the search index an incremental analysis reuses)"
            case .noNeighbourLists: return id ? "indeks pencarian yang tersimpan tidak memuat daftar tetangga" : "the stored search index lacks neighbour lists"
            case .noBrandMedians:
                return id ? "indeks pencarian yang tersimpan dibuat versi lama (tanpa median diskon merek)"
                          : "the stored search index has no brand-discount medians (saved by an earlier version)"
            case .settingsChanged:
                return id ? "pengaturan atau aturan profil berbeda dari analisis terakhir" : "the settings or profile rules differ from the last analysis's"
            case .decisionsChanged:
                return id ? "keputusan pemisahan atau penggabungan berubah sejak analisis terakhir" : "separate or merge decisions changed since the last analysis"
            case .drifted(let apps, let percent):
                return id ? "\(CountedNoun.app(apps, .id)) berubah sejak analisis penuh terakhir, lebih dari \(percent)% inventaris"
                          : "\(CountedNoun.app(apps)) changed since the last full analysis, more than \(percent)% of the inventory"
            }
        }
    }

    public var isIncremental: Bool { if case .incremental = self { true } else { false } }

    /// One line: full or incremental, and why.
    public func text(_ language: Language) -> String {
        let id = language == .id
        switch self {
        case .full(let reason):
            return (id ? "analisis penuh, setiap aplikasi dibandingkan dengan yang lain: " : "full analysis: ") + reason.text(language)
        case .incremental(let edited, let added, let removed, let since, let statisticsOf):
            let count = edited + added + removed
            let what = count == 0 ? (id ? "tidak ada aplikasi yang berubah" : "no app changed")
                : id ? "\(CountedNoun.app(count, .id)) berubah (\(edited) diubah, \(added) ditambah, \(removed) dihapus)"
                     : "\(CountedNoun.app(count)) changed (\(edited) edited, \(added) added, \(removed) removed)"
            let statistics = statisticsOf == since ? "" : id ? ", statistik analisis penuh \(statisticsOf)" : ", statistics of full analysis \(statisticsOf)"
            return id ? "analisis bertahap: \(what) sejak analisis \(since); sisanya tetap\(statistics) (--full: semuanya dibandingkan ulang)"
                      : "incremental: \(what) since analysis \(since); the rest kept\(statistics) (--full recomputes all)"
        }
    }
}
