import Foundation
import Testing

/// `consolidate users`, run through `consolidate-web` next to the built `consolidate`.
@Suite("consolidate users")
struct UsersCommandTests {
    @Test func usersAreAddedListedWithHashedPasswordsAndRemoved() throws {
        let cli = try CommandRunner()
        let added = try cli.run(["users", "add", "ana", "--role", "planner", "--password-stdin"], input: "long enough 1\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("added ana (planner)"))
        #expect(try cli.run(["users", "list"]).stdout.contains("ana\tplanner"))

        let hash = try cli.run(["sql", "--format", "csv", "SELECT password_hash FROM web_users"]).stdout
        #expect(hash.contains("$2b$10$"))
        #expect(!hash.contains("long enough 1"))

        let again = try cli.run(["users", "add", "ANA", "--role", "viewer", "--password-stdin"], input: "another pass\n")
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
        let short = try cli.run(["users", "add", "bob", "--role", "viewer", "--password-stdin"], input: "short\n")
        #expect(short.status != 0)
        #expect(short.stderr.contains("at least 8 characters"))
        #expect(!short.stderr.contains("Usage:"), "a refused password is an error, not a usage mistake")
        let noTerminal = try cli.run(["users", "add", "bob", "--role", "viewer"], input: "")
        #expect(noTerminal.status != 0 && noTerminal.stderr.contains("not a terminal") && noTerminal.stderr.contains("--password-stdin"), "\(noTerminal.stderr)")
        let role = try cli.run(["users", "add", "bob", "--role", "owner", "--password-stdin"], input: "long enough 2\n")
        #expect(role.status != 0)

        #expect(try cli.run(["users", "passwd", "ana", "--password-stdin"], input: "changed pass 3\n").status == 0)
        #expect(try cli.run(["sql", "--format", "csv", "SELECT password_hash FROM web_users"]).stdout != hash)
        #expect(try cli.run(["users", "remove", "ana"]).status == 0)
        #expect(try cli.run(["users", "list"]).stdout.contains("no users"))
        #expect(try cli.run(["users", "remove", "ana"]).status != 0)
    }

    @Test func helpNamesTheCommandTypedAndWhatEachRoleMayDo() throws {
        let cli = try CommandRunner()
        let serve = try cli.run(["serve", "--help"])
        #expect(serve.status == 0 && serve.stdout.contains("consolidate serve") && !serve.stdout.contains("consolidate-web serve"), "\(serve.stdout)")
        #expect(serve.stdout.contains("--port"))
        let add = try cli.run(["users", "add", "--help"])
        #expect(add.stdout.contains("consolidate users add") && add.stdout.contains("admin (also manages users)"), "\(add.stdout)")
        #expect(add.stdout.contains("runs the analysis and plan") && !add.stdout.contains("also runs jobs"))

        // Without consolidate-web beside it, help is still help, with how to build the server.
        let alone = try CommandRunner()
        alone.program = URL(fileURLWithPath: alone.path("consolidate"))
        try FileManager.default.copyItem(at: CommandRunner.binary, to: alone.program)
        let help = try alone.run(["serve", "--help"])
        #expect(help.status == 0 && help.stdout.contains("consolidate serve") && help.stdout.contains("Serve the web workspace"), "\(help.stdout)")
        #expect(help.stderr.contains("swift build -c release --product consolidate-web"))
        let run = try alone.run(["serve"])
        #expect(run.status != 0 && run.stderr.contains("not built yet"))
    }
}
