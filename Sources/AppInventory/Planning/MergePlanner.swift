import Foundation

/// Turns overlap groups into a consolidation plan of about `target` platforms.
///
/// 1. Groups (and lone apps) that match a national platform map to it; for a mandatory one
///    this holds whatever the target.
/// 2. The other groups are merged by centroid similarity, most related first, until at most
///    `target` platforms remain in all; groups left over join the most similar platform when
///    close enough, else their apps are retained.
/// 3. Each local platform's survivor is the member with the best survivor score
///    (see ``SurvivorScore``), unless a planner pinned one.
/// 4. Every app gets one action: platform, migrate, retire or retain, with a wave and a reason.
public enum MergePlanner {
    /// Planner decisions as the planner sees them, by app index.
    public struct Decisions: Sendable {
        public var keep: [Int: String] = [:]
        public var retain: [Int: String] = [:]
        public init() {}
    }

    /// How related two groups must be to share a platform while there are more than `target`.
    static let mergeFloor = 0.05
    /// How close a left-over group must be to join an existing platform.
    static let attachThreshold = 0.20
    /// At most this many groups compete for platform status; smaller ones may only attach.
    static let candidateLimit = 250

    public static func plan(apps: [Application], groups: [[Int]], platforms national: [NationalPlatform],
                            decisions: Decisions = Decisions(), parameters: PlanParameters = PlanParameters()) -> MergePlan {
        let profiles = ProfileBuilder.build(apps + national.map(\.asApplication))
        let scorer = NeighbourSearch(profiles: profiles, weights: SimilarityWeights(), topK: 1, threshold: 0)
        let nationalIndex = { (p: Int) in apps.count + p }
        var groups = groups.map { $0.filter { decisions.retain[$0] == nil } }.filter { $0.count >= 2 }

        // 1. National platforms.
        var nationalMembers: [Int: [Int]] = [:]
        var nationalMatch: [Int: Neighbour] = [:]
        var local: [[Int]] = []
        for group in groups {
            // A group is the national platform's job when most of its apps match the platform.
            let sample = Array(group.prefix(200))
            var best: (Int, Double)?
            for p in national.indices {
                let matching = sample.filter { scorer.score($0, nationalIndex(p)).score >= parameters.nationalThreshold }.count
                let share = Double(matching) / Double(sample.count)
                if share > (best?.1 ?? 0) { best = (p, share) }
            }
            if let best, best.1 >= 0.5 {
                nationalMembers[best.0, default: []] += group
                for app in group { nationalMatch[app] = scorer.score(app, nationalIndex(best.0)) }
            } else {
                local.append(group)
            }
        }
        let grouped = Set(groups.flatMap { $0 })
        for app in apps.indices where !grouped.contains(app) && decisions.retain[app] == nil {
            var best: (Int, Neighbour)?
            for p in national.indices where national[p].mandatory {
                let match = scorer.score(app, nationalIndex(p))
                if match.score > (best?.1.score ?? -1) { best = (p, match) }
            }
            if let best, best.1.score >= parameters.nationalThreshold + 0.15 {
                nationalMembers[best.0, default: []].append(app)
                nationalMatch[app] = best.1
            }
        }
        // Optional national platforms compete for places like local ones; mandatory ones always stay.
        let mandatory = nationalMembers.keys.filter { national[$0].mandatory }.count
        let optional = nationalMembers.keys.filter { !national[$0].mandatory }
            .sorted { (nationalMembers[$0]!.count, -$0) > (nationalMembers[$1]!.count, -$1) }
        for p in optional.dropFirst(max(0, parameters.target - mandatory)) {
            let members = Set(nationalMembers.removeValue(forKey: p)!)
            local += groups.filter { members.contains($0[0]) }
        }
        groups = []

        // 2. Local platforms, merged down to the target.
        let slots = max(0, parameters.target - nationalMembers.count)
        let localPlatforms = mergeLocal(local, slots: slots, profiles: profiles)

        // 3 and 4. Survivors and actions.
        var items: [PlanItem?] = Array(repeating: nil, count: apps.count)
        var planned: [PlannedPlatform] = []
        for (p, members) in nationalMembers.sorted(by: { $0.key < $1.key }) {
            let number = planned.count + 1
            let platform = national[p]
            for app in members.sorted() {
                let match = nationalMatch[app]!
                let score = match.score
                let shared = OverlapEngine.explain(app, nationalIndex(p), neighbour: match, profiles: profiles).sharedTerms.prefix(3)
                let rule = platform.mandatory ? "duplicates national platform \(platform.name), which agencies must use" : "same job as national platform \(platform.name)"
                items[app] = memberItem(app, apps: apps, platform: number, score: score, coveredByPlatform: true,
                                        reason: "\(rule) (score \(format(score)); shared: \(shared.joined(separator: ", ")))")
            }
            planned.append(platformSummary(number: number, name: platform.name, national: platform.name, survivor: nil,
                                           members: members.sorted(), items: items, apps: apps, profiles: profiles))
        }
        for platformGroups in localPlatforms {
            let number = planned.count + 1
            let members = platformGroups.flatMap { $0 }
            let pinned = members.filter { decisions.keep[$0] != nil }
            let survivor = SurvivorScore.best(pinned.isEmpty ? members : pinned, apps: apps)
            let label = OverlapEngine.characteristicTerms(members, profiles: profiles, total: Double(apps.count)).prefix(3).joined(separator: " / ")
            var kept: [Int] = []
            for group in platformGroups {
                // Each function in the platform is led by the survivor or by its own best app,
                // which carries the function into the platform as a module.
                let lead = group.contains(survivor) ? survivor : SurvivorScore.best(group, apps: apps)
                let leadFeatures = Set(profiles.featurePhrases[lead])
                let fit = GroupFit(group, profiles: profiles)
                for app in group.sorted() {
                    if app == survivor {
                        let why = decisions.keep[app].map { "kept as survivor by planner decision \($0)" }
                            ?? "survivor: best survivor score in the platform (\(format(SurvivorScore.score(app, among: members, apps: apps))))"
                        items[app] = PlanItem(app: app, action: .platform, platform: number, wave: nil, confidence: 1, reason: why)
                        kept.append(app)
                        continue
                    }
                    if app == lead {
                        let terms = OverlapEngine.characteristicTerms(group, profiles: profiles, total: Double(apps.count)).prefix(3).joined(separator: ", ")
                        items[app] = PlanItem(app: app, action: .migrate, platform: number, wave: MigrationWave.wave(for: apps[app], similarity: 0.5),
                                              confidence: 0.6, reason: "leads its function (\(terms)) into platform \(number) as a module; \(group.count) look-alikes follow it")
                        kept.append(app)
                        continue
                    }
                    let pair = OverlapEngine.explain(app, lead, neighbour: scorer.score(app, lead), profiles: profiles)
                    // The lead may be branded differently; what counts is how well the app fits its group.
                    let fitScore = max(pair.score, fit.score(app))
                    if fitScore < parameters.minScore {
                        items[app] = PlanItem(app: app, action: .retain, platform: nil, wave: nil, confidence: 1 - fitScore,
                                              reason: "too different from its look-alikes in platform \(number) (fit \(format(fitScore)))")
                        continue
                    }
                    let unique = profiles.featurePhrases[app].filter { !leadFeatures.contains($0) }
                    let evidence = "score \(format(pair.score)); shared: \((pair.sharedTerms.prefix(3) + pair.sharedFeatures.prefix(2)).joined(separator: ", "))"
                    items[app] = memberItem(app, apps: apps, platform: number, score: fitScore, coveredByPlatform: unique.isEmpty,
                                            reason: unique.isEmpty ? "same job as \(apps[lead].name) (\(evidence)); all its features are covered"
                                                : "same job as \(apps[lead].name) (\(evidence)); brings \(unique.prefix(3).joined(separator: ", "))")
                    kept.append(app)
                }
            }
            planned.append(platformSummary(number: number, name: "\(apps[survivor].name) (\(label))", national: nil, survivor: survivor,
                                           members: kept.sorted(), items: items, apps: apps, profiles: profiles))
        }
        for app in apps.indices where items[app] == nil {
            let reason = decisions.retain[app].map { "retained by planner decision \($0)" }
                ?? (grouped.contains(app) ? "its overlap group is not among the \(parameters.target) target platforms"
                    : "no look-alike in the inventory: nothing else does this job")
            items[app] = PlanItem(app: app, action: .retain, platform: nil, wave: nil, confidence: decisions.retain[app] != nil || !grouped.contains(app) ? 1 : 0.5, reason: reason)
        }
        return MergePlan(target: parameters.target, platforms: planned, items: items.map { $0! })
    }

