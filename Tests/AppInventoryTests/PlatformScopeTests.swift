import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Platform scope")
struct PlatformScopeTests {
    /// The built-in catalogue's function of `key`, as plans index it.
    static func function(_ key: String) throws -> Int {
        try #require(PlatformCatalogue.builtIn.functions.firstIndex { $0.function.key == key })
    }

    static func input(_ apps: [Application], groups: [[Int]], catalogue: PlatformCatalogue = .builtIn) -> PlanInput {
        var lookAlikes = Array(repeating: [LookAlike](), count: apps.count)
        for group in groups {
            for a in group { for b in group where a != b { lookAlikes[a].append(LookAlike(app: b, score: 0.7)) } }
        }
        let matcher = FunctionMatcher(catalogue: catalogue, apps: apps)
        let (matches, evidence) = matcher.matchAllWithEvidence(apps)
        return PlanInput(apps: apps, groups: groups, groupTerms: groups.map { _ in [] }, lookAlikes: lookAlikes,
                         matches: matches, evidence: evidence, catalogue: catalogue)
    }

    static func app(_ id: String, _ name: String, _ description: String, level: GovernmentLevel) -> Application {
        MergePlannerTests.app(id, name, description, users: 500, level: level)
    }

    @Test func aMinistryBudgetAppGoesToTheCentralPlatformOfTheFunctionNotToSIPD() throws {
        let apps = [
            Self.app("R1", "e-Budgeting Bantul", "Penyusunan RKA, DPA dan APBD", level: .regency),
            Self.app("R2", "Sistem Penganggaran Daerah Sleman", "Penganggaran APBD dan perubahan anggaran", level: .regency),
            Self.app("C1", "Aplikasi Anggaran Kementerian Pertanian", "Penyusunan RKA-K/L dan revisi anggaran", level: .central),
            Self.app("C2", "e-Budgeting Kementerian Sosial", "Penganggaran, pagu anggaran dan revisi DIPA", level: .central),
        ]
        let plan = MergePlanner.plan(Self.input(apps, groups: [[0, 1, 2, 3]]), parameters: MergePlannerTests.parameters)
        #expect(MergePlannerTests.platformName(plan, 0) == "SIPD RI" && MergePlannerTests.platformName(plan, 1) == "SIPD RI")
        #expect(MergePlannerTests.platformName(plan, 2) == "SAKTI" && MergePlannerTests.platformName(plan, 3) == "SAKTI",
                "ministries budget in SAKTI, never in the regional SIPD RI")
        #expect(plan.items[2].reason.text(.en).contains("SAKTI is the national system for budgeting"), "\(plan.items[2].reason.text(.en))")
        let sakti = try #require(plan.platform(plan.items[2].platform!))
        #expect(plan.catalogue.functions[sakti.modules[0].function].function.name == "Penganggaran kementerian/lembaga")
        #expect(plan.invariantViolations(appCount: apps.count).isEmpty)
    }

    @Test func aMinistryAppWithNoPlatformForItsLevelIsRetainedAndTheReasonSaysWhy() throws {
        let apps = [
            Self.app("R1", "e-Absensi Bantul", "Presensi pegawai dengan fingerprint dan rekap kehadiran", level: .regency),
            Self.app("R2", "Presensi Online Sleman", "Absensi pegawai, jam kerja dan keterlambatan", level: .city),
            Self.app("C1", "Absensi Pegawai Kementerian Sosial", "Presensi pegawai kementerian dengan fingerprint", level: .central),
        ]
        let plan = MergePlanner.plan(Self.input(apps, groups: [[0, 1, 2]]), parameters: MergePlannerTests.parameters)
        #expect(MergePlannerTests.platformName(plan, 0) == "Platform Bersama Kepegawaian Daerah")
        #expect(plan.items[2].action == .retain && plan.items[2].platform == nil)
        #expect(plan.items[2].function.map { plan.catalogue.functions[$0].function.key } == "attendance", "the job is still named")
        let english = plan.items[2].reason.text(.en)
        #expect(english.contains("Platform Bersama Kepegawaian Daerah serves regional governments only")
            && english.contains("covers staff attendance for central agencies"), "\(english)")
        #expect(plan.items[2].reason.text(.id).contains("hanya melayani pemerintah daerah"))
        #expect(plan.platform(plan.items[0].platform!)!.members == [0, 1], "the central app is no member of the regional platform")
    }

    @Test func aMinistryProposalIsPointedAtThePlatformThatServesMinistries() throws {
        let proposal = Self.app("(proposal)", "Aplikasi Penganggaran", "Penyusunan anggaran, pagu anggaran dan revisi anggaran", level: .central)
        let matcher = FunctionMatcher(catalogue: .builtIn, apps: [])
        let matches = matcher.matches(proposal, limit: matcher.functionCount)
        func platform(_ level: GovernmentLevel?) -> String? {
            if case .useNational(let platform, _, _, _, _, _, _) = CheckVerdict.decide(functions: matches, catalogue: .builtIn, lookAlikes: [], level: level) { platform } else { nil }
        }
        #expect(platform(.central) == "SAKTI")
        #expect(platform(.regency) == "SIPD RI")
        #expect(platform(nil) == "SIPD RI", "a proposal of unknown level is told the first platform of its function")
    }

    @Test func anAppOfUnknownLevelMayJoinAnyPlatform() {
        #expect(PlatformScope.regional.covers(nil) && PlatformScope.central.covers(nil))
        #expect(PlatformScope.regional.covers(.city) && !PlatformScope.regional.covers(.central))
        #expect(PlatformScope.central.covers(.central) && !PlatformScope.central.covers(.province))
    }

    static func platform(_ name: String, scope: PlatformScope, key: String = "budgeting") -> CataloguePlatform {
        CataloguePlatform(name: name, kind: .nationalSectoral, owner: "O", sector: "S", mandatory: false, scope: scope,
                          functions: [PlatformFunction(key: key, name: "Anggaran", english: "Budget", keywords: ["anggaran"], description: "d")],
                          basis: "B", onboardingCost: 1, runningCostPerApp: 1)
    }

    @Test func twoPlatformsMayShareAFunctionOnlyForDifferentLevels() {
        #expect(PlatformCatalogue([Self.platform("A", scope: .regional), Self.platform("B", scope: .central)]).problems.isEmpty)
        let clash = PlatformCatalogue([Self.platform("A", scope: .all), Self.platform("B", scope: .central)]).problems
        #expect(clash == ["function \"budgeting\" is covered by both \"A\" and \"B\" for central agencies (give them different scopes)"])
    }

    @Test func theBuiltInCatalogueKeepsRegionalPlatformsForRegions() {
        let catalogue = PlatformCatalogue.builtIn
        func scope(_ name: String) -> PlatformScope? { catalogue.platform(named: name).map { catalogue.platforms[$0].scope } }
        #expect(scope("SIPD RI") == .regional && scope("Platform Bersama Kepegawaian Daerah") == .regional)
        #expect(scope("SAKTI") == .central && scope("KRISNA") == .central && scope("SIASN") == .all)
        #expect(catalogue.platforms.filter { $0.kind == .shared }.allSatisfy { $0.scope == .regional })
    }

    @Test func scopeTravelsThroughTheCatalogueCSVAndTheDatabase() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("catalogue.csv", TableRenderer.csv(PlatformCatalogue.builtIn.table))
        let read = try PlatformCatalogueReader.read(path: path)
        func scopes(_ catalogue: PlatformCatalogue) -> [String] { catalogue.platforms.map { "\($0.name): \($0.scope)" } }
        #expect(scopes(read) == scopes(.builtIn), "export then import keeps every platform's scope")
        #expect(read.problems.isEmpty, "SIPD RI and SAKTI may both list budgeting")
        let database = try InventoryDatabase(path: folder.path("inventory.sqlite"), access: .create)
        try CatalogueStore(database).store(read, mode: .replace, file: path)
        #expect(scopes(try CatalogueStore(database).catalogue()) == scopes(.builtIn))
    }

    @Test func aBadScopeNamesTheRowAndColumn() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("catalogue.csv", """
            platform,kind,owner,sector,mandatory,scope,basis,function_key,function,keywords
            Platform Anggaran,national-sectoral,Kemenkeu,Keuangan,no,kecamatan,PMK 1/2021,budget,Anggaran,anggaran; dipa

            """)
        #expect {
            try PlatformCatalogueReader.read(path: path)
        } throws: { error in
            "\(error)".contains("catalogue.csv:2:scope") && "\(error)".contains("expected regional, central or all, found \"kecamatan\"")
        }
    }

    /// Dapodik's regulation binds schools under regional education offices: a ministry's
    /// education app (its own schools report elsewhere) is never moved into it, and says why.
    @Test func aMinistrysEducationDataAppIsNotMovedIntoDapodik() throws {
        let apps = [
            Self.app("R1", "SIDATA Sekolah Bantul", "Data pokok pendidikan: data sekolah, peserta didik dan guru", level: .regency),
            Self.app("R2", "Sistem Informasi Data Sekolah Sleman", "Data sekolah, data siswa dan data guru", level: .city),
            Self.app("C1", "Sistem Informasi Data Pendidikan", "Data sekolah, data siswa dan data guru kementerian", level: .central),
        ]
        let plan = MergePlanner.plan(Self.input(apps, groups: [[0, 1, 2]]), parameters: MergePlannerTests.parameters)
        #expect(MergePlannerTests.platformName(plan, 0) == "Dapodik" && MergePlannerTests.platformName(plan, 1) == "Dapodik")
        #expect(plan.items[2].action == .retain, "\(plan.items[2].reason.text(.en))")
        #expect(plan.items[2].reason.text(.en).hasPrefix("Retained: Dapodik serves regional governments only, and no platform of the catalogue covers school data for central agencies"),
                "\(plan.items[2].reason.text(.en))")
    }

    /// A school-admission app in a group that names school data only weakly (the scores the
    /// sample's register gives such apps). The rule holds for any register: in a group that names
    /// its job only weakly, a member whose own words name another job (and the group's less than
    /// half as much) does that job from 0.35 ("School Admission Portal Salatiga", admissions at
    /// 0.36); when they name it at least as strongly as the group names its own but under 0.35
    /// ("Aplikasi Pendaftaran Sekolah", 0.338, in a group at 0.27), neither job is evidence
    /// enough, and it is retained for a check by hand rather than moved into Dapodik. Weaker own
    /// words follow a group naming its job firmly (which needs 0.40 to be left); in this weak
    /// group they do not, since its own words name school data only 0.09 and no look-alike is
    /// as close as 0.35: nothing but the group ties it to Dapodik (``GroupOnlyMemberTests``).
    @Test(arguments: [(0.36, 0.33, "own"), (0.338, 0.33, "review"), (0.26, 0.33, "group only"), (0.38, 0.45, "group"), (0.42, 0.45, "own")])
    func aMemberOfAWeakGroupWhoseOwnWordsAreNoWeakerIsNotMovedWithIt(own: Double, group: Double, outcome: String) throws {
        let apps = [
            Self.app("S1", "SIDATA Sekolah Bantul", "Data sekolah dan siswa", level: .regency),
            Self.app("S2", "SIMDIK Sleman", "Data sekolah dan guru", level: .regency),
            Self.app("S3", "Sistem Informasi Sekolah Klaten", "Data siswa dan guru", level: .regency),
            Self.app("A1", "Aplikasi Pendaftaran Sekolah", "Pendaftaran sekolah dan pengumuman hasil seleksi siswa baru", level: .regency),
        ]
        let (schoolData, admission) = (try Self.function("school-data"), try Self.function("school-admission"))
        var input = Self.input(apps, groups: [[0, 1, 2, 3]])
        input.matches = (0..<3).map { _ in [FunctionMatch(function: schoolData, score: group)] }
            + [[FunctionMatch(function: admission, score: own), FunctionMatch(function: schoolData, score: 0.09)]]
        input.evidence = [[["sekolah"]], [["sekolah"]], [["siswa"]], [["pendaftaran sekolah"], ["siswa"]]]
        let plan = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        #expect((0..<3).allSatisfy { MergePlannerTests.platformName(plan, $0) == "Dapodik" })
        let text = plan.items[3].reason.text(.en)
        switch outcome {
        case "own": #expect(MergePlannerTests.platformName(plan, 3) != "Dapodik" && plan.items[3].function == admission, "\(text)")
        case "review":
            #expect(plan.items[3].action == .retain && text == "Retained for a check by hand: its group does school data (0.27), but its own words (pendaftaran sekolah) name school "
                + "admission (0.34) and school data hardly (0.09); both too weak to plan.",
                    "\(text)")
            #expect(plan.items[3].reason.text(.id).hasPrefix("Dipertahankan, perlu diperiksa: kelompoknya menjalankan data pokok pendidikan (0,27), tetapi kata-katanya sendiri (“pendaftaran sekolah”) menyebut penerimaan murid baru (0,34)"),
                    "\(plan.items[3].reason.text(.id))")
        case "group only":
            #expect(plan.items[3].action == .retain && text.hasPrefix("Retained for a check by hand: only its membership of its group ties it to the job. Its group,") && text.contains("only 0.09"), "\(text)")
        default: #expect(MergePlannerTests.platformName(plan, 3) == "Dapodik", "\(text)")
        }
    }

    /// A group whose words name its job too weakly to plan (0.21 on average, under the 0.25 a
    /// group needs) is retained for a check by hand, and so is its member whose own words name
    /// that same job more strongly: it is the group's evidence, not another job's ("QuickBooks"
    /// read as books put Fishbowl, a warehouse product, in a group of e-book readers, and it alone
    /// moved into the library system). A member whose words name another job is still read on
    /// its own.
    @Test func aMemberNamingItsWeakGroupsOwnJobStaysWithTheGroup() throws {
        let apps = [
            Self.app("E1", "Kindle for PC", "Read and annotate reference books", level: .regency),
            Self.app("E2", "OpenBook", "Scanning and reading printed material aloud", level: .regency),
            Self.app("E3", "CCH eBooks", "Download a financial ratios eBook", level: .regency),
            Self.app("F1", "Fishbowl", "Warehouse management that integrates with QuickBooks", level: .regency),
        ]
        let (library, complaints) = (try Self.function("library"), try Self.function("complaints"))
        var input = Self.input(apps, groups: [[0, 1, 2, 3]])
        input.matches = (0..<3).map { _ in [FunctionMatch(function: library, score: 0.15)] } + [[FunctionMatch(function: library, score: 0.38)]]
        input.evidence = [[["books"]], [["reading"]], [["ebook"]], [["books"]]]
        let plan = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        for app in 0..<4 {
            #expect(plan.items[app].action == .retain, "\(plan.items[app].reason.text(.en))")
        }
        #expect(plan.items[3].reason.text(.en).contains("name library management only 0.21 on average, under the 0.25 a group is planned at"),
                "\(plan.items[3].reason.text(.en))")

        input.matches[3] = [FunctionMatch(function: complaints, score: 0.45), FunctionMatch(function: library, score: 0.05)]
        input.evidence[3] = [["pengaduan"], ["books"]]
        let other = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        #expect(other.items[3].action != .retain && other.items[3].function == complaints, "another job is read on its own: \(other.items[3].reason.text(.en))")
    }
}
