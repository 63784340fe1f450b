import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Waves a platform owner can deliver: each platform onboards a limited number of apps a wave,
/// lowest risk first, risky apps not before wave 3, and the rest overflow into later, dated
/// waves that money follows.
@Suite("Migration waves")
struct MigrationWaveTests {
    /// `count` correspondence apps (SRIKANDI's job) in one overlap group; every third app is
    /// high-risk (20,000 users, three integrations).
    static func correspondence(_ count: Int) -> PlanInput {
        let apps = (0..<count).map { index in
            MergePlannerTests.app("C\(index)", "e-Office Kabupaten \(index)", "Surat masuk, surat keluar dan disposisi",
                                  features: ["Surat masuk", "Disposisi"], users: index % 3 == 0 ? 20_000 : 100,
                                  integrations: index % 3 == 0 ? ["SIAK", "SIASN", "SIPD"] : [])
        }
        var lookAlikes = Array(repeating: [LookAlike](), count: count)
        for a in 0..<count {
            for b in 0..<count where b != a { lookAlikes[a].append(LookAlike(app: b, score: 0.8)) }
        }
        let matcher = FunctionMatcher(catalogue: .builtIn, apps: apps)
        let (matches, evidence) = matcher.matchAllWithEvidence(apps)
        return PlanInput(apps: apps, groups: [Array(0..<count)], groupTerms: [["surat"]], lookAlikes: lookAlikes,
                         matches: matches, evidence: evidence, catalogue: .builtIn)
    }

    static func parameters(capacity: Int, years: Int = 5) -> PlanParameters {
        var parameters = MergePlannerTests.parameters
        parameters.waveCapacity = capacity
        parameters.years = years
        return parameters
    }

    @Test func aPlatformTakesInAtMostItsCapacityAWaveAndTheRestOverflow() throws {
        let plan = MergePlanner.plan(Self.correspondence(25), parameters: Self.parameters(capacity: 4))
        let moving = plan.items.filter { $0.action != .retain }
        #expect(moving.count == 25)
        #expect(plan.platforms.count == 1)
        #expect(plan.waves.map(\.number) == Array(1...7), "25 apps at 4 a wave need 7 waves, not 3")
        #expect(plan.waves.map(\.apps) == [4, 4, 4, 4, 4, 4, 1])
        #expect(plan.waves.last?.start == Quarter(year: 2030, number: 1) && plan.waves.last?.end == Quarter(year: 2030, number: 2))
        for item in moving {
            #expect(item.wave.map { (1...7).contains($0) } == true)
        }
    }

    @Test func lowRiskAppsMoveFirstAndRiskyOnesNeverInTheFirstWave() throws {
        let input = Self.correspondence(12)
        let roomy = MergePlanner.plan(input, parameters: Self.parameters(capacity: 100))
        let risky = roomy.items.filter { $0.app % 3 == 0 }
        let easy = roomy.items.filter { $0.app % 3 != 0 }
        #expect(easy.allSatisfy { $0.wave == 1 }, "the 8 low-risk apps move in wave 1")
        #expect(risky.allSatisfy { $0.wave == 3 }, "apps with 20,000 users and three integrations wait for wave 3, however much room wave 1 has")
        #expect(roomy.waves.map(\.number) == [1, 3])

        let tight = MergePlanner.plan(input, parameters: Self.parameters(capacity: 3))
        #expect(tight.items.filter { $0.app % 3 != 0 }.map(\.wave!).sorted() == [1, 1, 1, 2, 2, 2, 3, 3], "low-risk apps fill the waves first")
        #expect(tight.items.filter { $0.app % 3 == 0 }.map(\.wave!).sorted() == [3, 4, 4, 4], "risky apps take the room left from wave 3 on")
    }

