import AppInventory
import Foundation
import Hummingbird
import HummingbirdAuth
import Logging

/// The web workspace: one Hummingbird application over the inventory database.
///
/// Pages are read by everyone signed in; decisions, SQL and jobs (re-planning) need a planner;
/// users an admin. Only `/login`, `/healthz`, `/lang/…` and `/static/…` answer without a session.
public struct Workspace: Sendable {
    public struct Options: Sendable {
        public var host = "127.0.0.1"
        public var port = 8080
        /// Marks the session cookie `Secure`, for a workspace served behind TLS.
        public var secureCookies = false

        public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false) {
            self.host = host
            self.port = port
            self.secureCookies = secureCookies
        }
    }

    public let database: WorkspaceDatabase
    public let options: Options
    let sessions: SessionStorage<WorkspaceSession>
    let sessionDriver: MemoryPersistDriver<ContinuousClock>
    let throttle = LoginThrottle()
    let jobs: JobBoard
    let notices = NoticeBoard()
    let logger: Logger

    public init(database: WorkspaceDatabase, options: Options = Options(), logger: Logger = Logger(label: "consolidate-web")) {
        self.database = database
        self.options = options
        self.logger = logger
        sessionDriver = MemoryPersistDriver()
        sessions = SessionStorage(sessionDriver, configuration: .init(
            sessionCookieParameters: .init(name: Self.sessionCookie, path: "/", secure: options.secureCookies, sameSite: .lax)))
        jobs = JobBoard(path: database.path)
    }

    static let sessionCookie = "consolidate_session"
    static let loginCookie = "consolidate_login"
    static let sessionLifetime: Duration = .seconds(12 * 60 * 60)

    /// The application, ready to run or to test.
    public func application() -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "consolidate-web"),
            services: [sessionDriver],
            logger: logger
        )
    }

    func router() -> Router<WorkspaceContext> {
        let router = Router(context: WorkspaceContext.self)
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: SessionGate(workspace: self))
        router.get("/healthz") { _, _ in "ok" }
        router.get("/static/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.text)))
        }
        router.get("/lang/{language}") { request, context in
            let language = Language(rawValue: context.parameters.get("language") ?? "") ?? .id
            var response = Response.redirect(to: Self.localPath(FormFields(query: request)["back"]))
            response.setCookie(Cookie(name: "lang", value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/", secure: options.secureCookies, sameSite: .lax))
            return response
        }
        LoginPages(workspace: self).add(to: router)
        OverviewPage(workspace: self).add(to: router)
        AppPages(workspace: self).add(to: router)
        GroupPages(workspace: self).add(to: router)
        PlanPages(workspace: self).add(to: router)
        DecisionPages(workspace: self).add(to: router)
        SQLPage(workspace: self).add(to: router)
        JobPages(workspace: self).add(to: router)
        UserPages(workspace: self).add(to: router)
        return router
    }

    func layout(_ request: Request, _ context: WorkspaceContext) -> PageLayout {
        var path = request.uri.path
        if let query = request.uri.query, !query.isEmpty { path += "?" + query }
        return PageLayout(language: context.language, session: context.session, path: path)
    }

    /// A path on this site, or `/`: redirects never leave the workspace.
    static func localPath(_ candidate: String?) -> String {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
              !candidate.contains(where: { $0.isNewline }) else { return "/" }
        return candidate
    }

    /// A random token for sessions' CSRF fields and the login form.
    static func token() -> String {
        (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }
}

/// Turns the session cookie into the request's session and language, and sends everyone
/// without a session to the login page (except the public paths).
struct SessionGate: RouterMiddleware {
    let workspace: Workspace
    static let publicPaths: Set<String> = ["/login", "/healthz"]

    func handle(_ request: Request, context: WorkspaceContext, next: (Request, WorkspaceContext) async throws -> Response) async throws -> Response {
        var context = context
        context.language = request.cookies["lang"].flatMap { Language(rawValue: $0.value) } ?? .id
        context.session = try await account(of: try? await workspace.sessions.load(request: request), request)
        let path = request.uri.path
        if context.session == nil && !Self.publicPaths.contains(path) && !path.hasPrefix("/static/") && !path.hasPrefix("/lang/") {
            if request.method != .get { throw HTTPError.refused(context.language.pick(en: "Sign in first.", id: "Masuk terlebih dahulu.")) }
            return .redirect(to: "/login?next=\(PageLayout.percentEncode(path + (request.uri.query.map { "?" + $0 } ?? "")))")
        }
        if request.method == .post, let session = context.session, path != "/login" {
            // Every POST of a signed-in session carries the session's token; checked here so no form can forget.
            let form = try await FormFields(request, context: context)
            guard let token = form["csrf_token"], Workspace.constantTimeEqual(token, session.csrfToken) else {
                throw HTTPError.refused(context.language.pick(en: "This form has expired or did not come from this page; reload the page and try again.",
                                                              id: "Formulir ini sudah kedaluwarsa atau tidak berasal dari halaman ini; muat ulang halamannya lalu coba lagi."))
            }
            context.form = form
            return Self.signed(try await next(request, context), session)
        }
        return Self.signed(try await next(request, context), context.session)
    }
}

extension SessionGate {
    /// The session with the account's current role, or nil (and the session ended) when the
    /// account was removed or its password changed since sign-in: the session only remembers
    /// who signed in and with which password, the store says what they may do.
    func account(of session: WorkspaceSession?, _ request: Request) async throws -> WorkspaceSession? {
        guard var session else { return nil }
        let name = session.user
        guard let user = try await workspace.database.read({ try WebUserStore($0).user(name) }), user.passwordStamp == session.passwordStamp else {
            _ = try? await workspace.sessions.delete(request: request)
            return nil
        }
        session.role = user.role.rawValue
        return session
    }

    /// Names the user for the request log (which removes the header before sending).
    static func signed(_ response: Response, _ session: WorkspaceSession?) -> Response {
        var response = response
        if let session { response.headers[WorkspaceHeaders.user] = session.user }
        return response
    }
}

extension Workspace {
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Refuses with 403 unless the signed-in user has at least `role`.
    static func require(_ role: WebUser.Role, _ context: WorkspaceContext) throws {
        guard let session = context.session, session.userRole >= role else {
            throw HTTPError.refused(context.language.pick(en: "This needs the \(role.rawValue) role; ask an admin to change yours.",
                                                          id: "Ini memerlukan peran \(role.rawValue); minta admin mengubah peran Anda."))
        }
    }
}

/// The fields of a URL-encoded form, from a POST body or a GET query (where, as in forms,
/// `+` stands for a space).
struct FormFields: Sendable {
    private(set) var fields: [String: String] = [:]

    init(_ request: Request, context: WorkspaceContext) async throws {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        self.init(encoded: String(buffer: buffer))
    }

    init(query request: Request) { self.init(encoded: request.uri.query ?? "") }

    init(encoded: String) {
        fields = (try? URLEncodedFormDecoder().decode([String: String].self, from: encoded)) ?? [:]
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// A field with surrounding spaces removed, nil when empty.
    func value(_ name: String) -> String? {
        let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == false ? value : nil
    }
}