    private static func memberItem(_ app: Int, apps: [Application], platform: Int, score: Double, coveredByPlatform: Bool, reason: String) -> PlanItem {
        let status = apps[app].status
        let retire = coveredByPlatform && (score >= 0.6 || status == .inactive || status == .retired)
        return PlanItem(app: app, action: retire ? .retire : .migrate, platform: platform,
                        wave: MigrationWave.wave(for: apps[app], similarity: score), confidence: min(1, score), reason: reason)
    }

    private static func platformSummary(number: Int, name: String, national: String?, survivor: Int?, members: [Int],
                                        items: [PlanItem?], apps: [Application], profiles: ProfileSet) -> PlannedPlatform {
        let costBefore = members.compactMap { apps[$0].annualCost }.reduce(0, +)
        let costAfter = survivor.flatMap { apps[$0].annualCost } ?? 0
        return PlannedPlatform(number: number, name: name, national: national, survivor: survivor, members: members,
                               users: members.compactMap { apps[$0].users }.reduce(0, +), costBefore: costBefore, costAfter: costAfter,
                               functions: OverlapEngine.characteristicTerms(members, profiles: profiles, total: Double(apps.count)))
    }

    /// Agglomerates groups by relatedness until at most `slots` platforms remain; returns each
    /// platform as the groups it is made of.
    static func mergeLocal(_ groups: [[Int]], slots: Int, profiles: ProfileSet) -> [[[Int]]] {
        guard slots > 0 else { return [] }
        let ordered = groups.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var units = Array(ordered.prefix(candidateLimit))
        var parts = units.map { [$0] }
        let leftovers = Array(ordered.dropFirst(candidateLimit))
        let merger = GroupMerger(profiles: profiles, weights: SimilarityWeights(), threshold: 1)
        var centroids = units.map { merger.centroid(of: $0) }
        var sectors = units.map { sectorCentroid($0, profiles: profiles) }
        func related(_ i: Int, _ j: Int) -> Double { relatedness(merger.similarity(centroids[i], centroids[j]), sectors[i], sectors[j]) }
        var similarity = [[Double]](repeating: [Double](repeating: 0, count: units.count), count: units.count)
        for i in units.indices { for j in units.indices where j > i { similarity[i][j] = related(i, j); similarity[j][i] = similarity[i][j] } }
        var alive = Set(units.indices)
        // Balanced merges first: a large platform's centroid grows generic and would otherwise
        // absorb every small group one by one.
        func balance(_ i: Int, _ j: Int) -> Double {
            let (a, b) = (Double(units[i].count), Double(units[j].count))
            return 2 * (a * b).squareRoot() / (a + b)
        }
        // No platform may grow past twice its fair share of the grouped apps.
        let cap = max(2 * units.reduce(0) { $0 + $1.count } / max(slots, 1), units.map(\.count).max() ?? 0)
        while alive.count > slots {
            var best: (Int, Int, Double)?
            for i in alive.sorted() {
                for j in alive.sorted() where j > i && similarity[i][j] >= mergeFloor && units[i].count + units[j].count <= cap {
                    let priority = similarity[i][j] * balance(i, j)
                    if priority > (best?.2 ?? -1) { best = (i, j, priority) }
                }
            }
            guard let (i, j, _) = best else { break }
            units[i] += units[j]
            parts[i] += parts[j]
            centroids[i] = merger.add(centroids[i], centroids[j])
            sectors[i] = sectors[i].merging(sectors[j], uniquingKeysWith: +)
            alive.remove(j)
            for k in alive where k != i { similarity[i][k] = related(i, k); similarity[k][i] = similarity[i][k] }
        }
        // Too many unrelated groups for the target: the largest become platforms.
        var kept = alive.sorted { units[$0].count != units[$1].count ? units[$0].count > units[$1].count : $0 < $1 }
        let dropped = kept.dropFirst(slots).map { units[$0] } + leftovers
        kept = Array(kept.prefix(slots))
        for group in dropped {
            let centroid = merger.centroid(of: group)
            let sector = sectorCentroid(group, profiles: profiles)
            var best: (Int, Double)?
            for k in kept {
                let value = relatedness(merger.similarity(centroid, centroids[k]), sector, sectors[k])
                if value > (best?.1 ?? -1) { best = (k, value) }
            }
            if let best, best.1 >= attachThreshold { parts[best.0].append(group) }
        }
        return kept.map { parts[$0] }
    }

