import Foundation

/// Analyse-and-save: loads the inventory, runs the overlap engine with the planner decisions
/// in force, and stores the result. The CLI and the web workspace both call it.
public enum AnalysisWorkflow {
    /// What one analysis found and how long each step took.
    public struct Summary: Sendable, CustomStringConvertible {
        public var apps: Int
        public var pairs: Int
        public var groups: Int
        public var grouped: Int
        public var loadSeconds: Double
        public var analysisSeconds: Double
        public var saveSeconds: Double

        public var description: String {
            func s(_ value: Double) -> String { String(format: "%.1f s", value) }
            func n(_ value: Int) -> String { NumberText.grouped(Int64(value), separator: ",") }
            return "analysed \(n(apps)) apps: \(n(pairs)) overlapping pairs, \(n(groups)) groups covering \(n(grouped)) apps (load \(s(loadSeconds)), analysis \(s(analysisSeconds)), save \(s(saveSeconds)))"
        }
    }

    public static func run(_ db: InventoryDatabase, apps loaded: [StoredApplication]? = nil, parameters: AnalysisParameters = AnalysisParameters(),
                           progress: OverlapEngine.Progress? = nil) throws -> Summary {
        let started = Date()
        let apps = try loaded ?? ApplicationStore(db).fetchAll()
        guard !apps.isEmpty else { throw StoreError.sql(message: "the inventory is empty; import a register first") }
        let decisions = DecisionIndex(try DecisionStore(db).decisions(), apps: apps)
        let loadedAt = Date()
        let analysis = OverlapEngine.analyze(apps.map(\.application), parameters: parameters, separated: decisions.separated,
                                             merged: decisions.merged, progress: progress)
        let analysedAt = Date()
        try AnalysisStore(db).save(analysis, apps: apps, startedAt: started, seconds: analysedAt.timeIntervalSince(started))
        return Summary(apps: apps.count, pairs: analysis.pairs.count, groups: analysis.groups.count,
                       grouped: analysis.groupOf.compactMap { $0 }.count, loadSeconds: loadedAt.timeIntervalSince(started),
                       analysisSeconds: analysedAt.timeIntervalSince(loadedAt), saveSeconds: Date().timeIntervalSince(analysedAt))
    }
}
