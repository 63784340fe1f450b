import AppInventory
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import WebWorkspace

/// `consolidate-web`: the web workspace and its accounts. `consolidate serve` and
/// `consolidate users` run it, so the plain CLI builds without the server's dependencies.
@main
struct ConsolidateWeb: AsyncParsableCommand {
    /// Named `consolidate` when `consolidate serve` or `consolidate users` runs it, so help reads
    /// as the command the planner typed.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: ProcessInfo.processInfo.environment["CONSOLIDATE_WEB_SHOWN_AS"] == "consolidate" ? "consolidate" : "consolidate-web",
        abstract: "The web workspace for a planning team, over the inventory database.",
        subcommands: [ServeCommand.self, UsersCommand.self]
    ) }
}

/// The `--db` option, resolved as every consolidate command resolves it.
struct DatabasePath: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Inventory database file.", discussion: "Defaults to $CONSOLIDATE_DB, then ./inventory.sqlite.", valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["CONSOLIDATE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "inventory.sqlite"
    }
}

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the workspace: browse, search, follow the plan, record decisions.",
        discussion: "Add the first user with `consolidate users add NAME --role admin`. SIGINT or SIGTERM stops the server after in-flight requests."
    )

    @OptionGroup var database: DatabasePath
    @Option(help: "Address to listen on; 127.0.0.1 keeps the workspace on this machine.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Flag(help: "Mark the session cookie Secure (when served behind TLS).") var secureCookies = false

    func run() async throws {
        let db = try WorkspaceDatabase(path: database.path)
        if try WebUserStore(db.writer).list().isEmpty {
            FileHandle.standardError.write(Data("note: no users yet; add one with `consolidate users add NAME --role admin`\n".utf8))
        }
        var logger = Logger(label: "consolidate-web")
        logger.logLevel = .info
        let workspace = Workspace(database: db, options: .init(host: host, port: port, secureCookies: secureCookies), logger: logger)
        logger.info("serving \(database.path) on http://\(host):\(port)")
        try await workspace.application().runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}

struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage who may sign in to the web workspace.",
        subcommands: [Add.self, List.self, Remove.self, Passwd.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user (viewer, planner or admin).")
        @OptionGroup var database: DatabasePath
        @Argument(help: "User name.") var name: String
        @Option(help: "viewer (reads), planner (also decides, uses SQL, runs the analysis and plan) or admin (also manages users).") var role: WebUser.Role
        @Flag(help: "Read the password from the first line of standard input instead of prompting.") var passwordStdin = false

        func run() throws {
            let password = try Password.read(fromStdin: passwordStdin)
            let db = try InventoryDatabase(path: database.path, access: .create)
            let user = try WebUserStore(db).add(name, role: role, passwordHash: Passwords.hash(password))
            print("added \(user.name) (\(user.role.rawValue))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users and their roles.")
        @OptionGroup var database: DatabasePath

        func run() throws {
            let users = try WebUserStore(InventoryDatabase(path: database.path, access: .read)).list()
            if users.isEmpty { print("no users; add one with `consolidate users add NAME --role admin`") }
            for user in users { print("\(user.name)\t\(user.role.rawValue)\t\(user.createdAt)") }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a user (their decisions keep their name; their open web sessions end).")
        @OptionGroup var database: DatabasePath
        @Argument(help: "User name.") var name: String

        func run() throws {
            try WebUserStore(InventoryDatabase(path: database.path, access: .write)).remove(name)
            print("removed \(name)")
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a user's password; their open web sessions end at their next request.")
        @OptionGroup var database: DatabasePath
        @Argument(help: "User name.") var name: String
        @Flag(help: "Read the password from the first line of standard input instead of prompting.") var passwordStdin = false

        func run() throws {
            let password = try Password.read(fromStdin: passwordStdin)
            try WebUserStore(InventoryDatabase(path: database.path, access: .write)).setPasswordHash(name, Passwords.hash(password))
            print("changed the password of \(name)")
        }
    }
}

extension WebUser.Role: ExpressibleByArgument {}

/// Reading a new password: a prompt without echo, or a line of standard input for scripts.
enum Password {
    /// A password refused: said as an error, without the usage text a mistyped option gets.
    struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func read(fromStdin: Bool) throws -> String {
        let password: String
        if fromStdin {
            password = readLine(strippingNewline: true) ?? ""
        } else {
            guard isatty(STDIN_FILENO) == 1 else {
                throw Problem("standard input is not a terminal, so the password cannot be asked; give it on standard input with --password-stdin, e.g. printf '%s\\n' \"$PASSWORD\" | consolidate users add NAME --role planner --password-stdin")
            }
            guard let first = getpass("Password: ").map({ String(cString: $0) }),
                  let second = getpass("Repeat password: ").map({ String(cString: $0) }) else {
                throw Problem("no terminal to ask for a password; use --password-stdin")
            }
            guard first == second else { throw Problem("the two passwords differ; nothing changed") }
            password = first
        }
        if let problem = Passwords.problem(with: password) { throw Problem(problem + "; nothing changed") }
        return password
    }
}
