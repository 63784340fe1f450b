import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Merge planner")
struct MergePlannerTests {
    static func app(_ id: String, _ name: String, _ description: String, features: [String] = [], users: Int? = nil,
                    cost: Double? = 100_000_000, status: ApplicationStatus? = .active, level: GovernmentLevel? = .regency,
                    integrations: [String] = []) -> Application {
        Application(externalID: id, name: name, agency: "Pemerintah \(id)", level: level, description: description, users: users,
                    annualCost: cost, status: status, features: features, integrations: integrations)
    }

    static let apps: [Application] = [
        app("S1", "SIMPEG Bantul", "Data kepegawaian, pangkat dan mutasi pegawai", features: ["Data pegawai", "Mutasi"], users: 900),
        app("S2", "SIMPEG Malang", "Data kepegawaian dan riwayat pangkat pegawai", features: ["Data pegawai", "Mutasi", "Cuti"], users: 12_000, level: .province),
        app("S3", "e-Pegawai Sleman", "Kepegawaian pegawai: cuti dan pangkat", features: ["Cuti"], users: 50, status: .inactive),
        app("O1", "e-Office Bantul", "Surat masuk, surat keluar dan disposisi", features: ["Surat masuk", "Disposisi"], users: 300),
        app("O2", "e-Surat Malang", "Persuratan elektronik: surat keluar dan disposisi", features: ["Surat keluar", "Disposisi"], users: 200, cost: nil),
        app("P1", "e-Pajak Bantul", "Pendataan wajib pajak daerah, PBB dan BPHTB", features: ["Pendataan wajib pajak", "SPPT PBB"], users: 5000),
        app("P2", "SIMPATDA Malang", "Pajak daerah: hotel, restoran, reklame dan PBB", features: ["Pendataan wajib pajak"], users: 4000, level: .province),
        app("P3", "Pajak Online Klaten", "Pembayaran pajak daerah dan PBB secara online", features: ["Pendataan wajib pajak", "Pembayaran"], users: 3000),
        app("B1", "Batik Klaten", "Galeri motif batik dan pengrajin", users: 10),
        app("B2", "Motif Batik Solo", "Katalog motif batik dan pengrajin lokal", users: 20),
        app("A1", "Staff Attendance Tracker", "Record staff attendance with fingerprint devices", users: 700),
        app("K1", "Sistem Informasi Kepegawaian Klaten", "Riwayat jabatan dan kenaikan pangkat pegawai", users: 400),
    ]
    static let groups = [[1, 0, 2], [3, 4], [5, 6, 7], [8, 9]]
    static let pairs: [(Int, Int, Double)] = [(0, 1, 0.8), (1, 2, 0.7), (3, 4, 0.75), (5, 6, 0.7), (6, 7, 0.72), (5, 7, 0.65), (8, 9, 0.8)]

    static func input(_ apps: [Application] = apps, groups: [[Int]] = groups, decisions: [ResolvedDecision] = []) -> PlanInput {
        var lookAlikes = Array(repeating: [LookAlike](), count: apps.count)
        for (a, b, score) in pairs where a < apps.count && b < apps.count {
            lookAlikes[a].append(LookAlike(app: b, score: score))
            lookAlikes[b].append(LookAlike(app: a, score: score))
        }
        let matcher = FunctionMatcher(catalogue: .builtIn, apps: apps)
        let (matches, evidence) = matcher.matchAllWithEvidence(apps)
        return PlanInput(apps: apps, groups: groups, groupTerms: groups.map { _ in ["batik", "motif"] }, lookAlikes: lookAlikes,
                         matches: matches, evidence: evidence, catalogue: .builtIn, decisions: decisions)
    }

    static func platformName(_ plan: MergePlan, _ app: Int) -> String? {
        plan.items[app].platform.flatMap { plan.platform($0) }.map { plan.catalogue.platforms[$0.catalogueIndex].name }
    }

    static var parameters: PlanParameters {
        var parameters = PlanParameters()
        parameters.start = Quarter(year: 2027, number: 1)
        return parameters
    }

