import ArgumentParser
import Foundation

/// `consolidate serve` and `consolidate users` run `consolidate-web` from the same folder
/// (like git's external subcommands), so the plain CLI builds without the web server's
/// dependencies; when it is missing they say how to build it, after their own help when
/// help is asked for.
enum WebWorkspaceProgram {
    static let name = "consolidate-web"
    /// Set for `consolidate-web` when `consolidate` runs it, so its help and messages name the
    /// command the planner typed (`consolidate serve`), not the program behind it.
    static let shownAsVariable = "CONSOLIDATE_WEB_SHOWN_AS"

    static func run(_ subcommand: String, _ arguments: [String], help: () -> String) throws -> Never {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath().deletingLastPathComponent()
        let program = folder.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: program) else {
            let missing = "the web workspace is a separate program, not built yet: run `swift build -c release --product \(name)` (it is then found next to consolidate, in \(folder.path))"
            if arguments.contains(where: { ["--help", "-h", "help"].contains($0) }) {
                print(help())
                FileHandle.standardError.write(Data("note: \(missing)\n".utf8))
                throw ExitCode.success
            }
            throw ValidationError(missing)
        }
        setenv(shownAsVariable, "consolidate", 1)
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
        discussion: """
            Runs consolidate-web (build it with `swift build -c release --product consolidate-web`); \
            `consolidate serve --help` then lists every option. Add the first user with \
            `consolidate users add NAME --role admin`. docs/web.md describes the pages and roles.
            """
    )

    @Argument(parsing: .captureForPassthrough, help: "Options of the server (see above).") var arguments: [String] = []

    func run() throws { try WebWorkspaceProgram.run("serve", arguments) { Consolidate.helpMessage(for: Self.self) } }
}

struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Web workspace users: add NAME --role viewer|planner|admin [--password-stdin], list, remove NAME, passwd NAME.",
        discussion: """
            Runs consolidate-web (build it with `swift build -c release --product consolidate-web`). \
            Roles: a viewer reads every page and downloads the plan and report; a planner also records \
            and undoes decisions, uses the SQL page and runs the analysis and the plan (Jobs page); an \
            admin also manages users.
            """
    )

    @Argument(parsing: .captureForPassthrough, help: "A users subcommand and its options.") var arguments: [String] = []

    func run() throws { try WebWorkspaceProgram.run("users", arguments) { Consolidate.helpMessage(for: Self.self) } }
}
