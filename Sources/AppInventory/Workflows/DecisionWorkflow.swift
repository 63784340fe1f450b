import GRDB

/// Decide: records a planner decision after checking it makes sense against the inventory,
/// the catalogue and the latest plan, and says what it overrides. The CLI and the web
/// workspace both call it.
public enum DecisionWorkflow {
    public struct Outcome: Sendable {
        public var decision: PlannerDecision
        /// What the decision will not do as the planner may expect, and earlier decisions it
        /// contradicts (the later one wins): words for each reader with ``DecisionMessage/text(_:_:)``.
        public var notes: [DecisionMessage]
        /// The notes as the command line words them.
        public var warnings: [String] { notes.map { $0.text(.en) } }
        /// For an assign of an app in an overlap group: the group and its size, since the
        /// decision takes the whole group, which the planner may have named by one app.
        public var group: (name: OverlapGroupName, apps: Int)?
    }

    /// Records `kind` about `app` (and `other`: a second app for separate/merge, a platform
    /// name for assign). For assign and exclude, `app` may be an overlap group number of the
    /// current analysis or any app of the group; assign also takes an app without look-alikes,
    /// so a single misclassified app can be given its platform.
    public static func decide(_ db: InventoryDatabase, _ kind: PlannerDecision.Kind, app: String, other: String? = nil,
                              reason: String?, by: String?) throws -> Outcome {
        if let reason, reason.count > reasonLimit { throw DecisionRefusal(.reasonTooLong(characters: reason.count, limit: reasonLimit)) }
        var appA = app
        var appB: String?
        var platform: String?
        var warnings: [DecisionMessage] = []
        var assigned: (name: OverlapGroupName, apps: Int)?
        switch kind {
        case .keep:
            if let national = try nationalPlatform(of: app, db) {
                throw DecisionRefusal(.keepInNationalPlatform(app: app, platform: national))
            }
        case .assign, .exclude:
            appA = try groupMember(app, db, allowLone: kind == .assign)
            if let named = try appNamedByNumber(app, db) {
                warnings.append(.numberReadAsGroup(app, appName: named))
            }
            if kind == .assign {
                guard let given = other else { throw DecisionRefusal(.assignNeedsPlatform) }
                // A number is the platform's number in the latest plan's table, as `plan` prints it.
                let name = try Int(given).map { try platformNumbered($0, db) } ?? given
                let catalogue = try CatalogueStore(db).catalogue()
                guard let index = catalogue.platform(named: name) else {
                    // A name cut short ("Platform Bersama Kepegawaian") means the shortest platform it
                    // begins; a slip ("Platfrom") the nearest spelling, when near; a name that says a
                    // job ("SIMPEG Nasional", which is spelt nearest to "JDIH Nasional") the platform doing it.
                    let names = catalogue.platforms.map(\.name), typed = name.lowercased()
                    let suggestion = names.filter { $0.lowercased().hasPrefix(typed) }.min { $0.count < $1.count }
                        ?? EditDistance.nearest(typed, in: names, within: max(2, typed.count / 4), swaps: false, orItsBeginning: true)
                        ?? Self.platformDoing(name, catalogue: catalogue)
                    throw DecisionRefusal(.unknownPlatform(name, suggestion: suggestion))
                }
                platform = catalogue.platforms[index].name
                let checked = try assignWarnings(appA, platform: catalogue.platforms[index], catalogue: catalogue, db)
                warnings = try checked.warnings + displacementWarnings(platform: catalogue.platforms[index], catalogue: catalogue, db)
                assigned = checked.group
            }
        case .separate, .merge:
            guard let other else { throw DecisionRefusal(.needsTwoApps(kind)) }
            appB = other
        case .retain:
            if let system = try mandatoryPlatform(of: app, db) { warnings.append(.retainedOutsideLaw(app: app, platform: system)) }
        }
        let active = try DecisionStore(db).decisions()
        let decision = try DecisionStore(db).record(kind, appA, appB, platform: platform, reason: reason, by: by)
        let group = try appsOfSubject(decision, db)
        let related = active.filter { aboutSameApps(decision, $0, group: group) }
        let repeated = related.filter { $0.kind == kind && $0.appB == appB && $0.platform?.lowercased() == platform?.lowercased() }
        // Of the other kind, or another assign of the group: the later decision wins.
        let earlier = related.filter { previous in
            (previous.kind != kind || kind == .assign) && !repeated.contains { $0.id == previous.id }
        }
        if kind == .exclude { warnings += try exclusionWarnings(decision, named: Int64(app) == nil ? app : nil, db) }
        // An excluded group builds no module, so a keep of one of its apps waits for the exclude to go.
        if kind == .keep {
            for exclude in active where exclude.kind == .exclude {
                if try groupApps(of: exclude.appA, db).contains(decision.appA) { warnings.append(.inExcludedGroup(exclude: exclude)) }
            }
        }
        // A retain keeps its app out of every module, so a keep of it waits for the retain to go,
        // whichever came first; any other contradiction is settled by the later decision.
        warnings += repeated.map { .repeats(earlier: $0) } + earlier.map { previous in
            kind == .keep && previous.kind == .retain ? .outweighedBy(retain: previous) : .contradicts(earlier: previous, later: decision.id)
        }
        var outcome = Outcome(decision: decision, notes: warnings)
        outcome.group = assigned
        return outcome
    }

