import AppInventory
import Foundation
import Hummingbird

/// `/login` and `/logout`. The login form's CSRF token is paired with a short-lived cookie
/// (no session exists yet), so another site cannot sign a browser in as someone else.
struct LoginPages {
    let workspace: Workspace

    func add(to router: Router<WorkspaceContext>) {
        router.get("/login") { request, context in
            form(request, context, error: nil)
        }
        router.post("/login") { request, context in
            let fields = try await FormFields(request, context: context)
            guard let token = fields["csrf_token"], let expected = request.cookies[Workspace.loginCookie]?.value,
                  Workspace.constantTimeEqual(token, expected) else {
                throw HTTPError.refused(context.language.pick(en: "The sign-in form has expired; reload the sign-in page and try again.",
                                                              id: "Formulir masuk sudah kedaluwarsa; muat ulang halaman masuk lalu coba lagi."))
            }
            let layout = workspace.layout(request, context)
            let name = fields.value("username") ?? ""
            let password = fields["password"] ?? ""
            if workspace.throttle.isBlocked(name) {
                var response = form(request, context, error: layout.language.pick(en: "Too many failed attempts; try again in 15 minutes.",
                                                                                  id: "Terlalu banyak percobaan gagal; coba lagi dalam 15 menit."), status: .tooManyRequests)
                response.headers[.retryAfter] = String(Int(LoginThrottle.window))
                return response
            }
            let found = try await workspace.database.read { try WebUserStore($0).credentials(name) }
            // An unknown name costs a hash check too, so timing does not tell which names exist.
            let hash = found?.passwordHash ?? Self.decoyHash
            let valid = try await WorkspaceDatabase.offload { Passwords.verify(password, hash: hash) } && found != nil
            guard valid, let user = found?.user else {
                workspace.throttle.failed(name)
                return form(request, context, error: layout.language.pick(en: "Wrong user name or password.", id: "Nama pengguna atau kata sandi salah."), status: .unauthorized)
            }
            workspace.throttle.succeeded(name)
            let session = WorkspaceSession(user: user.name, role: user.role.rawValue, csrfToken: Workspace.token(), passwordStamp: user.passwordStamp)
            let cookie = try await workspace.sessions.save(session: session, expiresIn: Workspace.sessionLifetime)
            var response = Response.redirect(to: Workspace.localPath(fields["next"]))
            response.setCookie(cookie)
            response.setCookie(expired(Workspace.loginCookie))
            return response
        }
        router.post("/logout") { request, _ in
            var response = Response.redirect(to: "/login")
            if let cookie = try? await workspace.sessions.delete(request: request) { response.setCookie(cookie) }
            return response
        }
    }

    func form(_ request: Request, _ context: WorkspaceContext, error: String?, status: HTTPResponse.Status = .ok) -> Response {
        let layout = workspace.layout(request, context)
        let token = request.cookies[Workspace.loginCookie]?.value ?? Workspace.token()
        let next = Workspace.localPath(FormFields(query: request)["next"])
        var response = layout.page(layout.language.pick(en: "Sign in", id: "Masuk"), status: status, """
            \(error.map { layout.notice($0) } ?? "")
            <form method="post" action="/login" class="login">
            <input type="hidden" name="csrf_token" value="\(token)">
            <input type="hidden" name="next" value="\(next)">
            <label>\(layout.language.pick(en: "User name", id: "Nama pengguna")) <input name="username" autocomplete="username" required></label>
            <label>\(layout.language.pick(en: "Password", id: "Kata sandi")) <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">\(layout.language.pick(en: "Sign in", id: "Masuk"))</button>
            </form>
            """)
        response.setCookie(Cookie(name: Workspace.loginCookie, value: token, maxAge: 3600, path: "/login",
                                  secure: workspace.options.secureCookies, sameSite: .lax))
        return response
    }

    func expired(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/login", secure: workspace.options.secureCookies, sameSite: .lax)
    }

    /// A valid bcrypt hash of no one's password.
    static let decoyHash = Passwords.hash(Workspace.token())
}
