import AppInventory
import Hummingbird

/// What the workspace remembers about a signed-in person between requests.
public struct WorkspaceSession: Codable, Sendable, Equatable {
    public var user: String
    public var role: String
    /// Sent back by every form of this session; a POST without it is refused (CSRF).
    public var csrfToken: String
    /// The account's ``WebUser/passwordStamp`` at sign-in: a new password ends the session.
    public var passwordStamp: String

    var userRole: WebUser.Role { WebUser.Role(rawValue: role) ?? .viewer }
}

/// The request context: the session (set by ``SessionGate``) and the page language.
public struct WorkspaceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var session: WorkspaceSession?
    public var language: Language = .id
    /// The POST form, read once by ``SessionGate`` to check its CSRF token.
    var form: FormFields?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Form bodies stay small: a decision, a login or one SQL statement.
    public var maxUploadSize: Int { 256 * 1024 }
}
