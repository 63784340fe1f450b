/// What a later `check` or incremental `analyze` needs from an analysis: every app's profile
/// with what the build learnt, each app's neighbour list with its scores, and the grouping
/// background, so neither has to rebuild or rescore them.
package struct SearchIndex: Sendable {
    /// The analysed apps' profiles, in analysis order, with their ``ProfileModel``.
    package var profiles: ProfileSet
    /// Each app's neighbours as the search found them (2 × top-k, best first), by app index; empty
    /// when the index was loaded for `check`, which scores a proposal against the profiles alone.
    package var links: [[Int32]]
    /// The score of each entry of ``links``: an incremental analysis keeps the lists of apps
    /// that did not change without scoring them again.
    package var scores: [[Double]]
    /// The inventory's background similarity the groups were cut at (see ``GroupingThreshold``).
    package var background: Double
    /// The stored full analysis whose statistics the profiles use; nil when they are this analysis's own.
    package var statisticsRunID: Int64?
    /// Apps profiled against those statistics by incremental analyses since.
    package var reprofiled = 0

    package init(profiles: ProfileSet, links: [[Int32]], scores: [[Double]], background: Double, statisticsRunID: Int64? = nil, reprofiled: Int = 0) {
        (self.profiles, self.links, self.scores, self.background) = (profiles, links, scores, background)
        (self.statisticsRunID, self.reprofiled) = (statisticsRunID, reprofiled)
    }

    package init(profiles: ProfileSet, neighbours: [[Neighbour]], background: Double) {
        self.init(profiles: profiles, links: neighbours.map { $0.map { Int32($0.index) } }, scores: neighbours.map { $0.map(\.score) },
                  background: background)
    }
}
