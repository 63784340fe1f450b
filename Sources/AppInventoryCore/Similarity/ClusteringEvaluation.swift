import Foundation

/// Measures of how well groups and neighbours agree with a trusted classification.
public enum ClusteringEvaluation {
    /// Counts of items per (predicted, true) cluster pair, per predicted and per true cluster.
    struct Contingency {
        var joint: [Int64: Int] = [:]
        var predicted: [Int: Int] = [:]
        var truth: [Int: Int] = [:]
        var count: Int

        init(_ predicted: [Int], _ truth: [Int]) {
            count = predicted.count
            for (p, t) in zip(predicted, truth) {
                joint[Int64(p) << 32 | Int64(UInt32(truncatingIfNeeded: t)), default: 0] += 1
                self.predicted[p, default: 0] += 1
                self.truth[t, default: 0] += 1
            }
        }

        static func pairs(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
    }

    /// Adjusted Rand index: 1 for identical partitions, about 0 for random ones.
    public static func adjustedRandIndex(_ predicted: [Int], _ truth: [Int]) -> Double {
        guard predicted.count > 1 else { return 1 }
        let table = Contingency(predicted, truth)
        let pairs = Contingency.pairs
        let index = table.joint.values.reduce(0) { $0 + pairs($1) }
        let rowSum = table.predicted.values.reduce(0) { $0 + pairs($1) }
        let columnSum = table.truth.values.reduce(0) { $0 + pairs($1) }
        let expected = rowSum * columnSum / pairs(table.count)
        let maximum = (rowSum + columnSum) / 2
        return maximum == expected ? 1 : (index - expected) / (maximum - expected)
    }

    /// Homogeneity, completeness and their harmonic mean (V-measure).
    public static func vMeasure(_ predicted: [Int], _ truth: [Int]) -> (homogeneity: Double, completeness: Double, v: Double) {
        guard !predicted.isEmpty else { return (1, 1, 1) }
        let table = Contingency(predicted, truth)
        let n = Double(table.count)
        func entropy(_ counts: [Int: Int]) -> Double { -counts.values.reduce(0) { $0 + (Double($1) / n) * log(Double($1) / n) } }
        var hTgivenP = 0.0, hPgivenT = 0.0
        for (key, value) in table.joint {
            let count = Double(value)
            let a = Int(key >> 32), b = Int(Int32(truncatingIfNeeded: key))
            hTgivenP -= (count / n) * log(count / Double(table.predicted[a]!))
            hPgivenT -= (count / n) * log(count / Double(table.truth[b]!))
        }
        let hT = entropy(table.truth), hP = entropy(table.predicted)
        let homogeneity = hT == 0 ? 1 : 1 - hTgivenP / hT
        let completeness = hP == 0 ? 1 : 1 - hPgivenT / hP
        let v = homogeneity + completeness == 0 ? 0 : 2 * homogeneity * completeness / (homogeneity + completeness)
        return (homogeneity, completeness, v)
    }

    /// Pairwise precision, recall and F1 of "same group" against "same label".
    public static func pairwise(_ predicted: [Int], _ truth: [Int]) -> (precision: Double, recall: Double, f1: Double) {
        let table = Contingency(predicted, truth)
        let pairs = Contingency.pairs
        let tp = table.joint.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = table.predicted.values.reduce(0) { $0 + pairs($1) }
        let truePairs = table.truth.values.reduce(0) { $0 + pairs($1) }
        let precision = predictedPairs == 0 ? 1 : tp / predictedPairs
        let recall = truePairs == 0 ? 1 : tp / truePairs
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
    }
}
