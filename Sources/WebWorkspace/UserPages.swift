import AppInventory
import HTTPTypes
import Hummingbird

/// `/users` (admins): add accounts, reset passwords and remove accounts from the browser, the
/// same rows `consolidate users` manages. An admin cannot remove their own account, so the
/// workspace always keeps someone who can manage it.
struct UserPages {
    let workspace: Workspace

    func add(to router: Router<WorkspaceContext>) {
        router.get("/users") { request, context in
            try Workspace.require(.admin, context)
            return try await page(request, context, message: workspace.notices.notice(request, user: context.session?.user))
        }
        router.post("/users") { request, context in
            try Workspace.require(.admin, context)
            let form = context.form!
            let layout = workspace.layout(request, context)
            let name = form.value("name") ?? ""
            let password = form.value("password") ?? ""
            let admin = context.session?.user ?? ""
            do {
                switch form.value("action") {
                case "add":
                    guard let role = form.value("role").flatMap(WebUser.Role.init(rawValue:)) else { throw StoreError.sql(message: layout.language.pick(en: "Choose a role.", id: "Pilih peran.")) }
                    if let problem = Passwords.problem(with: password) { throw StoreError.sql(message: problem) }
                    let hash = Passwords.hash(password)
                    try await workspace.database.write { _ = try WebUserStore($0).add(name, role: role, passwordHash: hash) }
                    return workspace.notices.redirect(to: "/users", user: admin, layout.language.pick(en: "User \(name) added.", id: "Pengguna \(name) ditambahkan."))
                case "passwd":
                    if let problem = Passwords.problem(with: password) { throw StoreError.sql(message: problem) }
                    let hash = Passwords.hash(password)
                    try await workspace.database.write { try WebUserStore($0).setPasswordHash(name, hash) }
                    if name.lowercased() == admin.lowercased() {
                        // A new password ends every session opened with the old one, this one too.
                        var response = Response.redirect(to: "/login")
                        if let cookie = try? await workspace.sessions.delete(request: request) { response.setCookie(cookie) }
                        return response
                    }
                    return workspace.notices.redirect(to: "/users", user: admin, layout.language.pick(en: "Password of \(name) changed.", id: "Kata sandi \(name) diganti."))
                case "remove":
                    guard name.lowercased() != admin.lowercased() else {
                        throw StoreError.sql(message: layout.language.pick(en: "You cannot remove your own account.", id: "Anda tidak dapat menghapus akun sendiri."))
                    }
                    try await workspace.database.write { try WebUserStore($0).remove(name) }
                    return workspace.notices.redirect(to: "/users", user: admin, layout.language.pick(en: "User \(name) removed.", id: "Pengguna \(name) dihapus."))
                default:
                    throw HTTPError(.badRequest)
                }
            } catch let error as StoreError {
                return try await page(request, context, message: (error.text(layout.language), true), status: .unprocessableContent)
            }
        }
    }

    func page(_ request: Request, _ context: WorkspaceContext, message: (String, Bool)?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let layout = workspace.layout(request, context)
        let users = try await workspace.database.read { try WebUserStore($0).list() }
        let roles: [HTML] = WebUser.Role.allCases.map { "<option value=\"\($0.rawValue)\">\($0.rawValue)</option>" }
        let rows: [HTML] = users.map { user in
            """
            <tr><td>\(user.name)</td><td>\(user.role.rawValue)</td><td>\(user.createdAt)</td><td>\
            <form method="post" action="/users" class="inline">\(layout.csrfField)<input type="hidden" name="action" value="passwd">\
            <input type="hidden" name="name" value="\(user.name)"><input type="password" name="password" minlength="8" required \
            aria-label="\(layout.language.pick(en: "New password", id: "Kata sandi baru"))"><button type="submit">\(layout.language.pick(en: "Change password", id: "Ganti kata sandi"))</button></form> \
            <form method="post" action="/users" class="inline">\(layout.csrfField)<input type="hidden" name="action" value="remove">\
            <input type="hidden" name="name" value="\(user.name)"><button type="submit">\(layout.language.pick(en: "Remove", id: "Hapus"))</button></form></td></tr>
            """
        }
        let notice: HTML = message.map { layout.notice($0.0, kind: $0.1 ? "error" : "ok") } ?? ""
        var response = layout.page(layout.language.pick(en: "Users", id: "Pengguna"), """
            \(notice)
            <table><thead><tr><th>\(layout.language.pick(en: "Name", id: "Nama"))</th><th>\(layout.language.pick(en: "Role", id: "Peran"))</th><th>\(layout.language.pick(en: "Created", id: "Dibuat"))</th><th></th></tr></thead>
            <tbody>\(rows)</tbody></table>
            <h2>\(layout.language.pick(en: "Add a user", id: "Tambah pengguna"))</h2>
            <form method="post" action="/users" class="decide">\(layout.csrfField)<input type="hidden" name="action" value="add">
            <label>\(layout.language.pick(en: "Name", id: "Nama")) <input name="name" required></label>
            <label>\(layout.language.pick(en: "Role", id: "Peran")) <select name="role">\(roles)</select></label>
            <label>\(layout.language.pick(en: "Password (at least 8 characters)", id: "Kata sandi (min. 8 karakter)")) <input type="password" name="password" minlength="8" required></label>
            <button type="submit">\(layout.language.pick(en: "Add", id: "Tambah"))</button></form>
            """)
        response.status = status
        return response
    }
}
