import AppInventory
import Hummingbird

/// A refused or failed request shown as a page in the reader's language, with a way back,
/// instead of the server's bare JSON: a planner whose form expired or whose role does not allow
/// a change reads why and what to do.
extension PageLayout {
    /// The page for a request the workspace refused; the message is the one the refusing code
    /// wrote in the page's language (``HTTPError/refused(_:)``).
    func refusal(_ error: HTTPError) -> Response {
        let title: String = switch error.status {
        case .forbidden: language.pick(en: "Not allowed", id: "Tidak diizinkan")
        case .notFound: language.pick(en: "Not found", id: "Tidak ditemukan")
        case .badRequest: language.pick(en: "Request not understood", id: "Permintaan tidak dapat dibaca")
        default: "\(error.status.code) \(error.status.reasonPhrase)"
        }
        return page(title, status: error.status, """
            \(notice(error.body ?? title))
            <p class="links"><a href="/">\(language.pick(en: "Back to the overview", id: "Kembali ke ringkasan"))</a></p>
            """)
    }
}

extension HTTPError {
    /// A 403 whose message the refusing code wrote in the language of the page that sent the
    /// request (`context.language.pick(en:id:)`), so ``PageLayout/refusal(_:)`` shows it as is.
    static func refused(_ message: String) -> HTTPError {
        HTTPError(.forbidden, message: message)
    }
}
