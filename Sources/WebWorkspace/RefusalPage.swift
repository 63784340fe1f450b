import AppInventory
import Hummingbird

/// A refused or failed request shown as a page in the reader's language, with a way back,
/// instead of the server's bare JSON: a planner whose form expired or whose role does not allow
/// a change reads why and what to do.
extension PageLayout {
    /// The page for a request the workspace refused; the message is the one the refusing code
    /// wrote in the page's language (``HTTPError/refused(_:_:_:)``).
    func refusal(_ error: HTTPError) -> Response {
        let title: String = switch error.status {
        case .forbidden: t("Tidak diizinkan", "Not allowed")
        case .notFound: t("Tidak ditemukan", "Not found")
        case .badRequest: t("Permintaan tidak dapat dibaca", "Request not understood")
        default: "\(error.status.code) \(error.status.reasonPhrase)"
        }
        return page(title, status: error.status, """
            \(notice(error.body ?? title))
            <p class="links"><a href="/">\(t("Kembali ke ringkasan", "Back to the overview"))</a></p>
            """)
    }
}

extension HTTPError {
    /// A 403 whose message is written in the language of the page that sent the request.
    static func refused(_ language: Language, _ indonesian: String, _ english: String) -> HTTPError {
        HTTPError(.forbidden, message: language == .id ? indonesian : english)
    }
}
