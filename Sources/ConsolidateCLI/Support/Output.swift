import AppInventory
import Foundation

/// Where results and messages go: results to stdout or `--output`, messages to stderr,
/// so `consolidate export … > file.csv` stays clean.
enum Output {
    /// Writes a command's result to standard output, or to `path` whole or not at all.
    ///
    /// Files go through ``OutputFile``: written under a temporary name and renamed, and never
    /// over a database. On a terminal, control characters are shown as symbols
    /// (``TerminalText``) so inventory cells cannot drive it; redirected output keeps the data as is.
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            print(isatty(STDOUT_FILENO) == 1 ? TerminalText.visible(text) : text, terminator: "")
            return
        }
        try OutputFile.write(Data(text.utf8), to: path)
    }

    /// Writes binary output (a workbook) to `path`, whole or not at all; workbooks are never sent to a terminal.
    static func write(_ data: Data, to path: String) throws {
        try OutputFile.write(data, to: path)
    }

    /// A message for the person at the keyboard, on stderr, with control characters made visible.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.visible(text) + "\n").utf8))
    }

    /// Width for tables: $COLUMNS when set, else 120.
    static var terminalWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 120
    }
}

extension OutputFile {
    /// ``checkDestination(_:)`` for a command's `validate()`: ArgumentParser wraps what that
    /// throws, so the refusal is said there in the command's `language`.
    static func checkDestination(_ path: String, _ language: Language) throws {
        do { try checkDestination(path) } catch let failure as Failure { throw CLIError(failure.text(language)) }
    }
}

/// A failure the CLI reports in one line.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Int {
    /// 12500 → "12,500" for counts in summaries.
    var grouped: String { NumberText.grouped(Int64(self), separator: ",") }
}
