/// The vectors groups are formed from: each app's own vector with a share of its nearest
/// look-alikes' added.
///
/// On one-line descriptions two apps doing one job often share no word at all ("Building
/// energy management controller", "HVAC supervisory software"), yet they share look-alikes:
/// the products that describe the job in both sets of words. Adding to an app's vector a
/// little of its ``count`` best neighbours', each in proportion to its score, lets average
/// linkage see that: the similarity of two blended vectors counts the neighbours the two
/// apps share (a shared-nearest-neighbour similarity), while a single copied description
/// still adds only one app's words. The blend is a sum of app vectors, so a group's sum and
/// the means average linkage compares stay exact. Scores, reported pairs and `check` do not
/// use it: it changes only which apps are grouped.
enum NeighbourBlend {
    /// How much of its neighbours an app takes in, relative to its own vector.
    static let share: Float = 0.3
    /// How many of an app's best neighbours are blended in.
    static let count = 3

    /// `own` plus ``share`` × Σ score × vector over the first ``count`` of `neighbours` (best
    /// first), at unit length. `vector` gives a neighbour's own (unblended) vector.
    static func vector(_ own: SparseVector, neighbours: ArraySlice<Neighbour>, vector: (Int) -> SparseVector) -> SparseVector {
        var blended = own
        for neighbour in neighbours.prefix(count) where neighbour.score > 0 {
            let scale = share * Float(neighbour.score)
            let other = vector(neighbour.index)
            blended = blended.adding(SparseVector(terms: other.terms, weights: other.weights.map { $0 * scale }))
        }
        let norm = blended.weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 { blended.weights = blended.weights.map { $0 / norm } }
        return blended
    }

    /// The blended vector of every app, from the apps' own `vectors` and neighbour lists.
    static func vectors(_ vectors: [SparseVector], neighbours: [[Neighbour]]) -> [SparseVector] {
        ParallelSlots<SparseVector>.map(vectors.count, { app in
            Self.vector(vectors[app], neighbours: neighbours[app][...], vector: { vectors[$0] })
        }, placeholder: SparseVector())
    }
}
