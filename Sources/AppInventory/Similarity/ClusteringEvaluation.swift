import Foundation

/// Measures of how well groups and neighbours agree with a trusted classification.
public enum ClusteringEvaluation {
    /// Adjusted Rand index: 1 for identical partitions, about 0 for random ones.
    public static func adjustedRandIndex(_ predicted: [Int], _ truth: [Int]) -> Double {
        let n = predicted.count
        guard n > 1 else { return 1 }
        var contingency: [Int64: Int] = [:]
        var rows: [Int: Int] = [:]
        var columns: [Int: Int] = [:]
        for (p, t) in zip(predicted, truth) {
            contingency[Int64(p) << 32 | Int64(t), default: 0] += 1
            rows[p, default: 0] += 1
            columns[t, default: 0] += 1
        }
        func pairs(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
        let index = contingency.values.reduce(0) { $0 + pairs($1) }
        let rowSum = rows.values.reduce(0) { $0 + pairs($1) }
        let columnSum = columns.values.reduce(0) { $0 + pairs($1) }
        let expected = rowSum * columnSum / pairs(n)
        let maximum = (rowSum + columnSum) / 2
        return maximum == expected ? 1 : (index - expected) / (maximum - expected)
    }

    /// Homogeneity, completeness and their harmonic mean (V-measure).
    public static func vMeasure(_ predicted: [Int], _ truth: [Int]) -> (homogeneity: Double, completeness: Double, v: Double) {
        let n = Double(predicted.count)
        guard n > 0 else { return (1, 1, 1) }
        var joint: [Int64: Double] = [:]
        var p: [Int: Double] = [:]
        var t: [Int: Double] = [:]
        for (a, b) in zip(predicted, truth) {
            joint[Int64(a) << 32 | Int64(b), default: 0] += 1
            p[a, default: 0] += 1
            t[b, default: 0] += 1
        }
        func entropy(_ counts: [Int: Double]) -> Double { -counts.values.reduce(0) { $0 + ($1 / n) * log($1 / n) } }
        var hTgivenP = 0.0, hPgivenT = 0.0
        for (key, count) in joint {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            hTgivenP -= (count / n) * log(count / p[a]!)
            hPgivenT -= (count / n) * log(count / t[b]!)
        }
        let hT = entropy(t), hP = entropy(p)
        let homogeneity = hT == 0 ? 1 : 1 - hTgivenP / hT
        let completeness = hP == 0 ? 1 : 1 - hPgivenT / hP
        let v = homogeneity + completeness == 0 ? 0 : 2 * homogeneity * completeness / (homogeneity + completeness)
        return (homogeneity, completeness, v)
    }

    /// Pairwise precision, recall and F1 of "same group" against "same label".
    public static func pairwise(_ predicted: [Int], _ truth: [Int]) -> (precision: Double, recall: Double, f1: Double) {
        var both: [Int64: Int] = [:], byP: [Int: Int] = [:], byT: [Int: Int] = [:]
        for (a, b) in zip(predicted, truth) {
            both[Int64(a) << 32 | Int64(b), default: 0] += 1
            byP[a, default: 0] += 1
            byT[b, default: 0] += 1
        }
        func pairs(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
        let tp = both.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = byP.values.reduce(0) { $0 + pairs($1) }
        let truePairs = byT.values.reduce(0) { $0 + pairs($1) }
        let precision = predictedPairs == 0 ? 1 : tp / predictedPairs
        let recall = truePairs == 0 ? 1 : tp / truePairs
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
    }
}
