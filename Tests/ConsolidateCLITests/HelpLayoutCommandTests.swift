import Foundation
import Testing

/// `--help` reads cleanly in an 80-column terminal. The help wraps our prose paragraphs
/// itself, but a line we lay out by hand (an indented example, a command beside what it does)
/// that is wider than the terminal wraps to column 0, under the commands; so every such line
/// must fit 79 columns as written.
@Suite("consolidate help layout")
struct HelpLayoutCommandTests {
    /// The subcommands a help page lists, as `consolidate help` takes them.
    static func subcommands(of help: String) -> [String] {
        guard let start = help.range(of: "\nSUBCOMMANDS:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
            .compactMap { line in line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil }
    }

    @Test func handLaidHelpLinesFitEightyColumns() throws {
        let cli = try CommandRunner()
        var pending: [[String]] = [[]]
        var checked = 0
        while let path = pending.popLast() {
            // Unwrapped, a hand-laid line shows at its written width.
            let help = try cli.run(["help"] + path, environment: ["COLUMNS": "400"])
            #expect(help.status == 0, "\(path): \(help.stderr)")
            let text = help.stdout.isEmpty ? help.stderr : help.stdout
            let discussion = text.components(separatedBy: "\nUSAGE:")[0]
            for line in discussion.split(separator: "\n") where line.hasPrefix(" ") {
                #expect(line.count <= 79, "consolidate \(path.joined(separator: " ")) --help: \(line.count) columns: \(line)")
            }
            pending += Self.subcommands(of: text).filter { $0 != "help" }.map { path + [$0] }
            checked += 1
        }
        #expect(checked > 25, "every command and subcommand: \(checked)")
    }
}
