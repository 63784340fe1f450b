import Foundation
import Hummingbird

/// What a form post did, kept for the page the browser is sent to next (POST-redirect-GET), so
/// reloading that page shows the notice again but never repeats the post.
///
/// The redirect carries only a random key (`?notice=…`), never the words, and a notice is shown
/// only to the user who posted: a link cannot put words on someone else's page. The board keeps
/// the latest ``kept`` notices in memory; an older or unknown key simply shows no notice.
final class NoticeBoard: @unchecked Sendable {
    struct Notice: Sendable {
        var user: String
        var text: String
        var isError: Bool
    }

    static let kept = 500
    private var notices: [String: Notice] = [:]
    private var order: [String] = []
    private let lock = NSLock()

    /// Keeps `text` for `user` and answers with a redirect (303) to `path` carrying its key.
    func redirect(to path: String, user: String, _ text: String, isError: Bool = false) -> Response {
        let key = Workspace.token()
        lock.withLock {
            notices[key] = Notice(user: user, text: text, isError: isError)
            order.append(key)
            if order.count > Self.kept { notices[order.removeFirst()] = nil }
        }
        return .redirect(to: path + (path.contains("?") ? "&" : "?") + "notice=" + key, type: .normal)
    }

    /// The notice the request's `?notice=` key names, if it was kept for `user`: its text and
    /// whether it reports an error.
    func notice(_ request: Request, user: String?) -> (String, Bool)? {
        guard let key = FormFields(query: request)["notice"], let user else { return nil }
        return lock.withLock { notices[key].flatMap { $0.user == user ? ($0.text, $0.isError) : nil } }
    }
}
