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
    static let mergeFloor = 0.10
    /// How close a left-over group must be to join an existing platform.
    static let attachThreshold = 0.30
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
        var nationalScore: [Int: Double] = [:]
        var local: [[Int]] = []
        for group in groups {
            let sample = Array(group.prefix(200))
            var best: (Int, Double)?
            for p in national.indices {
                var total = 0.0
                for app in sample { total += scorer.score(app, nationalIndex(p)).score }
                let mean = total / Double(sample.count)
                if mean > (best?.1 ?? -1) { best = (p, mean) }
            }
            if let best, best.1 >= parameters.nationalThreshold {
                nationalMembers[best.0, default: []] += group
                for app in group { nationalScore[app] = scorer.score(app, nationalIndex(best.0)).score }
            } else {
                local.append(group)
            }
        }
        let grouped = Set(groups.flatMap { $0 })
        for app in apps.indices where !grouped.contains(app) && decisions.retain[app] == nil {
            var best: (Int, Double)?
            for p in national.indices where national[p].mandatory {
                let score = scorer.score(app, nationalIndex(p)).score
                if score > (best?.1 ?? -1) { best = (p, score) }
            }
            if let best, best.1 >= parameters.nationalThreshold + 0.15 {
                nationalMembers[best.0, default: []].append(app)
                nationalScore[app] = best.1
            }
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
                let score = nationalScore[app] ?? 0
                let shared = OverlapEngine.explain(app, nationalIndex(p), neighbour: scorer.score(app, nationalIndex(p)), profiles: profiles).sharedTerms.prefix(3)
                let rule = platform.mandatory ? "duplicates national platform \(platform.name), which agencies must use" : "same job as national platform \(platform.name)"
                items[app] = memberItem(app, apps: apps, platform: number, score: score, coveredByPlatform: true,
                                        reason: "\(rule) (score \(format(score)); shared: \(shared.joined(separator: ", ")))")
            }
            planned.append(platformSummary(number: number, name: platform.name, national: platform.name, survivor: nil,
                                           members: members.sorted(), items: items, apps: apps, profiles: profiles))
        }
        for members in localPlatforms {
            let number = planned.count + 1
            let pinned = members.filter { decisions.keep[$0] != nil }
            let survivor = SurvivorScore.best(pinned.isEmpty ? members : pinned, apps: apps)
            let survivorFeatures = Set(profiles.featurePhrases[survivor])
            let label = OverlapEngine.characteristicTerms(members, profiles: profiles, total: Double(apps.count)).prefix(3).joined(separator: " / ")
            var kept: [Int] = []
            for app in members.sorted() {
                if app == survivor {
                    let why = decisions.keep[app].map { "kept as survivor by planner decision \($0)" }
                        ?? "survivor: best survivor score in the platform (\(format(SurvivorScore.score(app, among: members, apps: apps))))"
                    items[app] = PlanItem(app: app, action: .platform, platform: number, wave: nil, confidence: 1, reason: why)
                    kept.append(app)
                    continue
                }
                let pair = OverlapEngine.explain(app, survivor, neighbour: scorer.score(app, survivor), profiles: profiles)
                if pair.score < parameters.minScore {
                    items[app] = PlanItem(app: app, action: .retain, platform: nil, wave: nil, confidence: 1 - pair.score,
                                          reason: "too different from \(apps[survivor].name), the survivor of platform \(number) (score \(format(pair.score)))")
                    continue
                }
                let unique = profiles.featurePhrases[app].filter { !survivorFeatures.contains($0) }
                let evidence = "score \(format(pair.score)); shared: \((pair.sharedTerms.prefix(3) + pair.sharedFeatures.prefix(2)).joined(separator: ", "))"
                items[app] = memberItem(app, apps: apps, platform: number, score: pair.score, coveredByPlatform: unique.isEmpty,
                                        reason: unique.isEmpty ? "same job as \(apps[survivor].name) (\(evidence)); all its features are covered"
                                            : "same job as \(apps[survivor].name) (\(evidence)); brings \(unique.prefix(3).joined(separator: ", "))")
                kept.append(app)
            }
            planned.append(platformSummary(number: number, name: "\(apps[survivor].name) (\(label))", national: nil, survivor: survivor,
                                           members: kept, items: items, apps: apps, profiles: profiles))
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

    /// Agglomerates groups by centroid similarity until at most `slots` remain.
    static func mergeLocal(_ groups: [[Int]], slots: Int, profiles: ProfileSet) -> [[Int]] {
        guard slots > 0 else { return [] }
        let ordered = groups.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var units = Array(ordered.prefix(candidateLimit))
        let leftovers = Array(ordered.dropFirst(candidateLimit))
        let merger = GroupMerger(profiles: profiles, weights: SimilarityWeights(), threshold: 1)
        var centroids = units.map { merger.centroid(of: $0) }
        var similarity = [[Double]](repeating: [Double](repeating: 0, count: units.count), count: units.count)
        for i in units.indices { for j in units.indices where j > i { similarity[i][j] = merger.similarity(centroids[i], centroids[j]); similarity[j][i] = similarity[i][j] } }
        var alive = Set(units.indices)
        while alive.count > slots {
            var best: (Int, Int, Double)?
            for i in alive.sorted() { for j in alive.sorted() where j > i && similarity[i][j] > (best?.2 ?? -1) { best = (i, j, similarity[i][j]) } }
            guard let (i, j, value) = best, value >= mergeFloor else { break }
            units[i] += units[j]
            centroids[i] = merger.add(centroids[i], centroids[j])
            alive.remove(j)
            for k in alive where k != i { similarity[i][k] = merger.similarity(centroids[i], centroids[k]); similarity[k][i] = similarity[i][k] }
        }
        // Too many unrelated groups for the target: the largest become platforms.
        var kept = alive.sorted { units[$0].count != units[$1].count ? units[$0].count > units[$1].count : $0 < $1 }
        let dropped = kept.dropFirst(slots).map { units[$0] } + leftovers
        kept = Array(kept.prefix(slots))
        for group in dropped {
            let centroid = merger.centroid(of: group)
            let best = kept.map { ($0, merger.similarity(centroid, centroids[$0])) }.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }
            if let best, best.1 >= attachThreshold { units[best.0] += group }
        }
        return kept.map { units[$0] }
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
