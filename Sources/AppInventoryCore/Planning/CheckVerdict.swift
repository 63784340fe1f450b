/// The answer to the budget question "does something already do this?", verdict first:
/// a mandatory or sectoral national platform the proposal must use, an existing group or
/// platform to join, or "may proceed".
public enum CheckVerdict: Sendable, Equatable {
    /// The proposal's words name a national platform's function. `outsidePlan` counts the
    /// platforms of the latest plan when an optional national system is not among them: the
    /// system exists and serves every agency, so it is still the answer, but the plan moves no
    /// app into it, and the verdict says so and how to bring it in (a mandatory one is the law
    /// whatever the plan holds).
    case useNational(platform: String, kind: PlatformKind, mandatory: Bool, function: PlatformFunction, basis: String, score: Double,
                     outsidePlan: Int? = nil)
    /// Look-alikes exist; join the platform of the latest plan that takes their job for the
    /// proposal's level of government, or else their group, whose job belongs to `catalogue`
    /// (a catalogue platform the latest plan leaves out).
    /// `group` names the group as a planner knows it (``CheckLookAlike/groupName``), never by
    /// its number alone, which means nothing outside `consolidate overlap`.
    case join(platform: String?, catalogue: String?, group: OverlapGroupName, agencies: Int, apps: Int, example: CheckLookAlike)
    /// One existing app does similar work, in no group.
    case lookAt(example: CheckLookAlike, agency: String?, score: Double)
    /// No platform of the catalogue does the look-alikes' job (`function`) for the proposal's
    /// level of government (`outOfScope` serves other levels): share the app of an agency of
    /// the same level that already runs it.
    case share(example: CheckLookAlike, agency: String?, function: PlatformFunction, outOfScope: String, level: GovernmentLevel?)
    /// Only agencies of other levels of government run look-alikes (`apps` of them), which the
    /// proposal cannot join; `function` is their job and `outOfScope` its platform when that
    /// platform does not serve the proposal's level.
    case otherLevelsOnly(apps: Int, function: PlatformFunction?, outOfScope: String?, level: GovernmentLevel?)
    /// Nothing in the inventory or the catalogue does this job.
    case proceed

    /// Decides from the proposal's catalogue function matches and its look-alikes in the
    /// inventory. A national platform wins when the proposal's words name its functions (summed
    /// over the platform's functions: "arsip" and "surat keluar" both name SRIKANDI) at least
    /// `threshold`, or a mandatory one at least `mandatoryThreshold`, the bar at which the plan
    /// moves a single app into such a system (``FunctionAssignment/loneBar(_:function:input:parameters:)``),
    /// so `check` and `plan` agree on one app. `lookAlikes` are the existing apps most like the proposal, best first, with
    /// the group and platform the latest analysis and plan put them in. A proposal of a known
    /// `level` is pointed only at platforms that serve that level (a ministry's budget app at
    /// SAKTI, never at the regional SIPD RI), whether the verdict is "use" or "join", and only at
    /// look-alikes it can join (``CheckLookAlike/canBeJoined(by:)``): when no platform serves the
    /// job for its level it is told to share a same-level agency's app, or that it may proceed
    /// and why; `planned` names the latest plan's platforms (nil: no plan yet).
    public static func decide(functions matches: [FunctionMatch], catalogue: PlatformCatalogue, lookAlikes: [CheckLookAlike],
                              level: GovernmentLevel? = nil, planned: Set<String>? = nil, threshold: Double = PlanParameters().loneThreshold,
                              mandatoryThreshold: Double = PlanParameters().groupThreshold) -> CheckVerdict {
        var perPlatform: [Int: Double] = [:]
        var entries: [Int: Int] = [:]
        for match in matches {
            guard let entry = catalogue.function(match.function, for: level) else { continue }
            perPlatform[catalogue.functions[entry].platform, default: 0] += match.score
            if entries[catalogue.functions[entry].platform] == nil { entries[catalogue.functions[entry].platform] = entry }
        }
        if let (platformIndex, score) = perPlatform.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
           score >= (catalogue.platforms[platformIndex].mandatory ? min(threshold, mandatoryThreshold) : threshold),
           catalogue.platforms[platformIndex].kind.isNational {
            let platform = catalogue.platforms[platformIndex]
            let function = catalogue.functions[entries[platformIndex]!].function
            let outsidePlan = platform.mandatory ? nil : planned.flatMap { $0.contains(platform.name) ? nil : $0.count }
            return .useNational(platform: platform.name, kind: platform.kind, mandatory: platform.mandatory, function: function,
                                basis: PlanReason.first(platform.basis), score: min(1, score), outsidePlan: outsidePlan)
        }
        // The catalogue platform of a look-alike's job for the proposal's level, or else the
        // platform of that job that does not serve the level.
        func placement(_ lookAlike: CheckLookAlike) -> (job: Int?, target: CataloguePlatform?, outOfScope: CataloguePlatform?) {
            let job = lookAlike.functionKey.flatMap { key in catalogue.functions.firstIndex { $0.function.key == key } }
            let target = job.flatMap { catalogue.function($0, for: level) }.map { catalogue.platforms[catalogue.functions[$0].platform] }
            let outOfScope = target == nil ? job.map { catalogue.platforms[catalogue.functions[$0].platform] }.flatMap { $0.scope.covers(level) ? nil : $0 } : nil
            return (job, target, outOfScope)
        }
        let usable = lookAlikes.filter { $0.canBeJoined(by: level) }
        guard let best = usable.first else {
            guard let other = lookAlikes.first else { return .proceed }
            let (job, _, outOfScope) = placement(other)
            return .otherLevelsOnly(apps: lookAlikes.count, function: job.map { catalogue.functions[$0].function }, outOfScope: outOfScope?.name, level: level)
        }
        guard let group = best.group else { return .lookAt(example: best, agency: best.agency, score: best.score) }
        let (job, target, outOfScope) = placement(best)
        if let job, let outOfScope {
            return .share(example: best, agency: best.agency, function: catalogue.functions[job].function,
                          outOfScope: outOfScope.name, level: level)
        }
        let platform = target.map(\.name).flatMap { planned?.contains($0) ?? false ? $0 : nil }
        // Cite a look-alike of the group the plan moves into that platform, when there is one:
        // of those nearly as close as the best, one in service with the most users, since "who
        // already runs this?" is not answered by an app still in development with 22 users.
        let candidates = usable.filter { $0.group == group && (platform == nil || $0.platform == platform) }
        let close = candidates.filter { $0.score >= (candidates.first?.score ?? 0) - Self.exampleMargin }
        let example = close.filter(\.inService).max { ($0.users ?? -1, $0.score) < ($1.users ?? -1, $1.score) } ?? candidates.first ?? best
        return .join(platform: platform, catalogue: platform == nil ? target?.name : nil,
                     group: best.groupName ?? OverlapGroupName(number: group), agencies: best.groupAgencies ?? 1,
                     apps: best.groupSize ?? 1, example: example)
    }