    @Test func functionMatcherReadsIndonesianEnglishAndAcronyms() throws {
        let matcher = FunctionMatcher(catalogue: .builtIn, apps: Self.apps)
        func best(_ app: Application) -> String? { matcher.matches(app).first.map { PlatformCatalogue.builtIn.functions[$0.function].function.key } }
        #expect(best(Self.apps[0]) == "staff-records")
        #expect(best(Self.apps[3]) == "correspondence")
        #expect(best(Self.apps[6]) == "regional-tax")
        #expect(best(Self.apps[10]) == "attendance", "English words are read through the glossary")
        #expect(best(Self.app("X", "SIMPEG", "")) == "staff-records", "an acronym alone names the job")
        #expect((matcher.matches(Self.apps[8]).first?.score ?? 0) < PlanParameters().loneThreshold, "batik names no function of the catalogue")
    }

    @Test func mandatoryNationalPlatformsTakeTheirLookAlikesWhateverTheTarget() throws {
        var parameters = Self.parameters
        parameters.target = 1
        let plan = MergePlanner.plan(Self.input(), parameters: parameters)
        #expect(Self.platformName(plan, 0) == "SIASN")
        #expect(Self.platformName(plan, 3) == "SRIKANDI")
        #expect(plan.platforms.count == 2, "two mandatory platforms exceed the target of 1; the shared one waits")
        #expect(plan.items[5].action == .retain)
        if case .notChosen(_, _, let platform, _, _, _, _) = plan.items[5].reason { #expect(platform == "Platform Bersama Pendapatan Daerah") } else {
            Issue.record("retained tax app should name the platform that would take it: \(plan.items[5].reason)")
        }
        #expect(plan.candidates.map { plan.catalogue.platforms[$0.catalogueIndex].name } == ["Platform Bersama Pendapatan Daerah"])
        #expect(plan.items[0].reason.text(.en).contains("must use the national general application SIASN"))
        #expect(plan.items[2].action == .retire, "an inactive look-alike is switched off")
        #expect(plan.invariantViolations(appCount: Self.apps.count).isEmpty)
    }

    @Test func sharedPlatformIsLedByTheHigherLevelAppAndNeverMixesJobs() throws {
        let plan = MergePlanner.plan(Self.input(), parameters: Self.parameters)
        let tax = try #require(plan.items[5].platform.flatMap { plan.platform($0) })
        #expect(plan.catalogue.platforms[tax.catalogueIndex].kind == .shared)
        #expect(Set(tax.members) == [5, 6, 7])
        #expect(plan.items[6].action == .platform, "the provincial app leads the module")
        #expect(plan.items[5].lead == 6 && plan.items[7].lead == 6)
        for platform in plan.platforms {
            let sectors = Set(platform.modules.map { plan.catalogue.platforms[plan.catalogue.functions[$0.function].platform].sector })
            #expect(sectors.count == 1)
        }
        #expect(plan.items[8].action == .retain && plan.items[9].action == .retain, "no platform covers batik")
        #expect(plan.uncovered.first?.apps == 2)
        #expect(Self.platformName(plan, 11) == "SIASN", "a lone app whose words clearly name staff records joins its platform")
        #expect(plan.items[10].action == .retain, "one attendance app is no reason to build a shared platform")
    }

    /// A shared platform is built on an app that runs: the provincial tax app still in
    /// development (or inactive) does not lead its module while a running one is there.
    @Test(arguments: [ApplicationStatus.development, .inactive])
    func aModuleIsLedByAnAppThatRuns(status: ApplicationStatus) throws {
        var apps = Self.apps
        // The most users and links of its module: by score alone it would lead.
        (apps[6].status, apps[6].users, apps[6].integrations) = (status, 50_000, ["SIPD", "SIAK", "OSS"])
        let plan = MergePlanner.plan(Self.input(apps), parameters: Self.parameters)
        #expect(plan.items[6].action != .platform, "\(plan.items[6].reason.text(.en))")
        let lead = try #require([5, 7].first { plan.items[$0].action == .platform })
        #expect(apps[lead].status == .active && plan.items[6].lead == lead)
    }

