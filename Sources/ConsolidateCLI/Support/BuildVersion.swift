import Foundation

/// What `consolidate --version` prints: the release number and, for a binary built inside a
/// git checkout (`.build/…` under the repository), the commit checked out there.
enum BuildVersion {
    /// The release number; raised with each release.
    static let release = "0.5.0"

    static var text: String {
        guard let commit = checkoutCommit() else { return release }
        return "\(release) (commit \(commit))"
    }

    /// Reads the commit from the checkout around the binary without running git: `.git` is a
    /// folder, or a file pointing at a worktree's folder; HEAD names a ref or a commit.
    private static func checkoutCommit() -> String? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" && folder.lastPathComponent != ".build" { folder.deleteLastPathComponent() }
        guard folder.lastPathComponent == ".build" else { return nil }
        let dotGit = folder.deletingLastPathComponent().appendingPathComponent(".git")
        var gitDir = dotGit
        if let pointer = try? String(contentsOf: dotGit, encoding: .utf8), pointer.hasPrefix("gitdir:") {
            gitDir = URL(fileURLWithPath: pointer.dropFirst(7).trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: dotGit.deletingLastPathComponent())
        }
        guard let head = try? String(contentsOf: gitDir.appendingPathComponent("HEAD"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        guard head.hasPrefix("ref: ") else { return String(head.prefix(12)) }
        let ref = String(head.dropFirst(5))
        let common = (try? String(contentsOf: gitDir.appendingPathComponent("commondir"), encoding: .utf8))
            .map { URL(fileURLWithPath: $0.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: gitDir) } ?? gitDir
        for base in [gitDir, common] {
            if let hash = try? String(contentsOf: base.appendingPathComponent(ref), encoding: .utf8) {
                return String(hash.trimmingCharacters(in: .whitespacesAndNewlines).prefix(12))
            }
            if let packed = try? String(contentsOf: base.appendingPathComponent("packed-refs"), encoding: .utf8),
               let line = packed.split(separator: "\n").first(where: { $0.hasSuffix(" " + ref) }) {
                return String(line.prefix(12))
            }
        }
        return nil
    }
}
