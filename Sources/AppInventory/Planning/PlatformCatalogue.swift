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
        case .nationalSectoral: "Aplikasi nasional sektoral"
        case .shared: "Platform bersama"
        }
    }

    public var isNational: Bool { self != .shared }
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

    public init(key: String, name: String, english: String, keywords: [String], description: String) {
        self.key = key
        self.name = name
        self.english = english
        self.keywords = keywords
        self.description = description
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
    /// SPBE business sector in words ("Kearsipan", "Keuangan daerah").
    public var sector: String
    /// Always part of the plan, and every look-alike migrates into it, whatever the target.
    public var mandatory: Bool
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

    public init(name: String, kind: PlatformKind, owner: String, sector: String, mandatory: Bool, functions: [PlatformFunction],
                basis: String, url: String? = nil, onboardingCost: Double, runningCostPerApp: Double) {
        self.name = name
        self.kind = kind
        self.owner = owner
        self.sector = sector
        self.mandatory = mandatory
        self.functions = functions
        self.basis = basis
        self.url = url
        self.onboardingCost = onboardingCost
        self.runningCostPerApp = runningCostPerApp
    }
}

/// The target architecture the plan consolidates into: national applications first, then
/// shared sector platforms. Ships built in (``builtIn``); `platforms import` replaces or extends it.
public struct PlatformCatalogue: Sendable, Equatable {
    public let platforms: [CataloguePlatform]
    /// Every function with the index of its platform, in catalogue order.
    public let functions: [(platform: Int, function: PlatformFunction)]

    public init(_ platforms: [CataloguePlatform]) {
        self.platforms = platforms
        functions = platforms.enumerated().flatMap { index, platform in platform.functions.map { (index, $0) } }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.platforms == rhs.platforms }

    /// Problems that would make a plan ambiguous: duplicate platform names or function keys,
    /// platforms without functions, negative costs.
    public var problems: [String] {
        var problems: [String] = []
        var names: Set<String> = []
        var keys: [String: String] = [:]
        for platform in platforms {
            if !names.insert(platform.name.lowercased()).inserted { problems.append("platform \"\(platform.name)\" is listed twice") }
            if platform.functions.isEmpty { problems.append("platform \"\(platform.name)\" covers no function") }
            if platform.onboardingCost < 0 || platform.runningCostPerApp < 0 { problems.append("platform \"\(platform.name)\" has a negative cost") }
            for function in platform.functions {
                if let other = keys[function.key] {
                    problems.append("function \"\(function.key)\" is covered by both \"\(other)\" and \"\(platform.name)\"")
                }
                keys[function.key] = platform.name
            }
        }
        return problems
    }

    /// Identifies the catalogue's content, so cached function matches know when to refresh.
    public var fingerprint: String {
        Digest.sha256(platforms.map { p in
            ([p.name, p.kind.rawValue] + p.functions.map { "\($0.key):\($0.name):\($0.keywords.joined(separator: ","))" }).joined(separator: "|")
        }.joined(separator: "\n"))
    }

    /// Platform index by case-insensitive name or acronym-like prefix match.
    public func platform(named name: String) -> Int? {
        let wanted = name.lowercased().trimmingCharacters(in: .whitespaces)
        return platforms.firstIndex { $0.name.lowercased() == wanted }
    }
}
