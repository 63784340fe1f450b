/// Why an app gets its action, as structured evidence rendered in Indonesian or English.
///
/// Reasons quote only evidence that exists: the app's own words that name the function, or its
/// strongest look-alike with the analysis' score, or the planner decision. The score quoted is
/// the item's confidence; under ``PlanParameters/weakBelow`` the sentence starts by saying the
/// match is weak and needs a check by hand.
public enum PlanReason: Sendable, Equatable {
    /// What ties the app to its function.
    public enum Evidence: Sendable, Equatable {
        /// Its own words name the function (display words as written in the inventory).
        case ownWords([String], score: Double)
        /// Its strongest look-alike in the same function: `similarity` is the pair's score in the
        /// analysis, `score` the confidence it gives, no higher than how clearly the app's group
        /// (or its own words) name the function. Both are quoted when they differ, so the reason
        /// never shows a pair at a score the overlap report contradicts.
        case lookAlike(name: String, id: String, score: Double, similarity: Double)
    }

    /// A national platform takes the app; `mandatory` when the law obliges agencies to use it
    /// (an Aplikasi Umum when `kind` is national-mandatory, else a mandatory sectoral system).
    /// `inactive` when the app is already off: the reason says what the plan credits for it.
    case national(platform: String, kind: PlatformKind, mandatory: Bool, basis: String, function: PlatformFunction, evidence: Evidence, inactive: InactiveApp?)
    case lead(platform: String, function: PlatformFunction, survivorScore: Double, evidence: Evidence, pinned: String?, outranks: String?)
    case moveInto(platform: String, function: PlatformFunction, lead: String, leadID: String, evidence: Evidence, brings: [String])
    case retireDuplicate(platform: String, lead: String, leadID: String, score: Double, features: Int)
    case retireInactive(platform: String, function: PlatformFunction, evidence: Evidence, inactive: InactiveApp)
    /// A planner's assign decision (`citation`) moved it; `function` is the job the plan finds
    /// in the app itself (nil when none) with its `evidence`, so the reason never claims a
    /// legal obligation or a match the app does not have.
    case assigned(platform: String, citation: String, function: PlatformFunction?, evidence: Evidence?, leads: Bool, pinned: String?, inactive: InactiveApp?)
    case heldBack(String)
    /// A planner separated the app from the lead of the module its group would join (`citation`).
    case keptApart(platform: String, lead: String, leadID: String, citation: String)
    case excluded(String)
    /// Its platform is optional and did not get one of the plan's `platforms` places;
    /// `displacedBy` cites the assign decision whose platform took the place it would have had.
    case notChosen(function: PlatformFunction, evidence: Evidence?, platform: String, kind: PlatformKind, apps: Int, platforms: Int, displacedBy: String?)
    /// Places were free, but only `apps` apps do the job of this shared platform, fewer than
    /// the `minimum` a shared platform is built for.
    case tooFew(function: PlatformFunction, evidence: Evidence?, platform: String, apps: Int, minimum: Int)
    /// Its function's optional platform would not pay (``PlatformSelection/Unprofitable``):
    /// `loss` over `years` when known, nil when nothing would move in, `costly` of its `apps`
    /// paying it more a year than they save and each other leading a module of its own; it gave
    /// its place to a platform that saves.
    case doesNotPay(function: PlatformFunction, evidence: Evidence?, platform: String, kind: PlatformKind, apps: Int, loss: Double?, years: Int,
                    costly: Int = 0)
    /// Moving it into `platform`, which the law does not oblige agencies to use, would add
    /// `adds` rupiah a year: the platform's yearly fee per app is at least the running cost the
    /// move stops, so the move never pays back (``PlanShortfall/noYearlySaving(adds:obligedBy:)``).
    case noYearlySaving(function: PlatformFunction, evidence: Evidence?, platform: String, adds: Double)
    /// Its function's platform serves other governments (`serves`) and no platform covers the
    /// function for the app's `level`.
    case outsideScope(function: PlatformFunction, evidence: Evidence?, platform: String, serves: PlatformScope, level: GovernmentLevel)
    /// Its group does a job no function names, or (`closest`) one its apps' words name too
    /// weakly to plan: `score` on average over the group, under the `needed` mean a group is
    /// planned at (``PlanParameters/groupThreshold``); then a platform covers the job, and the
    /// reason does not deny it. The average, not one app's best score, is what the threshold
    /// judges, so the sentence never calls a 0.51 weak.
    case noFunction(groupWords: [String], lookAlikes: Int, closest: PlatformFunction? = nil, score: Double = 0, needed: Double = 0)
    /// No look-alike, and its words name `closest` at `score`, under the `needed` a single app
    /// is planned at (``FunctionAssignment/loneBar(_:function:input:parameters:)``): the sentence
    /// quotes that bar, since a 0.39 is no weak match beside the 0.35 weak threshold. `closest` is
    /// nil when its words name no function at least ``MergePlanner/uncoveredBelow``.
    case noLookAlike(closest: PlatformFunction?, score: Double, needed: Double)
    case noEvidence(function: PlatformFunction)
    /// Its group names `groupFunction` only weakly (`groupScore`, under the weak threshold); its own
    /// words (`evidence`) name `function` at least as strongly (`score`) and the group's job
    /// hardly (`ownGroupScore`), yet too weakly to plan: it stays as it is for a check by hand.
    case reviewAgainstGroup(function: PlatformFunction, score: Double, evidence: [String], groupFunction: PlatformFunction,
                            groupScore: Double, ownGroupScore: Double)
    /// Its `group` does `function` (`platform`'s job), but nothing of its own ties it to the job:
    /// its words name it only `score` (`evidence`, possibly none) and no look-alike of the group
    /// is as close as the `needed` weak threshold. It stays as it is for a check by hand, rather
    /// than move on its group's word alone (``FunctionAssignment/groupOnly(_:group:own:groupOf:groupScore:input:parameters:)``).
    case groupOnly(function: PlatformFunction, platform: String, score: Double, evidence: [String], group: OverlapGroupName, needed: Double)
    /// It is the national `platform` itself, or its local instance, in use: nothing to move.
    /// `alias`: the catalogue's other name for it that the app's name carries instead of its own;
    /// `settingUp` when the register says it is still in development: an installation being set up.
    case systemInUse(platform: String, kind: PlatformKind, alias: String? = nil, settingUp: Bool = false)
    /// Retained for `reason`, and the register says it is inactive: the sentence says so, and
    /// that its agency may switch it off without this plan (which counts no saving).
    indirect case inactiveKept(PlanReason, InactiveApp)
    /// `reason` moves an app the register says is still in development into `platform`: its
    /// build stops and its users start on the platform, the stop the President ordered for new
    /// apps (2024). Nothing runs yet, so no data moves and its one-off cost is only their
    /// accounts on the platform (``PlanMoney/estimate(_:app:platform:parameters:)``).
    indirect case stopsBuild(PlanReason, platform: String)
    /// Retained for `reason`, and the register says it is still in development: no platform of
    /// the plan takes its job, so its build is its agency's to go on with, and since the stop
    /// the President ordered for new apps (2024) spending on it needs KemenPANRB's approval.
    indirect case buildGoesOn(PlanReason)

