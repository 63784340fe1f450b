/// Register entries that are a national system itself, not a local look-alike of it: "SAKTI"
/// at a ministry, "SISKEUDES" at a regency, "SIPD BANYUMAS", "SIPD Sulteng", "LPSE Kota Tegal",
/// "Dapodik SMA/SMK Sulteng", "SIPD Mobile" (the system's name or one of its catalogue
/// ``CataloguePlatform/aliases``, the region using it, and words of the system's own client). Such an app is the system in use: nothing moves and nothing is paid, so
/// the plan neither migrates it nor counts it towards the platform's place in the plan.
extension PlatformCatalogue {
    /// Words a national system's name carries that say "the national one" and that a local
    /// instance leaves out: "SIPD RI", "SIAK Terpusat".
    static let nationalMarkers: Set<String> = ["ri", "nasional", "terpusat"]

    /// Words of school levels (jenjang) that registers write between an education system's name
    /// and the region running it ("Dapodik SMA/SMK Sulteng", "Dapodik SD Kab. Bantul"): like
    /// level words, they say whose instance it is, not another job.
    static let schoolLevels: Set<String> = ["paud", "tk", "sd", "smp", "sma", "smk", "slb", "dikdas", "dikmen"]

    /// Words naming a system's own client or channel rather than another system: "SIPD Mobile",
    /// "LPSE Android", "SIPD Online", "Portal PPID". Words that name another job ("Integrasi ke
    /// SIPD", "Aplikasi pendukung SIPD") are not among them.
    static let clientWords: Set<String> = ["versi", "version", "client", "klien", "mobile", "android", "ios", "online", "daring", "portal", "web"]

    /// The national platform `app` is an instance of: its name is the platform's name (less the
    /// national markers, or less a part in brackets: "SIKS-NG" of "SIKS-NG (DTKS)"), or one of its
    /// ``CataloguePlatform/aliases``, with nothing before or after it but place words: region
    /// names in any form the gazetteer knows ("Sulteng", "Kab. Bantul", "Provinsi Sulawesi
    /// Tengah", "Tegal"), level words ("Pemkot", "Kota") and school levels ("SMA/SMK"), national
    /// markers, release and client words ("v2", "CLIENT", "Mobile": ``isEditionWord(_:)``) and
    /// words of its own agency's or region's name, each also when typed with one slip of the
    /// keyboard ("Prvoinsi"), as is the name itself when long enough ("e-SAIKP"). The owner's
    /// own entry may leave out the words of the owner's name ("e-Kinerja" at Badan Kepegawaian
    /// Negara is e-Kinerja BKN). A name with
    /// any other word ("SIAK LOKAL", "Integrasi ke SIPD", "Aplikasi pendukung SIPD") is a
    /// separate app. Nil when none, or when the platform does not serve the app's level of government.
    public func systemInUse(_ app: Application) -> Int? {
        systemInUse(app, names: nationalNames())
    }

    /// ``systemInUse(_:)`` of every app (app index → platform index), with the platforms' names
    /// split once for the whole inventory rather than once per app. Each app's name is read on
    /// its own, on all cores (every plan reads all 30,000 names of a national inventory).
    public func systemsInUse(_ apps: [Application]) -> [Int: Int] {
        let names = nationalNames()
        let platforms = ParallelSlots<Int?>.map(apps.count, { systemInUse(apps[$0], names: names) }, placeholder: nil)
        var found: [Int: Int] = [:]
        for (index, platform) in platforms.enumerated() { if let platform { found[index] = platform } }
        return found
    }

    /// Each national platform's names, their words run together ("sipd", "sp4nlapor",
    /// "ekinerjabkn", "lpse"), with the platform's index; the first platform keeps a name two share.
    private func nationalNames() -> NationalNames {
        var names = NationalNames()
        for index in platforms.indices where platforms[index].kind.isNational {
            let nameWords = Set(Self.nameWords(platforms[index].name))
            let ownerWords = Set(Self.nameWords(platforms[index].owner))
            for written in platforms[index].writtenNames {
                let words = Self.nameWords(written).filter { !Self.nationalMarkers.contains($0) }
                guard !words.isEmpty else { continue }
                if names.byKey[words.joined()] == nil { names.byKey[words.joined()] = index }
                let withoutOwner = words.filter { !ownerWords.contains($0) }
                if !withoutOwner.isEmpty, withoutOwner.count < words.count, names.byOwnersKey[withoutOwner.joined()] == nil {
                    names.byOwnersKey[withoutOwner.joined()] = index
                }
                names.longest = max(names.longest, words.count)
                names.installWords[index, default: []].formUnion(words.filter { !nameWords.contains($0) && words.count > 1 })
            }
        }
        return names
    }

    /// The national platforms' names, looked up by their words run together.
    private struct NationalNames {
        var byKey: [String: Int] = [:]
        /// Names less the words of the platform's owner ("ekinerja" of "e-Kinerja BKN"): the
        /// owner's own register writes its system so ("e-Kinerja" at Badan Kepegawaian Negara),
        /// where elsewhere the same name is a local app of the same job.
        var byOwnersKey: [String: Int] = [:]
        var longest = 1
        /// Words a platform's aliases add to its name ("lokal", "offline" of "Dapodik Lokal"):
        /// said beside the name, they still name that system.
        var installWords: [Int: Set<String>] = [:]

