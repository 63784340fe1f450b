/// Where a decision message is read: the command line names commands, the web workspace names
/// its pages and buttons, so nobody is told to run a command they cannot reach.
public enum MessageSurface: Sendable {
    case commandLine, web
}

/// What `decide` has to say about a decision: why it is refused, or what it will not do as the
/// planner may expect. Kept as data until it is shown, so the CLI and the web page each word it
/// in their reader's language and name their own actions.
public enum DecisionMessage: Sendable, Equatable {
    // Refusals.
    /// `meant`: the id written in other letter cases ("app-001765" for "APP-001765").
    case unknownApp(String, meant: String? = nil)
    case unknownGroup(Int64)
    case notInGroup(String, allowLone: Bool)
    case keepInNationalPlatform(app: String, platform: String)
    case assignNeedsPlatform
    case unknownPlatform(String, suggestion: String?)
    /// A platform given by a number the latest plan's table (of `platforms` rows) does not have.
    case unknownPlatformNumber(Int, platforms: Int)
    case needsTwoApps(PlannerDecision.Kind)
    case sameApp(PlannerDecision.Kind)
    case noActiveDecision(Int64)
    /// `decide undo` of a decision withdrawn before: by whom and on which day (YYYY-MM-DD).
    case alreadyWithdrawn(Int64, by: String?, at: String)
    case reasonTooLong(characters: Int, limit: Int)
    // Warnings.
    case contradicts(earlier: PlannerDecision, later: Int64)
    /// A keep of an app an earlier retain keeps as it is: the retain still applies.
    case outweighedBy(retain: PlannerDecision)
    /// A keep of an app whose group an exclude leaves out of the plan: no module is built on it
    /// while the exclude stands.
    case inExcludedGroup(exclude: PlannerDecision)
    case repeats(earlier: PlannerDecision)
    /// `outside` of the `members` apps of `subject` are of levels `platform` does not serve;
    /// `named`: the app the planner typed, when it is one of them.
    case outsideScope(platform: String, scope: PlatformScope, subject: Subject, outside: Int, members: Int, named: String?)
    case boundByLaw(subject: Subject, count: Int, names: String, systems: [String])
    case jobMismatch(subject: Subject, job: PlatformFunction, platform: String, serves: [PlatformFunction])
    case displaces(platform: String, target: Int, leaving: String, apps: Int, affected: [Int64])
    /// An exclude of `subject` (named by one of its apps, `named`, or by its number) recorded as
    /// `decision`: it takes all `members` out of the plan, `bound` of them apps the latest plan
    /// moves into the mandatory national `systems`.
    case excludesGroup(subject: Subject, members: Int, named: String?, decision: Int64, bound: Int, systems: [String])
    /// An assign of `subject` to `platform`, where the latest plan already takes all its `apps`
    /// (`switchedOff` of them switched off as inactive): the decision changes nothing now, and a
    /// planner who expected a change should know.
    case alreadyThere(subject: Subject, platform: String, apps: Int, switchedOff: Int)
    /// A number given for an assign or exclude, read as a group number though an app (`appName`)
    /// has it as its id: the way to name the app instead.
    case numberReadAsGroup(String, appName: String)
    /// An assign none of whose `apps` moves (scope and law, said before it): it changes nothing.
    case movesNothing(subject: Subject, apps: Int)
    /// A retain of `app`, which the latest plan moves into `platform`, a national system the law
    /// obliges agencies to use: the planner's word keeps it out, and is told so.
    case retainedOutsideLaw(app: String, platform: String)

    /// What an assign is about: one app without look-alikes, or an overlap group.
    public enum Subject: Sendable, Equatable {
        case app(String)
        case group(OverlapGroupName)

        func text(_ language: Language) -> String {
            switch self {
            case .app(let id): return id
            case .group(let name): return name.text(language)
            }
        }
    }