    /// One sentence in `language`.
    public func text(_ language: Language, weakBelow: Double = PlanParameters().weakBelow) -> String {
        let sentence = body(language)
        guard isWeak(weakBelow: weakBelow), let score = quotedScore else { return sentence }
        guard language == .id else { return "Weak match \(Self.format(score, language)), check by hand: " + sentence }
        // Indonesian goes on in lower case after a colon; a name that opens the sentence keeps its capital.
        let first = sentence.prefix { $0 != " " && $0 != "," }
        let continued = Self.sentenceOpeners.contains(String(first)) ? first.lowercased() + sentence.dropFirst(first.count) : sentence
        return "Kecocokan lemah (\(Self.format(score, language))), perlu diperiksa: " + continued
    }

    /// The words the tool's own Indonesian sentences open with (names aside).
    static let sentenceOpeners: Set<String> = ["Untuk", "Pindah", "Menjadi", "Keputusan", "Dipertahankan", "Merupakan", "Kelompoknya"]

    /// Whether the sentence flags a weak match to check by hand: a moving app whose quoted
    /// score is under `weakBelow`. Its saving is then counted apart (``SavingBasis/weakMatch``).
    /// An inactive app switched off is none: switching it off stops no running service, whatever
    /// platform does its job, so there is nothing to check before it (``SavingBasis/inactive``).
    public func isWeak(weakBelow: Double) -> Bool {
        guard !isRetain, !switchesOffInactive, let score = quotedScore else { return false }
        return Self.rounded(score) < weakBelow
    }

    /// Whether the sentence switches off an app the register says is inactive.
    var switchesOffInactive: Bool {
        switch self {
        case .retireInactive: true
        case .national(_, _, _, _, _, _, let inactive), .assigned(_, _, _, _, _, _, let inactive): inactive != nil
        default: false
        }
    }

