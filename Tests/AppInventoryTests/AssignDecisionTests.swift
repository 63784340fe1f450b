import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// A planner's `assign` decision: it moves only the apps the platform serves, and the plan
/// says truthfully what it did and why each app moves.
@Suite("Assign decisions")
struct AssignDecisionTests {
    static let attendance = [
        PlatformScopeTests.app("R1", "e-Absensi Bantul", "Presensi pegawai dengan fingerprint dan rekap kehadiran", level: .regency),
        PlatformScopeTests.app("R2", "Presensi Online Sleman", "Absensi pegawai, jam kerja dan keterlambatan", level: .city),
        PlatformScopeTests.app("C1", "Absensi Pegawai Kementerian Sosial", "Presensi pegawai kementerian dengan fingerprint", level: .central),
    ]

    @Test func anAssignToARegionalPlatformLeavesCentralAppsWhereThePlanPutsThem() throws {
        var input = PlatformScopeTests.input(Self.attendance, groups: [[0, 1, 2]])
        input.decisions = [
            ResolvedDecision(id: 3, kind: .keep, app: 0, citation: "#3 (keep)"),
            ResolvedDecision(id: 4, kind: .assign, app: 0, platform: "Platform Bersama Kepegawaian Daerah", citation: "#4 (assign, Ani)"),
        ]
        let plan = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        #expect(MergePlannerTests.platformName(plan, 0) == "Platform Bersama Kepegawaian Daerah")
        #expect(MergePlannerTests.platformName(plan, 1) == "Platform Bersama Kepegawaian Daerah")
        #expect(plan.items[2].action == .retain && plan.items[2].decision == nil, "a ministry never moves into a regional-only platform")
        #expect(plan.items[2].reason.text(.en).contains("serves regional governments only"))
        let effect = try #require(plan.decisionEffects.first { $0.decision == 4 })
        #expect(effect.applied, "the keep on the same app does not hide the assign: \(effect.effect)")
        #expect(!effect.effect.contains("no overlap group"), "\(effect.effect)")
        #expect(effect.effect.contains("takes in 2 apps of the look-alikes of ") && effect.effect.contains("1 of its 3 apps stay where the plan puts them")
            && effect.effect.contains("serves regional governments only"), "\(effect.effect)")
        #expect(effect.effectID.contains("1 dari 3 aplikasinya tetap"), "\(effect.effectID)")
        #expect(plan.items[0].reason.text(.en).contains("#4 (assign, Ani)") && plan.items[0].reason.text(.en).contains("#3 (keep)"))
        #expect(plan.invariantViolations(appCount: Self.attendance.count).isEmpty)
    }

    @Test func anAssignNoAppOfWhichThePlatformServesIsOverriddenAndSaysWhy() throws {
        var input = PlatformScopeTests.input([Self.attendance[2]], groups: [[0]])
        input.decisions = [ResolvedDecision(id: 1, kind: .assign, app: 0, platform: "Platform Bersama Kepegawaian Daerah", citation: "#1 (assign)")]
        let plan = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        #expect(plan.items[0].action == .retain)
        let effect = try #require(plan.decisionEffects.first)
        #expect(!effect.applied && effect.effect.contains("is of a level Platform Bersama Kepegawaian Daerah does not serve (regional governments only)"), "\(effect.effect)")

        // A group of ministries' apps: the effect names the group as `check` does.
        let ministry = PlatformScopeTests.app("C2", "e-Presensi Kementerian Agama", "Presensi pegawai kementerian dan rekap kehadiran", level: .central)
        var group = PlatformScopeTests.input([Self.attendance[2], ministry], groups: [[0, 1]])
        group.groupNumbers = [12]
        group.groupLabels = ["presensi / pegawai / kementerian"]
        group.decisions = input.decisions
        let both = try #require(MergePlanner.plan(group, parameters: MergePlannerTests.parameters).decisionEffects.first)
        #expect(!both.applied && both.effect == "overridden because Platform Bersama Kepegawaian Daerah serves regional governments only, which rules out "
            + "all 2 apps of the look-alikes of Absensi Pegawai Kementerian Sosial (C1), a group about presensi / pegawai / kementerian (group 12 in `consolidate overlap`)",
                "\(both.effect)")
        #expect(both.effectID.hasSuffix("tidak satu pun dari 2 aplikasi dari aplikasi serupa “Absensi Pegawai Kementerian Sosial” (C1), kelompok tentang "
            + "presensi / pegawai / kementerian (kelompok 12 pada `consolidate overlap`) dapat masuk"), "\(both.effectID)")
    }

    @Test func anAssignedAppMovesByTheDecisionNotByALawOrAFunctionItDoesNotDo() throws {
        let apps = [
            MergePlannerTests.app("A1", "e-Audit Inspektorat Bantul", "Perencanaan audit, temuan pemeriksaan dan tindak lanjut hasil pemeriksaan"),
            MergePlannerTests.app("A2", "SIPENTAS Sleman", "Pengawasan internal, reviu dan temuan audit inspektorat"),
        ]
        var input = PlatformScopeTests.input(apps, groups: [[0, 1]])
        input.decisions = [ResolvedDecision(id: 2, kind: .assign, app: 0, platform: "SIASN", citation: "#2 (assign, Budi: audit)")]
        let plan = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        #expect(MergePlannerTests.platformName(plan, 0) == "SIASN" && MergePlannerTests.platformName(plan, 1) == "SIASN")
        for item in plan.items {
            let english = item.reason.text(.en), indonesian = item.reason.text(.id)
            #expect(english.contains("by planner decision #2 (assign, Budi: audit)"), "\(english)")
            #expect(english.contains("its own job is internal audit"), "\(english)")
            #expect(!english.contains("must use") && !english.contains("UU 20/2023") && !indonesian.contains("wajib"), "no legal obligation: \(english)")
            #expect(item.confidence > 0 && item.confidence < 1,
                    "the confidence is the app's own audit score, not a certainty the decision does not give")
            #expect(item.decision == 2)
            #expect(item.function.map { plan.catalogue.functions[$0].function.key } == "internal-audit", "its own function, not SIASN's")
        }
    }

    /// A planner assigns one attendance group to the regional staff platform, which the target
    /// left out: the platform enters the plan and takes in the payroll apps too. The effect must
    /// say so, or it counts the group while the platform's coverage rises by far more.
    @Test func anAssignThatAddsAPlatformSaysWhichOtherAppsItTakesInAndWhy() throws {
        let apps = Self.attendance.prefix(2) + [
            PlatformScopeTests.app("P1", "Sistem Penggajian Pegawai Bantul", "Gaji, tunjangan dan slip gaji pegawai", level: .regency),
            PlatformScopeTests.app("P2", "e-Gaji Sleman", "Penggajian, potongan gaji dan tambahan penghasilan pegawai", level: .city),
            PlatformScopeTests.app("P3", "SIMGAJI Kulon Progo", "Slip gaji, tunjangan dan potongan gaji pegawai", level: .regency),
        ]
        var input = PlatformScopeTests.input(Array(apps), groups: [[0, 1], [2, 3, 4]])
        input.decisions = [ResolvedDecision(id: 7, kind: .assign, app: 0, platform: "Platform Bersama Kepegawaian Daerah", citation: "#7 (assign)")]
        var parameters = MergePlannerTests.parameters
        parameters.target = 0
        let plan = MergePlanner.plan(input, parameters: parameters)
        #expect(plan.items.allSatisfy { MergePlannerTests.platformName(plan, $0.app) == "Platform Bersama Kepegawaian Daerah" })
        let effect = try #require(plan.decisionEffects.first)
        #expect(effect.effect.hasPrefix("applied: Platform Bersama Kepegawaian Daerah takes in 2 apps of the look-alikes of e-Absensi Bantul (R1) (group 1 in `consolidate overlap`); "),
                "\(effect.effect)")
        #expect(effect.effect.contains("is in the plan only by planners' assign decisions")
            && effect.effect.contains("it also takes in 3 apps besides the assigned ones (payroll and allowances 3): 5 apps in all"), "\(effect.effect)")
        #expect(effect.effectID.contains("ikut menampung 3 aplikasi selain yang ditetapkan (penggajian dan tambahan penghasilan 3): seluruhnya 5 aplikasi")
            && effect.effectID.contains("keputusan penetapan platform perencana"), "\(effect.effectID)")

        parameters.target = 1
        let chosenAnyway = MergePlanner.plan(input, parameters: parameters)
        let plain = try #require(chosenAnyway.decisionEffects.first)
        #expect(plain.applied && !plain.effect.contains("besides the assigned ones"), "a platform the target chose anyway pulls nothing in by the decision: \(plain.effect)")
    }
}