    /// Whether the message warns (the decision will not do all a planner may expect) rather than
    /// informs (an assign that confirms the plan, a number read as a group).
    public var isWarning: Bool {
        switch self {
        case .alreadyThere, .numberReadAsGroup: false
        default: true
        }
    }

    /// The message in `language`, naming the actions of `surface`.
    public func text(_ language: Language, _ surface: MessageSurface = .commandLine) -> String {
        let id = language == .id, web = surface == .web
        func pick(_ en: String, _ indonesian: String) -> String { id ? indonesian : en }
        // A keep that applies only once `other` is undone: why (`why`, `whyID`), then how to undo it.
        func keepWaits(for other: PlannerDecision, _ why: String, _ whyID: String) -> String {
            let undo = web ? pick("undo it with its Undo button", "batalkan dengan tombol Batalkan") : "`consolidate decide undo \(other.id)`"
            return pick("decision \(other.citation) \(why): this keep applies only once #\(other.id) is undone (\(undo))",
                        "keputusan \(PlannerDecision.localised(other.citation, .id)) \(whyID): penetapan ini baru berlaku setelah #\(other.id) dibatalkan (\(undo))")
        }
        switch self {
        case .unknownApp(let app, let meant?):
            return pick("no app with id \"\(app)\"; did you mean \"\(meant)\"? (ids are matched letter for letter)",
                        "tidak ada aplikasi dengan id \"\(app)\"; maksud Anda \"\(meant)\"? (id dicocokkan huruf demi huruf)")
        case .unknownApp(let app, nil):
            return pick("no app with id \"\(app)\"; ", "tidak ada aplikasi dengan id \"\(app)\"; ")
                + (web ? pick("the Apps page finds ids by name", "halaman Aplikasi mencari id menurut nama")
                       : pick("ids are in the external_id column (`consolidate search` finds them)", "id ada di kolom external_id (`consolidate search` menemukannya)"))
        case .unknownGroup(let number):
            return pick("no overlap group \(number) in the current analysis; ", "tidak ada kelompok \(number) dalam analisis terakhir; ")
                + (web ? pick("the Groups page lists them", "halaman Kelompok memuat daftarnya") : pick("`consolidate overlap` lists them", "`consolidate overlap` memuat daftarnya"))
        case .notInGroup(let reference, let allowLone):
            let what = allowLone ? pick("an app of the inventory", "aplikasi dalam inventaris") : pick("an app in an overlap group", "aplikasi dalam kelompok aplikasi serupa")
            return pick("\"\(reference)\" is neither an overlap group number nor \(what); ", "\"\(reference)\" bukan nomor kelompok dan bukan \(what); ")
                + (web ? pick("the Groups page lists the groups", "halaman Kelompok memuat daftar kelompoknya") : pick("`consolidate overlap` lists the groups", "`consolidate overlap` mendaftar kelompoknya"))
        case .keepInNationalPlatform(let app, let platform):
            let retain = web ? pick("choose the kind \"\(PlannerDecision.Kind.retain.word(.en))\"", "pilih jenis \"\(PlannerDecision.Kind.retain.word(.id))\"")
                             : pick("use `decide retain`", "pakai `decide retain`")
            return pick("\(app) moves to the national platform \(platform) in the latest plan, which has no local lead; a keep decision cannot apply (\(retain) to keep the app as it is)",
                        "\(app) pindah ke platform nasional \(platform) dalam rencana terakhir, yang tidak memakai dasar modul daerah; penetapan dasar modul tidak dapat berlaku (\(retain) untuk mempertahankan aplikasinya apa adanya)")
        case .assignNeedsPlatform:
            return web ? pick("an assign needs a platform name in \"Other\"; the Plan page lists the platforms", "penetapan-platform memerlukan nama platform di kolom \"Lainnya\"; halaman Rencana memuat daftar platformnya")
                       : pick("assign needs a platform name; `consolidate platforms` lists them", "assign memerlukan nama platform; `consolidate platforms` memuat daftarnya")
        case .unknownPlatform(let name, let suggestion):
            return pick("no platform named \"\(name)\" in the catalogue", "tidak ada platform bernama \"\(name)\" dalam katalog")
                + (suggestion.map { pick("; did you mean \"\($0)\"?", "; maksud Anda \"\($0)\"?") } ?? "")
                + (web ? "" : pick(" (`consolidate platforms` lists them)", " (`consolidate platforms` memuat daftarnya)"))
        case .unknownPlatformNumber(let number, let platforms):
            return platforms == 0
                ? pick("no plan yet to number platform \(number) by; give the platform's name (`consolidate platforms` lists them)",
                       "belum ada rencana yang menomori platform \(number); beri nama platformnya (`consolidate platforms` memuat daftarnya)")
                : pick("the latest plan numbers its platforms 1 to \(platforms), not \(number); give a number of its table or the platform's name",
                       "rencana terakhir menomori platformnya 1 sampai \(platforms), bukan \(number); beri nomor dari tabelnya atau nama platformnya")
        case .needsTwoApps(let kind):
            return pick("\(kind.word(.en)) needs two app ids", "keputusan \(kind.phrase(.id)) memerlukan dua id aplikasi")
                + (web ? pick(": the second goes in \"Other\"", ": yang kedua di kolom \"Lainnya\"") : "")
        case .sameApp(let kind):
            return pick("a \(kind.word(.en)) decision needs two different apps", "keputusan \(kind.phrase(.id)) memerlukan dua aplikasi yang berbeda")
        case let .alreadyWithdrawn(number, by, at):
            let who = by.map { pick(" by \($0)", " oleh \($0)") } ?? ""
            return pick("decision #\(number) was already withdrawn\(who) on \(at); nothing changed", "keputusan #\(number) sudah dibatalkan\(who) pada \(at); tidak ada yang berubah")
        case .noActiveDecision(let number):
            return pick("no active decision #\(number); ", "tidak ada keputusan aktif #\(number); ")
                + (web ? pick("the Decisions page lists the active ones", "halaman Keputusan menampilkan keputusan yang aktif")
                       : pick("`consolidate decisions` lists the active ones", "`consolidate decisions` menampilkan keputusan yang aktif"))
        case .reasonTooLong(let characters, let limit):
            return pick("the reason has \(characters) characters; keep it to \(limit) and put longer notes in a document it names",
                        "alasannya \(characters) karakter; batasnya \(limit), tulis catatan yang lebih panjang di dokumen yang disebut alasannya")
        case .repeats(let earlier):
            let undo = web ? pick("undo one with its Undo button", "batalkan salah satunya dengan tombol Batalkan")
                           : pick("undo one with `consolidate decide undo ID`", "batalkan salah satunya dengan `consolidate decide undo ID`")
            return pick("the same decision is already recorded as \(earlier.citation); both are kept (\(undo))",
                        "keputusan yang sama sudah tercatat sebagai \(PlannerDecision.localised(earlier.citation, .id)); keduanya disimpan (\(undo))")
        case .outweighedBy(let retain):
            return keepWaits(for: retain, "keeps this app as it is, out of every module, and a retain outweighs a keep whichever came first",
                             "mempertahankan aplikasi ini apa adanya, di luar modul mana pun, dan keputusan tanpa perubahan mengalahkan penetapan dasar modul, mana pun yang lebih dulu")
        case .inExcludedGroup(let exclude):
            return keepWaits(for: exclude, "leaves this app's group out of the plan, so no module is built on it",
                             "mengeluarkan kelompok aplikasi ini dari rencana, sehingga tidak ada modul yang dibangun di atasnya")
        case .contradicts(let earlier, let later):
            let undo = web ? pick("undo one with its Undo button", "batalkan salah satunya dengan tombol Batalkan")
                           : pick("undo one with `consolidate decide undo ID`", "batalkan salah satunya dengan `consolidate decide undo ID`")
            return pick("this contradicts decision \(earlier.citation); the later decision, #\(later), wins (\(undo))",
                        "keputusan ini bertentangan dengan keputusan \(PlannerDecision.localised(earlier.citation, .id)); keputusan yang lebih baru, #\(later), yang berlaku (\(undo))")
        case .outsideScope(let platform, let scope, let subject, let outside, let members, let named):
            if case .app(let app) = subject {
                return pick("\(platform) serves \(scope.served(.en)) only: \(app) stays where the plan puts it",
                            "\(platform) hanya melayani \(scope.served(.id)): \(app) tetap di tempat yang ditentukan rencana")
            }
            let among = named.map { pick(", \($0) among them", ", termasuk \($0)") } ?? ""
            return pick("\(platform) serves \(scope.served(.en)) only: \(outside) of the \(members) apps of \(subject.text(.en)) stay where the plan puts them\(among)",
                        "\(platform) hanya melayani \(scope.served(.id)): \(outside) dari \(members) \(subject.text(.id)) tetap di tempat yang ditentukan rencana\(among)")
        case .boundByLaw(let subject, let count, let names, let systems):
            if id {
                return "dari \(subject.text(.id)), \(CountedNoun.app(count, .id)) (\(names)) tetap di \(ReportFormat.list(systems, .id)), "
                    + "sistem nasional wajib untuk tugasnya sendiri: hukum didahulukan"
            }
            return "\(CountedNoun.app(count)) of \(subject.text(.en)) (\(names)) \(CountedNoun.verb(count, "stays", "stay")) in "
                + "\(ReportFormat.list(systems, .en)), the mandatory national \(CountedNoun.verb(systems.count, "system", "systems")) "
                + "the law requires for \(CountedNoun.verb(count, "its own job", "their own jobs")): the law comes first"
        case .jobMismatch(let subject, let job, let platform, let serves):
            let list = serves.map { PlanReason.lower($0, language) }.joined(separator: ", ")
            return pick("the job of \(subject.text(.en)) is \(PlanReason.lower(job, .en)); \(platform) serves \(list): assigned anyway",
                        "tugas \(subject.text(.id)) adalah \(PlanReason.lower(job, .id)); \(platform) melayani \(list): tetap ditetapkan")
        case .displaces(let platform, let target, let leaving, let apps, let affected):
            let numbers = affected.map { "#\($0)" }.joined(separator: ", ")
            let losing = affected.isEmpty ? "" : pick("; \(CountedNoun.decision.word(affected.count)) \(numbers) on its apps will no longer apply",
                                                      "; keputusan \(numbers) tentang aplikasinya tidak lagi berlaku")
            let replan = web ? pick("re-plan with a target of \(target + 1) platforms to keep both", "rencanakan ulang dengan target \(target + 1) platform agar keduanya tetap ada")
                             : pick("re-plan with `consolidate plan --target \(target + 1)` to keep both", "rencanakan ulang dengan `consolidate plan --target \(target + 1)` agar keduanya tetap ada")
            return pick("\(platform) is not in the latest plan and its \(target) places are taken: it takes the place of \(leaving) (\(CountedNoun.app(apps))), which leaves the plan\(losing); \(replan)",
                        "\(platform) tidak ada dalam rencana terakhir dan \(target) tempatnya sudah terisi: platform ini menggantikan \(leaving) (\(CountedNoun.app(apps, .id))), yang keluar dari rencana\(losing); \(replan)")
        case .alreadyThere(let subject, let platform, let apps, let off):
            let all = if case .app = subject { subject.text(language) }
                      else { pick("all \(CountedNoun.app(apps)) of \(subject.text(.en))", "seluruh \(ReportFormat.number(apps, .id)) \(subject.text(.id))") }
            let switched = off == 0 ? "" : apps == 1 ? pick(" (switched off there, as already inactive)", " (dimatikan di sana karena sudah tidak aktif)")
                : pick(" (\(ReportFormat.number(off, .en)) of them switched off there, as already inactive)", " (\(ReportFormat.number(off, .id)) di antaranya dimatikan di sana karena sudah tidak aktif)")
            return pick("the latest plan already takes \(all) into \(platform)\(switched): this decision changes nothing in it now, and keeps "
                            + (apps == 1 ? "it" : "them") + " there whatever a later analysis finds",
                        "rencana terakhir sudah memasukkan \(all) ke \(platform)\(switched): keputusan ini tidak mengubah rencana itu sekarang, "
                            + "tetapi menahannya di sana apa pun hasil analisis berikutnya")
        case .numberReadAsGroup(let number, let appName):
            let prefix = DecisionWorkflow.appPrefix
            return pick("\"\(number)\" is read as overlap group \(number); the app whose id is \(number) (\(appName)) is named \(prefix)\(number)",
                        "\"\(number)\" dibaca sebagai kelompok kemiripan nomor \(number); aplikasi ber-id \(number) (\(appName)) ditulis \(prefix)\(number)")
        case .movesNothing(let subject, let apps):
            if case .app(let app) = subject {
                return pick("so \(app) does not move: this decision changes nothing in the plan", "jadi \(app) tidak pindah: keputusan ini tidak mengubah rencana")
            }
            return pick("so none of the \(CountedNoun.app(apps)) of \(subject.text(.en)) moves: this decision changes nothing in the plan",
                        "jadi tidak satu pun dari \(ReportFormat.number(apps, .id)) \(subject.text(.id)) pindah: keputusan ini tidak mengubah rencana")
        case .retainedOutsideLaw(let app, let platform):
            return pick("the latest plan moves \(app) into \(platform), the national system the law obliges agencies to use for its job: retained, it stays outside it, against that obligation; the next plan says so",
                        "rencana terakhir memindahkan \(app) ke \(platform), sistem nasional yang wajib dipakai menurut peraturan untuk tugasnya: bila dipertahankan, aplikasi ini tetap di luarnya, menyimpang dari kewajiban itu; rencana berikutnya menyebutnya")
        case .excludesGroup(let subject, let members, let named, let decision, let bound, let systems):
            let all = pick("exclude takes all \(CountedNoun.app(members)) of \(subject.text(.en)) out of the plan",
                           "pengecualian mengeluarkan seluruh \(CountedNoun.app(members, .id)) dari \(subject.text(.id)) dari rencana")
                + (named.map { pick(", not only \($0)", ", bukan hanya \($0)") } ?? "")
            let law = bound == 0 ? "" : pick("; \(bound) of them move into \(ReportFormat.list(systems, .en)) in the latest plan, "
                                              + "\(CountedNoun.verb(systems.count, "a national system", "national systems")) the law obliges agencies to use",
                                              "; \(bound) di antaranya pindah ke \(ReportFormat.list(systems, .id)) dalam rencana terakhir, "
                                              + "sistem nasional yang wajib dipakai instansi menurut peraturan")
            guard let named else { return all + law }
            let instead = web ? pick("undo it with its Undo button on the Decisions page, then record a \"\(PlannerDecision.Kind.retain.word(.en))\" decision on \(named)",
                                     "batalkan dengan tombol Batalkan di halaman Keputusan, lalu catat keputusan \"\(PlannerDecision.Kind.retain.word(.id))\" untuk \(named)")
                              : pick("`consolidate decide undo \(decision)`, then `consolidate decide retain \(named)`",
                                     "`consolidate decide undo \(decision)`, lalu `consolidate decide retain \(named)`")
            return all + law + pick(". To keep only \(named) as it is: \(instead)", ". Untuk mempertahankan \(named) saja apa adanya: \(instead)")
        }
    }
}

/// A decision `decide` refuses to record (or an undo of no active decision); nothing was changed.
public struct DecisionRefusal: Error, CustomStringConvertible, Equatable {
    public var message: DecisionMessage

    public init(_ message: DecisionMessage) { self.message = message }

    /// The command line's English wording.
    public var description: String { message.text(.en) }
}
