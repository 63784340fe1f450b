import AppInventory
import ArgumentParser
import Foundation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the last analysis against a trusted classification.",
        discussion: """
            When the inventory carries a trusted function label per app (an input column kept in \
            attributes, such as `true_function` from `consolidate sample --labels`, or a mapped \
            field such as domain/kategori), prints \
            precision of the k nearest neighbours, pairwise precision/recall/F1 of the groups, the \
            adjusted Rand index, the V-measure, the share of apps grouped beside the share that \
            has a look-alike by label, and precision/recall of the reported pairs.

            Example: consolidate evaluate --labels true_function
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Column holding the trusted label (an input column name, or a field such as domain).")
    var labels: String

    @Option(help: "Neighbours per app for precision@k.")
    var k = 10

    func run() throws {
        let e = try AnalysisEvaluation.evaluate(try database.open(.read), labelColumn: labels, k: k)
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        print("""
            labelled apps        \(e.labelledApps.grouped) (\(e.labels) labels), \(e.groups.grouped) groups
            precision@\(e.k)         \(f(e.precisionAtK))  (apps with a neighbour: \(f(e.neighbourCoverage)))
            pairwise P / R / F1  \(f(e.pairwisePrecision)) / \(f(e.pairwiseRecall)) / \(f(e.pairwiseF1))
            grouped              \(f(e.groupedShare)) of apps  (with a look-alike by label: \(f(e.lookAlikeShare)))
            reported pairs       \(e.reportedPairs), P / R \(f(e.reportedPairPrecision)) / \(f(e.reportedPairRecall))
            adjusted Rand index  \(f(e.adjustedRandIndex))
            V-measure            \(f(e.vMeasure))  (homogeneity \(f(e.homogeneity)), completeness \(f(e.completeness)))
            """)
    }
}