    /// Whether the sentence stops the build of an app still in development (``stopsBuild(_:platform:)``).
    public var stopsABuild: Bool { if case .stopsBuild = self { true } else { false } }
    /// Whether the sentence leaves the build of an app still in development to its agency (``buildGoesOn(_:)``).
    public var letsABuildGoOn: Bool { if case .buildGoesOn = self { true } else { false } }

    /// The score the sentence quotes, when it quotes one.
    var quotedScore: Double? {
        switch self {
        case .national(_, _, _, _, _, let evidence, _), .lead(_, _, _, let evidence, _, _), .moveInto(_, _, _, _, let evidence, _),
             .retireInactive(_, _, let evidence, _):
            evidence.score
        case .retireDuplicate(_, _, _, let score, _): score
        case .notChosen(_, let evidence, _, _, _, _, _), .tooFew(_, let evidence, _, _, _), .outsideScope(_, let evidence, _, _, _),
             .doesNotPay(_, let evidence, _, _, _, _, _, _), .noYearlySaving(_, let evidence, _, _): evidence?.score
        case .noLookAlike(let closest, let score, let needed), .noFunction(_, _, let closest, let score, let needed):
            closest == nil ? nil : Self.under(score, needed)
        case .groupOnly(_, _, let score, _, _, _): score
        case .assigned, .heldBack, .keptApart, .excluded, .noEvidence, .reviewAgainstGroup, .systemInUse: nil
        case .inactiveKept(let reason, _), .stopsBuild(let reason, _), .buildGoesOn(let reason): reason.quotedScore
        }
    }

    /// Reasons for keeping an app as it is.
    public var isRetain: Bool {
        switch self {
        case .heldBack, .keptApart, .excluded, .notChosen, .tooFew, .doesNotPay, .noYearlySaving, .outsideScope, .noFunction, .inactiveKept, .noLookAlike, .noEvidence, .reviewAgainstGroup, .groupOnly,
             .systemInUse, .buildGoesOn: true
        default: false
        }
    }

