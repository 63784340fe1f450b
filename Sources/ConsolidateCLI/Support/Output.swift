import AppInventory
import Foundation

/// Where results and messages go: results to stdout or `--output`, messages to stderr,
/// so `consolidate export … > file.csv` stays clean.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("cannot write \(path): \((error as NSError).localizedDescription)")
        }
    }

    /// Writes binary output (a workbook) to `path`; workbooks are never sent to a terminal.
    static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("cannot write \(path): \((error as NSError).localizedDescription)")
        }
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Width for tables: $COLUMNS when set, else 120.
    static var terminalWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 120
    }
}

/// A failure the CLI reports in one line.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Double {
    /// Rupiah with Indonesian thousands separators: "Rp 1.250.000".
    var rupiah: String { NumberText.rupiah(self) }
}

extension Int {
    /// 12500 → "12,500" for counts in summaries.
    var grouped: String { NumberText.grouped(Int64(self), separator: ",") }
}
