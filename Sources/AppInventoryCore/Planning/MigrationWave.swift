/// Dated waves a platform owner can deliver: quick wins first, risky migrations once the
/// platform has proven itself, and never more than ``PlanParameters/waveCapacity`` apps a
/// wave into one platform; the rest overflow into later waves, as many as it takes.
///
/// Risk points: users over 10,000 (+2) or over 1,000 (+1); three or more integrations (+2) or
/// at least one (+1); confidence under 0.5 (+1); active (+1), while an inactive or retired app
/// (-1) is easy to switch off. They set an app's earliest wave: at most 1 point, wave 1; 2 or
/// 3 points, wave 2; 4 or more, wave 3. So a large, integrated system never moves in the first
/// six months, however much room the platform has. Within a platform, fewer points take the
/// places first, ties to the lower app index, so the schedule never depends on a hash order.
///
/// National platforms run already, so apps move into them from wave 1; a shared platform is
/// first built on its module leads (wave 1), so apps move into it from wave 2. Module leads
/// and inactive apps take no onboarding place: a lead is the platform itself, and an inactive
/// app is switched off by its agency in wave 1 with no users to bring over.
///
/// An app still in development stops its build in the platform's first onboarding wave and
/// takes no place either: its users start on the platform, with no data or service to move.
///
/// A weak match ("check by hand") is checked during wave 1, so it moves from wave 2 at the
/// earliest (``afterCheck``): nobody moves an app in the first wave on a match no one has
/// checked. A planner decision that confirms it (`decide assign`, which makes its basis
/// confirmed) lifts that floor.
public enum MigrationWave {
    /// The earliest wave of a move whose weak match still waits for its check.
    public static let afterCheck = 2

    public static func riskPoints(for app: Application, confidence: Double) -> Int {
        var points = 0
        if let users = app.users { points += users > 10_000 ? 2 : users > 1_000 ? 1 : 0 }
        points += app.integrations.count >= 3 ? 2 : app.integrations.isEmpty ? 0 : 1
        if confidence < 0.5 { points += 1 }
        switch app.status {
        case .active: points += 1
        case .inactive, .retired: points -= 1
        case .development, nil: break
        }
        return points
    }

    /// The earliest wave an app of `points` risk points may move in, counted from the
    /// platform's first onboarding wave.
    public static func earliestWave(points: Int) -> Int {
        points <= 1 ? 1 : points <= 3 ? 2 : 3
    }

    /// Gives every planned item of one platform its wave and the net that follows from it:
    /// leads and inactive apps in wave 1, builds that stop in the first onboarding wave, the others in their earliest wave by risk (weak
    /// matches not before ``afterCheck``), or the first later one with room (`capacity` a
    /// wave), fewest risk points first.
    static func schedule(_ items: inout [PlanItem?], members: [Int], apps: [Application], kind: PlatformKind, parameters: PlanParameters) {
        for app in members {
            guard let item = items[app], item.action == .platform || item.savingBasis == .inactive else { continue }
            setWave(1, of: app, in: &items, parameters: parameters)
        }
        for app in members where stopsBuild(items[app], app: apps[app]) {
            let first = firstOnboardingWave(kind)
            setWave(items[app]!.savingBasis == .weakMatch ? max(first, afterCheck) : first, of: app, in: &items, parameters: parameters)
        }
        let queue = queue(items, members: members, apps: apps, kind: kind)
        for (entry, wave) in zip(queue, place(queue, capacity: parameters.waveCapacity)) {
            setWave(wave, of: entry.app, in: &items, parameters: parameters)
        }
    }

    /// A platform's onboarding queue: its moves (neither leads nor inactive apps, which take no
    /// place), fewest risk points first (ties to the lower app index), each with the earliest
    /// wave it may move in.
    static func queue(_ items: [PlanItem?], members: [Int], apps: [Application], kind: PlatformKind) -> [(app: Int, earliest: Int)] {
        var queue: [(points: Int, app: Int)] = []
        for app in members {
            guard let item = items[app], item.action != .retain, item.action != .platform, item.savingBasis != .inactive,
                  !stopsBuild(item, app: apps[app]) else { continue }
            queue.append((riskPoints(for: apps[app], confidence: item.confidence), app))
        }
        queue.sort { $0.points != $1.points ? $0.points < $1.points : $0.app < $1.app }
        let first = firstOnboardingWave(kind)
        return queue.map { entry in
            let wave = first - 1 + earliestWave(points: entry.points)
            return (entry.app, items[entry.app]!.savingBasis == .weakMatch ? max(wave, afterCheck) : wave)
        }
    }

    /// The first wave apps move into a platform of `kind`: a national one runs already, a
    /// shared one is first built on its module leads.
    static func firstOnboardingWave(_ kind: PlatformKind) -> Int { kind == .shared ? 2 : 1 }

    /// Whether the item stops the build of an app still in development: nothing runs to
    /// migrate, so it stops at once (the platform's first onboarding wave, or after the check
    /// of a weak match) and takes no onboarding place.
    static func stopsBuild(_ item: PlanItem?, app: Application) -> Bool {
        item.map { stopsBuild($0.action, app: app) } ?? false
    }

    /// The rule itself, on an action and an app: a move of an app the register says is still
    /// in development stops its build. The planner, the money, the summaries and the stored
    /// SQL (``stopsBuildSQL``) all ask this.
    public static func stopsBuild(_ action: PlanAction, app: Application) -> Bool {
        action == .migrate && app.status == .development
    }

    /// ``stopsBuild(_:app:)`` over stored plan items `i` joined with their apps `a`.
    public static let stopsBuildSQL = "(i.action = '\(PlanAction.migrate.rawValue)' AND a.status = '\(ApplicationStatus.development.rawValue)')"

    /// The wave of each queued move, in queue order: its earliest wave, or the first later one
    /// with fewer than `capacity` moves.
    static func place(_ queue: [(app: Int, earliest: Int)], capacity: Int) -> [Int] {
        let capacity = max(1, capacity)
        var taken: [Int: Int] = [:]
        return queue.map { entry in
            var wave = entry.earliest
            while taken[wave, default: 0] >= capacity { wave += 1 }
            taken[wave, default: 0] += 1
            return wave
        }
    }

    /// The fewest moves a wave with which every move of `queue` lands in `lastWave` or before;
    /// nil when none does (a move may not start before a later wave).
    static func capacity(toFinish queue: [(app: Int, earliest: Int)], by lastWave: Int) -> Int? {
        guard !queue.isEmpty, queue.allSatisfy({ $0.earliest <= lastWave }) else { return nil }
        var (low, high) = (1, queue.count)
        while low < high {
            let middle = (low + high) / 2
            if place(queue, capacity: middle).allSatisfy({ $0 <= lastWave }) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private static func setWave(_ wave: Int, of app: Int, in items: inout [PlanItem?], parameters: PlanParameters) {
        items[app]!.wave = wave
        if let saving = items[app]!.annualSaving {
            items[app]!.netSaving = saving * PlanMoney.savingYears(wave: wave, parameters: parameters) - (items[app]!.oneOffCost ?? 0)
        }
    }

    /// First and last quarter of wave `number` (1-based).
    public static func dates(of number: Int, parameters: PlanParameters) -> (start: Quarter, end: Quarter) {
        let start = parameters.start.adding((number - 1) * parameters.waveQuarters)
        return (start, start.adding(parameters.waveQuarters - 1))
    }
}
