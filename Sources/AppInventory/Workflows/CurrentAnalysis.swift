import Foundation
import GRDB

/// The latest analysis when analysing again would find what it found: it was made on the
/// inventory as it is now, with the same settings and the same separate/merge decisions.
///
/// `consolidate analyze` asks for it first, so that running it twice records one analysis, not
/// two identical ones: every analysis recorded makes the next plan match every app to the
/// catalogue again (the cached matches belong to an analysis), and a run that changed nothing
/// would read in `analysis_runs` as if something had.
public struct CurrentAnalysis: Sendable, Equatable {
    /// The analysis number, as `analysis_runs.id` and the analysis summaries give it.
    public var runID: Int64
    /// When it finished, as stored (ISO 8601).
    public var finishedAt: String
    public var apps: Int
    public var pairs: Int
    public var groups: Int

    /// The latest analysis of `db` when it is current for `parameters`; nil when there is none or
    /// when analysing again could find something else: the inventory, the settings (or the
    /// profile rules of this version) or the separate/merge decisions changed since, or its
    /// search index was saved by an earlier version, which `analyze` replaces.
    public static func find(_ db: InventoryDatabase, parameters: AnalysisParameters) throws -> CurrentAnalysis? {
        try db.read { db in
            guard let run = try Row.fetchOne(db, sql: """
                SELECT id, parameters, decisions_fingerprint, inventory_fingerprint, finished_at, apps, pairs, groups
                FROM analysis_runs ORDER BY id DESC LIMIT 1
                """) else { return nil }
            let runID: Int64 = run[0]
            guard let header = try SearchIndexStore.header(db), header.runID == runID, header.hasNeighbours, header.hasBrandMedians,
                  (try? JSONDecoder().decode(AnalysisParameters.self, from: Data((run[1] as String).utf8))) == parameters,
                  (run[2] as String) == (try DecisionStore.analysisFingerprint(db)),
                  try AnalysisStore.inventoryUnchanged(since: run[3], db)
            else { return nil }
            return CurrentAnalysis(runID: runID, finishedAt: run[4], apps: run[5], pairs: run[6], groups: run[7])
        }
    }

    /// What `analyze` says instead of analysing: which analysis is current, from when, what it
    /// found and how to analyse again all the same.
    public func text(_ language: Language) -> String {
        let when = ReportFormat.date(finishedAt, language) + " " + ReportFormat.timestamp(finishedAt).dropFirst(11)
        let found = "\(CountedNoun.app(apps, language)), \(CountedNoun.overlapGroup(groups, language)), \(CountedNoun.lookAlikePair(pairs, language))"
        return language.pick(
            en: "the results are current: analysis \(runID) of \(when) was made on the inventory, settings and separate/merge decisions "
                + "as they are now (\(found)); nothing analysed or recorded. `consolidate overlap` lists the groups; `consolidate analyze --full` analyses again anyway",
            id: "hasil analisis masih berlaku: analisis \(runID) tanggal \(when) dibuat atas inventaris, pengaturan dan keputusan "
                + "pemisahan/penggabungan yang sama dengan sekarang (\(found)); tidak ada yang dianalisis atau dicatat. "
                + "`consolidate overlap` menampilkan kelompoknya; `consolidate analyze --full` tetap menganalisis ulang")
    }
}
