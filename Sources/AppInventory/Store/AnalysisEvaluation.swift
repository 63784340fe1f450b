import GRDB

/// Scores the stored analysis against a trusted classification held in `attributes`.
public struct AnalysisEvaluation: Sendable {
    public var labelledApps: Int
    public var labels: Int
    public var k: Int
    /// Share of an app's k nearest neighbours that carry its label (apps with neighbours).
    public var precisionAtK: Double
    /// Share of labelled apps with at least one neighbour.
    public var neighbourCoverage: Double
    public var adjustedRandIndex: Double
    public var pairwisePrecision: Double
    public var pairwiseRecall: Double
    public var pairwiseF1: Double
    public var homogeneity: Double
    public var completeness: Double
    public var vMeasure: Double
    public var groups: Int
    /// Share of labelled apps in some group, beside the share that truly has a look-alike (another
    /// app with its label): on short, uneven texts the first falling far below the second is the
    /// sign that the analysis leaves real look-alikes alone.
    public var groupedShare: Double
    public var lookAlikeShare: Double
    /// Precision and recall of the reported pairs (`overlap_pairs`) against "same label": what a
    /// planner reading `overlap --app` or `export overlaps` sees, apart from the groups.
    public var reportedPairs: Int
    public var reportedPairPrecision: Double
    public var reportedPairRecall: Double

    /// Evaluates against `attributes.<labelColumn>`; apps without the label are left out.
    public static func evaluate(_ database: InventoryDatabase, labelColumn: String, k: Int = 10) throws -> AnalysisEvaluation {
        try database.read { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM analysis_runs") ?? 0 > 0 else {
                throw try StoreError.noAnalysis(db)
            }
            var labelOf: [Int64: String] = [:]
            // The label is an unmapped column kept in attributes, or a mapped field such as domain.
            let field = InventoryField.matching(header: labelColumn).flatMap { $0.isList ? nil : $0 }
            let expression = "coalesce(json_extract(attributes, '$.' || json_quote(?)), \(field.map { "CAST(\($0.rawValue) AS TEXT)" } ?? "NULL"))"
            let rows = try Row.fetchCursor(db, sql: "SELECT id, \(expression) FROM apps", arguments: [labelColumn])
            while let row = try rows.next() {
                if let label: String = row[1], !label.isEmpty { labelOf[row[0]] = label }
            }
            guard !labelOf.isEmpty else {
                throw StoreError.sql(message: "no app has a \"\(labelColumn)\" value in attributes; name the column that holds the trusted labels")
            }
            var neighbours: [Int64: [(Int64, Double)]] = [:]
            var labelledPairs = 0, samePairs = 0
            let pairs = try Row.fetchCursor(db, sql: "SELECT app_a, app_b, score FROM overlap_pairs")
            while let row = try pairs.next() {
                let a: Int64 = row[0], b: Int64 = row[1], score: Double = row[2]
                neighbours[a, default: []].append((b, score))
                neighbours[b, default: []].append((a, score))
                if let x = labelOf[a], let y = labelOf[b] {
                    labelledPairs += 1
                    if x == y { samePairs += 1 }
                }
            }
            var precisionSum = 0.0
            var withNeighbours = 0
            for (app, label) in labelOf {
                let top: [(Int64, Double)] = (neighbours[app] ?? []).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(k).filter { labelOf[$0.0] != nil }
                guard !top.isEmpty else { continue }
                withNeighbours += 1
                precisionSum += Double(top.filter { labelOf[$0.0] == label }.count) / Double(top.count)
            }
            var groupOf: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT app_id, group_id FROM group_members") { groupOf[row[0]] = row[1] }
            let ids = labelOf.keys.sorted()
            var labelIDs: [String: Int] = [:]
            let truth = ids.map { id in labelIDs[labelOf[id]!] ?? { labelIDs[labelOf[id]!] = labelIDs.count; return labelIDs.count - 1 }() }
            let predicted = ids.map { id in groupOf[id] ?? -Int(id) }
            let pairwise = ClusteringEvaluation.pairwise(predicted, truth)
            let v = ClusteringEvaluation.vMeasure(predicted, truth)
            var perLabel: [Int: Int] = [:]
            for label in truth { perLabel[label, default: 0] += 1 }
            let truePairs = perLabel.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
            return AnalysisEvaluation(
                labelledApps: ids.count, labels: labelIDs.count, k: k,
                precisionAtK: withNeighbours == 0 ? 0 : precisionSum / Double(withNeighbours),
                neighbourCoverage: Double(withNeighbours) / Double(ids.count),
                adjustedRandIndex: ClusteringEvaluation.adjustedRandIndex(predicted, truth),
                pairwisePrecision: pairwise.precision, pairwiseRecall: pairwise.recall, pairwiseF1: pairwise.f1,
                homogeneity: v.homogeneity, completeness: v.completeness, vMeasure: v.v,
                groups: Set(groupOf.values).count,
                groupedShare: Double(ids.filter { groupOf[$0] != nil }.count) / Double(ids.count),
                lookAlikeShare: Double(truth.filter { perLabel[$0]! > 1 }.count) / Double(ids.count),
                reportedPairs: labelledPairs,
                reportedPairPrecision: labelledPairs == 0 ? 1 : Double(samePairs) / Double(labelledPairs),
                reportedPairRecall: truePairs == 0 ? 1 : Double(samePairs) / Double(truePairs))
        }
    }
}
