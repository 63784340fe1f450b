/// HTML text helpers: every string that reaches the report goes through ``escape(_:)``.
public enum HTML {
    /// The text with `& < > " '` written as entities, safe inside elements and quoted attributes.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Inventory or catalogue text (names, agencies, laws) marked `translate="no"`: it stays as
    /// written in every language, and the language check of the report skips it.
    static func data(_ text: String) -> String {
        "<span translate=\"no\">\(escape(text))</span>"
    }

    /// A link to an official page, only for http(s) addresses; other text is shown unlinked.
    static func link(_ text: String, url: String?) -> String {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return data(text) }
        return "<a href=\"\(escape(url))\" translate=\"no\">\(escape(text))</a>"
    }
}
