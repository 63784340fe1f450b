import GRDB

/// The apps an earlier import stored under ids derived from a row's agency and name, found
/// again when the register comes back with what it lacked then, so that the import updates
/// them in place (each keeps its internal id, and its decisions follow its new id) instead of
/// inserting copies.
///
/// - ``Kind/ownerless``: a register first imported without its owner, now with one (`--agency`,
///   or a title naming it). Only apps of the same file that have no agency are claimed.
/// - ``Kind/uncoded``: a register first imported without an id column, now with one ("Kode
///   Aplikasi" added). An app whose id is the one a row derives from its agency and name is
///   that row's app, whichever file brought it: the derived id is the inventory's own
///   identity for apps without a code.
///
/// Rows that still carry such an id themselves keep it, and one stored app is claimed by one row.
struct EarlierCopies {
    enum Kind { case ownerless, uncoded }

    private let kind: Kind
    private let candidates: Set<String>

    /// The apps of `kind` that rows of `batch` may claim.
    init(_ batch: ImportBatch, kind: Kind, db: Database) throws {
        self.kind = kind
        let wanted = Set(batch.applications.compactMap { Self.derived($0, kind) })
        guard !wanted.isEmpty else {
            candidates = []
            return
        }
        let present = Set(batch.applications.map(\.application.externalID))
        let stored = switch kind {
        case .ownerless: try String.fetchSet(db, sql: "SELECT external_id FROM apps WHERE agency IS NULL AND source_file = ?", arguments: [batch.file])
        case .uncoded: try String.fetchSet(db, sql: "SELECT external_id FROM apps WHERE external_id LIKE '%auto-%'")
        }
        candidates = stored.intersection(wanted).subtracting(present)
    }

    /// The external id of the earlier app `app` takes over, if any.
    func copy(of app: ImportedApplication) -> String? {
        guard let id = Self.derived(app, kind), candidates.contains(id) else { return nil }
        return id
    }

    private static func derived(_ app: ImportedApplication, _ kind: Kind) -> String? {
        switch kind {
        case .ownerless: app.idWithoutOwner
        case .uncoded: app.idWithoutCode
        }
    }
}
