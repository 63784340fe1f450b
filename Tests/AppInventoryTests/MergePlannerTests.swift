import Testing
@testable import AppInventory

@Suite("Merge planner")
struct MergePlannerTests {
    static func app(_ id: String, _ name: String, _ description: String, features: [String] = [], users: Int? = nil,
                    cost: Double? = nil, status: ApplicationStatus? = .active, level: GovernmentLevel? = .regency, integrations: [String] = []) -> Application {
        Application(externalID: id, name: name, agency: "Pemerintah \(id)", level: level, description: description, users: users,
                    annualCost: cost, status: status, features: features, integrations: integrations)
    }

    static let apps: [Application] = [
        app("S1", "SIMPEG Bantul", "Data kepegawaian, pangkat dan mutasi pegawai", features: ["Data pegawai", "Mutasi"], users: 900, cost: 100),
        app("S2", "SIMPEG Malang", "Data kepegawaian dan riwayat pangkat pegawai", features: ["Data pegawai", "Mutasi", "Cuti", "Pensiun"], users: 12_000, cost: 300, level: .province),
        app("S3", "e-Pegawai Sleman", "Kepegawaian pegawai: cuti dan pangkat", features: ["Cuti"], users: 50, cost: 80, status: .inactive),
        app("O1", "e-Office Bantul", "Surat masuk, surat keluar dan disposisi", features: ["Surat masuk", "Disposisi"], users: 300, cost: 50),
        app("O2", "e-Surat Malang", "Persuratan elektronik: surat keluar dan disposisi", features: ["Surat keluar", "Disposisi"], users: 200, cost: 40),
        app("W1", "Wisata Bantul", "Promosi destinasi wisata dan event", features: ["Destinasi wisata"], users: 5000, cost: 60),
        app("W2", "e-Wisata Malang", "Informasi destinasi wisata, kuliner dan event", features: ["Destinasi wisata", "Kuliner"], users: 4000, cost: 70),
        app("U1", "Irigasi Klaten", "Pemantauan jaringan irigasi sawah", users: 10, cost: 5),
    ]
    static let groups = [[0, 1, 2], [3, 4], [5, 6]]
    static let srikandi = NationalPlatform(name: "SRIKANDI", acronym: "SRIKANDI", mandatory: true, functions: ["correspondence", "archives"],
                                           description: "Surat masuk, surat keluar, disposisi dan naskah dinas elektronik")

    @Test func survivorIsTheBiggestMostCompleteActiveApp() throws {
        let plan = MergePlanner.plan(apps: Self.apps, groups: Self.groups, platforms: [])
        let staff = try #require(plan.platforms.first { $0.members.contains(0) })
        #expect(staff.survivor == 1, "SIMPEG Malang: most users, most features, province level")
        #expect(plan.items[1].action == .platform)
        #expect(plan.items[0].action == .migrate || plan.items[0].action == .retire)
        #expect(plan.invariantViolations(appCount: Self.apps.count).isEmpty)
    }

    @Test func mandatoryNationalPlatformTakesItsLookAlikesWhateverTheTarget() throws {
        var parameters = PlanParameters()
        parameters.target = 1
        let plan = MergePlanner.plan(apps: Self.apps, groups: Self.groups, platforms: [Self.srikandi], parameters: parameters)
        let national = try #require(plan.platforms.first { $0.national == "SRIKANDI" })
        #expect(Set(national.members) == [3, 4])
        #expect(national.survivor == nil && national.costAfter == 0)
        #expect(plan.items[3].reason.contains("duplicates national platform SRIKANDI"))
        #expect(plan.items[7].action == .retain, "the irrigation app has no look-alike")
        #expect(plan.invariantViolations(appCount: Self.apps.count).isEmpty)
    }

    @Test func optionalNationalPlatformsCountAgainstTheTarget() {
        let optional = NationalPlatform(name: "Portal Wisata Nasional", mandatory: false, functions: ["tourism"],
                                        description: "Promosi destinasi wisata, event dan kuliner")
        var parameters = PlanParameters()
        parameters.target = 1
        let plan = MergePlanner.plan(apps: Self.apps, groups: Self.groups, platforms: [Self.srikandi, optional], parameters: parameters)
        #expect(plan.platforms.map(\.name) == ["SRIKANDI"], "the mandatory platform takes the only place")
        parameters.target = 2
        let wider = MergePlanner.plan(apps: Self.apps, groups: Self.groups, platforms: [Self.srikandi, optional], parameters: parameters)
        #expect(wider.platforms.map(\.name) == ["SRIKANDI", "Portal Wisata Nasional"])
    }

    @Test func targetCountIsRespected() {
        for target in 1...3 {
            var parameters = PlanParameters()
            parameters.target = target
            let plan = MergePlanner.plan(apps: Self.apps, groups: Self.groups, platforms: [], parameters: parameters)
            #expect(plan.platforms.count <= target)
            #expect(plan.items.count == Self.apps.count)
            #expect(plan.invariantViolations(appCount: Self.apps.count).isEmpty)
        }
    }

    @Test func keepAndRetainDecisionsAreHonoured() throws {
        var decisions = MergePlanner.Decisions()
        decisions.keep[0] = "#1 (keep by Budi: owns the data)"
        decisions.retain[6] = "#2 (retain: separate tourism office)"
        let plan = MergePlanner.plan(apps: Self.apps, groups: Self.groups, platforms: [], decisions: decisions)
        let staff = try #require(plan.platforms.first { $0.members.contains(0) })
        #expect(staff.survivor == 0)
        #expect(plan.items[0].reason.contains("#1"))
        #expect(plan.items[6].action == .retain)
        #expect(plan.items[6].reason.contains("#2"))
    }

    @Test func wavesFollowRisk() {
        let quick = Self.app("Q", "x", "x", users: 20, status: .inactive)
        let risky = Self.app("R", "x", "x", users: 50_000, status: .active, integrations: ["SIASN", "BPJS", "Bank"])
        #expect(MigrationWave.wave(for: quick, similarity: 0.9) == 1)
        #expect(MigrationWave.wave(for: risky, similarity: 0.4) == 3)
        #expect(MigrationWave.wave(for: Self.app("M", "x", "x", users: 2_000), similarity: 0.8) == 2)
    }
}