    /// Withdraws decision `id` and returns it with the decision about the same apps that applies
    /// again in its place, if any (the latest of them: the later decision wins), so the planner
    /// learns at once what the next plan will do rather than after it.
    public static func undo(_ db: InventoryDatabase, _ id: Int64, by: String?) throws -> (withdrawn: PlannerDecision?, again: PlannerDecision?) {
        let store = DecisionStore(db)
        let withdrawn = try store.decisions().first { $0.id == id }
        try store.undo(id, by: by)
        guard let withdrawn else { return (nil, nil) }
        let group = try appsOfSubject(withdrawn, db)
        let again = try store.decisions().last { aboutSameApps(withdrawn, $0, group: group) }
        return (withdrawn, again)
    }

    /// The apps `decision` is about: an assign or exclude takes a whole group, whichever of its
    /// apps names it; any other kind, its own app.
    static func appsOfSubject(_ decision: PlannerDecision, _ db: InventoryDatabase) throws -> Set<String> {
        decision.kind == .assign || decision.kind == .exclude ? try groupApps(of: decision.appA, db) : [decision.appA]
    }

    /// Whether `other` is about the same apps as `decision` (whose ``appsOfSubject(_:_:)`` are
    /// `group`), so the two repeat or contradict each other: an assign or exclude of the same
    /// group, a keep or retain of the same app, a separate or merge of the same pair.
    static func aboutSameApps(_ decision: PlannerDecision, _ other: PlannerDecision, group: Set<String>) -> Bool {
        guard other.id != decision.id else { return false }
        switch (decision.kind, other.kind) {
        case (.assign, .assign), (.assign, .exclude), (.exclude, .assign), (.exclude, .exclude): return group.contains(other.appA)
        case (.keep, .keep), (.keep, .retain), (.retain, .keep), (.retain, .retain): return other.appA == decision.appA
        case (.separate, .separate), (.separate, .merge), (.merge, .separate), (.merge, .merge):
            return Set([other.appA, other.appB]) == Set([decision.appA, decision.appB])
        default: return false
        }
    }

    /// The longest reason kept: a reason is read in lists, plan rows and the report, where a
    /// pasted document would bury every other decision.
    public static let reasonLimit = 2_000

