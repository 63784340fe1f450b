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
        #expect(effect.effect.contains("takes in 2 apps of the look-alikes of ") && effect.effect.contains("1 of its 3 apps stays where the plan puts them")
            && effect.effect.contains("serves regional governments only"), "\(effect.effect)")
        #expect(effect.effectID.contains(". 1 dari 3 aplikasinya tetap"), "\(effect.effectID)")
        #expect(effect.effect.contains(". 1 of its 3 apps stays where") && effect.effect.hasSuffix(".") && !effect.effect.contains("; "),
                "each consequence a sentence of its own, as a table cell is read: \(effect.effect)")
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
            + "all 2 apps of the look-alikes of Absensi Pegawai Kementerian Sosial (C1), a group about presensi / pegawai / kementerian (overlap group 12)",
                "\(both.effect)")
        #expect(both.effectID.hasSuffix("tidak satu pun dari 2 aplikasi yang serupa dengan “Absensi Pegawai Kementerian Sosial” (C1), tentang "
            + "presensi / pegawai / kementerian (kelompok kemiripan nomor 12) dapat masuk"), "\(both.effectID)")
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
        #expect(effect.effect.hasPrefix("applied: Platform Bersama Kepegawaian Daerah takes in 2 apps of the look-alikes of e-Absensi Bantul (R1) (overlap group 1). "),
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

    /// A register's performance group: staff performance (e-Kinerja BKN), performance
    /// accountability (e-SAKIP; an app named "E-SAKIP" would be that system itself) and an allowance app. A planner assigns the allowance app to
    /// SIASN; the law comes first, so the two apps whose own jobs mandatory national systems
    /// serve stay in them, the plan keeps both systems, and the effect says what moved and what did not.
    static let performance = [
        PlatformScopeTests.app("K1", "E-KINERJA", "Sasaran kinerja pegawai, aktivitas harian dan penilaian kinerja", level: .regency),
        PlatformScopeTests.app("K2", "SIAKIP", "SAKIP: LKjIP, IKU dan cascading kinerja instansi", level: .regency),
        PlatformScopeTests.app("K3", "E-TPP", "Tambahan penghasilan pegawai berdasarkan kinerja pegawai", level: .regency),
    ]

    @Test func anAssignNeverTakesAnAppOutOfTheMandatorySystemItsOwnJobMustUse() throws {
        var input = PlatformScopeTests.input(Self.performance, groups: [[0, 1, 2]])
        let before = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        #expect(MergePlannerTests.platformName(before, 0) == "e-Kinerja BKN" && MergePlannerTests.platformName(before, 1) == "e-SAKIP")
        input.decisions = [ResolvedDecision(id: 3, kind: .assign, app: 2, platform: "SIASN", citation: "#3 (assign, Sari)")]
        let plan = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        #expect(MergePlannerTests.platformName(plan, 0) == "e-Kinerja BKN", "the law comes first: \(plan.items[0].reason.text(.en))")
        #expect(MergePlannerTests.platformName(plan, 1) == "e-SAKIP", "the law comes first: \(plan.items[1].reason.text(.en))")
        #expect(MergePlannerTests.platformName(plan, 2) == "SIASN" && plan.items[2].decision == 3)
        let names = { (plan: MergePlan) in Set(plan.platforms.map { plan.catalogue.platforms[$0.catalogueIndex].name }) }
        #expect(names(before).isSubset(of: names(plan)), "no mandatory system leaves the plan: \(names(before)) → \(names(plan))")
        let effect = try #require(plan.decisionEffects.first)
        #expect(effect.applied && effect.effect.hasPrefix("applied: SIASN takes in 1 app of "), "\(effect.effect)")
        #expect(effect.effect.contains("2 of its apps stay in the mandatory national systems the law requires for their own jobs, as the law comes first (e-Kinerja BKN: E-KINERJA (K1); e-SAKIP: SIAKIP (K2))"),
                "\(effect.effect)")
        #expect(effect.effectID.contains("2 aplikasi tetap di sistem nasional wajib") && effect.effectID.contains("e-SAKIP: “SIAKIP” (K2)"), "\(effect.effectID)")
        #expect(!effect.effect.contains("leaves the plan"), "\(effect.effect)")
        #expect(plan.invariantViolations(appCount: Self.performance.count).isEmpty)
    }

    /// An app assigned by name is the planner's judgement of that app's job: "Aplikasi Lapor
    /// Bencana" reads as public complaints (SP4N-LAPOR!) by its "lapor", but reports disasters.
    @Test func anAppAssignedByNameMovesOutOfTheMandatoryJobTheAnalysisReadAndSaysSo() throws {
        let apps = [PlatformScopeTests.app("D1", "Aplikasi Lapor Bencana", "Pelaporan kejadian dan pengaduan bencana oleh warga", level: .regency)]
        var input = PlatformScopeTests.input(apps, groups: [])
        let before = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        #expect(MergePlannerTests.platformName(before, 0) == "SP4N-LAPOR!", "the analysis reads it as a complaint app")
        input.decisions = [ResolvedDecision(id: 3, kind: .assign, app: 0, platform: "Platform Bersama Kebencanaan", citation: "#3 (assign, Sari)")]
        let plan = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        #expect(MergePlannerTests.platformName(plan, 0) == "Platform Bersama Kebencanaan" && plan.items[0].decision == 3)
        let effect = try #require(plan.decisionEffects.first)
        #expect(effect.applied, "\(effect.effect)")
        #expect(effect.effect.contains("The analysis read its job as public complaints, which the law obliges agencies to do in SP4N-LAPOR!: it moves on the planner's word that it does another job"),
                "\(effect.effect)")
        #expect(effect.effectID.contains("yang menurut peraturan wajib memakai SP4N-LAPOR!"), "\(effect.effectID)")
        #expect(plan.invariantViolations(appCount: apps.count).isEmpty)
    }

    /// An assign the law overrides moves nothing, so its platform takes no place of the target:
    /// a platform with no app would push out one that takes apps in.
    @Test func anAssignTheLawOverridesBringsNoEmptyPlatformIntoThePlan() throws {
        var input = PlatformScopeTests.input(Array(Self.performance.prefix(2)), groups: [[0, 1]])
        let before = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        input.decisions = [ResolvedDecision(id: 4, kind: .assign, app: 0, platform: "Platform Bersama Kebencanaan", citation: "#4 (assign)")]
        let plan = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        let names = { (plan: MergePlan) in plan.platforms.map { plan.catalogue.platforms[$0.catalogueIndex].name } }
        #expect(names(plan) == names(before), "\(names(before)) → \(names(plan))")
        #expect(plan.platforms.allSatisfy { !$0.members.isEmpty }, "no platform of the plan is empty")
        let effect = try #require(plan.decisionEffects.first)
        #expect(!effect.applied && effect.effect.contains("the law comes first: no app of") && !effect.effect.contains("takes a place of the target"), "\(effect.effect)")
    }

    /// What an assign's effect counts adds up to the group: an inactive member is switched off,
    /// not moved, and a member that is a national system itself stays as it is, each said.
    @Test func anAssignsEffectCountsSwitchOffsAndSystemsInUseApart() throws {
        let apps = [
            PlatformScopeTests.app("A1", "e-Absensi Bantul", "Presensi pegawai dengan fingerprint dan rekap kehadiran", level: .regency),
            PlatformScopeTests.app("A2", "Presensi Online Sleman", "Absensi pegawai, jam kerja dan keterlambatan", level: .city),
            MergePlannerTests.app("A3", "Absensi Pegawai Kulon Progo", "Presensi pegawai dan rekap kehadiran", users: 40, status: .inactive, level: .regency),
            PlatformScopeTests.app("A4", "LPSE", "Presensi pegawai pengadaan", level: .regency),
        ]
        var input = PlatformScopeTests.input(apps, groups: [[0, 1, 2, 3]])
        input.decisions = [ResolvedDecision(id: 5, kind: .assign, app: 0, platform: "Platform Bersama Kepegawaian Daerah", citation: "#5 (assign)")]
        let plan = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        let effect = try #require(plan.decisionEffects.first)
        #expect(effect.applied && effect.effect.contains("takes in 3 apps of "), "\(effect.effect)")
        #expect(effect.effect.contains(", 1 app moves in, and 1 app already inactive or retired is switched off."), "\(effect.effect)")
        #expect(effect.effect.contains(". 1 of its apps is itself a national system in use and stays as it is (LPSE (A4))"), "\(effect.effect)")
        #expect(effect.effectID.contains("1 aplikasi tidak aktif dimatikan") && effect.effectID.contains("sistem nasional itu sendiri"), "\(effect.effectID)")
    }

    /// An assign that brings a shared platform into the plan for two health apps: the lead is
    /// taken in, not moved; a platform the plan without the decision never held is not said to
    /// leave; and the apps it brings cost more than they save, which the effect says.
    @Test func anAssignsEffectCountsTheLeadApartAndSaysWhenItMakesALoss() throws {
        let apps = [
            MergePlannerTests.app("H1", "SIMPUS", "Rekam medis pasien puskesmas dan antrean poli", users: 900, cost: 10_000_000, level: .regency),
            MergePlannerTests.app("H2", "E-PUSKESMAS", "Rekam medis elektronik dan pendaftaran pasien puskesmas", users: 300, cost: 10_000_000, level: .regency),
        ]
        var input = PlatformScopeTests.input(apps, groups: [[0, 1]])
        input.decisions = [ResolvedDecision(id: 2, kind: .assign, app: 0, platform: "Platform Bersama Layanan Kesehatan Daerah", citation: "#2 (assign)")]
        var parameters = MergePlannerTests.parameters
        parameters.target = 0
        let plan = MergePlanner.plan(input, parameters: parameters)
        let effect = try #require(plan.decisionEffects.first)
        #expect(effect.applied && effect.effect.contains("takes in 2 apps of "), "\(effect.effect)")
        let lead = try #require(plan.items.first { $0.action == .platform })
        #expect(effect.effect.contains(". Of these, \(apps[lead.app].name) (\(apps[lead.app].externalID)) leads its module, 1 app moves in"), "\(effect.effect)")
        #expect(effect.effectID.contains(". Di antaranya, “\(apps[lead.app].name)” (\(apps[lead.app].externalID)) menjadi dasar modul, 1 aplikasi pindah masuk"), "\(effect.effectID)")
        #expect(!effect.effect.contains("leaves the plan"), "the plan without the decision held no other platform: \(effect.effect)")
        let net = plan.items.compactMap(\.netSaving).reduce(0, +)
        #expect(net < 0)
        #expect(effect.effect.contains("a net loss of \(ReportFormat.money(-net, .en)) over the plan's 5 years"), "\(effect.effect)")
        #expect(effect.effectID.contains("rugi bersih \(ReportFormat.money(-net, .id)) selama 5 tahun rencana"), "\(effect.effectID)")
        #expect(!effect.effectID.contains("menghemat -") && effect.effectID.contains("dan menambah biaya operasional Rp 23 jt per tahun"),
                "a move whose platform fee exceeds what it stops adds to the bill: \(effect.effectID)")
    }

    /// The plan without the decision holds the regional staff platform (three payroll apps)
    /// and not JDIH Nasional (two legal-document apps), for a target of one. An assign moves two
    /// payroll apps to the health platform: the staff platform keeps one app and leaves, and
    /// JDIH, never in the plan, is not said to leave it.
    @Test func anAssignsEffectNamesOnlyPlatformsThePlanWithoutItHeld() throws {
        let apps = [
            PlatformScopeTests.app("P1", "Sistem Penggajian Pegawai Bantul", "Gaji, tunjangan dan slip gaji pegawai", level: .regency),
            PlatformScopeTests.app("P2", "e-Gaji Sleman", "Penggajian, potongan gaji dan tambahan penghasilan pegawai", level: .city),
            PlatformScopeTests.app("P3", "SIMGAJI Kulon Progo", "Penggajian, slip gaji, tunjangan dan potongan gaji pegawai", level: .regency),
            PlatformScopeTests.app("J1", "JDIH Bantul", "Produk hukum, peraturan daerah dan peraturan bupati", level: .regency),
            PlatformScopeTests.app("J2", "Portal Produk Hukum Sleman", "Dokumentasi hukum, perda dan peraturan bupati", level: .regency),
        ]
        var input = PlatformScopeTests.input(apps, groups: [[0, 1], [3, 4]])
        var parameters = MergePlannerTests.parameters
        parameters.target = 1
        // Cheap migrations, so the staff platform pays and keeps its place over JDIH.
        parameters.migrationCostRate = 0.1
        let before = MergePlanner.plan(input, parameters: parameters)
        #expect(before.platforms.map { before.catalogue.platforms[$0.catalogueIndex].name } == ["Platform Bersama Kepegawaian Daerah"])
        input.decisions = [ResolvedDecision(id: 2, kind: .assign, app: 0, platform: "Platform Bersama Layanan Kesehatan Daerah", citation: "#2 (assign)")]
        let plan = MergePlanner.plan(input, parameters: parameters)
        let effect = try #require(plan.decisionEffects.first)
        #expect(!effect.effect.contains("JDIH"), "JDIH Nasional was never in the plan: \(effect.effect)")
        #expect(effect.effect.contains("Without the apps this decision moves, Platform Bersama Kepegawaian Daerah has too few to stay and leaves the plan"),
                "\(effect.effect)")
        #expect(effect.effectID.contains("Platform Bersama Kepegawaian Daerah terlalu sedikit aplikasinya dan keluar dari rencana"), "\(effect.effectID)")
    }
}
