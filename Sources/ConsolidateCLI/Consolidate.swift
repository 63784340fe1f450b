import AppInventory
import ArgumentParser
import Foundation

@main
struct Consolidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Find overlapping government applications and plan their consolidation.",
        discussion: """
            Keep an inventory of applications in SQLite, see which ones do the same job and why, \
            and plan how to merge them into a handful of shared platforms.

            Start with `consolidate demo` for a tour on the shipped samples, or:
              consolidate import register.xlsx    load a register (Excel, CSV, JSON)
              consolidate stats                   counts and data completeness
              consolidate analyze                 find and group apps doing one job
              consolidate overlap                 which apps overlap, and why
              consolidate plan                    merge plan into about 12 platforms
              consolidate platforms               the target architecture's catalogue
                                                  (built in; `platforms import --extend
                                                  FILE` adds your own)
              consolidate report -o report.html   the report for officials
              consolidate check --name "…"        before funding a new app
              consolidate sql "SELECT …"          query the inventory (docs/schema.md)
              consolidate backup FILE             copy the inventory safely
              consolidate serve                   the web workspace (`consolidate users`
                                                  adds people)

            Every command on an inventory works on the database given by --db, \
            $CONSOLIDATE_DB, or ./inventory.sqlite (`sample` writes a file, `demo` its own folder).
            """,
        version: BuildVersion.text,
        subcommands: [
            DemoCommand.self, ImportCommand.self, RemoveCommand.self, StatsCommand.self, SearchCommand.self, SQLCommand.self,
            AnalyzeCommand.self, OverlapCommand.self, CheckCommand.self, PlatformsCommand.self, PlanCommand.self,
            DecideCommand.self, DecisionsCommand.self, ReportCommand.self, EvaluateCommand.self, ExportCommand.self, SampleCommand.self, BackupCommand.self,
            ServeCommand.self, UsersCommand.self,
        ]
    )

    /// Whether the command speaks Indonesian: `--lang id` (or `--lang=id`), or no `--lang` on a
    /// command whose output is Indonesian by default (`report`), so its errors speak the
    /// language of what it writes. Read from the arguments themselves, since a command that
    /// failed to parse has no options to ask.
    static func asksForIndonesian(_ arguments: [String]) -> Bool {
        var said: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { said = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { said = String(argument.dropFirst("--lang=".count)) }
        }
        if let said { return said == Language.id.rawValue }
        let command: String? = arguments.first { !$0.hasPrefix("-") }
        return command == ReportCommand.configuration.commandName
    }

    /// Runs the command; error messages can quote inventory cells and user input, so they are
    /// printed with control characters made visible (``TerminalText``).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let unknown = UnknownCommand.message(arguments, root: Self.self, indonesian: asksForIndonesian(arguments)) {
            FileHandle.standardError.write(Data((TerminalText.visible(unknown) + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) }
            var message = fullMessage(for: error)
            // A command run with --lang id says its errors in Indonesian; so does their prefix.
            if Self.asksForIndonesian(arguments), message.hasPrefix("Error: ") {
                message = "Kesalahan: " + ((error as? any TranslatedError)?.text(.id) ?? ParserMessage.indonesian(String(message.dropFirst("Error: ".count))))
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((TerminalText.visible(message) + "\n").utf8)) }
            Foundation.exit(exitCode(for: error).rawValue)
        }
    }
}
