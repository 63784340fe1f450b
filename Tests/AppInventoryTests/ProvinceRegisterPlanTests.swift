import Testing
@testable import AppInventoryCore

/// A province's own register, mostly apps without look-alikes: the plan a minister can sign
/// moves a lone app the law sends to a national system, builds no shared platform that moves
/// nothing in or loses money, and says why it keeps what it keeps.
@Suite("Province register plan")
struct ProvinceRegisterPlanTests {
    typealias Fixture = MergePlannerTests

    static func app(_ id: String, _ name: String, _ description: String, cost: Double? = 100_000_000, users: Int? = 500,
                    status: ApplicationStatus = .active, integrations: [String] = []) -> Application {
        Fixture.app(id, name, description, users: users, cost: cost, status: status, level: .province, integrations: integrations)
    }

    /// One province's register: no two apps alike.
    static let apps: [Application] = [
        app("K0", "Lapor Bupati", "Pengaduan masyarakat langsung kepada Bupati melalui web dan WhatsApp, tindak lanjut oleh OPD"),
        app("K1", "SIMDA Laporan Keuangan", "Penatausahaan keuangan, laporan keuangan dan neraca daerah"),
        app("K2", "e-SAKIP Provinsi", "Laporan kinerja instansi, perjanjian kinerja dan indikator kinerja utama"),
        app("K3", "SIMRS Provinsi", "Sistem informasi manajemen rumah sakit: rekam medis, pendaftaran pasien dan rawat inap", cost: 900_000_000),
        app("K4", "SIMPUS Provinsi", "Sistem informasi puskesmas: pelayanan puskesmas dan rekam medis pasien", cost: 500_000_000),
        // A look-alike of JDIH Nasional; "JDIH Provinsi" would be the province's JDIH itself, in use.
        app("K5", "Sistem Informasi Produk Hukum Provinsi", "Jaringan dokumentasi dan informasi hukum: peraturan daerah dan produk hukum"),
        app("K6", "SIJALI", "Data kondisi jalan dan jembatan provinsi, survei kemantapan jalan dan usulan penanganan"),
        app("K7", "SIMLUH Provinsi", "Data penyuluh pertanian, kelompok tani dan programa penyuluhan", status: .inactive),
        app("K8", "SiCantik Provinsi", "Perizinan non-berusaha: izin penelitian, rekomendasi, izin tenaga kesehatan"),
    ]

    static func plan(_ apps: [Application] = apps, target: Int = 12) -> MergePlan {
        var parameters = Fixture.parameters
        parameters.target = target
        return MergePlanner.plan(Fixture.input(apps, groups: []), parameters: parameters)
    }

    static func name(_ plan: MergePlan, _ item: PlanItem) -> String? {
        item.platform.map { number in plan.catalogue.platforms[plan.platforms[number - 1].catalogueIndex].name }
    }

    @Test func aBrandedComplaintAppAloneMovesIntoTheMandatorySystemAndCheckAgrees() throws {
        let catalogue = PlatformCatalogue.builtIn
        let matcher = FunctionMatcher(catalogue: catalogue, apps: Self.apps)
        let complaints = try #require(catalogue.functions.firstIndex { $0.function.key == "complaints" })
        // "Lapor" is the complaints keyword as written; "laporan" of "laporan keuangan" does not share it out.
        let matches = matcher.matches(Self.apps[0])
        #expect(matches.first?.function == complaints && (matches.first?.score ?? 0) >= 0.4, "\(matches)")
        #expect(!matches.contains { catalogue.functions[$0.function].function.key == "financial-administration" }, "\(matches)")

        let plan = Self.plan()
        let item = plan.items[0]
        #expect(item.action == .migrate && Self.name(plan, item) == "SP4N-LAPOR!", "\(item.reason.text(.en))")
        #expect(item.reason.text(.id).contains("wajib memakai Aplikasi Umum SP4N-LAPOR!"), "\(item.reason.text(.id))")

        var proposal = Self.apps[0]
        proposal.name = "Lapor Gubernur"
        let verdict = CheckVerdict.decide(functions: matcher.matches(proposal), catalogue: catalogue, lookAlikes: [], level: .province)
        guard case .useNational(let platform, _, true, _, _, _, _) = verdict else { Issue.record("\(verdict)"); return }
        #expect(platform == "SP4N-LAPOR!")
    }