    /// A group is judged by what its apps' words name on average: one member's word for a job
    /// ("kendaraan" in a drawing program's description) does not make six CAD programs a job a
    /// platform covers, and the group is listed as one no platform covers.
    @Test func aGroupWhoseWordsNameAJobOnlyInOneMemberIsAJobNoPlatformCovers() throws {
        let apps = (1...6).map { Self.app("C\($0)", "AutoCAD Civil 3D 20\(15 + $0)", "Computer aided drafting and design") }
            + [Self.app("C7", "AutoCAD Vehicle Tracking", "Kendaraan dinas: drafting of vehicle swept paths")]
        let input = Self.input(apps, groups: [Array(apps.indices)])
        let best = try #require(input.matches[6].first)
        #expect(best.score >= MergePlanner.uncoveredBelow, "the case this test is about: one member names a job, \(best.score)")
        let plan = MergePlanner.plan(input, parameters: Self.parameters)
        #expect(plan.uncovered.first?.apps == 7, "\(plan.uncovered)")
        for item in plan.items {
            #expect(item.action == .retain)
            #expect(!item.reason.text(.en).contains("on average"), "\(item.reason.text(.en))")
        }
    }

    @Test func reasonsQuoteEvidenceThatExists() throws {
        let plan = MergePlanner.plan(Self.input(), parameters: Self.parameters)
        for item in plan.items {
            for language in Language.allCases {
                let text = item.reason.text(language)
                #expect(!text.contains("0.00") && !text.contains("0,00"), "\(text)")
                #expect(!text.contains(":  ") && !text.contains("()"), "\(text)")
            }
            if let score = item.reason.quotedScore, item.action != .retain {
                #expect(PlanReason.rounded(score) == item.confidence, "the score quoted is the confidence")
            }
            if case .ownWords(let words, _)? = Self.evidence(item.reason) {
                #expect(!words.isEmpty)
                #expect(Set(words).count == words.count, "no repeated words")
            }
        }
        #expect(plan.items[6].reason.text(.id).contains("Menjadi dasar modul"))
        #expect(plan.items[6].reason.text(.id).contains("skor 0,"), "Indonesian decimals take a comma")
    }

    static func evidence(_ reason: PlanReason) -> PlanReason.Evidence? {
        switch reason {
        case .national(_, _, _, _, _, let evidence, _), .lead(_, _, _, let evidence, _, _), .moveInto(_, _, _, _, let evidence, _),
             .retireInactive(_, _, let evidence, _): evidence
        default: nil
        }
    }

    @Test func totalsAddUpAndUnknownCostsStayUnknown() throws {
        let plan = MergePlanner.plan(Self.input(), parameters: Self.parameters)
        let moving = plan.items.filter { $0.action != .retain }
        #expect(plan.money.plannedApps == moving.count)
        #expect(plan.waves.reduce(0) { $0 + $1.apps } == moving.count)
        #expect(plan.platforms.reduce(0) { $0 + $1.members.count } == moving.count)
        let saving = moving.compactMap(\.annualSaving).reduce(0, +)
        #expect(abs(plan.money.annualSaving - saving) < 0.01)
        #expect(abs(plan.money.oneOffCost - moving.compactMap(\.oneOffCost).reduce(0, +)) < 0.01)
        #expect(abs(plan.money.netSaving - (plan.money.horizonSaving - plan.money.oneOffCost)) < 0.01)
        #expect(plan.money.horizonSaving < 5 * saving, "each app saves from the end of its wave, never the whole horizon")
        #expect(plan.money.netSavingLow < plan.money.netSaving && plan.money.netSaving <= plan.money.netSavingHigh)
        let unknown = plan.items[4]
        #expect(unknown.action == .migrate && unknown.oneOffCost == nil && unknown.annualSaving == nil, "no cost known, none claimed")
        #expect(plan.money.unknownCostApps == 1)
        #expect(plan.items[2].annualSaving == 0, "switching off an inactive app stops no running service")
        #expect(plan.waves.first?.start == Quarter(year: 2027, number: 1))
        #expect(plan.waves.dropFirst().first?.start == Quarter(year: 2027, number: 3), "each wave lasts two quarters")
    }

