import Foundation
import GRDB

/// Analyse-and-save: loads the inventory, runs the overlap engine with the planner decisions
/// in force, and stores the result. The CLI and the web workspace both call it.
///
/// After a re-import that changed a few apps the analysis is incremental: the stored search
/// index of the last analysis is reused and only what the changed apps touch is recomputed
/// (``OverlapEngine/reanalyze(_:stored:parameters:separated:merged:progress:)``,
/// docs/overlap.md). It runs in full when asked, when there is no index, when the settings or
/// the separate/merge decisions differ from the last analysis's, or when more than
/// ``maxChangedShare`` of the inventory changed since the last full analysis.
public enum AnalysisWorkflow {
    /// Share of the inventory that may have changed since the last full analysis for an
    /// incremental one: the statistics it reuses drift with every changed app.
    public static let maxChangedShare = 0.05

    /// What one analysis found and how long each step took.
    public struct Summary: Sendable, CustomStringConvertible {
        public var apps: Int
        public var pairs: Int
        public var groups: Int
        public var grouped: Int
        public var loadSeconds: Double
        public var analysisSeconds: Double
        public var saveSeconds: Double
        /// How the grouping threshold was chosen for this inventory.
        public var grouping: GroupingThreshold
        /// How the reported pairs were chosen, and how many of them score under its threshold.
        public var pairReporting: PairReporting
        public var pairsUnderThreshold: Int
        /// Whether the analysis ran incrementally, and why.
        public var how: AnalysisMode
        /// ``how`` in English words.
        public var mode: String { how.text(.en) }
        public var incremental: Bool { how.isIncremental }

        public var description: String { text(.en) }

        /// What a planner reads first, in `language`: how many apps are in how many overlap groups
        /// (not "have a look-alike", which the report counts by reported pairs) and where to see
        /// them, with the time taken; then three short lines on the engine's settings
        /// (docs/overlap.md explains them): whether the run was full or incremental and why
        /// (``AnalysisMode``), which pairs it reports and where groups join.
        public func text(_ language: Language) -> String {
            let id = language == .id
            func s(_ value: Double) -> String {
                let text = String(format: "%.1f", value)
                return id ? text.replacingOccurrences(of: ".", with: ",") + " dtk" : text + " s"
            }
            func n(_ value: Int) -> String { ReportFormat.number(value, language) }
            let time = id ? "\(s(loadSeconds + analysisSeconds + saveSeconds)): membaca \(s(loadSeconds)), membandingkan \(s(analysisSeconds)), menyimpan \(s(saveSeconds))"
                          : "\(s(loadSeconds + analysisSeconds + saveSeconds)): reading \(s(loadSeconds)), comparing \(s(analysisSeconds)), saving \(s(saveSeconds))"
            let found: String
            if groups == 0 && pairs == 0 {
                found = id ? "tidak satu pun memiliki aplikasi serupa" : "none has a look-alike"
            } else if groups == 0 {
                // Look-alike pairs too weak to group: said, as `overlap` lists them.
                found = id ? "tidak satu pun tergabung dalam kelompok tumpang tindih, tetapi ada \(n(pairs)) pasangan aplikasi serupa; `consolidate overlap` menampilkannya"
                           : "none is in an overlap group, though \(n(pairs)) look-alike \(pairs == 1 ? "pair is" : "pairs are") found; `consolidate overlap` lists them"
            } else if id {
                found = "\(n(grouped)) di antaranya tergabung dalam \(n(groups)) kelompok aplikasi yang tampaknya menjalankan fungsi yang sama "
                    + "(\(n(pairs)) pasangan aplikasi serupa); `consolidate overlap` menampilkannya"
            } else {
                found = "\(n(grouped)) of them in \(CountedNoun.overlapGroup(groups)) of apps that seem to do "
                    + "the same job (\(n(pairs)) look-alike \(pairs == 1 ? "pair" : "pairs")); `consolidate overlap` lists them"
            }
            let settings = pairReporting.explanation(pairs: pairs, underThreshold: pairsUnderThreshold, language) + "\n" + grouping.explanation(language)
            guard id else {
                return "analysed \(CountedNoun.app(apps)): \(found) (\(time))\n\(mode)\n\(settings)"
            }
            return "menganalisis \(n(apps)) aplikasi: \(found) (\(time))\n\(how.text(.id))\n\(settings)"
        }
    }

    /// What asking for an analysis did: it analysed, or found the latest analysis current.
    public enum Outcome: Sendable {
        case analysed(Summary)
        case current(CurrentAnalysis)

        /// What a planner reads, in `language`.
        public func text(_ language: Language) -> String {
            switch self {
            case .analysed(let summary): summary.text(language)
            case .current(let current): current.text(language)
            }
        }
    }

    /// Analyses and saves, unless the latest analysis is current (``CurrentAnalysis``): then it
    /// records nothing, so running it twice leaves one analysis, from the CLI or the web
    /// workspace alike. `full` analyses all the same, and recomputes everything.
    public static func runUnlessCurrent(_ db: InventoryDatabase, parameters: AnalysisParameters = AnalysisParameters(), full: Bool = false,
                                        progress: OverlapEngine.Progress? = nil) throws -> Outcome {
        if !full, let current = try CurrentAnalysis.find(db, parameters: parameters) { return .current(current) }
        return .analysed(try run(db, parameters: parameters, full: full, progress: progress))
    }

