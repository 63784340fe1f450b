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
        systemInUse(app, names: nationalNames())
    }

    /// ``systemInUse(_:)`` of every app (app index → platform index), with the platforms' names
    /// split once for the whole inventory rather than once per app.
    public func systemsInUse(_ apps: [Application]) -> [Int: Int] {
        let names = nationalNames()
        var found: [Int: Int] = [:]
        for index in apps.indices {
            if let platform = systemInUse(apps[index], names: names) { found[index] = platform }
        }
        return found
    }

    /// Each national platform's name words, less the national markers.
    private func nationalNames() -> [(platform: Int, words: [String])] {
        platforms.indices.compactMap { index in
            guard platforms[index].kind.isNational else { return nil }
            return (index, Self.nameWords(platforms[index].name).filter { !Self.nationalMarkers.contains($0) })
        }
    }

    private func systemInUse(_ app: Application, names: [(platform: Int, words: [String])]) -> Int? {
        let agency = Set(Self.nameWords([app.agency, app.region].compactMap { $0 }.joined(separator: " ")))
        let words = Self.nameWords(app.name).filter { !agency.contains($0) && !Self.nationalMarkers.contains($0) }
        guard !words.isEmpty else { return nil }
        return names.first { $0.words == words && platforms[$0.platform].scope.covers(app.level) }?.platform
    }

    /// A name's words, lower-cased, each kept to its letters and digits ("e-Kinerja" → "ekinerja",
    /// "SIKS-NG (DTKS)" → "siksng", "dtks").
    static func nameWords(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: \.isWhitespace).map { $0.filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty }
    }
}
