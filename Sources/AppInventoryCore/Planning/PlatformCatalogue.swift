/// What kind of platform of the target architecture an entry is.
public enum PlatformKind: String, Sendable, Codable, CaseIterable {
    /// A national general application (Aplikasi Umum, Perpres 95/2018) every agency must use.
    case nationalMandatory = "national-mandatory"
    /// A national system a ministry runs for its sector and regions are required to use or feed.
    case nationalSectoral = "national-sectoral"
    /// A platform shared by many agencies for a function no national application covers,
    /// built on the best existing app of each function.
    case shared

    /// Indonesian label, as officials say it.
    public var label: String {
        switch self {
        case .nationalMandatory: "Aplikasi Umum nasional (wajib)"
        case .nationalSectoral: "Sistem nasional sektoral"
        case .shared: "Platform bersama"
        }
    }

    public var isNational: Bool { self != .shared }
}

/// Which governments a platform serves. SIPD RI and the shared regional platforms serve
/// regional governments only, so a ministry's planning or attendance app does not belong
/// there; a central sibling (SAKTI, KRISNA) of the same function takes it instead.
public enum PlatformScope: String, Sendable, Codable, CaseIterable {
    /// Provinces, regencies and cities (Pemerintah Daerah).
    case regional
    /// Ministries and central agencies (Instansi Pusat).
    case central
    /// Every level of government.
    case all

    /// Reads `regional`, `central`, `all` and their Indonesian names (`daerah`, `pusat`, `semua`).
    public init?(parsing text: String) {
        switch text.lowercased().filter({ $0.isLetter }) {
        case "regional", "daerah", "pemda", "pemerintahdaerah": self = .regional
        case "central", "pusat", "instansipusat": self = .central
        case "all", "semua", "semuatingkat", "allgovernmentlevels", "alllevels", "": self = .all
        default: return nil
        }
    }

    /// Whether apps of `level` may move into a platform of this scope; an app of unknown level may.
    public func covers(_ level: GovernmentLevel?) -> Bool {
        switch (self, level) {
        case (.all, _), (_, nil): true
        case (.central, .central?): true
        case (.regional, let level?): level != .central
        case (.central, _?): false
        }
    }

    /// Who the scope serves, in words: "regional governments", "pemerintah daerah".
    public func served(_ language: Language) -> String {
        switch self {
        case .regional: language == .id ? "pemerintah daerah" : "regional governments"
        case .central: language == .id ? "instansi pusat" : "central agencies"
        case .all: language == .id ? "semua tingkat pemerintahan" : "all government levels"
        }
    }

    /// The scope an app's level belongs to (unknown: all).
    public static func of(_ level: GovernmentLevel?) -> PlatformScope {
        switch level {
        case .central?: .central
        case nil: .all
        default: .regional
        }
    }
}

/// One business function a platform covers, in words officials and registers use.
public struct PlatformFunction: Sendable, Equatable, Codable {
    /// Stable key, e.g. `staff-records`.
    public var key: String
    /// Indonesian name: "Manajemen kepegawaian".
    public var name: String
    /// English name: "Staff records".
    public var english: String
    /// Words and acronyms, Indonesian and English, that registers use for this function.
    public var keywords: [String]
    /// One line: what the function is.
    public var description: String
    /// Words of which an app's own text must hold one, not negated, for the keywords to name
    /// this function fully: "perizinan" and "izin" name any licence, and business licensing
    /// needs "usaha", "berusaha", "NIB" or "investasi" beside them (an IMB, a practice licence or
    /// "perizinan non-berusaha" is no job of OSS-RBA). Empty: the keywords suffice.
    public var senseWords: [String]

    public init(key: String, name: String, english: String, keywords: [String], description: String, senseWords: [String] = []) {
        self.key = key
        self.name = name
        self.english = english
        self.keywords = keywords
        self.description = description
        self.senseWords = senseWords
    }
}

/// One platform of the government's target architecture: a national application or a shared
/// sector platform, with the functions it covers and the rule that makes it the target.
public struct CataloguePlatform: Sendable, Equatable, Codable {
    /// Name as officials say it ("SRIKANDI", "Platform Bersama Pendapatan Daerah").
    public var name: String
    public var kind: PlatformKind
    /// Who runs it ("Arsip Nasional Republik Indonesia").
    public var owner: String
    /// Who runs it, in English, when the owner is a description rather than an official's name
    /// (a shared platform: "Regional governments running it together, …"); nil keeps ``owner``
    /// in every language, as official names stay.
    public var ownerEnglish: String?
    /// SPBE business sector in words ("Kearsipan", "Keuangan daerah").
    public var sector: String
    /// The sector in English ("Archives"), so English exports hold no Indonesian; nil when the
    /// catalogue gives none (an imported catalogue without `sector_en`), and ``sector(_:)`` then
    /// falls back to ``sector``.
    public var sectorEnglish: String?
    /// Always part of the plan, and every look-alike migrates into it, whatever the target.
    public var mandatory: Bool
    /// Governments it serves: apps of other levels go to a sibling platform of the same
    /// function that serves them, or are retained with that reason.
    public var scope: PlatformScope
    public var functions: [PlatformFunction]
    /// Legal or policy basis ("Perpres 95/2018; KepmenPANRB 679/2020").
    public var basis: String
    /// Where officials read more.
    public var url: String?
    /// One-off cost of onboarding one app (accounts, data migration support, training), rupiah.
    public var onboardingCost: Double
    /// Yearly cost the platform adds for each app that moves in (hosting share, licences,
    /// helpdesk), rupiah; subtracted from the migrated app's running cost to get the saving.
    public var runningCostPerApp: Double
    /// Other names registers give a national platform's instance at an agency, besides the
    /// platform's own: an agency's SPSE is listed under the unit that runs it ("LPSE"), its
    /// SP4N-LAPOR! as "LAPOR", its e-PPID as "PPID". A register entry named so (with only place
    /// and release words around it) is the system in use, not an app to migrate
    /// (``PlatformCatalogue/systemInUse(_:)``); a planner's own catalogue names its own.
    public var aliases: [String]

