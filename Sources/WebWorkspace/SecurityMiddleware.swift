import Foundation
import AppInventory
import HTTPTypes
import Hummingbird
import Logging

/// Headers that keep the pages from being framed, sniffed or running injected scripts: the
/// pages have no scripts of their own, so the policy allows none inline.
struct SecurityHeadersMiddleware: RouterMiddleware {
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: WorkspaceContext, next: (Request, WorkspaceContext) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            let language = request.cookies["lang"].flatMap { Language(rawValue: $0.value) } ?? .id
            response = PageLayout(language: language, session: nil, path: request.uri.path).refusal(error)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[WorkspaceHeaders.frameOptions] = "DENY"
        response.headers[WorkspaceHeaders.referrerPolicy] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// One log line per request: method, path, status, milliseconds and who asked.
struct RequestLogMiddleware: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: WorkspaceContext, next: (Request, WorkspaceContext) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var status = "500"
        var who = "-"
        defer {
            let elapsed = ContinuousClock.now - started
            let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            logger.info("\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", ms)) ms \(who)")
        }
        do {
            var response = try await next(request, context)
            status = String(response.status.code)
            who = response.headers[WorkspaceHeaders.user] ?? "-"
            response.headers[WorkspaceHeaders.user] = nil
            return response
        } catch let error as HTTPResponseError {
            status = String(error.status.code)
            throw error
        }
    }
}

enum WorkspaceHeaders {
    /// Internal: the signed-in user's name, for the request log; removed before sending.
    static let user = HTTPField.Name("X-Workspace-User")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}

/// Slows down password guessing: after five failed logins for one name within fifteen
/// minutes, that name is refused until the window has passed.
final class LoginThrottle: @unchecked Sendable {
    static let limit = 5
    static let window: TimeInterval = 15 * 60
    private var failures: [String: [Date]] = [:]
    private let lock = NSLock()

    func isBlocked(_ name: String, now: Date = Date()) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let recent = (failures[name.lowercased()] ?? []).filter { now.timeIntervalSince($0) < Self.window }
        failures[name.lowercased()] = recent
        return recent.count >= Self.limit
    }

    func failed(_ name: String, now: Date = Date()) {
        lock.lock()
        failures[name.lowercased(), default: []].append(now)
        lock.unlock()
    }

    func succeeded(_ name: String) {
        lock.lock()
        failures[name.lowercased()] = nil
        lock.unlock()
    }
}