    @Test func aLoneAppWhoseJobIsTheLawsIsPlannedAtTheGroupBarAndFlaggedWhenWeak() throws {
        // Its words name complaints far less than 0.40 (one keyword among many words), yet
        // the law applies to one app as to many.
        let weak = Self.app("W0", "Kanal Aspirasi Gubernur", "Aspirasi dan keluhan warga lewat kunjungan kerja dan dialog interaktif")
        let plan = Self.plan([weak] + Self.apps.dropFirst())
        let item = plan.items[0]
        let score = item.confidence
        #expect(score >= 0.25 && score < 0.4, "the case this test is about: \(score)")
        #expect(item.action == .migrate && Self.name(plan, item) == "SP4N-LAPOR!", "\(item.reason.text(.en))")
        #expect(item.reason.text(.en).hasPrefix(score < 0.35 ? "Weak match" : "Public complaints must use"), "\(item.reason.text(.en))")
    }

    @Test func aSharedPlatformThatMovesNothingInTakesNoPlace() throws {
        // The hospital and the health-centre apps would each lead a module of the shared health
        // platform: it would be built and nothing would move in, while a business-licensing app
        // waits for OSS-RBA. JDIH, a national system, saves.
        // It is left out as well when no platform waits: it would consolidate nothing.
        let waiting = Self.app("K9", "Perizinan Usaha Online", "Pengajuan izin usaha, penerbitan NIB dan perizinan berusaha")
        for (apps, target) in [(Self.apps + [waiting], 5), (Self.apps, 12)] {
            let plan = Self.plan(apps, target: target)
            let names = plan.platforms.map { plan.catalogue.platforms[$0.catalogueIndex].name }
            #expect(!names.contains("Platform Bersama Layanan Kesehatan Daerah"), "\(names)")
            #expect(names.contains("JDIH Nasional"), "\(names)")
            for index in [3, 4] {
                let item = plan.items[index]
                #expect(item.action == .retain)
                #expect(item.reason.text(.en).contains("each of its 2 apps would lead a module of its own, so nothing would move into it"), "\(item.reason.text(.en))")
                #expect(item.reason.text(.id).contains("tidak ada aplikasi yang pindah ke sana"), "\(item.reason.text(.id))")
            }
        }
    }

    @Test func aSharedPlatformThatLosesMoneyOverTheHorizonTakesNoPlace() throws {
        // A costly, heavily integrated tax app would lead the revenue platform (its rebuild costs
        // billions) for one small app to move in, which saves a little a year: a loss over the
        // plan's five years.
        let taxes = [
            Self.app("T1", "e-Samsat Provinsi", "Pembayaran pajak kendaraan bermotor secara online", cost: 1_800_000_000, users: 600_000,
                     integrations: ["Jasa Raharja", "Kepolisian", "Bank Daerah", "Dukcapil"]),
            Self.app("T2", "Pajak Kendaraan Keliling", "Pembayaran pajak kendaraan bermotor di bus keliling", cost: 60_000_000),
        ]
        var lookAlikes = Fixture.input(Self.apps + taxes, groups: [])
        let (a, b) = (Self.apps.count, Self.apps.count + 1)
        lookAlikes.groups = [[a, b]]
        lookAlikes.groupTerms = [["pajak", "kendaraan"]]
        lookAlikes.lookAlikes[a] = [LookAlike(app: b, score: 0.7)]
        lookAlikes.lookAlikes[b] = [LookAlike(app: a, score: 0.7)]
        var parameters = Fixture.parameters
        parameters.target = 5
        let plan = MergePlanner.plan(lookAlikes, parameters: parameters)
        let names = plan.platforms.map { plan.catalogue.platforms[$0.catalogueIndex].name }
        #expect(!names.contains("Platform Bersama Pendapatan Daerah"), "\(names)")
        let item = plan.items[a]
        #expect(item.action == .retain)
        #expect(item.reason.text(.en).contains("over 5 years it would cost more than it saves (a net loss of Rp"), "\(item.reason.text(.en))")
        #expect(item.reason.text(.id).contains("rugi bersih Rp"), "\(item.reason.text(.id))")
    }

