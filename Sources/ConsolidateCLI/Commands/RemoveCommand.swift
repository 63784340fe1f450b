import AppInventory
import ArgumentParser

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Delete applications from the inventory by id.",
        discussion: """
            Every id must exist, or nothing is removed. The removal is recorded in import_runs with \
            its reason, and decisions that name a removed app are listed.

            Example: consolidate remove JTG-014 JTG-015 --reason "merged into SIMPEG in 2024"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Ids of the apps to remove (the external_id column).", valueName: "id"))
    var ids: [String]

    @Option(help: "Why the apps are removed; kept in import_runs.")
    var reason: String?

    func validate() throws {
        if ids.isEmpty { throw ValidationError("name at least one app id to remove") }
    }

    func run() throws {
        let removal = try ApplicationStore(try database.open(.write)).remove(ids, reason: reason)
        RemovalNote.print(removal, dryRun: false)
    }
}