    private func body(_ language: Language) -> String {
        let id = language == .id
        switch self {
        case let .national(platform, kind, mandatory, basis, function, evidence, inactive):
            let system = kind == .nationalMandatory ? (id ? "Aplikasi Umum" : "the national general application")
                                                    : (id ? "sistem nasional sektoral" : "the national sectoral system")
            // Agencies are what the law obliges, not their function.
            let rule = mandatory
                ? (id ? "Untuk \(Self.lower(function, language)), instansi wajib memakai \(system) \(platform) (\(Self.first(basis)))"
                      : "For \(Self.lower(function, language)), agencies must use \(system) \(platform) (\(Self.first(basis)))")
                : (id ? "\(platform) adalah sistem nasional untuk \(Self.lower(function, language)) (\(Self.first(basis)))"
                      : "\(platform) is the national system for \(Self.lower(function, language)) (\(Self.first(basis)))")
            return "\(rule); \(evidence.text(language))\(Self.switchedOff(inactive, language))."
        case let .lead(platform, function, survivorScore, evidence, pinned, outranks):
            let why = pinned.map { id ? "ditetapkan oleh keputusan \(Self.cite($0, language))" : "set by planner decision \($0)" }
                ?? (id ? "skor dasar modul terbaik \(Self.format(survivorScore, language)) (pengguna, tingkat pemerintahan, kecocokan, fitur)"
                       : "best lead score \(Self.format(survivorScore, language)) (users, government level, fit, features)")
            let because = pinned != nil ? (id ? "karena keputusan ini" : "because of this decision")
                : (id ? "karena aplikasi ini unggul pada pengguna, kecocokan dan fitur" : "because this app scores higher on users, fit and features")
            let note = outranks.map { id ? "; aplikasi instansi pusat \(Self.quoted($0, language)) ikut pindah \(because)" : "; the central agency's \($0) moves in \(because)" } ?? ""
            return id ? "Menjadi dasar modul \(Self.lower(function, language)) pada \(platform): \(why); \(evidence.text(language))\(note)."
                      : "Leads the \(Self.lower(function, language)) module of \(platform): \(why); \(evidence.text(language))\(note)."
        case let .moveInto(platform, function, lead, leadID, evidence, brings):
            let extra = brings.isEmpty ? "" : (id ? "; membawa fitur yang belum ada: \(brings.map { Self.quoted($0, language) }.joined(separator: ", "))"
                                                  : "; brings features the lead lacks: \(brings.joined(separator: ", "))")
            return id ? "Pindah ke \(platform), modul \(Self.lower(function, language)) yang berbasis \(Self.quoted(lead, language)) (\(leadID)); \(evidence.text(language))\(extra)."
                      : "Moves into \(platform), \(Self.lower(function, language)) module led by \(lead) (\(leadID)); \(evidence.text(language))\(extra)."
        case let .retireDuplicate(platform, lead, leadID, score, features):
            return id ? "Duplikat \(Self.quoted(lead, language)) (\(leadID)) pada \(platform) dengan skor \(Self.format(score, language)); \(features == 1 ? "satu-satunya fiturnya" : "semua \(Self.count(features, language)) fiturnya") sudah ada di sana, pengguna dipindahkan lalu aplikasi dimatikan."
                      : "Duplicate of \(lead) (\(leadID)) in \(platform) at \(Self.format(score, language)); \(features == 1 ? "its one feature is" : "all its \(Self.count(features, language)) features are") already there, so its users move and it is switched off."
        case let .retireInactive(platform, function, evidence, inactive):
            return id ? "Sudah tidak aktif; \(Self.lower(function, language)) dilayani \(platform); \(evidence.text(language)). \(inactive.text(language))."
                      : "Already inactive; \(platform) serves \(Self.lower(function, language)); \(evidence.text(language)). \(inactive.text(language))."
        case let .assigned(platform, citation, function, evidence, leads, pinned, inactive):
            let move = leads
                ? (id ? "Menjadi dasar modulnya pada \(platform), tempat keputusan \(Self.cite(citation, language)) memindahkan kelompoknya\(pinned.map { "; dasar modul ditetapkan oleh keputusan \(Self.cite($0, language))" } ?? "")"
                      : "Leads its module of \(platform), where planner decision \(citation) moves its group\(pinned.map { "; set as lead by planner decision \($0)" } ?? "")")
                : inactive != nil
                    // An inactive app is switched off, not moved: the decision moves its group.
                    ? (id ? "Keputusan \(Self.cite(citation, language)) memindahkan kelompoknya ke \(platform)" : "Planner decision \(citation) moves its group into \(platform)")
                    : (id ? "Pindah ke \(platform) karena keputusan \(Self.cite(citation, language))" : "Moves into \(platform) by planner decision \(citation)")
            let job: String
            if let function {
                job = id ? "; fungsinya sendiri: \(Self.lower(function, language))\(evidence.map { ", " + $0.text(language) } ?? "")"
                         : "; its own job is \(Self.lower(function, language))\(evidence.map { ", " + $0.text(language) } ?? "")"
            } else {
                job = id ? "; kata-katanya tidak menyebut fungsi katalog mana pun" : "; its words name no function of the catalogue"
            }
            return "\(move)\(job)\(Self.switchedOff(inactive, language))."
        case let .heldBack(citation):
            return id ? "Dipertahankan apa adanya karena keputusan \(Self.cite(citation, language))." : "Kept as it is by planner decision \(citation)."
        case let .keptApart(platform, lead, leadID, citation):
            return id ? "Dipertahankan: kelompoknya masuk \(platform) dengan dasar modul \(Self.quoted(lead, language)) (\(leadID)), tetapi keputusan \(Self.cite(citation, language)) menyatakan keduanya tidak menjalankan fungsi yang sama; tetapkan tujuannya dengan `consolidate decide assign`."
                      : "Retained: its group goes into \(platform) with \(lead) (\(leadID)) as lead, but planner decision \(citation) says the two do different jobs; give it a platform with `consolidate decide assign`."
        case let .excluded(citation):
            return id ? "Kelompoknya dikeluarkan dari rencana oleh keputusan \(Self.cite(citation, language))." : "Its group is left out of the plan by planner decision \(citation)."
        case let .notChosen(function, evidence, platform, kind, apps, platforms, displacedBy):
            let place = displacedBy.map { id ? " (tempatnya diambil platform tujuan keputusan \(Self.cite($0, language)))" : " (its place went to the platform of planner decision \($0))" } ?? ""
            return id ? "Dipertahankan: \(Self.lower(function, language)) menjadi tugas \(platform) (\(kind.label.lowercased())), yang tidak termasuk \(Self.count(platforms, language)) platform rencana ini\(place); menambahkannya akan mencakup \(Self.count(apps, language)) aplikasi\(Self.evidenceSentence(evidence, language))."
                      : "Retained: the platform for \(Self.lower(function, language)), \(platform) (\(kind.rawValue)), is not among this plan's \(CountedNoun.platform(platforms))\(place); adding it would cover \(CountedNoun.app(apps))\(Self.evidenceSentence(evidence, language))."
        case let .tooFew(function, evidence, platform, apps, minimum):
            return id ? "Dipertahankan: \(Self.lower(function, language)) menjadi tugas \(platform) (platform bersama), tetapi hanya \(Self.count(apps, language)) aplikasi di inventaris yang menjalankannya, sedangkan platform bersama dibangun bila sedikitnya \(Self.count(minimum, language)) aplikasi dapat disatukan\(Self.evidenceSentence(evidence, language))."
                      : "Retained: the platform for \(Self.lower(function, language)), \(platform) (shared), is built only when at least \(CountedNoun.app(minimum)) can be brought together, and only \(CountedNoun.app(apps)) of the inventory \(CountedNoun.verb(apps, "does", "do")) this job\(Self.evidenceSentence(evidence, language))."
        case let .inactiveKept(reason, inactive):
            let sentence = reason.body(language)
            // The action is "retain": this plan changes nothing of it, and says whose move switching it off is.
            let clause = id ? ". Aplikasi ini sudah tidak aktif menurut daftar: rencana ini tidak mematikannya karena tidak ada platform rencana yang mengambil fungsinya, tetapi instansinya dapat mematikannya tanpa menunggu platform. "
                            : ". The register says it is inactive: this plan does not switch it off, as no platform of the plan takes its job, but its agency can switch it off without waiting for a platform. "
            return (sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence) + clause + inactive.text(language) + "."
        case let .buildGoesOn(reason):
            let sentence = reason.body(language)
            let clause = id ? ". Menurut daftar, aplikasi ini masih dalam pengembangan: rencana ini tidak menghentikannya karena tidak ada platform rencana yang mengambil fungsinya, tetapi sejak penghentian aplikasi baru yang diperintahkan Presiden (2024) belanja untuk melanjutkannya memerlukan persetujuan KemenPANRB."
                            : ". The register says it is still in development: this plan does not stop it, as no platform of the plan takes its job, but since the President's stop on new apps (2024) spending to go on with it needs KemenPANRB's approval."
            return (sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence) + clause
        case let .stopsBuild(reason, platform):
            let sentence = reason.body(language)
            let clause = id ? ". Aplikasi ini masih dalam pengembangan: pembangunannya dihentikan dan penggunanya langsung memakai \(platform); belum ada layanan berjalan, jadi tidak ada data yang dipindahkan dan biaya satu kalinya hanya pembuatan akun pengguna di platform."
                            : ". The app is still in development: its build stops and its users start on \(platform) directly; nothing runs yet, so no data moves and its one-off cost is only their accounts on the platform."
            return (sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence) + clause
        case let .doesNotPay(function, evidence, platform, kind, apps, loss, years, costly):
            let words = Self.evidenceSentence(evidence, language)
            let label = id ? kind.label.lowercased() : kind.rawValue
            if loss == nil, costly > 0 {
                let others = apps - costly
                let rest = others == 0 ? "" : id ? ", dan selebihnya masing-masing akan menjadi dasar modulnya sendiri"
                    : others == 1 ? ", and the other would lead a module of its own" : ", and the others would each lead a module of their own"
                return id ? "Dipertahankan: \(Self.lower(function, language)) menjadi tugas \(platform) (\(label)), yang tidak dimasukkan ke rencana ini: tidak ada aplikasi yang pindah ke sana, karena \(Self.count(costly, language)) dari \(Self.count(apps, language)) aplikasinya akan membayar platform itu lebih besar per tahun daripada penghematannya\(rest)\(words)."
                          : "Retained: the platform for \(Self.lower(function, language)), \(platform) (\(label)), is left out of this plan: nothing would move into it, as \(costly) of its \(CountedNoun.app(apps)) would pay it more a year than \(costly == 1 ? "it saves" : "they save")\(rest)\(words)."
            }
            guard let loss else {
                return id ? "Dipertahankan: \(Self.lower(function, language)) menjadi tugas \(platform) (\(label)), yang tidak dimasukkan ke rencana ini: masing-masing dari \(Self.count(apps, language)) aplikasinya akan menjadi dasar modulnya sendiri, sehingga tidak ada aplikasi yang pindah ke sana\(words)."
                          : "Retained: the platform for \(Self.lower(function, language)), \(platform) (\(label)), is left out of this plan: each of its \(CountedNoun.app(apps)) would lead a module of its own, so nothing would move into it\(words)."
            }
            let amount = ReportFormat.money(abs(loss), language)
            return id ? "Dipertahankan: \(Self.lower(function, language)) menjadi tugas \(platform) (\(label)), yang tidak dimasukkan ke rencana ini: dalam \(Self.count(years, language)) tahun biayanya melebihi penghematannya (rugi bersih \(amount)), sehingga tempatnya diberikan kepada platform yang berhemat\(words)."
                      : "Retained: the platform for \(Self.lower(function, language)), \(platform) (\(label)), is left out of this plan: over \(years) year\(years == 1 ? "" : "s") it would cost more than it saves (a net loss of \(amount)), so its place went to a platform that saves\(words)."
        case let .noYearlySaving(function, evidence, platform, adds):
            let words = Self.evidenceSentence(evidence, language)
            let amount = ReportFormat.money(adds, language)
            return id ? "Dipertahankan: memindahkannya ke \(platform) untuk \(Self.lower(function, language)) akan menambah biaya \(amount) per tahun (biaya per aplikasi per tahun di platform itu melebihi biaya operasional yang dihentikan), dan peraturan tidak mewajibkan instansi memakai \(platform)\(words)."
                      : "Retained: moving it into \(platform) for \(Self.lower(function, language)) would add \(amount) a year (the platform's yearly fee per app is more than the running cost the move stops), and the law does not oblige agencies to use \(platform)\(words)."
        case let .outsideScope(function, evidence, platform, serves, level):
            let own = PlatformScope.of(level).served(language)
            return id ? "Dipertahankan: \(platform) hanya melayani \(serves.served(language)), dan tidak ada platform katalog yang mencakup \(Self.lower(function, language)) untuk \(own)\(Self.evidenceSentence(evidence, language))."
                      : "Retained: \(platform) serves \(serves.served(language)) only, and no platform of the catalogue covers \(Self.lower(function, language)) for \(own)\(Self.evidenceSentence(evidence, language))."
        case let .noFunction(_, lookAlikes, closest?, exact, needed) where needed > exact:
            let score = Self.under(exact, needed)
            return id ? "Dipertahankan: kata-kata aplikasi ini dan \(Self.count(lookAlikes, language)) aplikasi serupanya rata-rata hanya menyebut \(Self.lower(closest, language)) pada skor \(Self.format(score, language)), di bawah \(Self.format(needed, language)) yang dibutuhkan sebuah kelompok untuk direncanakan; periksa secara manual."
                      : "Retained: its words and its \(CountedNoun.lookAlike(lookAlikes))\(lookAlikes == 1 ? "'s" : "'") words name \(Self.lower(closest, language)) only \(Self.format(score, language)) on average, under the \(Self.format(needed, language)) a group is planned at; check by hand."
        case let .noFunction(_, lookAlikes, closest?, score, _):
            return id ? "Dipertahankan: kata-kata aplikasi ini dan \(Self.count(lookAlikes, language)) aplikasi serupanya menyebut \(Self.lower(closest, language)) (rata-rata \(Self.format(score, language))), tetapi terlalu sedikit dari mereka yang menyebutnya untuk direncanakan bersama; periksa secara manual."
                      : "Retained: its words and its \(CountedNoun.lookAlike(lookAlikes))\(lookAlikes == 1 ? "'s" : "'") words name \(Self.lower(closest, language)) (\(Self.format(score, language)) on average), but too few of them name it to plan them together; check by hand."
        case let .noFunction(words, lookAlikes, nil, _, _):
            let job = words.isEmpty ? "" : " (\(words.joined(separator: ", ")))"
            return id ? "Dipertahankan: \(Self.count(lookAlikes, language)) aplikasi serupa menjalankan fungsi yang sama\(job), tetapi tidak ada platform arsitektur sasaran yang mencakupnya."
                      : "Retained: \(CountedNoun.lookAlike(lookAlikes)) \(CountedNoun.verb(lookAlikes, "does", "do")) the same job\(job), but no platform of the target architecture covers it."
        case let .noLookAlike(closest, exact, needed):
            let score = Self.under(exact, needed)
            if let closest {
                return id ? "Dipertahankan: tidak ada aplikasi serupa, dan kata-katanya menyebut \(Self.lower(closest, language)) hanya \(Self.format(score, language)), di bawah \(Self.format(needed, language)) yang dibutuhkan satu aplikasi tanpa aplikasi serupa untuk direncanakan."
                          : "Retained: no look-alike in the inventory, and its words name \(Self.lower(closest, language)) only \(Self.format(score, language)), under the \(Self.format(needed, language)) a single app is planned at."
            }
            return id ? "Dipertahankan: tidak ada aplikasi serupa dan tidak ada fungsi platform yang disebut kata-katanya."
                      : "Retained: no look-alike in the inventory and its words name no platform's function."
        case let .reviewAgainstGroup(function, score, evidence, groupFunction, groupScore, ownGroupScore):
            let words = evidence.isEmpty ? "" : (id ? " (\(evidence.map { Self.quoted($0, language) }.joined(separator: ", ")))" : " (\(evidence.joined(separator: ", ")))")
            let (own, group) = (Self.lower(function, language), Self.lower(groupFunction, language))
            let f = { Self.format($0, language) }
            // The group's job first, then why this member does not follow it: one claim at a time.
            let hardly = Self.rounded(ownGroupScore) == 0 ? (id ? "sama sekali tidak" : "not at all") : (id ? "hampir tidak" : "hardly")
            return id ? "Dipertahankan, perlu diperiksa: kelompoknya menjalankan \(group) (\(f(groupScore))), tetapi kata-katanya sendiri\(words) menyebut \(own) (\(f(score))) dan \(hardly) menyebut \(group) (\(f(ownGroupScore))); keduanya terlalu lemah untuk direncanakan."
                      : "Retained for a check by hand: its group does \(group) (\(f(groupScore))), but its own words\(words) name \(own) (\(f(score))) and \(group) \(hardly) (\(f(ownGroupScore))); both too weak to plan."
        case let .groupOnly(function, platform, score, evidence, group, needed):
            let job = Self.lower(function, language)
            let f = { Self.format($0, language) }
            let words = evidence.isEmpty ? "" : " (\(evidence.map { Self.quoted($0, language) }.joined(separator: ", ")))"
            // The conclusion first, then its grounds: one sentence of seventy words would not read in a cell.
            // A score of 0.00 is said as "not at all": "only 0.00" reads as a measurement of something.
            let own = Self.rounded(score) == 0
                ? (id ? "Kata-katanya sendiri sama sekali tidak menyebut fungsi itu" : "Its own words do not name that job at all")
                : (id ? "Kata-katanya sendiri menyebut fungsi itu hanya dengan skor \(f(score))\(words)" : "Its own words name that job only \(f(score))\(words)")
            return id ? "Dipertahankan, perlu diperiksa: hanya keanggotaan kelompok yang mengaitkannya dengan fungsinya. Kelompoknya, \(group.text(language)), menjalankan \(job) (tugas \(platform)). \(own), dan tidak ada aplikasi serupa dalam kelompoknya yang skornya mencapai \(f(needed))."
                      : "Retained for a check by hand: only its membership of its group ties it to the job. Its group, \(group.text(language)), does \(job) (\(platform)'s job). \(own), and no look-alike of the group is as close as \(f(needed))."
        case let .systemInUse(platform, kind, alias, settingUp):
            let system = kind == .nationalMandatory ? (id ? "Aplikasi Umum nasional" : "the national general application")
                                                    : (id ? "sistem nasional" : "the national system")
            if settingUp {
                let named = alias.map { id ? "dengan salah satu namanya yang lain (\($0))" : "under another of its names (\($0))" }
                    ?? (id ? "sebagaimana disebut namanya" : "as its name says")
                return id ? "Merupakan pemasangan setempat \(platform), \(system), \(named), yang menurut daftar masih dalam pengembangan: tidak ada yang perlu dipindahkan; selesaikan pemasangannya, bukan aplikasi sendiri."
                          : "It is a local installation of \(platform), \(system), \(named), still being set up as the register says it is in development: nothing to move; finish the installation, not an app of its own."
            }
            if let alias {
                return id ? "Merupakan \(platform) dengan salah satu namanya yang lain (\(alias)), atau pemasangan setempatnya, \(system) yang sedang dipakai: tidak ada yang perlu dipindahkan."
                          : "It is \(platform) under another of its names (\(alias)), or its local installation, \(system) in use: nothing to move."
            }
            return id ? "Merupakan \(platform) itu sendiri (atau pemasangan setempatnya), sebagaimana disebut namanya, \(system) yang sedang dipakai: tidak ada yang perlu dipindahkan."
                      : "It is \(platform) itself (or its local installation), as its name says, \(system) in use: nothing to move."
        case let .noEvidence(function):
            return id ? "Dipertahankan: kelompoknya menjalankan fungsi \(Self.lower(function, language)), tetapi kata-kata aplikasi ini dan skor kemiripannya tidak memberi bukti; periksa secara manual."
                      : "Retained: its group does \(Self.lower(function, language)), but neither its words nor its look-alike scores give evidence; check by hand."
        }
    }

