import Foundation

/// Progress lines for long work, at most about every 10%, in the language of the command's
/// output and in a planner's words ("comparing apps 3,072/30,000"), each handed to `write`
/// (the CLI's standard error). The engine
/// announces some steps only as they start ("grouping 0/30,000"); a step is closed at its
/// total when the next one starts or a message follows, so the last line of a step never
/// reads as if it stopped at nothing.
public final class ProgressLines: @unchecked Sendable {
    private let language: Language
    private let smallest: Int
    private let write: @Sendable (String) -> Void
    private let lock = NSLock()
    /// The step last printed, its total, and whether its last line showed the total.
    private var open: (phase: String, total: Int, finished: Bool)?

    /// `smallest`: inventories smaller than this finish before a progress line would help.
    public init(language: Language, smallest: Int = 5_000, write: @escaping @Sendable (String) -> Void) {
        self.language = language
        self.smallest = smallest
        self.write = write
    }

    /// The callback the engine reports to.
    public var report: OverlapEngine.Progress {
        { [self] phase, done, total in self.step(phase, done, total) }
    }

    /// A message for the person at the keyboard, after the open step is closed at its total.
    public func note(_ text: String) {
        lock.withLock { close() }
        write(text)
    }

    /// Closes the open step; call when the work is done.
    public func finish() { lock.withLock { close() } }

    private func step(_ phase: String, _ done: Int, _ total: Int) {
        guard total >= smallest else { return }
        lock.withLock {
            if let current = open, current.phase != phase { close() }
            let every = max(1, total / 10)
            guard open == nil || done == total || done % every < 256 else { return }
            open = (phase, total, done == total)
            write("  \(Self.words(phase, language)) \(ReportFormat.number(done, language))/\(ReportFormat.number(total, language))")
        }
    }

    /// Prints the open step at its total unless its last line already did (lock held).
    private func close() {
        if let current = open, !current.finished {
            write("  \(Self.words(current.phase, language)) \(ReportFormat.number(current.total, language))/\(ReportFormat.number(current.total, language))")
        }
        open = nil
    }

    /// The engine's step names as a planner reads them.
    static func words(_ phase: String, _ language: Language) -> String {
        let id = language == .id
        switch phase {
        case "normalising": return id ? "membaca kata-kata aplikasi" : "reading the apps' words"
        case "comparing": return id ? "membandingkan aplikasi" : "comparing apps"
        case "grouping": return id ? "mengelompokkan aplikasi serupa" : "grouping look-alikes"
        default: return phase
        }
    }
}