    /// Analyses and saves. `full` recomputes everything even when an incremental analysis is possible.
    public static func run(_ db: InventoryDatabase, apps loaded: [StoredApplication]? = nil, parameters: AnalysisParameters = AnalysisParameters(),
                           full: Bool = false, progress: OverlapEngine.Progress? = nil) throws -> Summary {
        let started = Date()
        // Only the ids and hashes of the apps are read up front: an incremental analysis reads
        // just the apps it profiles again and the members of the groups it rewrites.
        let inventory = try LazyInventory(db, apps: loaded)
        guard !inventory.isEmpty else { throw StoreError.emptyInventory }
        let stored = try DecisionStore(db).decisions()
        let route = full ? .full(reason: .asked) : try choose(db, inventory: inventory, parameters: parameters)
        var loadedAt = Date()
        let how: AnalysisMode
        let counts: AnalysisStore.Totals
        let grouping: GroupingThreshold
        var analysedAt = loadedAt
        switch route {
        case .full(let reason):
            let apps = try loaded ?? ApplicationStore(db).fetchAll()
            let decisions = DecisionIndex(stored, apps: apps)
            loadedAt = Date()
            let analysis = OverlapEngine.analyze(apps.map(\.application), parameters: parameters, separated: decisions.separated,
                                                 merged: decisions.merged, progress: progress)
            analysedAt = Date()
            try AnalysisStore(db).save(analysis, apps: apps, startedAt: started, seconds: analysedAt.timeIntervalSince(started))
            counts = AnalysisStore.Totals(pairs: analysis.pairs.count, groups: analysis.groups.count, grouped: analysis.groupOf.compactMap { $0 }.count)
            grouping = analysis.grouping
            how = .full(reason)
        case .incremental(let index, let changes, let runID):
            inventory.load(index.keptPosition.indices.filter { index.keptPosition[$0] == nil })
            let decisions = DecisionIndex(stored, externalIDs: inventory.externalIDs)
            var update = OverlapEngine.reanalyze(inventory, stored: index, parameters: parameters,
                                                 separated: decisions.separated, merged: decisions.merged, progress: progress)
            update.searchIndex.reprofiled = index.index.reprofiled + changes.count
            analysedAt = Date()
            counts = try AnalysisStore(db).save(update, inventory: inventory, previous: index.index, removed: changes.removedIDs,
                                                startedAt: started, seconds: analysedAt.timeIntervalSince(started))
            grouping = update.grouping
            how = .incremental(edited: changes.changed.count, added: changes.added.count, removed: changes.removed.count, since: runID,
                               statisticsOf: index.index.statisticsRunID ?? runID)
        }
        let underThreshold = try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM overlap_pairs WHERE score < ?", arguments: [parameters.threshold]) } ?? 0
        return Summary(apps: inventory.count, pairs: counts.pairs, groups: counts.groups, grouped: counts.grouped,
                       loadSeconds: loadedAt.timeIntervalSince(started), analysisSeconds: analysedAt.timeIntervalSince(loadedAt),
                       saveSeconds: Date().timeIntervalSince(analysedAt), grouping: grouping,
                       pairReporting: PairReporting(parameters), pairsUnderThreshold: underThreshold, how: how)
    }

    private enum Route {
        case full(reason: AnalysisMode.Reason)
        /// The stored analysis as the engine reads it, what changed, and the stored run.
        case incremental(OverlapEngine.StoredAnalysis, changes: SearchIndexStore.Changes, runID: Int64)
    }

    /// Incremental when the last analysis stored an index under the same settings and
    /// decisions, and few enough apps changed since the last full analysis.
    private static func choose(_ db: InventoryDatabase, inventory: LazyInventory, parameters: AnalysisParameters) throws -> Route {
        try db.read { db in
            guard let header = try SearchIndexStore.header(db),
                  let run = try Row.fetchOne(db, sql: "SELECT parameters, decisions_fingerprint FROM analysis_runs WHERE id = ?", arguments: [header.runID])
            else { return .full(reason: .noIndex) }
            guard header.hasNeighbours else { return .full(reason: .noNeighbourLists) }
            guard header.hasBrandMedians else { return .full(reason: .noBrandMedians) }
            let settings: String = run[0]
            guard (try? JSONDecoder().decode(AnalysisParameters.self, from: Data(settings.utf8))) == parameters else {
                return .full(reason: .settingsChanged)
            }
            guard (run[1] as String) == (try DecisionStore.analysisFingerprint(db)) else {
                return .full(reason: .decisionsChanged)
            }
            let changes = SearchIndexStore.changes(since: header, ids: inventory.ids, hashes: inventory.hashes)
            let drift = header.reprofiled + changes.count
            guard Double(drift) <= maxChangedShare * Double(inventory.count) else {
                return .full(reason: .drifted(apps: drift, percent: Int(maxChangedShare * 100)))
            }
            let edited = Set(changes.changed)
            let formerPosition = changes.formerPosition
            var stored = OverlapEngine.StoredAnalysis(index: try SearchIndexStore.load(header, db),
                                                      keptPosition: formerPosition.map { $0.flatMap { edited.contains($0) ? nil : $0 } },
                                                      formerPosition: formerPosition, groupOf: [])
            (stored.groupOf, stored.shrunkGroups, stored.highestGroupID) = try AnalysisStore.storedGroups(count: inventory.count, position: inventory.positionOf, db: db)
            return .incremental(stored, changes: changes, runID: header.runID)
        }
    }
}