    /// ". The app is already inactive, so it is switched off, not moved. No saving is counted, …" when it is.
    static func switchedOff(_ inactive: InactiveApp?, _ language: Language) -> String {
        guard let inactive else { return "" }
        return (language == .id ? ". Aplikasi ini sudah tidak aktif, jadi dimatikan, tidak dipindahkan. " : ". The app is already inactive, so it is switched off, not moved. ") + inactive.text(language)
    }

    /// What a retained app's words say, as a sentence after the reason's own (". Its own words
    /// name the job: …"): why it stays and what it does are two things a reader takes in turn.
    static func evidenceSentence(_ evidence: Evidence?, _ language: Language) -> String {
        guard let text = evidence?.text(language) else { return "" }
        return ". " + text.sentenceCased
    }

    /// A planner decision's citation as `language` names decisions (``PlannerDecision/localised(_:_:)``).
    static func cite(_ citation: String, _ language: Language) -> String { PlannerDecision.localised(citation, language) }

    /// An app's name or its own words inside an Indonesian sentence, in quotation marks, so a
    /// name or an English word quoted from the register reads as a quotation, not as the
    /// sentence's Indonesian: “SIMPEG Bantul”, “performance accountability”. English reasons
    /// quote them bare, as the English summary and report do.
    package static func quoted(_ text: String, _ language: Language) -> String { language == .id ? "“\(text)”" : text }

