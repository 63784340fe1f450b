/// Which pairs of neighbours an analysis reports (`overlap`, `export overlaps`): those scoring
/// at least the pair threshold, and mutual near matches that short texts leave under it.
///
/// A fixed threshold suits registers of rich descriptions. On one-line or empty descriptions
/// and branded names true look-alikes share one or two words and score 0.2-0.4, so a fixed 0.40
/// reports few of them. Rank adapts where a number cannot: when two apps each rank the other
/// among their ``AnalysisParameters/mutualRank`` best matches in the whole inventory, and the
/// pair scores at least ``GroupingThreshold/nearLookAlikeShare`` of the threshold (a near
/// look-alike), nothing else in the inventory is much closer to either, and the pair is
/// reported too. In a register of rich texts such pairs already score above the threshold,
/// so the rule adds pairs only where texts are short. The incremental analysis applies the
/// same rule to the lists it changes.
public struct PairReporting: Sendable, Equatable {
    /// Pairs scoring at least this, among either app's `topK` best, are reported.
    public var threshold: Double
    /// Neighbours reported per app by the threshold.
    public var topK: Int
    /// Mutual near matches are reported when each app is among the other's this many best (0: never).
    public var mutualRank: Int

    public init(_ parameters: AnalysisParameters) {
        (threshold, topK, mutualRank) = (parameters.threshold, parameters.topK, min(parameters.mutualRank, parameters.topK))
    }

    /// The lowest score of a reported mutual near match.
    public var mutualFloor: Double { GroupingThreshold.nearLookAlike(threshold: threshold) }

    /// Whether a pair is reported, from where each app ranks the other in its neighbour list
    /// (0 = best; nil when the other is not in its list) and the pair's score.
    func reports(score: Double, rankFromA: Int?, rankFromB: Int?) -> Bool {
        if score >= threshold && min(rankFromA ?? .max, rankFromB ?? .max) < topK { return true }
        guard let a = rankFromA, let b = rankFromB else { return false }
        return max(a, b) < mutualRank && score >= mutualFloor
    }

    /// One short line for the planner, in `language`: how reported pairs were chosen, given
    /// how many there are and how many of them score under the threshold.
    public func explanation(pairs: Int, underThreshold: Int, _ language: Language = .en) -> String {
        let value = ReportFormat.score(threshold, language), floor = ReportFormat.score(mutualFloor, language)
        let (under, all) = (ReportFormat.number(underThreshold, language), ReportFormat.number(pairs, language))
        if language == .id {
            let head = "pasangan dari skor \(value) (--threshold)"
            guard mutualRank > 0 else { return head }
            let best = mutualRank == 1 ? "saling terbaik" : "saling masuk \(mutualRank) teratas"
            return head + ", atau \(floor) bila \(best) (--mutual-rank): \(under) dari \(all) di bawah \(value)"
        }
        let head = "pairs from score \(value) (--threshold)"
        guard mutualRank > 0 else { return head }
        let best = mutualRank == 1 ? "each other's best match" : "in each other's top \(mutualRank)"
        return head + ", or \(floor) if \(best) (--mutual-rank): \(under) of \(all) under \(value)"
    }
}
