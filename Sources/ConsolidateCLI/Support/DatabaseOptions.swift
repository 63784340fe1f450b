import AppInventory
import ArgumentParser
import Foundation

/// The `--db` option every command shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Inventory database file.", discussion: "Defaults to $CONSOLIDATE_DB, then ./inventory.sqlite.", valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["CONSOLIDATE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "inventory.sqlite"
    }

    /// Opens the database, telling the user on stderr when it could only be opened in a restricted way.
    func open(_ access: InventoryDatabase.Access) throws -> InventoryDatabase {
        let database = try InventoryDatabase(path: path, access: access)
        if let notice = database.notice { Output.note("note: \(notice)") }
        return database
    }
}

extension TableRenderer.Format: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension InputEncoding: ExpressibleByArgument {}
