/// Register entries that are a national system itself, not a local look-alike of it: "SAKTI"
/// at a ministry, "SISKEUDES" at a regency, "SIPD BANYUMAS" (the system's name and the
/// region using it). Such an app is the system in use: nothing moves and nothing is paid, so
/// the plan neither migrates it nor counts it towards the platform's place in the plan.
extension PlatformCatalogue {
    /// Words a national system's name carries that say "the national one" and that a local
    /// instance leaves out: "SIPD RI", "SIAK Terpusat".
    static let nationalMarkers: Set<String> = ["ri", "nasional", "terpusat"]

    /// The national platform `app` is an instance of: its name is the platform's name, less the
    /// national markers, optionally with words of its own agency's or region's name. A name
    /// with any other word ("SIAK LOKAL", "E-KINERJA", "SIMPEG") is a separate app. Nil when
    /// none, or when the platform does not serve the app's level of government.
    public func systemInUse(_ app: Application) -> Int? {
        let agency = Set(Self.nameWords([app.agency, app.region].compactMap { $0 }.joined(separator: " ")))
        let words = Self.nameWords(app.name).filter { !agency.contains($0) && !Self.nationalMarkers.contains($0) }
        guard !words.isEmpty else { return nil }
        return platforms.indices.first { index in
            let platform = platforms[index]
            guard platform.kind.isNational, platform.scope.covers(app.level) else { return false }
            return Self.nameWords(platform.name).filter { !Self.nationalMarkers.contains($0) } == words
        }
    }

    /// A name's words, lower-cased, each kept to its letters and digits ("e-Kinerja" → "ekinerja",
    /// "SIKS-NG (DTKS)" → "siksng", "dtks").
    static func nameWords(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: \.isWhitespace).map { $0.filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty }
    }
}
