/// What a later `check` or incremental `analyze` needs from an analysis: every app's profile
/// with what the build learnt, and each app's neighbour list, so neither has to rebuild them.
package struct SearchIndex: Sendable {
    /// The analysed apps' profiles, in analysis order, with their ``ProfileModel``.
    package var profiles: ProfileSet
    /// Each app's neighbours as the search found them (2 × top-k, best first), by app index.
    package var links: [[Int32]]
    /// The stored full analysis whose statistics the profiles use; nil when they are this analysis's own.
    package var statisticsRunID: Int64?
    /// Apps profiled against those statistics by incremental analyses since.
    package var reprofiled = 0

    package init(profiles: ProfileSet, links: [[Int32]], statisticsRunID: Int64? = nil, reprofiled: Int = 0) {
        self.profiles = profiles
        self.links = links
        self.statisticsRunID = statisticsRunID
        self.reprofiled = reprofiled
    }
}