    @Test func moneyFollowsEveryWaveAndLateWavesAreNamed() throws {
        let parameters = Self.parameters(capacity: 4, years: 2)
        let plan = MergePlanner.plan(Self.correspondence(25), parameters: parameters)
        for item in plan.items where item.action != .retain {
            let saving = try #require(item.annualSaving)
            let years = Double(max(0, 8 - item.wave! * 2)) / 4
            #expect(abs(item.netSaving! - (saving * years - item.oneOffCost!)) < 1, "wave \(item.wave!) saves \(years) of 2 years")
        }
        // Wave 4 ends in 2028-Q4, the horizon's last quarter, waves 5 to 7 after it: none of
        // their 13 apps saves within the horizon.
        #expect(parameters.horizonEnd == Quarter(year: 2028, number: 4))
        #expect(plan.wavesAfterHorizon.map(\.number) == [4, 5, 6, 7])
        #expect(plan.wavesAfterHorizon.reduce(0) { $0 + $1.apps } == 13)
        let late = plan.items.filter { ($0.wave ?? 0) >= 4 }
        #expect(late.allSatisfy { $0.netSaving == -($0.oneOffCost ?? 0) }, "a wave ending at or after the horizon's end saves nothing")
        let expected = plan.items.reduce(0.0) { $0 + ($1.netSaving ?? 0) }
        #expect(abs(plan.money.netSaving - expected) < 1, "the plan's net is the sum of every app's net, whatever the number of waves")
        // The late apps wait in SRIKANDI's queue of 25 moves: its 9 risky apps may not move before
        // wave 3, the last wave in time, so 9 a wave ends the queue there, and 8 would not.
        #expect(plan.lateQueues == [LateQueue(platform: 1, lateApps: 13, moves: 25, capacity: 9)])
        #expect(MergePlanner.plan(Self.correspondence(25), parameters: Self.parameters(capacity: 9, years: 2)).wavesAfterHorizon.isEmpty)
        #expect(!MergePlanner.plan(Self.correspondence(25), parameters: Self.parameters(capacity: 8, years: 2)).wavesAfterHorizon.isEmpty)
        #expect(MergePlanner.plan(Self.correspondence(25), parameters: Self.parameters(capacity: 4, years: 5)).lateQueues.isEmpty)
    }

    @Test func aSharedPlatformIsBuiltOnItsLeadsInWaveOneAndTakesAppsFromWaveTwo() throws {
        let plan = MergePlanner.plan(MergePlannerTests.input(), parameters: Self.parameters(capacity: 1))
        let tax = [5, 6, 7].map { plan.items[$0] }
        let lead = try #require(tax.first { $0.action == .platform })
        #expect(lead.wave == 1)
        let others = tax.filter { $0.action != .platform }
        let earliest = others.map { 1 + MigrationWave.earliestWave(points: MigrationWave.riskPoints(for: MergePlannerTests.input().apps[$0.app], confidence: $0.confidence)) }
        #expect(earliest.allSatisfy { $0 >= 2 }, "nothing moves into a shared platform before wave 2")
        #expect(others.compactMap(\.wave).sorted() == [earliest.min()!, earliest.min()! + 1], "one app a wave, from the earliest their risk allows")
    }

    @Test func everyWaveStatesItsMovesSwitchOffsAndLeadsApart() throws {
        // Every fourth app is inactive: switched off in wave 1, outside the capacity of 3.
        var input = Self.correspondence(12)
        for index in stride(from: 1, to: 12, by: 4) { input.apps[index].status = .inactive }
        let plan = MergePlanner.plan(input, parameters: Self.parameters(capacity: 3))
        let first = try #require(plan.waves.first)
        #expect(first.number == 1 && first.switchOffs == 3, "the 3 inactive apps are switched off in wave 1")
        #expect(first.moves == 3, "the capacity of 3 limits the moves only, not the switch-offs: \(first)")
        for wave in plan.waves {
            #expect(wave.moves + wave.switchOffs + wave.leads == wave.apps, "wave \(wave.number) counts every app once, by its role")
            #expect(wave.moves <= 3)
            #expect(wave.number == 1 || wave.switchOffs == 0)
        }
        #expect(plan.waves.reduce(0) { $0 + $1.moves } == plan.items.filter { WaveRole.of($0) == .move }.count)
        let moved = plan.items.filter { $0.wave == 1 && WaveRole.of($0) == .move }.reduce(0) { $0 + (input.apps[$1.app].users ?? 0) }
        #expect(first.users == moved, "a wave's users are those brought over, not an inactive app's")
    }

