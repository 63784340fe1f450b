import Testing
@testable import AppInventoryCore

/// Which platforms a plan holds: the law first, then planner decisions, then the places left;
/// and what assign and separate decisions really do.
@Suite("Platform selection and decisions")
struct PlatformSelectionTests {
    typealias Fixture = MergePlannerTests

    /// The fixture's inventory plus two school-data apps doing Dapodik's job (indices 12, 13).
    static let apps = Fixture.apps + [
        Fixture.app("D1", "Dapodik Sekolah Bantul", "Data pokok pendidikan: data sekolah, peserta didik, guru dan rombongan belajar", users: 800),
        Fixture.app("D2", "Data Sekolah Sleman", "Data pokok pendidikan sekolah, peserta didik dan pendidik", users: 600),
    ]
    static let groups = Fixture.groups + [[12, 13]]

    static func input(decisions: [ResolvedDecision] = [], cut: (Int, Int)? = nil) -> PlanInput {
        var input = Fixture.input(apps, groups: groups, decisions: decisions)
        input.lookAlikes[12].append(LookAlike(app: 13, score: 0.8))
        input.lookAlikes[13].append(LookAlike(app: 12, score: 0.8))
        if let (a, b) = cut {
            input.lookAlikes[a].removeAll { $0.app == b }
            input.lookAlikes[b].removeAll { $0.app == a }
        }
        return input
    }

    static func plan(target: Int = 12, decisions: [ResolvedDecision] = [], cut: (Int, Int)? = nil) -> MergePlan {
        var parameters = Fixture.parameters
        parameters.target = target
        return MergePlanner.plan(input(decisions: decisions, cut: cut), parameters: parameters)
    }

    static func names(_ plan: MergePlan) -> [String] { plan.platforms.map { plan.catalogue.platforms[$0.catalogueIndex].name } }

    @Test func theBuiltInCatalogueMarksTheMandatorySectoralSystemsWithTheirLaw() throws {
        let catalogue = PlatformCatalogue.builtIn
        for name in ["Dapodik", "SATUSEHAT", "SIAK Terpusat", "SIKS-NG (DTKS)", "OSS-RBA", "Siskeudes"] {
            let platform = catalogue.platforms[try #require(catalogue.platform(named: name))]
            #expect(platform.mandatory && platform.kind == .nationalSectoral && !platform.basis.isEmpty, "\(name)")
        }
        #expect(catalogue.platforms.filter { $0.kind == .shared }.allSatisfy { !$0.mandatory })
    }

    @Test func aMandatorySectoralSystemComesBeforeAnyOptionalPlatform() throws {
        // Three places: SIASN and SRIKANDI by law, and Dapodik by law, although the shared
        // revenue platform covers more apps.
        let plan = Self.plan(target: 3)
        #expect(Self.names(plan) == ["SRIKANDI", "SIASN", "Dapodik"])
        #expect(plan.items[12].action == .migrate && plan.items[13].action == .migrate)
        #expect(plan.items[12].reason.text(.en).contains("must use the national sectoral system Dapodik (Permendikbud 79/2015"), "\(plan.items[12].reason.text(.en))")
        #expect(plan.items[12].reason.text(.id).contains("wajib memakai sistem nasional sektoral Dapodik"))
        #expect(plan.items[5].action == .retain)
        #expect(plan.items[5].reason.text(.en).contains("not among this plan's 3 platforms"), "\(plan.items[5].reason.text(.en))")
        // With one more place the optional platform fills it.
        #expect(Self.names(Self.plan(target: 4)).last == "Platform Bersama Pendapatan Daerah")
    }

    @Test func obligationsBeyondTheTargetStayAndReasonsCountTheRealPlatforms() throws {
        let plan = Self.plan(target: 1)
        #expect(Self.names(plan) == ["SRIKANDI", "SIASN", "Dapodik"], "no obligation is dropped for the target")
        let text = plan.items[5].reason.text(.en)
        #expect(text.contains("not among this plan's 3 platforms"), "the reason counts the platforms the plan has, not the target: \(text)")
        #expect(plan.items[5].reason.text(.id).contains("tidak termasuk 3 platform rencana ini"))
    }

    @Test func freePlacesAreNotLeftUnusedWithoutSayingWhy() throws {
        let plan = Self.plan()
        #expect(plan.platforms.count < 12)
        let attendance = plan.items[10]
        #expect(attendance.action == .retain)
        #expect(attendance.reason.text(.en).contains("is built only when at least 2 apps can be brought together, and only 1 app of the inventory does this job"),
                "\(attendance.reason.text(.en))")
        #expect(plan.tooSmall.map { plan.catalogue.platforms[$0.catalogueIndex].name } == ["Platform Bersama Kepegawaian Daerah"])
        #expect(plan.candidates.isEmpty, "every platform worth it got a free place")
    }

