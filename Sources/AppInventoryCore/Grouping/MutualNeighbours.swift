/// Pairs of apps that are each other's best match: look-alikes that short texts leave below
/// the group threshold.
///
/// In a register of one-line or empty descriptions two apps doing one job often share a single
/// telling word ("Aduan warga", "Pengaduan pasien"), so their similarity stays under what a
/// group must reach on average, and both stay alone. Yet when nothing else in the inventory is
/// closer to either of them, that agreement is the best evidence the register gives. Such a
/// pair is grouped when it reaches ``share`` of the group threshold; larger groups still form
/// only by average linkage, so a mutual pair cannot chain two sets.
enum MutualNeighbours {
    /// Share of the group threshold a mutual best match must reach to be grouped.
    static let share = 0.5

    /// The pairs (low, high) among `apps` that head each other's neighbour list (best first),
    /// whose `similarity` (the one average linkage uses) reaches `share` × `threshold`.
    static func pairs(_ neighbours: [[Neighbour]], among apps: [Int], threshold: Double, similarity: (Int, Int) -> Double) -> [(Int, Int)] {
        apps.compactMap { a in
            guard let b = neighbours[a].first?.index, a < b, neighbours[b].first?.index == a,
                  similarity(a, b) >= share * threshold else { return nil }
            return (a, b)
        }
    }
}