    @Test func everyDecisionKindIsAppliedOrSaysWhyNot() throws {
        let decisions = [
            ResolvedDecision(id: 1, kind: .keep, app: 7, citation: "#1 (keep)"),
            ResolvedDecision(id: 2, kind: .keep, app: 0, citation: "#2 (keep)"),
            ResolvedDecision(id: 3, kind: .retain, app: 3, citation: "#3 (retain)"),
            ResolvedDecision(id: 4, kind: .assign, app: 8, platform: "Platform Bersama Perekonomian Daerah", citation: "#4 (assign)"),
            ResolvedDecision(id: 5, kind: .exclude, app: 5, citation: "#5 (exclude)"),
            ResolvedDecision(id: 6, kind: .merge, app: 0, other: 3, citation: "#6 (merge)"),
            ResolvedDecision(id: 7, kind: .separate, app: 0, other: 3, citation: "#7 (separate)"),
            ResolvedDecision(id: 8, kind: .keep, app: nil, citation: "#8 (keep)"),
        ]
        let plan = MergePlanner.plan(Self.input(decisions: decisions), parameters: Self.parameters)
        let effects = Dictionary(uniqueKeysWithValues: plan.decisionEffects.map { ($0.decision, $0) })
        #expect(effects.count == decisions.count, "every decision is reported")
        #expect(effects[1]?.applied == false, "app 7's group is excluded by #5, so the keep cannot apply: \(effects[1]!.effect)")
        #expect(effects[2]?.applied == false && effects[2]!.effect.contains("national platform SIASN"))
        #expect(effects[3]?.applied == true && plan.items[3].action == .retain)
        #expect(effects[3]?.effectID.hasPrefix("diterapkan") == true && effects[2]?.effectID.hasPrefix("tidak berlaku karena") == true)
        #expect(effects[4]?.applied == true && Self.platformName(plan, 8) == "Platform Bersama Perekonomian Daerah")
        #expect(plan.items[8].decision == 4 && plan.items[8].reason.text(.en).contains("#4"))
        #expect(effects[5]?.applied == true && [5, 6, 7].allSatisfy { plan.items[$0].action == .retain })
        #expect(effects[6]?.applied == false && effects[6]!.effect.contains("#7"), "a later separate overrides an earlier merge")
        #expect(effects[8]?.applied == false && effects[8]!.effect.contains("no longer in the inventory"))
    }