    /// What an assign of `app`'s group to `platform` will not do as the planner may expect:
    /// apps of levels the platform does not serve stay where the plan puts them, so do apps the
    /// latest plan moves into a mandatory national system (the law comes first; not one app
    /// assigned by name, which moves on the planner's word), and a group
    /// whose job (in the latest plan) is none of the platform's functions moves anyway; and when
    /// the latest plan already sends every app the platform serves there, that the decision
    /// changes nothing now. Also returns `app`'s overlap group and its size (nil for an app without look-alikes).
    static func assignWarnings(_ app: String, platform: CataloguePlatform, catalogue: PlatformCatalogue,
                               _ db: InventoryDatabase) throws -> (warnings: [DecisionMessage], group: (name: OverlapGroupName, apps: Int)?) {
        let members = try db.read { db in
            let item = "FROM plan_items i WHERE i.plan_id = (SELECT max(id) FROM plans) AND i.app_id = a.id"
            let job = "(SELECT i.function_key \(item))"
            let into = "(SELECT p.name \(item.replacingOccurrences(of: "FROM plan_items i", with: "FROM plan_items i JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number")))"
            let basis = "(SELECT i.saving_basis \(item))"
            let group = try Row.fetchAll(db, sql: """
                SELECT m.group_id, a.level, \(job), \(into), a.name, \(basis), a.external_id
                FROM group_members m JOIN apps a ON a.id = m.app_id
                WHERE m.group_id = (SELECT m2.group_id FROM group_members m2 JOIN apps a2 ON a2.id = m2.app_id WHERE a2.external_id = ?)
                """, arguments: [app])
            return group.isEmpty ? try Row.fetchAll(db, sql: "SELECT NULL, a.level, \(job), \(into), a.name, \(basis), a.external_id FROM apps a WHERE a.external_id = ?", arguments: [app]) : group
        }
        guard let first = members.first else { return ([], nil) }
        let name = try (first[0] as Int64?).map { number in try db.read { try groupName(number, $0) } }
        let subject: DecisionMessage.Subject = name.map { .group($0) } ?? .app(app)
        var warnings: [DecisionMessage] = []
        let outsideApps = members.filter { !platform.scope.covers(($0[1] as String?).flatMap(GovernmentLevel.init(rawValue:))) }
        let outside = outsideApps.count
        if outside > 0 {
            // The app the planner typed is said to be among them: it may be the one they meant to move.
            let named = outsideApps.contains { ($0[6] as String?) == app } ? app : nil
            warnings.append(.outsideScope(platform: platform.name, scope: platform.scope, subject: subject, outside: outside, members: members.count, named: named))
        }
        // The law comes first: an app of a group the plan moves into a mandatory national system
        // stays there. One app assigned by name moves all the same (the planner judged its job).
        let lone = if case .app = subject { true } else { false }
        // Only an app whose own job (the plan's function key) is that system's: one a planner's
        // earlier assign put there goes where the new decision says.
        let bound = lone ? [] : members.filter { member in
            guard let into = member[3] as String?, into.lowercased() != platform.name.lowercased(),
                  let index = catalogue.platform(named: into), catalogue.platforms[index].mandatory,
                  let job = member[2] as String?, catalogue.functions.contains(where: { $0.function.key == job && $0.platform == index }) else { return false }
            return platform.scope.covers((member[1] as String?).flatMap(GovernmentLevel.init(rawValue:)))
        }
        if !bound.isEmpty {
            let systems = Array(Set(bound.compactMap { $0[3] as String? })).sorted()
            let names = bound.prefix(3).compactMap { $0[4] as String? }.joined(separator: ", ") + (bound.count > 3 ? ", …" : "")
            warnings.append(.boundByLaw(subject: subject, count: bound.count, names: names, systems: systems))
        }
        // Every app the platform may take already goes there: the decision only holds them.
        let served = members.filter { platform.scope.covers(($0[1] as String?).flatMap(GovernmentLevel.init(rawValue:))) }
        if !served.isEmpty, served.allSatisfy({ ($0[3] as String?)?.lowercased() == platform.name.lowercased() }) {
            let off = served.filter { ($0[5] as String?) == SavingBasis.inactive.rawValue }.count
            warnings.append(.alreadyThere(subject: subject, platform: platform.name, apps: served.count, switchedOff: off))
        } else if outside + bound.count == members.count {
            // Every app stays where it is for one of the reasons above: say it in one line, not as a
            // sum to make, and not followed by "assigned anyway" about a job no app brings.
            warnings.append(.movesNothing(subject: subject, apps: members.count))
            return (warnings, name.map { (name: $0, apps: members.count) })
        }
        let jobs = Dictionary(grouping: members.compactMap { $0[2] as String? }, by: { $0 })
        if let (key, _) = jobs.max(by: { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.key > $1.key }),
           !platform.functions.contains(where: { $0.key == key }),
           let job = catalogue.functions.first(where: { $0.function.key == key })?.function {
            warnings.append(.jobMismatch(subject: subject, job: job, platform: platform.name, serves: platform.functions))
        }
        return (warnings, name.map { (name: $0, apps: members.count) })
    }

