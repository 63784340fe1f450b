import AppInventory
import Foundation
import Hummingbird
import HummingbirdTesting
import WebWorkspace

/// An inventory with the Central Java sample and the hostile-names corpus, analysed and
/// planned, with one user per role (password "correct horse").
enum WorkspaceFixture {
    static let password = "correct horse"

    /// A fresh copy of the prepared inventory for one test, in `folder`.
    static func database(in folder: TestFolder) throws -> WorkspaceDatabase {
        let path = folder.url.appendingPathComponent("inventory.sqlite").path
        try FileManager.default.copyItem(atPath: try template.get(), toPath: path)
        return try WorkspaceDatabase(path: path, readers: 2)
    }

    /// Built once per test run: importing, planning and hashing take seconds in debug builds.
    static let template = Result { try prepare() }

    /// The template's folder, one per test process, removed when the process exits.
    static let templateFolder = FileManager.default.temporaryDirectory.appendingPathComponent("consolidate-web-template-\(ProcessInfo.processInfo.processIdentifier)")

    static func prepare() throws -> String {
        try FileManager.default.createDirectory(at: templateFolder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: WorkspaceFixture.templateFolder) }
        let path = templateFolder.appendingPathComponent("inventory.sqlite").path
        let db = try InventoryDatabase(path: path, access: .create)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = ["data/samples/jateng-inventory.csv", "Tests/Fixtures/bad-input/hostile-strings.csv"]
        let batches = try files.map { try InventoryFileReader.read(path: root.appendingPathComponent($0).path, options: ImportOptions()) }
        _ = try ApplicationStore(db).importBatches(batches)
        _ = try PlanWorkflow.run(db, parameters: PlanParameters())
        for role in WebUser.Role.allCases {
            try WebUserStore(db).add(role.rawValue, role: role, passwordHash: Passwords.hash(password))
        }
        try db.queue.close()
        return path
    }
}

/// A fresh folder for one test's database, removed when the test lets go of it.
final class TestFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("consolidate-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A browser in a test: keeps cookies, reads the CSRF token out of forms.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    @discardableResult
    mutating func get(_ path: String) async throws -> TestResponse {
        try await send(path, method: .get, body: nil)
    }

    @discardableResult
    mutating func post(_ path: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        return try await send(path, method: .post, body: body)
    }

    mutating func send(_ path: String, method: HTTPRequest.Method, body: String?) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty || header.contains("Max-Age=0") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
        return response
    }

    /// Signs in through the login form.
    mutating func signIn(_ name: String, password: String = WorkspaceFixture.password) async throws -> TestResponse {
        let form = try await get("/login")
        return try await post("/login", [("username", name), ("password", password), ("csrf_token", Self.csrfToken(in: form) ?? "")])
    }

    static func csrfToken(in response: TestResponse) -> String? {
        let html = String(buffer: response.body)
        guard let range = html.range(of: "name=\"csrf_token\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
