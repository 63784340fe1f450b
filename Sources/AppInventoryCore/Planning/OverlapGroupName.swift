/// An overlap group as a planner knows it: by its representative app and the words its apps
/// share ("the look-alikes of SIMPEG Bantul (JTG-001), a group about pegawai / pangkat"), the
/// number kept only as the reference that `consolidate overlap --group N`, the web workspace's
/// Groups page and `overlap_groups` share, since a bare number means nothing on its own. The
/// text names no command: effects are shown in the report for officials and on the web too.
/// The one rule for naming a group: `check` verdicts, decision effects and `decide` warnings
/// all name groups with it.
public struct OverlapGroupName: Sendable, Equatable {
    public var number: Int
    /// Name and id of the group's representative app.
    public var representative: String?
    public var representativeID: String?
    /// The group's label: its most characteristic words.
    public var words: String?

    public init(number: Int, representative: String? = nil, representativeID: String? = nil, words: String? = nil) {
        self.number = number
        self.representative = representative
        self.representativeID = representativeID
        self.words = words
    }

    /// "the look-alikes of X (ID), a group about a / b / c (overlap group 15)";
    /// in Indonesian "aplikasi yang serupa dengan “X” (ID), tentang a / b / c (kelompok kemiripan
    /// nomor 15)", the app's name in quotation marks, as reasons quote it.
    public func text(_ language: Language) -> String {
        let id = language == .id
        guard let representative else { return id ? "kelompok \(number)" : "group \(number)" }
        let app = PlanReason.quoted(representative, language) + (representativeID.map { " (\($0))" } ?? "")
        let about = words.map { id ? ", tentang \($0)" : ", a group about \($0)" } ?? ""
        return (id ? "aplikasi yang serupa dengan \(app)" : "the look-alikes of \(app)") + about
            + (id ? " (kelompok kemiripan nomor \(number))" : " (overlap group \(number))")
    }
}