    /// How much less like the proposal than the group's closest look-alike the app a "join"
    /// verdict cites may be, for one in service with more users.
    static let exampleMargin = 0.15

    /// One sentence in `language`.
    public func text(_ language: Language) -> String {
        let id = language == .id
        switch self {
        case let .useNational(platform, kind, mandatory, function, basis, score, outsidePlan):
            let job = PlanReason.lower(function, language)
            if mandatory {
                let system = kind == .nationalMandatory ? (id ? "Aplikasi Umum nasional" : "the national general application")
                                                        : (id ? "sistem nasional sektoral" : "the national sectoral system")
                return id ? "Gunakan \(platform): untuk \(job), instansi wajib memakai \(system) (\(basis)); kecocokan \(PlanReason.format(score, language))."
                          : "Use \(platform): for \(job), agencies must use \(system) (\(basis)); match \(PlanReason.format(score, language))."
            }
            let plan = outsidePlan.map { count in
                id ? " \(platform) tidak termasuk \(PlanReason.count(count, language)) platform rencana terkini, sehingga rencana tidak memindahkan aplikasi mana pun ke sana; "
                    + "`consolidate decide assign KELOMPOK \"\(platform)\"` atau `consolidate plan --target` yang lebih besar memasukkannya."
                   : " \(platform) is not among the current plan's \(CountedNoun.platform(count)), so the plan moves no app into it; "
                    + "`consolidate decide assign GROUP \"\(platform)\"` or a larger `consolidate plan --target` brings it in."
            } ?? ""
            return id ? "Gunakan \(platform): sistem nasional untuk \(job) (\(basis)); kecocokan \(PlanReason.format(score, language)).\(plan)"
                      : "Use \(platform): the national system for \(job) (\(basis)); match \(PlanReason.format(score, language)).\(plan)"
        case let .join(platform, catalogue, group, agencies, apps, app):
            let example = app.label(language)
            // "Platform Bersama …" already says what it is.
            let named = platform.map { $0.lowercased().hasPrefix("platform") ? $0 : "platform \($0)" }
            let place = (named.map { id ? "\($0) bersama " : "\($0) with " } ?? "") + group.text(language)
            let unplanned = catalogue.map {
                id ? "; fungsinya menjadi tugas platform katalog \($0), yang tidak termasuk rencana terkini"
                   : "; its job belongs to the catalogue platform \($0), which is not in the current plan"
            } ?? ""
            // A register without agencies records none: the apps are counted, not "0 agencies".
            guard agencies > 0 else {
                return id ? "Bergabung dengan \(place): \(PlanReason.count(apps, language)) aplikasi sudah menjalankan fungsi ini (mis. \(example))\(unplanned)."
                          : "Join \(place): \(CountedNoun.app(apps)) already \(CountedNoun.verb(apps, "does", "do")) this (e.g. \(example))\(unplanned)."
            }
            return id ? "Bergabung dengan \(place): \(PlanReason.count(agencies, language)) instansi sudah menjalankan fungsi ini (\(PlanReason.count(apps, language)) aplikasi, mis. \(example))\(unplanned)."
                      : "Join \(place): \(CountedNoun.agency(agencies)) already \(CountedNoun.verb(agencies, "runs", "run")) this (\(CountedNoun.app(apps)), e.g. \(example))\(unplanned)."
        case let .lookAt(app, agency, score):
            let example = app.label(language)
            let owner = agency.map { ", \($0)" } ?? ""
            return id ? "Periksa \(example)\(owner): sudah menjalankan fungsi serupa (skor \(PlanReason.format(score, language)))."
                      : "Look at \(example)\(owner) first: it already does similar work (score \(PlanReason.format(score, language)))."
        case let .share(app, agency, function, outOfScope, level):
            let example = app.label(language)
            let own = PlatformScope.of(level).served(language)
            let owner = agency.map { ", \($0)" } ?? ""
            let job = PlanReason.lower(function, language)
            let peer = level == .central ? (id ? "instansi pusat lain" : "another central agency")
                                         : (id ? "pemerintah daerah lain" : "another regional government")
            let others = Self.otherScope(level).served(language)
            return id ? "Gunakan bersama \(example)\(owner): \(peer) sudah memakainya untuk \(job); tidak ada platform katalog yang mencakup \(job) untuk \(own) (\(outOfScope) hanya melayani \(others))."
                      : "Share \(example)\(owner): \(peer) already runs it for \(job); no platform of the catalogue covers \(job) for \(own) (\(outOfScope) serves \(others) only)."
        case let .otherLevelsOnly(apps, function, outOfScope, level):
            let own = PlatformScope.of(level).served(language)
            let others = Self.otherScope(level).served(language)
            let why = function.map { function in
                let job = PlanReason.lower(function, language)
                return outOfScope.map {
                    id ? "tidak ada platform katalog yang mencakup \(job) untuk \(own) (\($0) hanya melayani \(others)), dan "
                       : "no platform of the catalogue covers \(job) for \(own) (\($0) serves \(others) only), and "
                } ?? ""
            } ?? ""
            return id ? "Boleh dilanjutkan: \(why)hanya \(others) yang menjalankan aplikasi serupa (\(PlanReason.count(apps, language)) aplikasi, tidak dicantumkan: \(own) tidak dapat bergabung dengannya)."
                      : "May proceed: \(why)only \(others) run look-alikes (\(CountedNoun.app(apps)), not listed: \(own) cannot join them)."
        case .proceed:
            return id ? "Tidak ada aplikasi serupa: boleh dilanjutkan." : "No look-alike: may proceed."
        }
    }