    /// Sum of members' sector vectors (domain, SPBE codes, owning unit).
    static func sectorCentroid(_ members: [Int], profiles: ProfileSet) -> [Int32: Float] {
        var sum: [Int32: Float] = [:]
        for member in members {
            let vector = profiles.sector[member]
            for (term, weight) in zip(vector.terms, vector.weights) { sum[term, default: 0] += weight }
        }
        return sum
    }

    /// How related two groups are as parts of one platform: content similarity of their
    /// centroids, averaged with the similarity of their business context when both have one.
    static func relatedness(_ content: Double, _ a: [Int32: Float], _ b: [Int32: Float]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return content }
        var dot = 0.0, na = 0.0, nb = 0.0
        for key in a.keys.sorted() { na += Double(a[key]! * a[key]!); if let y = b[key] { dot += Double(a[key]! * y) } }
        for key in b.keys.sorted() { nb += Double(b[key]! * b[key]!) }
        return (content + dot / (na * nb).squareRoot()) / 2
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

/// How well one app fits a group: the weighted cosine between the app's field vectors and
/// the group's centroid (fields both have), in [0, 1].
struct GroupFit {
    private var centroid: [[Int32: Float]]
    private var norms: [Float]
    private let profiles: ProfileSet
    private let weights = SimilarityWeights()

    init(_ members: [Int], profiles: ProfileSet) {
        self.profiles = profiles
        centroid = GroupMerger(profiles: profiles, weights: weights, threshold: 1).centroid(of: members)
        norms = centroid.map { field in field.keys.sorted().reduce(Float(0)) { $0 + field[$1]! * field[$1]! }.squareRoot() }
    }

    func score(_ app: Int) -> Double {
        var total = 0.0, weightSum = 0.0
        for field in SimilarityField.allCases where norms[field.rawValue] > 0 {
            let vector = profiles.vectors[field.rawValue][app]
            guard !vector.isEmpty else { continue }
            var dot: Float = 0
            for (term, weight) in zip(vector.terms, vector.weights) { dot += weight * (centroid[field.rawValue][term] ?? 0) }
            total += weights.values[field.rawValue] * Double(dot / norms[field.rawValue])
            weightSum += weights.values[field.rawValue]
        }
        return weightSum > 0 ? total / weightSum : 0
    }
}