    /// An exclude that leaves a platform out of the plan while another app still does its job
    /// says the platform is not in the plan, not that no other app does the job.
    @Test func anExcludeNamesThePlatformItLeavesOutTruly() throws {
        let exclude = [ResolvedDecision(id: 1, kind: .exclude, app: 5, citation: "#1 (exclude)")]
        // The tax apps 5 and 6 form a group; 7 does the same job alone, too few for a shared platform.
        let alone = MergePlanner.plan(Self.input(groups: [[1, 0, 2], [3, 4], [5, 6], [8, 9]], decisions: exclude), parameters: Self.parameters)
        let effect = try #require(alone.decisionEffects.first { $0.decision == 1 })
        #expect(alone.items[7].action == .retain && alone.items[7].function != nil)
        #expect(effect.applied && effect.effect.contains(", the platform for its job, is not among the plan's platforms")
                && !effect.effect.contains("no other app"), "\(effect.effect)")
        // With every tax app in the excluded group, no other app does the job.
        let all = MergePlanner.plan(Self.input(decisions: exclude), parameters: Self.parameters)
        #expect(all.decisionEffects.first { $0.decision == 1 }?.effect.contains("leaves the plan, as no other app does this job") == true)
    }

    @Test func aMixedGroupIsJudgedPartByPart() throws {
        // Two licensing apps and two building-permit apps linked by shared words into one group.
        let apps = [
            Self.app("L1", "Izin Usaha Online", "Penerbitan izin usaha dan NIB", users: 100),
            Self.app("L2", "Perizinan Berusaha Terpadu", "Pelayanan perizinan dan nonperizinan usaha", users: 100),
            Self.app("B1", "SIMBG Lokal", "Persetujuan bangunan gedung dan sertifikat laik fungsi", users: 100),
            Self.app("B2", "Izin Bangunan Online", "Izin mendirikan bangunan dan PBG", users: 100),
        ]
        let plan = MergePlanner.plan(Self.input(apps, groups: [[0, 1, 2, 3]]), parameters: Self.parameters)
        #expect(Self.platformName(plan, 0) == "OSS-RBA" && Self.platformName(plan, 1) == "OSS-RBA")
        #expect(Self.platformName(plan, 2) == "SIMBG" && Self.platformName(plan, 3) == "SIMBG")
    }

    @Test func keepPinsTheLeadOfASharedModule() throws {
        let decisions = [ResolvedDecision(id: 1, kind: .keep, app: 7, citation: "#1 (keep by Budi)")]
        let plan = MergePlanner.plan(Self.input(decisions: decisions), parameters: Self.parameters)
        #expect(plan.items[7].action == .platform && plan.items[7].decision == 1)
        #expect(plan.items[6].lead == 7)
        #expect(plan.decisionEffects.first?.applied == true)
    }

    @Test func reasonsCountInGoodGrammarAndFlagWeakScoresAsShown() {
        #expect(PlanReason.noFunction(groupWords: [], lookAlikes: 1).text(.en).contains("1 look-alike does the same job"))
        #expect(PlanReason.retireDuplicate(platform: "P", lead: "L", leadID: "L1", score: 0.7, features: 1).text(.en).contains("its one feature is already there"))
        let borderline = PlanReason.retireDuplicate(platform: "P", lead: "L", leadID: "L1", score: 0.3496, features: 2)
        #expect(!borderline.text(.en).hasPrefix("Weak match"), "0.3496 is shown as 0.35, which is not weak")
    }

    @Test func aLookAlikeIsQuotedAtItsPairScoreBesideTheConfidenceItGives() {
        // The overlap report shows the pair at 0.59; the reason must not say 0.29 as if it were the pair's score.
        let capped = PlanReason.Evidence.lookAlike(name: "School Management System", id: "APP-2", score: 0.29, similarity: 0.5873)
        #expect(capped.text(.en) == "look-alike of School Management System (APP-2) at 0.59; the words of its group match this job at 0.29, which is its confidence")
        #expect(capped.text(.id).contains("pada skor 0,59; kata-kata kelompoknya cocok dengan fungsi ini pada skor 0,29, yang menjadi keyakinannya"))
        let plain = PlanReason.Evidence.lookAlike(name: "SIMPEG", id: "A1", score: 0.71, similarity: 0.71)
        #expect(plain.text(.en) == "look-alike of SIMPEG (A1) at 0.71")
    }

    @Test func quartersParseAndAdd() {
        #expect(Quarter(parsing: "2027-Q4")?.adding(1) == Quarter(year: 2028, number: 1))
        #expect(Quarter(parsing: "2027q2")?.description == "2027-Q2")
        #expect(Quarter(parsing: "2027-Q5") == nil)
        #expect(MigrationWave.dates(of: 3, parameters: Self.parameters).end == Quarter(year: 2028, number: 2))
    }

    @Test func builtInCatalogueIsConsistent() {
        #expect(PlatformCatalogue.builtIn.problems.isEmpty)
        let mandatory = PlatformCatalogue.builtIn.platforms.filter(\.mandatory).map(\.name)
        #expect(mandatory == ["SRIKANDI", "SP4N-LAPOR!", "SPSE", "SIASN", "e-Kinerja BKN", "SIPD RI", "e-SAKIP",
                              "SIAK Terpusat", "OSS-RBA", "Dapodik", "SATUSEHAT", "SIKS-NG (DTKS)", "Siskeudes"],
                "the Aplikasi Umum and the sectoral systems regions must use")
        #expect(PlatformCatalogue.builtIn.platforms.allSatisfy { !$0.basis.isEmpty })
    }
}
