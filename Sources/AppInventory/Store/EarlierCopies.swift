import GRDB

/// The apps an earlier import of a file stored without an owner, found again when the file is
/// imported with its owner (`--agency`, or a title naming it).
///
/// A register without an id column derives ids from agency and name, so the same register
/// imported first without an agency and then with one would hold every app twice: the
/// ownerless copies, and new ones. An app of this file whose agency is empty and whose id is
/// the one the row derives without its agency is that row's app: the import updates it in
/// place (it keeps its internal id, and its decisions follow its new id) instead of inserting
/// a copy, and nothing is left to retire.
struct OwnerlessCopies {
    private let candidates: Set<String>

    /// The ownerless apps of `batch`'s file that rows of the batch may claim; rows that still
    /// carry such an id themselves keep it.
    init(_ batch: ImportBatch, db: Database) throws {
        let wanted = Set(batch.applications.compactMap(\.idWithoutOwner))
        guard !wanted.isEmpty else {
            candidates = []
            return
        }
        let present = Set(batch.applications.map(\.application.externalID))
        let stored = try String.fetchSet(db, sql: "SELECT external_id FROM apps WHERE agency IS NULL AND source_file = ?", arguments: [batch.file])
        candidates = stored.intersection(wanted).subtracting(present)
    }

    /// The external id of the ownerless app `app` takes over, if any.
    func copy(of app: ImportedApplication) -> String? {
        guard let id = app.idWithoutOwner, candidates.contains(id) else { return nil }
        return id
    }
}
