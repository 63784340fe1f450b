/// Why a moving app costs more than it saves over the plan's horizon: the two causes call for
/// different advice, so summaries, the report and the plan CSV never lump them together.
///
/// - ``lateInQueue``: the move itself pays back within the horizon from the earliest wave its
///   risk allows (``MigrationWave``), but the app waits in its platform's onboarding queue until
///   a wave too late for it to: more onboarding capacity a wave, or a longer horizon, turns it
///   into a saving.
/// - ``slowPayback``: even from its earliest wave its one-off cost takes longer than the rest of
///   the horizon to earn back.
/// - ``noYearlySaving``: the platform's yearly fee per app is at least the running cost the move
///   stops, so it never pays back. Only a law that obliges agencies to use the platform, or a
///   planner's assign decision, moves such an app (``obligedBy``); any other stays as it is
///   (``PlanReason/noYearlySaving(function:evidence:platform:adds:)``).
public enum PlanShortfall: Sendable, Equatable {
    case lateInQueue(wave: Int, earliest: Int, paybackYears: Double)
    /// `yearsLeft` of the horizon after `earliest`, the first wave its risk allows, ends.
    case slowPayback(paybackYears: Double, earliest: Int, yearsLeft: Double)
    /// `adds` rupiah a year; `obligedBy` the platform the law obliges agencies to use, nil when a
    /// planner's decision moved it.
    case noYearlySaving(adds: Double, obligedBy: String?)

    /// The value the plan's `shortfall` column stores. A move that adds to the yearly bill
    /// stores who made it, the law (`no-yearly-saving`) or a planner
    /// (`no-yearly-saving-assigned`), so the report can say which.
    public var key: String {
        switch self {
        case .lateInQueue: "late-queue"
        case .slowPayback: "slow-payback"
        case .noYearlySaving(_, let obligedBy): obligedBy == nil ? "no-yearly-saving-assigned" : "no-yearly-saving"
        }
    }

    /// Whether the move never pays back within the horizon, wherever it stood in the queue.
    public var neverPaysBack: Bool { if case .lateInQueue = self { false } else { true } }

    /// The shortfall of a moving `item` whose net over the horizon is a loss; nil when it saves,
    /// when its cost is unknown, or when it does not move (module leads, retained and inactive
    /// apps). `earliest` is the first wave its risk lets it move in, `mandatory` names the
    /// platform when the law obliges agencies to use it.
    public static func of(_ item: PlanItem, earliest: Int, mandatory: String?, parameters: PlanParameters) -> PlanShortfall? {
        guard item.action == .migrate || item.action == .retire, item.savingBasis != .inactive,
              let net = item.netSaving, net < 0, let saving = item.annualSaving, let wave = item.wave else { return nil }
        guard saving > 0 else { return .noYearlySaving(adds: -saving, obligedBy: mandatory) }
        let payback = (item.oneOffCost ?? 0) / saving
        let left = PlanMoney.savingYears(wave: earliest, parameters: parameters)
        return wave > earliest && payback <= left
            ? .lateInQueue(wave: wave, earliest: earliest, paybackYears: payback) : .slowPayback(paybackYears: payback, earliest: earliest, yearsLeft: left)
    }

    /// One sentence the plan CSV adds to the app's reason, in `language`. A build that stops
    /// (`stopsBuild`) runs nothing yet and takes the platform's first onboarding wave, not a
    /// place its risk allows: its sentence speaks of what stopping it saves and of that wave.
    public func text(_ language: Language, years: Int, stopsBuild: Bool = false) -> String {
        let id = language == .id
        func amount(_ value: Double) -> String { ReportFormat.money(value, language) }
        // Years to one decimal, as each language writes it: "3.2", "3,2".
        func time(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            return "\(tenths / 10)\(id ? "," : ".")\(tenths % 10)"
        }
        switch self {
        case let .lateInQueue(wave, earliest, payback):
            return id ? "Rugi dalam kurun \(years) tahun hanya karena antreannya: pemindahannya balik modal dalam \(time(payback)) tahun, cukup bila pindah pada gelombang \(earliest), tetapi antrean menundanya sampai gelombang \(wave); kapasitas pemindahan per gelombang yang lebih besar memindahkannya lebih awal."
                      : "A loss over the \(years) years only because of its place in the queue: its move pays back in \(time(payback)) years, in time had it moved in wave \(earliest), but the queue holds it until wave \(wave); more onboarding capacity a wave moves it sooner."
        case let .slowPayback(payback, earliest, left):
            // The years left, not the horizon's length: "3.7 years, longer than the 5-year horizon" reads as false.
            let wave = stopsBuild ? (id ? "gelombang pertama platform itu (gelombang \(earliest))" : "the platform's first wave (wave \(earliest))")
                                  : (id ? "gelombang paling awal yang dimungkinkan risikonya (gelombang \(earliest))" : "the earliest wave its risk allows (wave \(earliest))")
            return id ? "Pemindahannya baru balik modal dalam \(time(payback)) tahun, lebih lama daripada \(time(left)) tahun yang tersisa dari kurun \(years) tahun setelah \(wave) selesai."
                      : "Its move pays back only in \(time(payback)) years, longer than the \(time(left)) years left of the \(years)-year horizon once \(wave) ends."
        case let .noYearlySaving(adds, obligedBy):
            let why = obligedBy.map { id ? "pindah karena peraturan mewajibkan instansi memakai \($0)" : "it moves because the law obliges agencies to use \($0)" }
                ?? (id ? "pindah karena keputusan perencana" : "it moves because a planner decision assigned it")
            // What a stop saves is the recorded cost less the share the platform's capacity takes for its users, not all of it.
            let stopped = stopsBuild ? (id ? "bagian biaya per tahun tercatat yang dihemat dengan menghentikan pembangunannya" : "the part of its recorded yearly cost that stopping its build saves")
                                     : (id ? "biaya operasional yang dihentikan" : "the running cost the move stops")
            return id ? "Biaya per aplikasi per tahun di platform itu melebihi \(stopped), sehingga pemindahannya menambah \(amount(adds)) per tahun dan tidak pernah balik modal; \(why)."
                      : "The platform's yearly fee per app is more than \(stopped), so moving adds \(amount(adds)) a year and never pays back; \(why)."
        }
    }
}