    /// Every name registers write the system by: its name, the name less a part in brackets
    /// ("SIKS-NG" of "SIKS-NG (DTKS)"), and its ``aliases``.
    var writtenNames: [String] {
        [name, name.split(separator: "(").first.map(String.init) ?? name] + aliases
    }

    public init(name: String, kind: PlatformKind, owner: String, ownerEnglish: String? = nil, sector: String, sectorEnglish: String? = nil, mandatory: Bool,
                scope: PlatformScope = .all, functions: [PlatformFunction], basis: String, url: String? = nil, onboardingCost: Double,
                runningCostPerApp: Double, aliases: [String] = []) {
        self.name = name
        self.kind = kind
        self.owner = owner
        self.ownerEnglish = ownerEnglish
        self.sector = sector
        self.sectorEnglish = sectorEnglish
        self.mandatory = mandatory
        self.scope = scope
        self.functions = functions
        self.basis = basis
        self.url = url
        self.onboardingCost = onboardingCost
        self.runningCostPerApp = runningCostPerApp
        self.aliases = aliases
    }

    /// The sector in `language`: the English name when the catalogue has one.
    public func sector(_ language: Language) -> String { language == .en ? sectorEnglish ?? sector : sector }

    /// The owner in `language`: the English description when the catalogue has one.
    public func owner(_ language: Language) -> String { language == .en ? ownerEnglish ?? owner : owner }
}

/// The target architecture the plan consolidates into: national applications first, then
/// shared sector platforms. Ships built in (``builtIn``); `platforms import` replaces or extends it.
public struct PlatformCatalogue: Sendable, Equatable {
    public let platforms: [CataloguePlatform]
    /// Every function with the index of its platform, in catalogue order.
    public let functions: [(platform: Int, function: PlatformFunction)]
    /// For each function, the index of the first function with the same key: platforms of
    /// different scopes may cover one function (SIPD RI for regions, SAKTI for ministries), and
    /// apps are matched against the function once, then placed by their level.
    public let canonical: [Int]

    public init(_ platforms: [CataloguePlatform]) {
        self.platforms = platforms
        let functions: [(platform: Int, function: PlatformFunction)] = platforms.enumerated().flatMap { index, platform in platform.functions.map { (index, $0) } }
        var first: [String: Int] = [:]
        canonical = functions.enumerated().map { index, entry in
            if let known = first[entry.function.key] { return known }
            first[entry.function.key] = index
            return index
        }
        self.functions = functions
    }

    /// The function of the same key as `function` on a platform that serves `level`; nil when
    /// no platform of the catalogue covers that job for that level.
    public func function(_ function: Int, for level: GovernmentLevel?) -> Int? {
        if platforms[functions[function].platform].scope.covers(level) { return function }
        let key = canonical[function]
        return functions.indices.first { canonical[$0] == key && platforms[functions[$0].platform].scope.covers(level) }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.platforms == rhs.platforms }

    /// Problems that would make a plan ambiguous: duplicate platform names, a function two
    /// platforms cover for the same level of government, platforms without functions, negative costs.
    public var problems: [String] {
        var problems: [String] = []
        var names: Set<String> = []
        var keys: [String: [CataloguePlatform]] = [:]
        for platform in platforms {
            if !names.insert(platform.name.lowercased()).inserted { problems.append("platform \"\(platform.name)\" is listed twice") }
            if platform.functions.isEmpty { problems.append("platform \"\(platform.name)\" covers no function") }
            if platform.onboardingCost < 0 || platform.runningCostPerApp < 0 { problems.append("platform \"\(platform.name)\" has a negative cost") }
            for function in platform.functions {
                if let other = keys[function.key]?.first(where: { other in
                    GovernmentLevel.allCases.contains { other.scope.covers($0) && platform.scope.covers($0) }
                }) {
                    problems.append("function \"\(function.key)\" is covered by both \"\(other.name)\" and \"\(platform.name)\" for "
                        + (other.scope == .all ? platform.scope : other.scope).served(.en) + " (give them different scopes)")
                }
                keys[function.key, default: []].append(platform)
            }
        }
        return problems
    }

    /// Identifies the catalogue's content, so cached function matches know when to refresh.
    public var fingerprint: String {
        Digest.sha256(platforms.map { p in
            ([p.name, p.kind.rawValue, p.scope.rawValue] + p.functions.map { function in
                "\(function.key):\(function.name):\(function.keywords.joined(separator: ","))"
                    + (function.senseWords.isEmpty ? "" : ":" + function.senseWords.joined(separator: ","))
            }).joined(separator: "|")
        }.joined(separator: "\n"))
    }

    /// Platform index by case-insensitive name.
    public func platform(named name: String) -> Int? {
        let wanted = name.lowercased().trimmingCharacters(in: .whitespaces)
        return platforms.firstIndex { $0.name.lowercased() == wanted }
    }
}
