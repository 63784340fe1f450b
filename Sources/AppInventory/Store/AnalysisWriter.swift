import Dispatch
import Foundation

/// Saves a full analysis while the engine is still grouping: its pairs, the largest part to
/// write, go in as soon as they are explained (``OverlapEngine/analyze(_:parameters:separated:merged:progress:explained:)``),
/// on a thread of their own, and the groups and search index follow when the engine is done,
/// in the same transaction. Grouping runs on one core, as does SQLite's writing, so on a
/// national inventory the two take about as long together as the longer of them.
final class AnalysisWriter: @unchecked Sendable {
    private let database: InventoryDatabase
    private let apps: [StoredApplication]
    private let startedAt: Date
    /// Signalled when ``rest`` is set: the writing thread waits for it before committing.
    private let restReady = DispatchSemaphore(value: 0)
    private let written = DispatchSemaphore(value: 0)
    private var rest: (analysis: OverlapAnalysis, seconds: Double)?
    private var outcome: Result<Int64, Error>?
    private var writing = false

    init(_ database: InventoryDatabase, apps: [StoredApplication], startedAt: Date) {
        (self.database, self.apps, self.startedAt) = (database, apps, startedAt)
    }

    /// Starts the transaction and writes `pairs` of an analysis with `parameters` (the engine's
    /// `explained`); it commits only once ``finish(_:seconds:)`` hands over the rest.
    func pairsExplained(_ pairs: [OverlapPair], parameters: AnalysisParameters) {
        writing = true
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            outcome = Result {
                try database.write { db in
                    let runID = try AnalysisStore.replacePairs(pairs, parameters: parameters, apps: apps, startedAt: startedAt, db: db)
                    restReady.wait()
                    guard let rest else { throw StoreError.sql(message: "the analysis stopped before its groups were formed; nothing was saved") }
                    try AnalysisStore.complete(rest.analysis, runID: runID, apps: apps, seconds: rest.seconds, db: db)
                    return runID
                }
            }
            written.signal()
        }
    }

    /// Writes the rest of `analysis` and waits for the commit; saves it whole when its pairs
    /// were never handed over. Returns the run's id.
    @discardableResult
    func finish(_ analysis: OverlapAnalysis, seconds: Double) throws -> Int64 {
        guard writing else { return try AnalysisStore(database).save(analysis, apps: apps, startedAt: startedAt, seconds: seconds) }
        rest = (analysis, seconds)
        restReady.signal()
        written.wait()
        return try outcome!.get()
    }
}
