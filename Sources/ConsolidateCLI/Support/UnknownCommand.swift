import AppInventory
import ArgumentParser

/// A command name the program does not know, caught before the arguments are parsed.
///
/// Left to the parser, `consolidate plna --db x` says "Unknown option '--db'" (the mistyped
/// word is taken for an argument the program has no place for, and the first option after it is
/// blamed), and without the option it lists the words as "unexpected arguments": neither names
/// the slip. Here the first word that is neither an option nor a command of the command before it
/// is named, with the command it most likely meant.
enum UnknownCommand {
    /// The error for `arguments` (without the program's name), or nil when every command word
    /// is known and parsing may go on.
    static func message(_ arguments: [String], root: ParsableCommand.Type, indonesian: Bool) -> String? {
        message(arguments[...], command: root, path: [root._commandName], indonesian: indonesian)
    }

    private static func message(_ arguments: ArraySlice<String>, command: ParsableCommand.Type, path: [String], indonesian: Bool) -> String? {
        let configuration = command.configuration
        let subcommands = configuration.subcommands
        // Options, and the arguments of a command that takes no subcommand (or runs one when none
        // is named), are the parser's.
        guard let word = arguments.first, !word.hasPrefix("-"), word != "help", !subcommands.isEmpty,
              configuration.defaultSubcommand.map({ _ in false }) ?? true else { return nil }
        if let known = subcommands.first(where: { names(of: $0).contains(word) }) {
            return message(arguments.dropFirst(), command: known, path: path + [known._commandName], indonesian: indonesian)
        }
        let suggestion = closest(word, among: subcommands.map { $0._commandName })
        let listed = (path + ["--help"]).joined(separator: " ")
        let named = path.joined(separator: " ")
        if indonesian {
            return "Kesalahan: perintah '\(word)' tidak dikenal untuk '\(named)'" + (suggestion.map { "; maksud Anda '\($0)'?" } ?? "")
                + " `\(listed)` memuat daftar perintahnya."
        }
        return "Error: unknown command '\(word)' for '\(named)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            + " `\(listed)` lists the commands."
    }

    /// The name a command is typed by, and its aliases.
    static func names(of command: ParsableCommand.Type) -> [String] {
        let configuration = command.configuration
        return [command._commandName] + configuration.aliases
    }

    /// The name `word` begins, or else the one it is at most two edits from (the nearest).
    static func closest(_ word: String, among names: [String]) -> String? {
        let typed = word.lowercased()
        if let prefixed = names.filter({ $0.hasPrefix(typed) }).min(by: { $0.count < $1.count }) { return prefixed }
        let scored = names.map { (name: $0, edits: EditDistance.between(Array($0), Array(typed), swaps: true, limit: 2)) }
        return scored.filter { $0.edits <= 2 }.min { $0.edits < $1.edits }?.name
    }
}
