/// What an incremental analysis changes in the stored one: the rows to write and the rows to
/// delete, so that saving it touches only what the changed apps moved.
package struct OverlapUpdate: Sendable {
    package var parameters: AnalysisParameters
    /// The stored analysis's threshold (its background is a statistic that stays, see docs/overlap.md).
    package var grouping: GroupingThreshold
    /// Reported pairs to write, explained: pairs newly reported, and reported pairs of an app profiled again.
    package var pairs: [OverlapPair]
    /// Pairs (indices of the apps now) the stored analysis reports and this one does not.
    package var stalePairs: [UnorderedPair]
    /// Groups to write under their ids: new groups, and stored groups whose members changed.
    package var groups: [OverlapGroup]
    /// Stored group ids that no longer name a group (dissolved, or joined to another).
    package var staleGroups: [Int]
    /// The index to store for the next `check` and `analyze`.
    package var searchIndex: SearchIndex
}