        /// The one platform whose name (of at least six letters) `key` is written with a letter
        /// dropped or two neighbouring letters swapped ("esaikp", "esakp" of "esakip", "sskeudes"
        /// of "siskeudes"), its beginning kept (the first letter, and the one after an "e-"
        /// prefix); nil when none or when it could be two platforms' names. A changed or added
        /// letter, or another beginning, makes another name ("e-LAKIP", "SAKIP", "e-AKIP" are
        /// apps of their own), and one slip turns an acronym of four or five letters into
        /// another system's ("SIPD", "SIPP").
        func platform(misspeltAs key: String) -> Int? {
            let length = key.utf8.count
            guard length >= Self.shortestMisspeltName - 1 else { return nil }
            var found: Int?
            for (name, platform) in byKey where (length...(length + 1)).contains(name.utf8.count) && name.utf8.count >= Self.shortestMisspeltName {
                let beginning = name.hasPrefix("e") ? 2 : 1
                guard key.utf8.prefix(beginning).elementsEqual(name.utf8.prefix(beginning)),
                      [.dropped, .swapped].contains(Misspelling.slip(key, of: name)) else { continue }
                if let other = found, other != platform { return nil }
                found = platform
            }
            return found
        }

        static let shortestMisspeltName = 6
    }

    private func systemInUse(_ app: Application, names: NationalNames) -> Int? {
        let words = Self.nameWords(app.name)
        guard !words.isEmpty else { return nil }
        // The agency's and region's words, read only once a name matches (most apps match none).
        var own: Set<String>?
        func isInstance(_ platform: Int, before: ArraySlice<String>, after: ArraySlice<String>) -> Bool {
            guard platforms[platform].scope.covers(app.level) else { return false }
            if own == nil { own = Set(Self.nameWords([app.agency, app.region].compactMap { $0 }.joined(separator: " "))) }
            let allowed = own!.union(names.installWords[platform] ?? [])
            return Self.placeWordsOnly(before, own: allowed) && Self.placeWordsOnly(after, own: allowed)
        }
        // Whether the app's agency is the platform's owner: its words are the owner's ("Badan
        // Kepegawaian Negara" or "BKN" of "Badan Kepegawaian Negara (BKN)").
        func isOwners(_ platform: Int) -> Bool {
            let agency = Set(Self.nameWords(app.agency ?? "")).subtracting(RegionGazetteer.levelWords)
            return !agency.isEmpty && agency.isSubset(of: Self.nameWords(platforms[platform].owner))
        }
        for start in words.indices {
            var key = ""
            // A system's name may be written in more words than the catalogue's ("SP4N LAPOR").
            for end in (start + 1)...min(words.count, start + names.longest + 2) {
                key += words[end - 1]
                if let platform = names.byKey[key], isInstance(platform, before: words[..<start], after: words[end...]) { return platform }
                if let platform = names.byOwnersKey[key], isOwners(platform), isInstance(platform, before: words[..<start], after: words[end...]) {
                    return platform
                }
            }
        }
        // A slip in the system's own name ("e-SAIKP"), at the start of the name where registers write it.
        var key = ""
        for end in 1...min(words.count, names.longest + 2) {
            key += words[end - 1]
            if let platform = names.platform(misspeltAs: key), isInstance(platform, before: [], after: words[end...]) { return platform }
        }
        // A short name typed with a slip ("LAOR", "LSPE Provinsi …", "SIK") that the register's
        // acronym column writes as the system's name (LAPOR, LPSE, SIAK): the acronym confirms
        // what one slip in three or four letters cannot say alone.
        if let acronym = app.acronym.map({ Self.nameWords($0).joined() }), let platform = names.byKey[acronym],
           let first = words.first, first != acronym, first.first == acronym.first,
           EditDistance.between(Array(first), Array(acronym), swaps: true, limit: 1) == 1,
           isInstance(platform, before: [], after: words[1...]) {
            return platform
        }
        return nil
    }

    /// Whether `words` say only where and in what form an app runs: region names, level words,
    /// school levels, national markers, release and client words, and `own` words (the app's own
    /// agency's or region's words, the platform's install words). A word one slip away from
    /// one of these words ("Prvoinsi", "Smosir" at Kabupaten Samosir, "Loakl", "EVRSI") is that word:
    /// a typo must not turn the system in use into an app that moves into itself.
    private static func placeWordsOnly(_ words: ArraySlice<String>, own: Set<String>) -> Bool {
        let words = Array(words)
        var position = 0
        while position < words.count {
            let word = words[position]
            if own.contains(word) || nationalMarkers.contains(word) || RegionGazetteer.levelWords.contains(word) || schoolLevels.contains(word)
                || isEditionWord(word) {
                position += 1
            } else if let length = RegionGazetteer.shared.regionNameLength(words, from: position) {
                position += length
            } else if [own, nationalMarkers, RegionGazetteer.levelWords, clientWords].contains(where: { $0.contains { Misspelling.isSlip(word, of: $0) } }) {
                position += 1
            } else {
                return false
            }
        }
        return true
    }

    /// Whether a word names a release or the client of a system rather than another system
    /// ("v2", "2.0", "client", "mobile": registers list "LPSE_CLIENT", "LPSE v2" and "LPSE Mobile"
    /// beside "LPSE").
    static func isEditionWord(_ word: String) -> Bool {
        clientWords.contains(word) || word.allSatisfy(\.isNumber)
            || (word.count > 1 && word.first == "v" && word.dropFirst().allSatisfy(\.isNumber))
    }

    /// A name's words, lower-cased, split at spaces, underscores and slashes, each kept to its
    /// letters and digits ("e-Kinerja" → "ekinerja", "SIKS-NG (DTKS)" → "siksng", "dtks",
    /// "LPSE_CLIENT" → "lpse", "client", "SMA/SMK" → "sma", "smk").
    static func nameWords(_ name: String) -> [String] {
        name.lowercased().split { $0.isWhitespace || $0 == "_" || $0 == "/" }.map { $0.filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty }
    }
}