    /// Which platform an assign to `platform` pushes out of the plan: when the latest plan
    /// leaves `platform` out and fills its target, the assigned platform takes the place of
    /// its last optional platform (the one covering fewest apps), and every decision about
    /// that platform's apps loses its effect. Says so before the decision is recorded.
    static func displacementWarnings(platform: CataloguePlatform, catalogue: PlatformCatalogue, _ db: InventoryDatabase) throws -> [DecisionMessage] {
        guard !platform.mandatory else { return [] }
        return try db.read { db in
            guard let plan = try Row.fetchOne(db, sql: "SELECT id, json_extract(parameters, '$.target') FROM plans ORDER BY id DESC LIMIT 1"),
                  let target = plan[1] as Int? else { return [] }
            let planID: Int64 = plan[0]
            let rows = try Row.fetchAll(db, sql: "SELECT number, name, apps FROM plan_platforms WHERE plan_id = ? ORDER BY number", arguments: [planID])
            guard rows.count >= target, !rows.contains(where: { ($0[1] as String).lowercased() == platform.name.lowercased() }) else { return [] }
            let assigned = Set(try String.fetchAll(db, sql: """
                SELECT lower(platform) FROM decisions WHERE kind = 'assign' AND undone_at IS NULL AND platform IS NOT NULL
                """))
            let optional = rows.filter { row in
                let name: String = row[1]
                return !(catalogue.platform(named: name).map { catalogue.platforms[$0].mandatory } ?? false) && !assigned.contains(name.lowercased())
            }
            guard let last = optional.last else { return [] }
            let name: String = last[1]
            let apps: Int = last[2]
            let affected = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT d.id FROM decisions d JOIN apps a ON a.external_id = d.app_a
                JOIN plan_items i ON i.app_id = a.id AND i.plan_id = ? AND i.platform_number = ?
                WHERE d.undone_at IS NULL AND d.kind IN ('keep', 'assign') ORDER BY d.id
                """, arguments: [planID, last[0]])
            return [.displaces(platform: platform.name, target: target, leaving: name, apps: apps, affected: affected)]
        }
    }

    /// What an exclude takes out of the plan: every app of the group, not only the app named,
    /// and how many of them the latest plan moves into mandatory national systems, so a planner
    /// who meant one app sees the size of the decision at once, not after the next plan.
    static func exclusionWarnings(_ decision: PlannerDecision, named app: String?, _ db: InventoryDatabase) throws -> [DecisionMessage] {
        // Mandatory as the catalogue says, as the assign warning reads it: Aplikasi Umum and the
        // mandatory sectoral systems (SIKS-NG, Dapodik, …) alike.
        let catalogue = try CatalogueStore(db).catalogue()
        return try db.read { db in
            guard let group = try Int64.fetchOne(db, sql: """
                SELECT m.group_id FROM group_members m JOIN apps a ON a.id = m.app_id WHERE a.external_id = ?
                """, arguments: [decision.appA]) else { return [] }
            let members = try Int.fetchOne(db, sql: "SELECT count(*) FROM group_members WHERE group_id = ?", arguments: [group]) ?? 0
            let bound = try Row.fetchAll(db, sql: """
                SELECT p.name, count(*) FROM group_members m
                JOIN plan_items i ON i.app_id = m.app_id AND i.plan_id = (SELECT max(id) FROM plans)
                JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
                WHERE m.group_id = ? AND i.action = 'migrate'
                GROUP BY p.name ORDER BY count(*) DESC, p.name
                """, arguments: [group]).filter { row in catalogue.platform(named: row[0]).map { catalogue.platforms[$0].mandatory } ?? false }
            return [.excludesGroup(subject: try .group(groupName(group, db)), members: members, named: app, decision: decision.id,
                                   bound: bound.reduce(0) { $0 + ($1[1] as Int) }, systems: bound.map { $0[0] })]
        }
    }

    /// The name of overlap group `number` as decisions and warnings cite it.
    static func groupName(_ number: Int64, _ db: Database) throws -> OverlapGroupName {
        let row = try Row.fetchOne(db, sql: """
            SELECT g.label, a.name, a.external_id FROM overlap_groups g JOIN apps a ON a.id = g.representative_app WHERE g.id = ?
            """, arguments: [number])
        return OverlapGroupName(number: Int(number), representative: row?[1], representativeID: row?[2], words: row?[0])
    }

    /// The name of platform `number` of the latest plan's table.
    static func platformNumbered(_ number: Int, _ db: InventoryDatabase) throws -> String {
        try db.read { db in
            let names = try String.fetchAll(db, sql: "SELECT name FROM plan_platforms WHERE plan_id = (SELECT max(id) FROM plans) ORDER BY number")
            guard number >= 1, number <= names.count else { throw DecisionRefusal(.unknownPlatformNumber(number, platforms: names.count)) }
            return names[number - 1]
        }
    }

    /// The external ids of the apps in `app`'s overlap group (only `app` when it has none).
    static func groupApps(of app: String, _ db: InventoryDatabase) throws -> Set<String> {
        let members = try db.read { db in
            try String.fetchAll(db, sql: """
                SELECT a.external_id FROM group_members m JOIN apps a ON a.id = m.app_id
                WHERE m.group_id = (SELECT m2.group_id FROM group_members m2 JOIN apps a2 ON a2.id = m2.app_id WHERE a2.external_id = ?)
                """, arguments: [app])
        }
        return Set(members + [app])
    }

    /// The national system the law obliges agencies to use that the latest plan moves `app`
    /// into, if any: a retain keeps the app out of it, which `decide` says.
    static func mandatoryPlatform(of app: String, _ db: InventoryDatabase) throws -> String? {
        guard let name = try nationalPlatform(of: app, db) else { return nil }
        let catalogue = try CatalogueStore(db).catalogue()
        return catalogue.platform(named: name).map { catalogue.platforms[$0].mandatory } == true ? name : nil
    }

    /// The national platform the latest plan moves `app` into, if any.
    static func nationalPlatform(of app: String, _ db: InventoryDatabase) throws -> String? {
        try db.read { db in
            try String.fetchOne(db, sql: """
                SELECT p.name FROM plan_items i JOIN apps a ON a.id = i.app_id
                JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
                WHERE i.plan_id = (SELECT max(id) FROM plans) AND a.external_id = ? AND p.kind IN ('national-mandatory', 'national-sectoral')
                """, arguments: [app])
        }
    }

    /// An app id standing for an overlap group: the group's representative when given a group
    /// number, the app itself when it is in a group, or (with `allowLone`) when it is an app of
    /// the inventory without look-alikes.
    /// A number is a group number; `app:ID` names the app whose id is ID even when ID is a number.
    static func groupMember(_ reference: String, _ db: InventoryDatabase, allowLone: Bool = false) throws -> String {
        if reference.hasPrefix(appPrefix) { return try groupMember(String(reference.dropFirst(appPrefix.count)), db, allowLone: allowLone, asApp: true) }
        return try groupMember(reference, db, allowLone: allowLone, asApp: false)
    }

    /// Written before an app id that is a number, so that it is not read as a group number.
    public static let appPrefix = "app:"

    /// The name of the app whose id is `reference`, when `reference` is a number, so also read
    /// as a group number: the planner is told which of the two the decision took.
    static func appNamedByNumber(_ reference: String, _ db: InventoryDatabase) throws -> String? {
        guard Int64(reference) != nil else { return nil }
        return try db.read { try String.fetchOne($0, sql: "SELECT name FROM apps WHERE external_id = ?", arguments: [reference]) }
    }

    private static func groupMember(_ reference: String, _ db: InventoryDatabase, allowLone: Bool, asApp: Bool) throws -> String {
        try db.read { db in
            if !asApp, let number = Int64(reference) {
                guard let id = try String.fetchOne(db, sql: """
                    SELECT a.external_id FROM overlap_groups g JOIN apps a ON a.id = g.representative_app WHERE g.id = ?
                    """, arguments: [number]) else {
                    throw DecisionRefusal(.unknownGroup(number))
                }
                return id
            }
            guard try Bool.fetchOne(db, sql: """
                SELECT 1 FROM group_members m JOIN apps a ON a.id = m.app_id WHERE a.external_id = ?
                """, arguments: [reference]) == true else {
                if allowLone, try Bool.fetchOne(db, sql: "SELECT 1 FROM apps WHERE external_id = ?", arguments: [reference]) == true {
                    return reference
                }
                if let meant = try String.fetchOne(db, sql: "SELECT external_id FROM apps WHERE external_id = ? COLLATE NOCASE LIMIT 1", arguments: [reference]) {
                    throw DecisionRefusal(.unknownApp(reference, meant: meant))
                }
                throw DecisionRefusal(.notInGroup(reference, allowLone: allowLone))
            }
            return reference
        }
    }

    /// The platform whose job a mistyped platform name says ("SIMPEG Nasional": staff records,
    /// SIASN), read as the plan reads an app's name; nil when the name names no job clearly.
    static func platformDoing(_ name: String, catalogue: PlatformCatalogue) -> String? {
        let probe = Application(externalID: "typed", name: name)
        guard let best = FunctionMatcher(catalogue: catalogue, apps: [probe]).matches(probe, limit: 1).first,
              best.score >= PlanParameters().groupThreshold else { return nil }
        return catalogue.platforms[catalogue.functions[best.function].platform].name
    }
}