    /// The first rule of a legal basis ("Perpres 95/2018 tentang SPBE; …" → "Perpres 95/2018 tentang SPBE").
    static func first(_ basis: String) -> String {
        guard let end = basis.firstIndex(of: ";") else { return basis }
        return String(basis[..<end])
    }

    /// A count as each language groups it: "1,500" (en), "1.500" (id).
    static func count(_ value: Int, _ language: Language) -> String { ReportFormat.number(value, language) }

    static func name(_ function: PlatformFunction, _ language: Language) -> String { language == .id ? function.name : function.english }

    package static func lower(_ function: PlatformFunction, _ language: Language) -> String {
        let name = name(function, language)
        // Keep acronyms ("PPID") as written; lower-case only the first letter of a word.
        guard let first = name.first, name.dropFirst().first?.isLowercase ?? true else { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// A score as reasons quote it and plans store it: two decimals.
    public static func rounded(_ value: Double) -> Double { (min(1, max(0, value)) * 100).rounded() / 100 }

    /// `score` as a reason quotes it beside the `bar` it falls short of: rounding must not lift
    /// it to the bar ("0.25, under the 0.25" for 0.249), so it is cut to the hundredth below.
    static func under(_ score: Double, _ bar: Double) -> Double {
        score < bar && rounded(score) >= rounded(bar) ? (score * 100).rounded(.down) / 100 : score
    }

    /// A score with two decimals, as each language writes it: "0.63", "0,63".
    static func format(_ value: Double, _ language: Language = .en) -> String {
        let hundredths = Int((min(1, max(0, value)) * 100).rounded())
        return "\(hundredths / 100)\(language == .id ? "," : ".")\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

extension PlanReason.Evidence {
    /// Own words scoring under this (the default ``PlanParameters/groupThreshold``) barely name
    /// the job: "its own words name the job: absensi (score 0.05)" would claim more than 0.05 says.
    static let faintBelow = PlanParameters().groupThreshold

    var score: Double? {
        switch self {
        case .ownWords(_, let score), .lookAlike(_, _, let score, _): score
        }
    }

    func text(_ language: Language) -> String {
        let id = language == .id
        switch self {
        case let .ownWords(words, score):
            // Under the bar a group is planned at, the words touch on the job rather than name it.
            let faint = PlanReason.rounded(score) < Self.faintBelow
            return id ? "nama dan uraiannya sendiri \(faint ? "hanya samar-samar menyebut" : "menyebut") fungsi ini: \(words.map { PlanReason.quoted($0, language) }.joined(separator: ", ")) (skor \(PlanReason.format(score, language)))"
                      : "its own words \(faint ? "barely name" : "name") the job: \(words.joined(separator: ", ")) (score \(PlanReason.format(score, language)))"
        case let .lookAlike(name, appID, score, similarity):
            let pair = PlanReason.format(similarity, language), quoted = PlanReason.format(score, language)
            let lookAlike = id ? "serupa dengan \(PlanReason.quoted(name, language)) (\(appID)) pada skor \(pair)" : "look-alike of \(name) (\(appID)) at \(pair)"
            guard pair != quoted else { return lookAlike }
            // The confidence is the lower of the two: say where it comes from, in words a reader knows.
            return lookAlike + (id ? "; kata-kata kelompoknya cocok dengan fungsi ini pada skor \(quoted), yang menjadi keyakinannya"
                                   : "; the words of its group match this job at \(quoted), which is its confidence")
        }
    }
}
