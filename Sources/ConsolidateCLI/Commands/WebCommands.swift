import ArgumentParser
import Foundation

/// `consolidate serve` and `consolidate users` run `consolidate-web` from the same folder
/// (like git's external subcommands), so the plain CLI builds without the web server's
/// dependencies; when it is missing they say how to build it.
enum WebWorkspaceProgram {
    static let name = "consolidate-web"

    static func run(_ subcommand: String, _ arguments: [String]) throws -> Never {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath().deletingLastPathComponent()
        let program = folder.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw ValidationError("""
                the web workspace is a separate program, not built yet: run `swift build -c release --product \(name)` \
                (it is then found next to consolidate, in \(folder.path))
                """)
        }
        let argv = [program, subcommand] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        execv(program, &cArguments)
        throw ValidationError("could not start \(program): \(String(cString: strerror(errno)))")
    }
}

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web workspace: [--db PATH] [--host 127.0.0.1] [--port 8080] [--secure-cookies].",
        discussion: "Runs consolidate-web (build it with `swift build -c release --product consolidate-web`)."
    )

    @Argument(parsing: .captureForPassthrough, help: "Options of `consolidate-web serve`.") var arguments: [String] = []

    func run() throws { try WebWorkspaceProgram.run("serve", arguments) }
}

struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Web workspace users: add NAME --role viewer|planner|admin [--password-stdin], list, remove NAME, passwd NAME.",
        discussion: "Runs consolidate-web (build it with `swift build -c release --product consolidate-web`)."
    )

    @Argument(parsing: .captureForPassthrough, help: "A users subcommand and its options.") var arguments: [String] = []

    func run() throws { try WebWorkspaceProgram.run("users", arguments) }
}