    @Test func anAssignThatTakesAPlaceNamesThePlatformItPushesOut() throws {
        let assign = ResolvedDecision(id: 4, kind: .assign, app: 8, platform: "Platform Bersama Perekonomian Daerah", citation: "#4 (assign)")
        let plan = Self.plan(target: 4, decisions: [assign])
        #expect(Self.names(plan) == ["SRIKANDI", "SIASN", "Dapodik", "Platform Bersama Perekonomian Daerah"])
        let effect = try #require(plan.decisionEffects.first { $0.decision == 4 })
        #expect(effect.applied)
        #expect(effect.effect.contains("so Platform Bersama Pendapatan Daerah (3 apps) leaves the plan"), "\(effect.effect)")
        #expect(effect.effectID.contains("Platform Bersama Pendapatan Daerah (3 aplikasi) keluar dari rencana"))
        #expect(plan.items[5].reason.text(.en).contains("its place went to the platform of planner decision #4 (assign)"), "\(plan.items[5].reason.text(.en))")
        // With a place to spare nothing is pushed out, and the effect says nothing of it.
        let roomy = Self.plan(target: 5, decisions: [assign])
        #expect(Self.names(roomy).contains("Platform Bersama Pendapatan Daerah"))
        #expect(!(roomy.decisionEffects.first { $0.decision == 4 }?.effect.contains("leaves the plan") ?? true))
    }

    @Test func aSeparatedAppNeverMovesIntoTheModuleOfTheOther() throws {
        // The revenue group stays one group through P3 after the planner cuts P1 – P2 (P2 leads).
        let separate = ResolvedDecision(id: 9, kind: .separate, app: 5, other: 6, citation: "#9 (separate)")
        var input = Self.input(decisions: [separate], cut: (5, 6))
        // An incremental analysis leaves gaps in group numbers: the effect names the stored one.
        input.groupNumbers = [2, 5, 7, 9, 11]
        input.groupLabels = ["pegawai / pangkat", "surat / disposisi", "pajak / pbb / wajib pajak", "batik / motif", "sekolah / peserta didik"]
        let plan = MergePlanner.plan(input, parameters: Fixture.parameters)
        #expect(plan.items[6].action == .platform)
        #expect(plan.items[5].action == .retain && plan.items[5].lead == nil, "P1 does not move into the module P2 leads")
        #expect(plan.items[5].reason.text(.en).contains("planner decision #9 (separate) says the two do different jobs"), "\(plan.items[5].reason.text(.en))")
        #expect(plan.items[7].lead == 6, "the other look-alike still moves in")
        let module = try #require(plan.platforms.flatMap(\.modules).first { $0.lead == 6 })
        #expect(!module.members.contains(5))
        let effect = try #require(plan.decisionEffects.first { $0.decision == 9 })
        // The group is named as `check` names it (its representative, words and listed number), never "group 3".
        #expect(effect.effect.contains("the pair e-Pajak Bantul (P1) – SIMPATDA Malang (P2) is cut; through Pajak Online Klaten (P3) both stay in one group, "
            + "the look-alikes of e-Pajak Bantul (P1), a group about pajak / pbb / wajib pajak (overlap group 7)"), "\(effect.effect)")
        #expect(effect.effect.contains("e-Pajak Bantul (P1) stays as it is rather than move into the module SIMPATDA Malang (P2) leads"))
        // Indonesian quotes every app name, as plan reasons and `check` do.
        #expect(effect.effectID.contains("pasangan “e-Pajak Bantul” (P1) – “SIMPATDA Malang” (P2) diputus; melalui “Pajak Online Klaten” (P3) keduanya tetap "
            + "dalam satu kelompok, aplikasi yang serupa dengan “e-Pajak Bantul” (P1), tentang pajak / pbb / wajib pajak (kelompok kemiripan nomor 7); "
            + "“e-Pajak Bantul” (P1) dipertahankan, tidak pindah ke modul yang berbasis “SIMPATDA Malang” (P2)"), "\(effect.effectID)")
        #expect(!effect.effect.contains("“") && !effect.effectID.contains("kelompok 3"))
        #expect(plan.invariantViolations(appCount: Self.apps.count).isEmpty)
    }

    @Test func aSingleAppWithoutLookAlikesCanBeAssigned() throws {
        // The attendance app has no look-alike: the planner gives it the regional staff platform.
        let assign = ResolvedDecision(id: 5, kind: .assign, app: 10, platform: "Platform Bersama Kepegawaian Daerah", citation: "#5 (assign, Ani)")
        let plan = Self.plan(decisions: [assign])
        #expect(Fixture.platformName(plan, 10) == "Platform Bersama Kepegawaian Daerah")
        #expect(plan.items[10].decision == 5)
        let effect = try #require(plan.decisionEffects.first { $0.decision == 5 })
        // Built on the one app, the platform brings nothing together: its one-off cost is a loss, and the effect says so.
        #expect(effect.applied && effect.effect.hasPrefix("applied: Platform Bersama Kepegawaian Daerah takes in Staff Attendance Tracker (A1). The apps it brings")
            && effect.effect.contains("a net loss of"), "\(effect.effect)")
        #expect(effect.effectID.hasPrefix("diterapkan: Platform Bersama Kepegawaian Daerah menampung “Staff Attendance Tracker” (A1). ")
            && effect.effectID.contains("rugi bersih"), "\(effect.effectID)")
        // A central app is of a level the regional platform does not serve: it stays, and the effect says why.
        var central = Self.apps
        central[10].level = .central
        var input = Fixture.input(central, groups: Self.groups, decisions: [assign])
        input.lookAlikes[12].append(LookAlike(app: 13, score: 0.8))
        let kept = MergePlanner.plan(input, parameters: Fixture.parameters)
        #expect(kept.items[10].action == .retain)
        #expect(kept.decisionEffects.first { $0.decision == 5 }?.applied == false)
    }
}
