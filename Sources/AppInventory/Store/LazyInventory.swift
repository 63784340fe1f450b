import AppInventoryCore
import GRDB

/// The inventory's apps in analysis order (by internal id), each read from the database the
/// first time it is asked for, with every app's id, external id and stored content hash read
/// up front.
///
/// An incremental analysis profiles again a few apps of a national inventory and describes the
/// few groups they touch; reading every app for that would cost more than its search. The
/// engine reads apps through the collection, so it stays free of I/O while the store decides
/// what to read. Subscripting cannot throw: a failed read leaves an empty app in its place and
/// records the error in ``failure``, which the caller checks before it keeps any result.
final class LazyInventory: RandomAccessCollection, AppPrefetching {
    /// Internal ids, external ids and stored content hashes, in analysis order.
    let ids: [Int64]
    let externalIDs: [String]
    let hashes: [String]
    /// Each app's position, by internal id.
    let positionOf: [Int64: Int]
    private(set) var failure: (any Error)?
    private let database: InventoryDatabase
    private var loaded: [Int: Application] = [:]

    /// Reads the ids and hashes of the apps of `database`; `apps`, when given, are the apps
    /// already read (all of them, in id order), so none is read again.
    init(_ database: InventoryDatabase, apps: [StoredApplication]? = nil) throws {
        self.database = database
        var (ids, externalIDs, hashes) = ([Int64](), [String](), [String]())
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT id, external_id, content_hash FROM apps WHERE \(ApplicationStore.inInventory) ORDER BY id")
            while let row = try rows.next() {
                ids.append(row[0])
                externalIDs.append(row[1])
                hashes.append(row[2])
            }
        }
        (self.ids, self.externalIDs, self.hashes) = (ids, externalIDs, hashes)
        positionOf = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        if let apps, apps.map(\.id) == ids {
            for (position, app) in apps.enumerated() { loaded[position] = app.application }
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { ids.count }

    subscript(position: Int) -> Application {
        if loaded[position] == nil { load([position]) }
        return loaded[position] ?? Application(externalID: externalIDs[position], name: "")
    }

    func prefetch(_ positions: [Int]) { load(positions) }

    /// Reads, in one go, the apps at `positions` not read yet.
    func load(_ positions: some Sequence<Int>) {
        let missing = Set(positions).filter { loaded[$0] == nil }.sorted()
        guard !missing.isEmpty, failure == nil else { return }
        do {
            let apps = try database.read { try ApplicationStore.fetch($0, ids: missing.map { ids[$0] }) }
            for app in apps { if let position = positionOf[app.id] { loaded[position] = app.application } }
            if apps.count != missing.count {
                failure = StoreError.sql(message: "apps were removed while the analysis ran; run `consolidate analyze` again")
            }
        } catch {
            failure = error
        }
    }
}