    /// The governments a proposal of `level` cannot share platforms with.
    private static func otherScope(_ level: GovernmentLevel?) -> PlatformScope {
        switch PlatformScope.of(level) {
        case .central: .regional
        case .regional: .central
        case .all: .all
        }
    }
}

/// An existing app like a proposal, with where the latest analysis and plan put it.
public struct CheckLookAlike: Sendable, Equatable {
    public var id: String
    public var name: String
    public var agency: String?
    public var score: Double
    public var group: Int?
    /// Size and distinct agencies of its overlap group.
    public var groupSize: Int?
    public var groupAgencies: Int?
    /// Its overlap group as a planner knows it: the group's representative app and words.
    public var groupName: OverlapGroupName?
    /// Name of the platform the latest plan moves it (or its module) into.
    public var platform: String?
    /// Key of the catalogue function the latest plan says it does, planned or not.
    public var functionKey: String?
    /// Level of government of its agency, when the inventory says.
    public var level: GovernmentLevel?
    /// Its users and status, when the register records them.
    public var users: Int?
    public var status: ApplicationStatus?

    /// Whether it runs today as far as the register says: not in development, inactive or retired.
    public var inService: Bool { status == nil || status == .active }

    /// Whether a proposal of `proposalLevel` can join or share this app: a ministry shares with
    /// ministries, a regional government with regional governments (whose platforms are run
    /// together); an unknown level on either side never rules it out.
    /// "SIMPEG Bantul (JTG-001)"; in Indonesian the name in quotation marks, as reasons quote it.
    public func label(_ language: Language) -> String { "\(PlanReason.quoted(name, language)) (\(id))" }

    public func canBeJoined(by proposalLevel: GovernmentLevel?) -> Bool {
        guard let level, proposalLevel != nil else { return true }
        return PlatformScope.of(level) == PlatformScope.of(proposalLevel)
    }

    public init(id: String, name: String, agency: String?, score: Double, group: Int? = nil, groupSize: Int? = nil,
                groupAgencies: Int? = nil, platform: String? = nil, functionKey: String? = nil, level: GovernmentLevel? = nil) {
        self.id = id
        self.name = name
        self.agency = agency
        self.score = score
        self.group = group
        self.groupSize = groupSize
        self.groupAgencies = groupAgencies
        self.platform = platform
        self.functionKey = functionKey
        self.level = level
    }
}
