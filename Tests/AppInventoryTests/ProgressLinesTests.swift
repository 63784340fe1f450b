import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Progress lines speak the command's language in a planner's words, and a step the engine
/// announces only as it starts is closed at its total, never left at "0/30,000".
@Suite("Progress lines")
struct ProgressLinesTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    /// The calls the engine makes on an inventory of 30,000 apps, then the summary.
    static func run(_ language: Language) -> [String] {
        let lines = Lines()
        let progress = ProgressLines(language: language, write: { lines.append($0) })
        progress.report("normalising", 0, 30_000)
        for done in stride(from: 0, through: 30_000, by: 1_024) { progress.report("comparing", done, 30_000) }
        progress.report("comparing", 30_000, 30_000)
        progress.report("grouping", 0, 30_000)
        progress.note("summary")
        return lines.all
    }

    @Test func everyStepEndsAtItsTotalInTheCommandsLanguage() {
        let english = Self.run(.en)
        #expect(english.first == "  reading the apps' words 0/30,000")
        #expect(english.contains("  reading the apps' words 30,000/30,000"), "\(english)")
        #expect(english.filter { $0.hasPrefix("  comparing apps ") }.count <= 12, "about every 10%: \(english)")
        #expect(english.suffix(2) == ["  grouping look-alikes 30,000/30,000", "summary"], "\(english)")
        let indonesian = Self.run(.id)
        #expect(indonesian.contains("  membandingkan aplikasi 30.000/30.000"), "\(indonesian)")
        #expect(indonesian.suffix(2) == ["  mengelompokkan aplikasi serupa 30.000/30.000", "summary"], "\(indonesian)")
        #expect(!indonesian.contains { $0.contains("comparing") || $0.contains("grouping") }, "no English step names: \(indonesian)")
    }

    @Test func smallInventoriesPrintNoProgress() {
        let lines = Lines()
        let progress = ProgressLines(language: .en, write: { lines.append($0) })
        progress.report("comparing", 10, 400)
        progress.finish()
        #expect(lines.all.isEmpty)
    }
}
