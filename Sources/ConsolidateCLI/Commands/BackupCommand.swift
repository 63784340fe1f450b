import AppInventory
import ArgumentParser

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the inventory safely to a new file.",
        discussion: """
            Makes a complete, consistent copy even while another consolidate process writes. \
            Copy the inventory with this command, never by copying the .sqlite file alone: \
            changes can still sit in its -wal file next to it. The copy is written under a \
            temporary name and renamed, and an existing database is never overwritten.

            Example: consolidate backup inventory-2026-11-26.sqlite
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The new file to write.", valueName: "file"))
    var file: String

    func run() throws {
        let db = try database.open(.read)
        try db.backup(to: file)
        Output.note("backed up \(db.path) to \(file)")
    }
}