    @Test func aNegatedWordIsNotEvidenceOfItsJob() throws {
        let catalogue = PlatformCatalogue.builtIn
        let matcher = FunctionMatcher(catalogue: catalogue, apps: Self.apps)
        let licensing = try #require(catalogue.functions.firstIndex { $0.function.key == "business-licensing" })
        var business = Self.apps[8]
        business.description = "Perizinan berusaha: izin penelitian, rekomendasi, izin tenaga kesehatan"
        let score = { (app: Application) in matcher.matches(app, limit: 10).first { $0.function == licensing }?.score ?? 0 }
        #expect(score(Self.apps[8]) < score(business), "\(score(Self.apps[8])) vs \(score(business))")
        #expect(!matcher.evidence(Self.apps[8], functions: [licensing]).joined().contains { $0.contains("berusaha") })
        #expect(matcher.evidence(business, functions: [licensing]).joined().contains { $0.contains("berusaha") })
    }

    @Test func keptAppsSayWhatKeepsThem() throws {
        let plan = Self.plan()
        // Roads: no catalogue function, not a hospital at 0.05.
        let roads = plan.items[6].reason.text(.en)
        #expect(roads == "Retained: no look-alike in the inventory and its words name no platform's function.", "\(roads)")
        // An inactive app kept for want of its platform (one place: the law's systems only) says it is inactive.
        let inactive = Self.plan(target: 1).items[7]
        #expect(inactive.action == .retain)
        #expect(inactive.reason.text(.en).contains(". The register says it is inactive: this plan does not switch it off, as no platform of the plan takes its job, but its agency can switch it off without waiting for a platform. "), "\(inactive.reason.text(.en))")
        #expect(inactive.reason.text(.id).contains("sudah tidak aktif"), "\(inactive.reason.text(.id))")
        // A lone app under the lone bar quotes the bar, never calls 0.39 weak.
        for item in plan.items {
            guard case .noLookAlike(_?, let score, let needed) = item.reason else { continue }
            #expect(item.reason.text(.en).contains("only \(PlanReason.format(score)), under the \(PlanReason.format(needed)) a single app is planned at"),
                    "\(item.reason.text(.en))")
            #expect(!item.reason.text(.en).contains("weakly"))
        }
    }

    @Test func anExcludeSaysWhichPlatformItTakesOutOfThePlan() throws {
        let registry = [
            Self.app("C1", "SIAK Lokal Provinsi", "Administrasi kependudukan: KTP elektronik, kartu keluarga dan akta kelahiran"),
            Self.app("C2", "Dukcapil Online Provinsi", "Pelayanan administrasi kependudukan: kartu keluarga, KTP elektronik, akta kelahiran"),
        ]
        let (a, b) = (Self.apps.count, Self.apps.count + 1)
        var input = Fixture.input(Self.apps + registry, groups: [[a, b]],
                                  decisions: [ResolvedDecision(id: 1, kind: .exclude, app: a, citation: "#1 (exclude)")])
        input.lookAlikes[a] = [LookAlike(app: b, score: 0.8)]
        input.lookAlikes[b] = [LookAlike(app: a, score: 0.8)]
        let plan = MergePlanner.plan(input, parameters: Fixture.parameters)
        #expect(!plan.platforms.contains { plan.catalogue.platforms[$0.catalogueIndex].name == "SIAK Terpusat" })
        let effect = try #require(plan.decisionEffects.first)
        #expect(effect.applied && effect.effect.hasSuffix("; SIAK Terpusat leaves the plan, as no other app does this job"), "\(effect.effect)")
        #expect(effect.effectID.contains("SIAK Terpusat keluar dari rencana"), "\(effect.effectID)")
    }
}
