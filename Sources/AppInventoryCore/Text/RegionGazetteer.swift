import Foundation

/// The 38 provinces and 514 regencies and cities of Indonesia, with the short forms
/// registers use ("Kab.", "Pemkab", "Pemkot", "Pemprov Jateng").
///
/// Region names say who owns an application, never what it does, so the normaliser
/// removes them and the importer uses them to fill in `level` and `region`.
public struct RegionGazetteer: Sendable {
    /// A province, regency or city.
    public struct Region: Sendable, Equatable {
        /// Official name with its level word: "Kabupaten Bantul", "Kota Malang", "Provinsi Bali".
        public var name: String
        public var level: GovernmentLevel
        public var province: String
        /// The name's words without the level word: ["bantul"].
        public var words: [String]
    }

    public static let shared = RegionGazetteer()

    public let regions: [Region]
    /// Every word that is part of some region name.
    public let regionWords: Set<String>
    /// Words that mark a government level and say nothing about function.
    public static let levelWords: Set<String> = [
        "kabupaten", "kab", "pemkab", "kota", "pemkot", "provinsi", "prov", "pemprov", "pemerintah",
        "pemda", "daerah", "kotamadya", "kodya", "propinsi", "regency", "city", "province", "government",
    ]
    /// Short province names used in agency names.
    static let provinceAbbreviations: [String: String] = [
        "jabar": "Jawa Barat", "jateng": "Jawa Tengah", "jatim": "Jawa Timur", "diy": "DI Yogyakarta",
        "dki": "DKI Jakarta", "sumut": "Sumatera Utara", "sumbar": "Sumatera Barat", "sumsel": "Sumatera Selatan",
        "kalbar": "Kalimantan Barat", "kalteng": "Kalimantan Tengah", "kalsel": "Kalimantan Selatan",
        "kaltim": "Kalimantan Timur", "kaltara": "Kalimantan Utara", "sulut": "Sulawesi Utara",
        "sulteng": "Sulawesi Tengah", "sulsel": "Sulawesi Selatan", "sultra": "Sulawesi Tenggara",
        "sulbar": "Sulawesi Barat", "ntb": "Nusa Tenggara Barat", "ntt": "Nusa Tenggara Timur",
        "kepri": "Kepulauan Riau", "babel": "Kepulauan Bangka Belitung", "malut": "Maluku Utara",
    ]
    private let byLevelAndWords: [GovernmentLevel: [[String]: Region]]
    private let longestName: Int
    /// Every region name (any level) and province abbreviation with its words run together
    /// ("sulawesitengah", "tegal", "sulteng"), so a name written "Toli-Toli" or "TOLITOLI" is found.
    private let joinedNames: Set<String>

    init() {
        var regions: [Region] = []
        for line in Self.table.split(separator: "\n") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
            let province = parts[0]
            regions.append(Region(name: "Provinsi \(province)", level: .province, province: province, words: Tokenizer.words(province)))
            for (level, prefix, list) in [(GovernmentLevel.regency, "Kabupaten", parts[1]), (.city, "Kota", parts[2])] {
                for name in list.split(separator: ",").map({ String($0).trimmed }) where !name.isEmpty {
                    regions.append(Region(name: "\(prefix) \(name)", level: level, province: province, words: Tokenizer.words(name)))
                }
            }
        }
        self.regions = regions
        var index: [GovernmentLevel: [[String]: Region]] = [:]
        for region in regions { index[region.level, default: [:]][region.words] = region }
        for (short, province) in Self.provinceAbbreviations {
            index[.province]![[short]] = index[.province]![Tokenizer.words(province)]
        }
        byLevelAndWords = index
        regionWords = Set(regions.flatMap(\.words)).union(Self.provinceAbbreviations.keys)
        longestName = regions.map(\.words.count).max() ?? 1
        joinedNames = Set(regions.map { $0.words.joined() }).union(Self.provinceAbbreviations.keys)
    }

    /// How many of `words` from `start` a region's name takes, in any form registers write it:
    /// a province, regency or city name ("sulawesi tengah", "tegal") or a province's short name
    /// ("sulteng", "diy"), longest first; nil when no region's name starts there. Words are
    /// compared run together, so "toli toli" and "tolitoli" are one name.
    public func regionNameLength(_ words: [String], from start: Int) -> Int? {
        longestMatch(words, from: start) { run in joinedNames.contains(run.joined()) ? run.count : nil }
    }

    /// Finds the region named in an agency or region text: "Pemkab Bantul", "Kab. Bantul",
    /// "Kota Malang", "Pemprov Jateng", "Provinsi Jawa Tengah".
    public func region(in text: String) -> Region? {
        let words = Tokenizer.words(text)
        for (position, word) in words.enumerated() {
            guard let level = Self.level(marker: word) else { continue }
            var start = position + 1
            // "Pemerintah Kabupaten Bantul": skip a second marker.
            if start < words.count, Self.level(marker: words[start]) != nil { continue }
            if start < words.count, words[start] == "administrasi" { start += 1 }
            if let table = byLevelAndWords[level], let match = longestMatch(words, from: start, { table[Array($0)] }) { return match }
        }
        return nil
    }

    /// Name used for central agencies wherever a province is expected ("SIMPEG cost by province").
    public static let centralProvince = "Pusat"

    /// The province an application belongs to: ``centralProvince`` for central agencies,
    /// else the province of the region its `region` or `agency` names ("Pemkab Bantul" →
    /// "DI Yogyakarta"). Nil when neither names a known region.
    public func province(of app: Application) -> String? {
        if app.level == .central { return Self.centralProvince }
        for text in [app.region, app.agency].compactMap({ $0 }) {
            if let region = region(in: text) { return region.province }
            // A region column often holds a bare province name ("Jawa Tengah", "Jateng").
            if let region = byLevelAndWords[.province]?[Tokenizer.words(text)] { return region.province }
        }
        return nil
    }

    /// The level a marker word announces ("pemkab" → regency), if it is one.
    static func level(marker word: String) -> GovernmentLevel? {
        switch word {
        case "kabupaten", "kab", "pemkab", "regency": .regency
        case "kota", "pemkot", "kotamadya", "kodya", "city": .city
        case "provinsi", "prov", "pemprov", "propinsi", "province": .province
        default: nil
        }
    }

    /// What `match` finds in the words from `start`, trying the longest run a region's name can
    /// take first, so a name is never cut short to another name it starts with.
    private func longestMatch<Match>(_ words: [String], from start: Int, _ match: (ArraySlice<String>) -> Match?) -> Match? {
        guard start < words.count else { return nil }
        for length in stride(from: min(longestName, words.count - start), through: 1, by: -1) {
            if let found = match(words[start..<(start + length)]) { return found }
        }
        return nil
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
