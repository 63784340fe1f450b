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

    /// A sentence of the tool's own (translatable) with the given names from the inventory or the
    /// catalogue marked as ``data(_:)`` wherever they occur as whole words, longest first, so a
    /// browser's translation rewords the sentence and leaves the names as written. A name inside
    /// a longer word ("aduan" in "Pengaduan") stays unmarked: a mark there would split the word.
    static func sentence(_ text: String, names: [String]) -> String {
        let names = Set(names.filter { !$0.isEmpty }).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        var html = "", rest = Substring(text)
        while !rest.isEmpty {
            let places: [(String, Range<Substring.Index>)] = names.compactMap { name in wholeWord(name, in: rest).map { (name, $0) } }
            let found = places.min { $0.1.lowerBound != $1.1.lowerBound ? $0.1.lowerBound < $1.1.lowerBound : $0.0.count > $1.0.count }
            guard let (name, range) = found else { html += escape(String(rest)); break }
            html += escape(String(rest[..<range.lowerBound])) + data(name)
            rest = rest[range.upperBound...]
        }
        return html
    }

    /// The first place `name` stands in `text` with no letter or digit joined to it on either side.
    private static func wholeWord(_ name: String, in text: Substring) -> Range<Substring.Index>? {
        var from = text.startIndex
        while let range = text.range(of: name, range: from..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before.map { $0.isLetter || $0.isNumber } ?? false) && !(after.map { $0.isLetter || $0.isNumber } ?? false) { return range }
            from = text.index(after: range.lowerBound)
        }
        return nil
    }

    /// The texts an Indonesian reason quotes between “ and ”: names and words from the register.
    static func quotations(_ text: String) -> [String] {
        text.split(separator: "“", omittingEmptySubsequences: false).dropFirst().compactMap { part in
            part.firstIndex(of: "”").map { String(part[..<$0]) }
        }
    }

    /// A link to an official page, only for http(s) addresses; other text is shown unlinked.
    static func link(_ text: String, url: String?) -> String {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return data(text) }
        return "<a href=\"\(escape(url))\" translate=\"no\">\(escape(text))</a>"
    }
}
