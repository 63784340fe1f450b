import AppInventory
import GRDB
import Foundation
import Dispatch
import HTTPTypes
import Hummingbird
import Logging
import HummingbirdTesting
import Testing
import WebWorkspace

/// The workspace through HTTP, as a browser uses it: sign-in, every page per role, CSRF,
/// escaping of hostile inventory text, and decisions made in the browser.
@Suite struct WorkspaceTests {
    let folder: TestFolder
    let database: WorkspaceDatabase
    let workspace: Workspace

    init() throws {
        folder = try TestFolder()
        database = try WorkspaceFixture.database(in: folder)
        workspace = Workspace(database: database, logger: Self.quiet)
    }

    static let quiet = { var logger = Logger(label: "consolidate-web-tests"); logger.logLevel = .error; return logger }()

    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await workspace.application().test(.router, body)
    }

    @Test func healthAndStylesheetNeedNoSession() async throws {
        try await test { client in
            var browser = Browser(client)
            let health = try await browser.get("/healthz")
            #expect(health.status == .ok)
            #expect(health.text == "ok")
            #expect(try await browser.get("/static/style.css").status == .ok)
        }
    }

    @Test(arguments: ["/", "/apps", "/apps/x", "/groups", "/groups/1", "/plan", "/plan/platforms/1", "/decisions", "/sql", "/jobs", "/plan.csv", "/report.html"])
    func pagesSendStrangersToTheLoginPage(path: String) async throws {
        try await test { client in
            var browser = Browser(client)
            let response = try await browser.get(path)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location]?.hasPrefix("/login?next=") == true)
            #expect(try await browser.post("/decisions", [("kind", "keep"), ("app", "x")]).status == .forbidden)
        }
    }

    @Test func signingInSetsASafeSessionCookieAndSecurityHeaders() async throws {
        try await test { client in
            var browser = Browser(client)
            let form = try await browser.get("/login")
            #expect(form.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(form.headers[.contentSecurityPolicy]?.contains("'unsafe-inline'") == false)
            #expect(form.headers[.xContentTypeOptions] == "nosniff")
            #expect(form.text.contains("name=\"username\"") && form.text.contains("name=\"password\""))
            let response = try await browser.signIn("viewer")
            #expect(response.status == .seeOther)
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("consolidate_session=") }
            #expect(cookie?.contains("HttpOnly") == true)
            #expect(cookie?.contains("SameSite=Lax") == true)
            #expect(cookie?.contains("Secure") == false)
            #expect(try await browser.get("/").status == .ok)
        }
    }

    @Test func secureCookiesWhenAsked() async throws {
        let secure = Workspace(database: database, options: .init(secureCookies: true), logger: Self.quiet)
        try await secure.application().test(.router) { client in
            var browser = Browser(client)
            let response = try await browser.signIn("viewer")
            #expect(response.headers[values: .setCookie].first { $0.hasPrefix("consolidate_session=") }?.contains("Secure") == true)
        }
    }

    @Test func loginRefusesWrongPasswordsMissingTokensAndThenGuessing() async throws {
        try await test { client in
            var browser = Browser(client)
            #expect(try await browser.signIn("planner", password: "wrong password").status == .unauthorized)
            _ = try await browser.get("/login")
            let noToken = try await browser.post("/login", [("username", "planner"), ("password", WorkspaceFixture.password)])
            #expect(noToken.status == .forbidden)
            for _ in 0..<4 { _ = try await browser.signIn("planner", password: "wrong password") }
            // Five failures: even the right password is refused for a while.
            #expect(try await browser.signIn("planner").status == .tooManyRequests)
            #expect(try await browser.signIn("viewer").status == .seeOther)
        }
    }

    @Test(arguments: WebUser.Role.allCases)
    func everyPageRendersForEveryRole(role: WebUser.Role) async throws {
        let (app, group, platform) = try await database.read { db in
            try db.read { db in
                (try String.fetchOne(db, sql: "SELECT external_id FROM apps ORDER BY id LIMIT 1")!,
                 try Int.fetchOne(db, sql: "SELECT min(id) FROM overlap_groups")!,
                 try Int.fetchOne(db, sql: "SELECT min(number) FROM plan_platforms")!)
            }
        }
        try await test { client in
            var browser = Browser(client)
            _ = try await browser.signIn(role.rawValue)
            for path in ["/", "/apps", "/apps?q=surat+izin", "/apps?action=retire&page=2", "/apps/\(app)", "/groups", "/groups/\(group)",
                         "/plan", "/plan/platforms/\(platform)", "/decisions", "/plan.csv", "/plan.xlsx", "/report.html"] {
                let response = try await browser.get(path)
                #expect(response.status == .ok, "\(path) as \(role)")
            }
            #expect(try await browser.get("/apps/no-such-app").status == .notFound)
            #expect(try await browser.get("/sql").status == (role >= .planner ? .ok : .forbidden))
            #expect(try await browser.get("/jobs").status == (role >= .planner ? .ok : .forbidden), "planners re-plan without an admin")
        }
    }

    @Test func searchFindsByWordsAndFilters() async throws {
        try await test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let agency = try await database.read { try $0.read { try String.fetchOne($0, sql: "SELECT agency FROM apps WHERE agency IS NOT NULL LIMIT 1")! } }
            let page = try await browser.get("/apps?agency=\(agency.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
            let rows = page.text.components(separatedBy: "<tr>").dropFirst(2)
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { $0.contains(AppInventory.HTML.escape(agency)) })
        }
    }

    @Test func thePlanPageWordsMoneyAsTheReportDoesAndAppPagesSpeakIndonesian() async throws {
        try await test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let plan = try await browser.get("/plan").text
            #expect(plan.contains("kisaran Rp"))
            #expect(plan.contains("batas bawah: hemat −30%"))
            #expect(plan.range(of: "Rp [0-9]{1,3}(\\.[0-9]{3}){3,}", options: .regularExpression) == nil, "money in the report's units, not full rupiah")
            // The apps the plan consolidates, of all: the inventory's count alone would overstate it.
            let (consolidated, apps) = try await database.read { try $0.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM plan_items WHERE plan_id = (SELECT max(id) FROM plans) AND action != 'retain' AND coalesce(saving_basis, '') != 'inactive'")!,
                 try Int.fetchOne(db, sql: "SELECT apps FROM plans ORDER BY id DESC LIMIT 1")!)
            } }
            let vocabulary = TableVocabulary(.id)
            #expect(consolidated < apps && plan.contains("\(vocabulary.number(Int64(consolidated))) dari \(vocabulary.number(Int64(apps))) → "), "\(consolidated) of \(apps)")
            let overview = try await browser.get("/").text
            #expect(overview.contains("\(vocabulary.number(Int64(consolidated))) dari \(vocabulary.number(Int64(apps))) aplikasi disatukan → "))
            let id = try await database.read { try $0.read { try String.fetchOne($0, sql: "SELECT external_id FROM apps WHERE status = 'active' AND source_file IS NOT NULL LIMIT 1")! } }
            let app = try await browser.get("/apps/\(id)").text
            #expect(app.contains("<th>berkas sumber</th>") && app.contains("<td>aktif</td>"))
            #expect(!app.contains("source file") && !app.contains("<td>active</td>"))
            let moving = try await database.read { try $0.read { try String.fetchOne($0, sql: """
                SELECT a.external_id FROM plan_items i JOIN apps a ON a.id = i.app_id WHERE i.wave_start IS NOT NULL ORDER BY a.id LIMIT 1
                """)! } }
            let wave = try await browser.get("/apps/\(moving)").text
            #expect(wave.range(of: "gelombang [0-9]{4} Tw [IV]+\\)", options: .regularExpression) != nil,
                    "one way of writing a quarter per language, as the plan page writes it")
        }
    }

    @Test func hostileNamesRenderAsText() async throws {
        try await test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let search = try await browser.get("/apps?q=script+alert")
            #expect(!search.text.contains("<script>"))
            let id = try await database.read { try $0.read { try String.fetchOne($0, sql: "SELECT external_id FROM apps WHERE description LIKE '%<script>%'")! } }
            let page = try await browser.get("/apps/\(id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.text.contains("<script>"))
            let sqlPage = try await browser.get("/apps?q=%22%3E%3Cimg+src%3Dx%3E")
            #expect(!sqlPage.text.contains("<img src=x>"))
        }
    }

    @Test func viewersCannotPostAndFormsNeedTheSessionToken() async throws {
        try await test { client in
            var viewer = Browser(client)
            let token = Browser.csrfToken(in: try await { _ = try await viewer.signIn("viewer"); return try await viewer.get("/decisions") }())
            let decision = [("kind", "retain"), ("app", "x"), ("csrf_token", token ?? "")]
            #expect(try await viewer.post("/decisions", decision).status == .forbidden)
            var planner = Browser(client)
            _ = try await planner.signIn("planner")
            let stale = try await planner.post("/decisions", [("kind", "retain"), ("app", "x")])
            #expect(stale.status == .forbidden)
            #expect(stale.headers[.contentType]?.hasPrefix("text/html") == true && stale.text.contains("muat ulang halamannya"),
                    "a refused form is a page saying what to do, not bare JSON")
            #expect(try await planner.post("/decisions", [("kind", "retain"), ("app", "x"), ("csrf_token", token ?? "")]).status == .forbidden)
            #expect(try await database.read { try DecisionStore($0).decisions() }.isEmpty)
        }
    }

    @Test func decisionsMadeInTheBrowserAreTheCLIsRows() async throws {
        let (a, b) = try await database.read { db in
            try db.read { db in
                let ids = try String.fetchAll(db, sql: "SELECT external_id FROM apps ORDER BY id LIMIT 2")
                return (ids[0], ids[1])
            }
        }
        try await test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("planner")
            let token = Browser.csrfToken(in: try await browser.get("/decisions")) ?? ""
            // Seen before the decision, so the page must not come back from the read cache.
            #expect(!(try await browser.get("/apps/\(a)").text.contains("different &lt;laws&gt;")))
            let made = try await browser.post("/decisions", [("kind", "separate"), ("app", a), ("other", b), ("reason", "different <laws>"), ("csrf_token", token)])
            #expect(made.status == .seeOther, "POST-redirect-GET: reloading the page never records the decision again")
            let location = try #require(made.headers[.location])
            #expect(location.hasPrefix("/decisions?notice="))
            let shown = try await browser.get(location)
            #expect(shown.text.contains("different &lt;laws&gt;") && shown.text.contains("Tercatat"), "the notice is carried to the page")
            #expect(try await browser.get(location).text.contains("Tercatat"))
            var other = Browser(client)
            _ = try await other.signIn("admin")
            #expect(!(try await other.get(location).text.contains("Tercatat")), "a notice is shown only to whoever posted it")
            let stored = try await database.read { try DecisionStore($0).decisions() }
            #expect(stored.count == 1, "the reloads recorded nothing")
            #expect(stored.first?.kind == .separate && stored.first?.appA == a && stored.first?.appB == b)
            #expect(stored.first?.decidedBy == "planner" && stored.first?.reason == "different <laws>")
            let page = try await browser.get("/apps/\(a)")
            #expect(page.text.contains("different &lt;laws&gt;"))
            let bad = try await browser.post("/decisions", [("kind", "merge"), ("app", a), ("other", "no-such-app"), ("csrf_token", token)])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("tidak ada aplikasi dengan id &quot;no-such-app&quot;; halaman Aplikasi"))
            let undone = try await browser.post("/decisions/\(stored[0].id)/undo", [("csrf_token", token)])
            #expect(undone.status == .seeOther)
            #expect(try await browser.get(undone.headers[.location] ?? "").text.contains("dibatalkan oleh planner"))
            #expect(try await database.read { try DecisionStore($0).decisions() }.isEmpty)
            let withdrawn = try await database.read { try DecisionStore($0).withdrawn() }
            #expect(withdrawn.count == 1 && withdrawn.first?.undoneBy == "planner", "the undo is attributed to the signed-in user")
            #expect(try await browser.get("/decisions").text.contains("<th>dibatalkan oleh</th>"))
            #expect(!(try await browser.get("/apps/\(a)").text.contains("different &lt;laws&gt;")))
        }
    }

    @Test func sqlConsoleReadsButNeverWritesNorShowsAccounts() async throws {
        try await test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("planner")
            let count = try await browser.get("/sql?q=SELECT+count(*)+AS+n+FROM+apps")
            #expect(count.text.contains("<th>n</th>"))
            let apps = try await database.read { try $0.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM apps")! } }
            #expect(count.text.contains(">\(apps)</td>"))
            let delete = try await browser.get("/sql?q=DELETE+FROM+apps")
            #expect(delete.text.contains("hanya membaca") && !delete.text.contains("--write"))
            #expect(try await database.read { try $0.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM apps")! } } == apps)
            let accounts = try await browser.get("/sql?q=SELECT+*+FROM+%22WEB_USERS%22")
            #expect(!accounts.text.contains("$2"))
            #expect(accounts.text.contains("tidak dapat dibaca di sini"), "refused in the page's language")
            let attach = try await browser.get("/sql?q=" + "ATTACH DATABASE '/etc/passwd' AS o".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(attach.text.contains("ATTACH") && attach.text.contains("ditolak"), "refused in the page's language")
            #expect(!attach.text.contains("consolidate database"))
            var other = Browser(client)
            _ = try await other.signIn("admin")
            let attached = try await other.get("/sql?q=" + "SELECT count(*) AS n FROM pragma_database_list WHERE name NOT IN ('main', 'temp')".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(attached.text.contains(">0</td>"), "no attachment stays on the shared connection for the next planner")
            let csv = try await browser.get("/sql.csv?q=SELECT+name+FROM+apps+ORDER+BY+id+LIMIT+3")
            #expect(csv.headers[.contentDisposition]?.contains("attachment") == true)
            #expect(csv.text.split(separator: "\n").count == 4)
        }
    }

    @Test func indonesianPagesSayEverythingInIndonesian() async throws {
        let app = try await database.read { try $0.read { try String.fetchOne($0, sql: "SELECT external_id FROM apps ORDER BY id LIMIT 1")! } }
        let other = try await database.read { try $0.read { try String.fetchOne($0, sql: "SELECT external_id FROM apps ORDER BY id LIMIT 1 OFFSET 1")! } }
        try await test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("planner")
            let token = Browser.csrfToken(in: try await browser.get("/decisions")) ?? ""
            #expect(try await browser.post("/decisions", [("kind", "retain"), ("app", app), ("csrf_token", token)]).status == .seeOther)
            // Refusals and warnings speak the page's language and name the page's actions, never a command.
            let refusals = [[("kind", "retain"), ("app", "NOPE-999")], [("kind", "exclude"), ("app", "999")], [("kind", "assign"), ("app", app)],
                            [("kind", "assign"), ("app", app), ("other", "Platfrom Bersama Kepegawaian Daerah")]]
            for fields in refusals {
                let refused = try await browser.post("/decisions", fields + [("csrf_token", token)])
                #expect(refused.status == .unprocessableContent)
                #expect(!refused.text.contains("consolidate ") && !refused.text.contains("no app") && !refused.text.contains(" needs "), "\(refused.text)")
            }
            #expect(try await browser.post("/decisions", [("kind", "exclude"), ("app", "999"), ("csrf_token", token)]).text.contains("halaman Kelompok"))
            #expect(try await browser.post("/decisions", [("kind", "separate"), ("app", app), ("other", other), ("csrf_token", token)]).status == .seeOther)
            let merged = try await browser.post("/decisions", [("kind", "merge"), ("app", app), ("other", other), ("csrf_token", token)])
            let contradiction = try await browser.get(merged.headers[.location] ?? "").text
            #expect(contradiction.contains("bertentangan dengan keputusan #2 (pemisahan") && contradiction.contains("tombol Batalkan"), "\(contradiction)")
            for undo in [2, 3] { #expect(try await browser.post("/decisions/\(undo)/undo", [("csrf_token", token)]).status == .seeOther) }
            _ = try await database.write { try PlanWorkflow.run($0, parameters: PlanParameters()) }
            let decisions = try await browser.get("/decisions").text
            #expect(decisions.contains("<td>tanpa-perubahan</td>") && decisions.contains("diterapkan: "))
            #expect(!decisions.contains("applied: ") && !decisions.contains("<td>retain</td>"))
            let plan = try await browser.get("/plan").text
            #expect(plan.contains("<th>biaya satu kali</th>") && plan.contains("nasional-wajib"))
            #expect(!plan.contains("one_off_cost") && !plan.contains("national-mandatory"))
            #expect(plan.contains("<th>pindah</th>") && plan.contains("<th>tidak aktif dimatikan</th>") && plan.contains("<th>dasar modul</th>"),
                    "each wave's moves, switch-offs and leads apart, never one count of apps")
            let overview = try await browser.get("/").text
            let isoStamp = try Regex("[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
            #expect(overview.contains("Biaya tahunan yang tercatat") && !overview.contains(isoStamp))
            let total = try await database.read { try $0.read { try Int64.fetchOne($0, sql: "SELECT sum(annual_cost) FROM apps")! } }
            #expect(overview.contains("Rp " + NumberText.grouped(total, separator: ".")))
            let english = try await browser.get("/lang/en?back=%2F")
            #expect(english.status == .seeOther)
            #expect(try await browser.get("/").text.contains("Rp " + NumberText.grouped(total, separator: ",")))
        }
    }

    @Test func englishSwitchAndSignOut() async throws {
        try await test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            #expect(try await browser.get("/").text.contains("Ringkasan"))
            let switched = try await browser.get("/lang/en?back=%2Fplan")
            #expect(switched.headers[.location] == "/plan")
            #expect(try await browser.get("/").text.contains("Overview"))
            #expect(try await browser.get("/lang/en?back=%2F%2Fevil.example").headers[.location] == "/")
            let token = Browser.csrfToken(in: try await browser.get("/")) ?? ""
            #expect(try await browser.post("/logout", [("csrf_token", token)]).status == .seeOther)
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test func plannersRunThePlanInTheBackground() async throws {
        try await test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("planner")
            let token = Browser.csrfToken(in: try await browser.get("/jobs")) ?? ""
            let before = try await database.read { try $0.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM plans")! } }
            #expect(try await browser.post("/jobs", [("kind", "plan"), ("csrf_token", token)]).status == .seeOther)
            var page = try await browser.get("/jobs")
            for _ in 0..<300 where !page.text.contains("class=\"ok\"") && !page.text.contains("class=\"error\"") {
                // Readers are served while the job runs.
                #expect(try await browser.get("/plan").status == .ok)
                try await Task.sleep(for: .milliseconds(100))
                page = try await browser.get("/jobs")
            }
            #expect(page.text.contains("class=\"ok\""))
            #expect(try await database.read { try $0.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM plans")! } } == before + 1)
        }
    }

    @Test func adHocQueriesNeverTakeThePagesConnections() async throws {
        let gate = DispatchSemaphore(value: 0)
        let database = database
        // Six statements hold or wait for the SQL connection, as six slow queries in six tabs would.
        let queries = (0..<6).map { _ in Task { try await database.query { _ in gate.wait() } } }
        let name = try await database.read { try $0.read { try String.fetchOne($0, sql: "SELECT name FROM apps ORDER BY id LIMIT 1") } }
        #expect(name != nil, "a page reads while every ad-hoc statement is still running or waiting")
        for _ in queries { gate.signal() }
        for query in queries { try await query.value }
    }

    @Test func removedAccountsStopAtTheirNextRequest() async throws {
        let app = try await database.read { try $0.read { try String.fetchOne($0, sql: "SELECT external_id FROM apps ORDER BY id LIMIT 1")! } }
        try await test { client in
            var planner = Browser(client)
            _ = try await planner.signIn("planner")
            let token = Browser.csrfToken(in: try await planner.get("/decisions")) ?? ""
            try await database.write { db in try db.write { try $0.execute(sql: "UPDATE web_users SET role = 'viewer' WHERE name = 'planner'") } }
            #expect(try await planner.post("/decisions", [("kind", "retain"), ("app", app), ("csrf_token", token)]).status == .forbidden,
                    "a role taken away counts at once")
            #expect(try await planner.get("/sql").status == .forbidden)
            try await database.write { try WebUserStore($0).remove("planner") }
            #expect(try await planner.post("/decisions", [("kind", "retain"), ("app", app), ("csrf_token", token)]).status == .forbidden)
            #expect(try await planner.get("/").headers[.location]?.hasPrefix("/login") == true, "the removed account's session is over")
            #expect(try await database.read { try DecisionStore($0).decisions() }.isEmpty)
        }
    }

    @Test func aNewPasswordEndsTheSessionsOpenedWithTheOldOne() async throws {
        try await test { client in
            var planner = Browser(client)
            _ = try await planner.signIn("planner")
            #expect(try await planner.get("/decisions").status == .ok)
            try await database.write { try WebUserStore($0).setPasswordHash("planner", Passwords.hash("ganti-sandi-2027")) }
            #expect(try await planner.get("/decisions").headers[.location]?.hasPrefix("/login") == true,
                    "a session opened with the old password is over")
            var again = Browser(client)
            #expect(try await again.signIn("planner", password: "ganti-sandi-2027").status == .seeOther)
            #expect(try await again.get("/decisions").status == .ok, "the new password signs in")

            var admin = Browser(client)
            _ = try await admin.signIn("admin")
            let token = Browser.csrfToken(in: try await admin.get("/users")) ?? ""
            let own = try await admin.post("/users", [("action", "passwd"), ("name", "admin"), ("password", "sandi-baru-admin"), ("csrf_token", token)])
            #expect(own.headers[.location] == "/login", "changing one's own password signs out")
            #expect(try await admin.get("/users").headers[.location]?.hasPrefix("/login") == true)
        }
    }

    @Test func adminsManageUsersFromTheBrowser() async throws {
        try await test { client in
            var planner = Browser(client)
            _ = try await planner.signIn("planner")
            #expect(try await planner.get("/users").status == .forbidden)

            var admin = Browser(client)
            _ = try await admin.signIn("admin")
            let token = Browser.csrfToken(in: try await admin.get("/users")) ?? ""
            #expect(try await admin.post("/users", [("action", "add"), ("name", "sari"), ("role", "planner"), ("password", "rahasia-123")]).status == .forbidden,
                    "no CSRF token, no change")
            let added = try await admin.post("/users", [("action", "add"), ("name", "sari"), ("role", "planner"), ("password", "rahasia-123"), ("csrf_token", token)])
            #expect(added.status == .seeOther)
            #expect(try await admin.get(added.headers[.location] ?? "").text.contains("Pengguna sari ditambahkan"))
            let short = try await admin.post("/users", [("action", "add"), ("name", "budi"), ("role", "viewer"), ("password", "pendek"), ("csrf_token", token)])
            #expect(short.status == .unprocessableContent)

            var sari = Browser(client)
            #expect(try await sari.signIn("sari", password: "rahasia-123").status == .seeOther)
            #expect(try await sari.get("/sql").status == .ok, "the new planner can use the SQL page")

            let own = try await admin.post("/users", [("action", "remove"), ("name", "admin"), ("csrf_token", token)])
            #expect(own.status == .unprocessableContent, "an admin cannot remove their own account")
            #expect(try await admin.post("/users", [("action", "remove"), ("name", "sari"), ("csrf_token", token)]).status == .seeOther)
            #expect(try await database.read { try $0.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM web_users WHERE name = 'sari'")! } } == 0)
        }
    }
}