    @Test func anAppStillInDevelopmentStopsItsBuildInTheFirstWaveWithoutTakingAPlace() throws {
        // Apps 1, 4 and 7 (low risk) and 3 (20,000 users, three integrations) are still in development.
        var input = Self.correspondence(12)
        for index in [1, 3, 4, 7] { input.apps[index].status = .development }
        let plan = MergePlanner.plan(input, parameters: Self.parameters(capacity: 3))
        let srikandi = try #require(plan.catalogue.platforms.first { $0.name == "SRIKANDI" })
        for index in [1, 3, 4, 7] {
            let item = plan.items[index]
            #expect(item.action == .migrate && item.wave == 1, "a build stops at once, whatever its risk: \(item)")
            #expect(item.oneOffCost == srikandi.onboardingCost, "no data or service moves: only its users' accounts are paid")
            #expect(item.annualSaving != nil && item.annualSaving! > 0, "what it would cost a year is no longer spent")
            #expect(item.reason.text(.en).contains("The app is still in development: its build stops and its users start on SRIKANDI directly"))
            #expect(item.reason.text(.id).contains("Aplikasi ini masih dalam pengembangan: pembangunannya dihentikan"))
        }
        let running = plan.items.filter { $0.action == .migrate && input.apps[$0.app].status == .active }
        #expect(running.filter { $0.wave == 1 }.count == 3, "the stopped builds take none of wave 1's 3 places")
        #expect(plan.waves.first?.moves == 7 && plan.waves.first?.stops == 4, "wave 1 says which of its moves are builds stopped: \(plan.waves)")
        let brought = running.filter { $0.wave == 1 }.reduce(0) { $0 + (input.apps[$1.app].users ?? 0) }
        #expect(plan.waves.first?.users == brought, "a build that stops brings no users over: nothing runs yet")
        #expect(running.allSatisfy { !$0.reason.text(.en).contains("development") })
        let migrated = try #require(running.first { $0.wave == 1 })
        #expect(migrated.oneOffCost! > srikandi.onboardingCost, "a running app's move pays for its data as well")

        // A build that would cost less a year than SRIKANDI's fee per app moves because the law
        // obliges it, and the plan says why it never pays back, as for any move.
        input.apps[4].annualCost = 5_000_000
        let cheap = MergePlanner.plan(input, parameters: Self.parameters(capacity: 3))
        #expect(cheap.items[4].shortfall == .noYearlySaving(adds: srikandi.runningCostPerApp - 3_500_000, obligedBy: "SRIKANDI"), "\(cheap.items[4])")
        #expect(cheap.money.losingApps == cheap.items.filter { ($0.netSaving ?? 0) < 0 }.count, "every loss is counted and explained")
    }

    @Test func aWeakMatchMovesOnlyAfterItsCheckUnlessAPlannerConfirmsIt() throws {
        var parameters = Self.parameters(capacity: 100)
        parameters.weakBelow = 1.01 // every match of the example is weak: nobody has checked one
        let input = Self.correspondence(12)
        let unchecked = MergePlanner.plan(input, parameters: parameters)
        let moves = unchecked.items.filter { WaveRole.of($0) == .move }
        #expect(moves.count == 12 && moves.allSatisfy { $0.savingBasis == .weakMatch })
        #expect(moves.allSatisfy { $0.wave! >= MigrationWave.afterCheck }, "checked during wave 1, so not moved before wave 2")
        #expect(unchecked.items.filter { $0.app % 3 != 0 }.allSatisfy { $0.wave == 2 }, "the 8 low-risk apps move as soon as their check allows")
        #expect(unchecked.waves.map(\.number) == [2, 3])
        #expect(unchecked.waves.map(\.movesToCheck) == [8, 4], "each wave says how many of its moves still wait for a check")
        let dated = unchecked.items.filter { $0.wave == 2 }
        let saving = try #require(dated.first?.annualSaving)
        #expect(abs(dated.first!.netSaving! - (saving * 4 - dated.first!.oneOffCost!)) < 1, "money follows the later wave: 4 of 5 years")

        // A planner who assigns the group to SRIKANDI has confirmed the match: the floor goes.
        var decided = input
        decided.decisions = [ResolvedDecision(id: 7, kind: .assign, app: 1, platform: "SRIKANDI", citation: "#7 (assign, Budi: checked)")]
        let confirmed = MergePlanner.plan(decided, parameters: parameters)
        #expect(confirmed.items.filter { $0.app % 3 != 0 }.allSatisfy { $0.wave == 1 && $0.savingBasis == .confirmed })
        #expect(confirmed.waves.allSatisfy { $0.movesToCheck == 0 })
    }

    @Test func storedParametersWithoutACapacityKeepTheirOtherSettings() throws {
        let json = #"{"target":15,"start":"2027-Q1","waveQuarters":3,"years":4,"migrationCostRate":0.5,"residualCostShare":0.3,"groupThreshold":0.25,"loneThreshold":0.4,"weakBelow":0.35}"#
        let parameters = try JSONDecoder().decode(PlanParameters.self, from: Data(json.utf8))
        #expect(parameters.target == 15 && parameters.waveQuarters == 3 && parameters.years == 4)
        #expect(parameters.waveCapacity == PlanParameters().waveCapacity)
    }
}
