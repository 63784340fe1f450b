import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Register entries that are a national system itself ("SAKTI" at a ministry, "SISKEUDES" at a
/// regency, "SIPD BANYUMAS"): the system in use, which nothing moves into and nothing costs.
@Suite("National systems in use")
struct SystemInUseTests {
    static func app(_ id: String, _ name: String, _ description: String, agency: String, level: GovernmentLevel) -> Application {
        Application(externalID: id, name: name, agency: agency, level: level, description: description, users: 200,
                    annualCost: 50_000_000, status: .active)
    }

    static let register = [
        app("M1", "SAKTI", "Aplikasi keuangan dari Kemenkeu untuk anggaran dan DIPA", agency: "Kementerian Kelautan dan Perikanan", level: .central),
        app("B1", "SISKEUDES", "Keuangan desa, APBDes dan laporan dana desa", agency: "Pemerintah Kabupaten Banyumas", level: .regency),
        app("B2", "SIPD BANYUMAS", "Penganggaran daerah, RKA dan APBD", agency: "Pemerintah Kabupaten Banyumas", level: .regency),
        app("B3", "SIAK LOKAL", "Administrasi kependudukan, KTP dan kartu keluarga", agency: "Pemerintah Kabupaten Banyumas", level: .regency),
        app("M2", "SIPD", "Aplikasi perencanaan kementerian", agency: "Kementerian Kelautan dan Perikanan", level: .central),
    ]

    @Test func anAppNamedAfterANationalSystemIsThatSystemInUse() {
        let catalogue = PlatformCatalogue.builtIn
        func inUse(_ index: Int) -> String? { catalogue.systemInUse(Self.register[index]).map { catalogue.platforms[$0].name } }
        #expect(inUse(0) == "SAKTI")
        #expect(inUse(1) == "Siskeudes")
        #expect(inUse(2) == "SIPD RI", "the system's name and the region using it")
        #expect(inUse(3) == nil, "a local copy of SIAK is a look-alike, not SIAK Terpusat")
        #expect(inUse(4) == nil, "SIPD RI does not serve a ministry")
    }

    /// The system's name with its region in any form registers write it, or the name of the
    /// unit that runs an agency's instance (LPSE for SPSE), is the system in use; an app that
    /// only mentions the system in its name is not.
    @Test func aNationalSystemWrittenWithItsRegionInAnyFormIsThatSystemInUse() {
        let catalogue = PlatformCatalogue.builtIn
        let province = "Pemerintah Provinsi Sulawesi Tengah"
        func inUse(_ name: String, agency: String = province, level: GovernmentLevel = .province) -> String? {
            catalogue.systemInUse(Self.app("X", name, "-", agency: agency, level: level)).map { catalogue.platforms[$0].name }
        }
        #expect(inUse("SIPD Sulteng") == "SIPD RI", "a province's short name the agency does not spell")
        #expect(inUse("SIPD Provinsi Sulawesi Tengah") == "SIPD RI")
        #expect(inUse("SIPD Prov. Jateng") == "SIPD RI")
        #expect(inUse("SP4N-LAPOR! Sulteng") == "SP4N-LAPOR!")
        #expect(inUse("SP4N LAPOR Kab. Donggala", agency: "Dinas Kominfo Kabupaten Donggala", level: .regency) == "SP4N-LAPOR!",
                "the system's name in two words, a regency's abbreviated level word")
        #expect(inUse("LPSE Sulteng") == "SPSE", "LPSE runs the agency's SPSE")
        #expect(inUse("LPSE", agency: "Pemerintah Kota Tegal", level: .city) == "SPSE")
        #expect(inUse("LPSE Kota Tegal", agency: "Pemerintah Kota Tegal", level: .city) == "SPSE")
        #expect(inUse("SIRUP Kementerian Pekerjaan Umum", agency: "Kementerian Pekerjaan Umum", level: .central) == "SPSE",
                "LKPP's procurement planning is part of its national system, used by every agency")
        #expect(inUse("SIRUP Tual", agency: "Pemerintah Kota Tual", level: .city) == "SPSE")
        #expect(inUse("e-Katalog Lokal Kota Tual", agency: "Pemerintah Kota Tual", level: .city) == "SPSE",
                "a region's local catalogue runs on LKPP's e-Katalog")
        #expect(inUse("Aplikasi Katalog Perpustakaan", agency: "Pemerintah Kota Tual", level: .city) == nil, "a library catalogue is no e-Katalog")
        #expect(inUse("SIKS-NG Palu", agency: "Dinas Sosial Kota Palu", level: .city) == "SIKS-NG (DTKS)", "a city's name; the name without its bracketed part")
        #expect(inUse("Dapodik Kabupaten Sigi", agency: "Dinas Pendidikan Kabupaten Sigi", level: .regency) == "Dapodik")
        for name in ["LPSE v2", "LPSE_CLIENT", "LPSE 2.0 Sulteng", "SIPD_V2", "LPSE Mobile", "LPSE_MOBILE", "SIPD Mobile", "SIPD Android", "SIPD Online"] {
            #expect(inUse(name) != nil, "\(name): a release or the system's own client is the system")
        }
        for name in ["Integrasi ke SIPD", "Aplikasi pendukung SIPD", "Monitoring LPSE Sulteng", "SP4N-LAPOR! Sulteng Pengaduan", "Lapor Bupati", "Website PPID Donggala"] {
            #expect(inUse(name) == nil, "\(name) only mentions the system")
        }
        #expect(inUse("LAPOR Kab. Donggala", agency: "Dinas Kominfo Kabupaten Donggala", level: .regency) == "SP4N-LAPOR!",
                "a region's LAPOR is its SP4N-LAPOR! (the catalogue's alias); “Lapor Bupati” names something else")
        #expect(inUse("Dapodik SMA/SMK Sulteng", agency: "Dinas Pendidikan Provinsi Sulawesi Tengah") == "Dapodik", "school levels between the name and the region")
        #expect(inUse("SISKEUDES Lokal Karawang", agency: "Pemerintah Kabupaten Karawang", level: .regency) == "Siskeudes",
                "a system agencies install where they use it, installed locally")
        #expect(inUse("DAPODIK Offline", agency: "Dinas Pendidikan Kabupaten Sigi", level: .regency) == "Dapodik")
        #expect(inUse("SIAK Lokal Karawang", agency: "Pemerintah Kabupaten Karawang", level: .regency) == nil,
                "SIAK Terpusat replaces the local SIAK installations it is named against")
        #expect(inUse("SIPD Lokal") == nil, "SIPD RI is the central one")
        #expect(inUse("PPID Kabupaten Sigi", agency: "Dinas Kominfo Kabupaten Sigi", level: .regency) == "e-PPID")
        #expect(inUse("SIKS Mobile", agency: "Dinas Sosial Kota Palu", level: .city) == nil,
                "SIKS is no name of SIKS-NG's instances: registers also call an archives system SIKS")
    }

    /// Registers are typed by hand: a slip in a place, level, install or release word leaves the
    /// entry the system in use, while a real word one letter from a place is still another job.
    @Test func aSlipOfTheKeyboardAroundTheSystemsNameKeepsItTheSystemInUse() {
        let catalogue = PlatformCatalogue.builtIn
        func inUse(_ name: String, agency: String, level: GovernmentLevel = .regency) -> String? {
            catalogue.systemInUse(Self.app("X", name, "-", agency: agency, level: level)).map { catalogue.platforms[$0].name }
        }
        #expect(inUse("LPSE Prvoinsi Gorontalo", agency: "Biro Pengadaan Provinsi Gorontalo", level: .province) == "SPSE", "a swapped pair in a level word")
        #expect(inUse("SIAK Smosir", agency: "Dinas Dukcapil Kabupaten Samosir") == "SIAK Terpusat", "a dropped letter in the regency's own name")
        #expect(inUse("SIAK Lokal Smosir", agency: "Dinas Dukcapil Kabupaten Samosir") == nil, "SIAK's local copy stays a look-alike")
        #expect(inUse("DAPODIK LOKAL KABUPATEN MAMJU TENGAH", agency: "Dinas Pendidikan Kabupaten Mamuju Tengah") == "Dapodik")
        #expect(inUse("SIKS-NG Loakl", agency: "Dinas Sosial Kabupaten Sigi") == "SIKS-NG (DTKS)", "a slip in an install word its catalogue aliases give")
        #expect(inUse("LAPOR EVRSI 3", agency: "Dinas Kominfo Kabupaten Sigi") == "SP4N-LAPOR!", "a slip in a release word")
        #expect(inUse("LPSE Vrsi 3", agency: "Pemerintah Kabupaten Kaur") == "SPSE", "four letters: a longer word with a letter dropped")
        #expect(inUse("SIPD Barang", agency: "Pemerintah Kabupaten Batang") == nil, "“barang” is a word of its own, not a slip of Batang")
        #expect(inUse("SIPD Kotak", agency: "Pemerintah Kabupaten Sigi") == nil, "short words are never read as slips")
        #expect(inUse("SIKS-NG Lokal Pendataan", agency: "Dinas Sosial Kabupaten Sigi") == nil, "another word after the install word")
        #expect(inUse("e-SAIKP Kabupaten Sigi", agency: "Inspektorat Kabupaten Sigi") == "e-SAKIP", "a slip in the system's own name")
        #expect(inUse("Dapodk", agency: "Dinas Pendidikan Kabupaten Sigi") == "Dapodik")
        #expect(inUse("SSKEUDES Lokal", agency: "Pemerintah Kabupaten Sigi") == "Siskeudes", "a letter dropped after the first")
        #expect(inUse("SIPP Sigi", agency: "Pemerintah Kabupaten Sigi") == nil, "a four-letter name one slip from SIPD is another system")
        var laor = Self.app("X", "LAOR", "-", agency: "Dinas Kominfo Kabupaten Sigi", level: .regency)
        #expect(catalogue.systemInUse(laor) == nil, "four letters are too few to read a slip in alone…")
        laor.acronym = "LAPOR"
        #expect(catalogue.systemInUse(laor).map { catalogue.platforms[$0].name } == "SP4N-LAPOR!", "…but the register's acronym column confirms it")
        var lspe = Self.app("X", "LSPE Kabupaten Sigi", "-", agency: "Pemerintah Kabupaten Sigi", level: .regency)
        lspe.acronym = "LPSE"
        #expect(catalogue.systemInUse(lspe).map { catalogue.platforms[$0].name } == "SPSE")
        var other = Self.app("X", "SIMPEG Sigi", "-", agency: "Pemerintah Kabupaten Sigi", level: .regency)
        other.acronym = "SIPD"
        #expect(catalogue.systemInUse(other) == nil, "an acronym the name is not a slip of confirms nothing")
        for name in ["e-LAKIP Sigi", "SAKIP Sigi", "e-AKIP"] {
            #expect(inUse(name, agency: "Inspektorat Kabupaten Sigi") == nil, "\(name): a changed letter or another beginning is another name")
        }
    }

    /// The owner's register writes its own system without the words naming the owner:
    /// "e-Kinerja" at Badan Kepegawaian Negara is e-Kinerja BKN in use, while a regency's
    /// "E-KINERJA" is a local performance app that moves into it.
    @Test func theOwnersEntryWithoutItsOwnNameIsItsSystemInUse() {
        let catalogue = PlatformCatalogue.builtIn
        func inUse(_ name: String, agency: String, level: GovernmentLevel) -> String? {
            catalogue.systemInUse(Self.app("X", name, "-", agency: agency, level: level)).map { catalogue.platforms[$0].name }
        }
        #expect(inUse("e-Kinerja", agency: "Badan Kepegawaian Negara", level: .central) == "e-Kinerja BKN")
        #expect(inUse("E-KINERJA", agency: "BKN", level: .central) == "e-Kinerja BKN")
        #expect(inUse("e-Kinerja BKN", agency: "Badan Kepegawaian Negara", level: .central) == "e-Kinerja BKN")
        #expect(inUse("E-KINERJA", agency: "BKPSDM Kabupaten Sigi", level: .regency) == nil, "another agency's e-Kinerja is its own app")
        #expect(inUse("e-Kinerja", agency: "Kementerian Keuangan", level: .central) == nil)
    }

    /// A planner's own catalogue names the instances of its national systems (`aliases`): read
    /// from the file, stored, and read back, they make a register's entry the system in use.
    @Test func aPlannersCatalogueNamesItsSystemsInstances() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("catalogue.csv", """
            platform,kind,mandatory,function,keywords,aliases
            SIMAK-BMN,national-sectoral,yes,Penatausahaan barang milik negara,"aset, barang milik negara, inventaris",SIMAK; SAIBA
            SIMAK-BMN,national-sectoral,yes,Laporan barang milik negara,"laporan aset, neraca aset",SIMAK

            """)
        let read = try PlatformCatalogueReader.read(path: file)
        #expect(read.platforms.map(\.aliases) == [["SIMAK", "SAIBA"]], "one list per platform, whichever rows give it")
        let database = try InventoryDatabase(path: folder.path("inventory.sqlite"), access: .create)
        let stored = try CatalogueStore(database).store(read, mode: .extend, file: "catalogue.csv")
        let index = try #require(stored.platform(named: "SIMAK-BMN"))
        #expect(try CatalogueStore(database).catalogue().platforms[index].aliases == ["SIMAK", "SAIBA"])
        let app = Self.app("K1", "SIMAK Kementerian Keuangan", "-", agency: "Kementerian Keuangan", level: .central)
        #expect(stored.systemInUse(app) == index, "the alias with the agency's own words")
        #expect(PlatformCatalogue.builtIn.systemInUse(app) == nil, "the built-in catalogue knows no SIMAK")
        #expect(stored.table.columns.last == "aliases" && stored.table.rows.contains { $0.last == "SIMAK; SAIBA" })
    }

    @Test func theSystemInUseNeitherMovesNorCostsNorHoldsItsPlatformInThePlan() throws {
        let input = PlatformScopeTests.input(Self.register, groups: [])
        let plan = MergePlanner.plan(input, parameters: MergePlannerTests.parameters)
        for index in 0..<3 {
            let item = plan.items[index]
            #expect(item.action == .retain && item.platform == nil && item.oneOffCost == nil && item.annualSaving == nil, "\(item)")
            #expect(item.confidence == 1, "known by its name, not a guess at 0: \(item.confidence)")
        }
        #expect(plan.items[0].reason.text(.en) == "It is SAKTI itself (or its local installation), as its name says, the national system in use: nothing to move.")
        #expect(plan.items[1].reason.text(.id) == "Merupakan Siskeudes itu sendiri (atau pemasangan setempatnya), sebagaimana disebut namanya, sistem nasional yang sedang dipakai: tidak ada yang perlu dipindahkan.")
        #expect(plan.items[2].reason.text(.en) == "It is SIPD RI itself (or its local installation), as its name says, the national general application in use: nothing to move.")
        let platforms = plan.platforms.map { plan.catalogue.platforms[$0.catalogueIndex].name }
        #expect(!platforms.contains("Siskeudes"), "a platform only its own instance would hold consolidates nothing: \(platforms)")
        #expect(MergePlannerTests.platformName(plan, 3) == "SIAK Terpusat")
        // The function named is the system's own entry: SAKTI budgets for ministries.
        let function = try #require(plan.items[0].function)
        #expect(plan.catalogue.functions[function].function.name == "Penganggaran kementerian/lembaga")

        // An installation the register says is still in development is being set up, not in use.
        var register = Self.register
        register[1].status = .development
        let settingUp = MergePlanner.plan(PlatformScopeTests.input(register, groups: []), parameters: MergePlannerTests.parameters).items[1]
        #expect(settingUp.action == .retain && settingUp.reason.text(.en)
            == "It is a local installation of Siskeudes, the national system, as its name says, still being set up as the register says it is in development: nothing to move; finish the installation, not an app of its own.",
                "\(settingUp.reason.text(.en))")
        #expect(settingUp.reason.text(.id).hasPrefix("Merupakan pemasangan setempat Siskeudes, sistem nasional, sebagaimana disebut namanya, yang menurut daftar masih dalam pengembangan"))
    }

    /// An entry named by the catalogue's other name for a system (SIRUP of SPSE) says so, not
    /// "SPSE itself, as its name says"; one the register marks retired is an installation no
    /// longer used, switched off like any inactive app, not the system in use.
    @Test func aSystemNamedByItsAliasSaysSoAndARetiredOneIsSwitchedOff() {
        let tual = "Pemerintah Kota Tual"
        var retired = Self.app("T2", "LPSE Kota Tual", "Layanan pengadaan secara elektronik", agency: tual, level: .city)
        retired.status = .retired
        let register = [Self.app("T1", "SIRUP Tual", "Rencana umum pengadaan", agency: tual, level: .city), retired,
                        Self.app("T3", "e-Procurement Tual", "Tender dan lelang pengadaan barang jasa", agency: tual, level: .city)]
        let plan = MergePlanner.plan(PlatformScopeTests.input(register, groups: []), parameters: MergePlannerTests.parameters)
        #expect(plan.items[0].action == .retain && plan.items[0].reason.text(.en)
                == "It is SPSE under another of its names (SIRUP), or its local installation, the national general application in use: nothing to move.")
        #expect(plan.items[0].reason.text(.id).hasPrefix("Merupakan SPSE dengan salah satu namanya yang lain (SIRUP)"))
        #expect(plan.items[1].action == .retire && plan.items[1].savingBasis == .inactive, "\(plan.items[1].reason.text(.en))")
        #expect(MergePlannerTests.platformName(plan, 1) == "SPSE")
    }

    /// A ministry entry named "SAKTI" whose own words describe another job (staff performance,
    /// staff attendance) is an app wearing the word as its brand: it is planned by its job,
    /// not kept as the treasury's system with its cost. One with a thin description, or one
    /// describing budgeting, is still SAKTI in use.
    @Test func aSystemsNameOnAnAppDescribingAnotherJobIsItsBrand() {
        let ministry = "Kementerian Kelautan dan Perikanan"
        let register = [
            Self.app("K1", "SAKTI", "Penilaian sasaran kinerja pegawai (SKP), kinerja pegawai bulanan dan aktivitas harian ASN", agency: ministry, level: .central),
            Self.app("K2", "SAKTI", "-", agency: ministry, level: .central),
            Self.app("K3", "SAKTI", "Penyusunan anggaran, DIPA dan revisi anggaran satuan kerja", agency: ministry, level: .central),
            Self.app("K4", "SAKTI", "Presensi pegawai, kehadiran dan absensi sidik jari", agency: ministry, level: .central),
        ]
        let plan = MergePlanner.plan(PlatformScopeTests.input(register, groups: []), parameters: MergePlannerTests.parameters)
        #expect(MergePlannerTests.platformName(plan, 0) == "e-Kinerja BKN", "\(plan.items[0].reason.text(.en))")
        #expect(!plan.items[3].reason.text(.en).contains("itself"), "\(plan.items[3].reason.text(.en))")
        for index in [1, 2] {
            #expect(plan.items[index].reason.text(.en) == "It is SAKTI itself (or its local installation), as its name says, the national system in use: nothing to move.")
        }
    }

    /// A retained ministry app's job is named as the platform serving ministries names it, in
    /// both languages, never as SIPD RI's "Penganggaran daerah".
    @Test func aRetainedMinistryAppsFunctionIsNamedByThePlatformServingItsLevel() {
        let names = FunctionNames(.builtIn)
        #expect(names.name("budgeting", level: .central, .id) == "Penganggaran kementerian/lembaga")
        #expect(names.name("budgeting", level: .regency, .id) == "Penganggaran daerah")
        #expect(names.name("budgeting", platform: "SIPD RI", level: .central, .id) == "Penganggaran daerah", "the platform an app goes to names it")
        #expect(names.name("budgeting", .id) == "Penganggaran daerah")
    }

    /// A group whose one app names budgeting at 0.51 and whose two others name nothing is not
    /// planned, since the group's average (0.17) is under the 0.25 a group needs: the reason
    /// quotes that average and that threshold, never "only weakly (0.51)".
    @Test func aGroupTooWeakToPlanIsToldByItsAverageAndTheThresholdItMisses() {
        let reason = PlanReason.noFunction(groupWords: [], lookAlikes: 2, closest: PlatformCatalogue.builtIn.functions[0].function, score: 0.17, needed: 0.25)
        #expect(reason.text(.en).contains("only 0.17 on average, under the 0.25 a group is planned at"), "\(reason.text(.en))")
        #expect(reason.text(.id).contains("rata-rata hanya menyebut") && reason.text(.id).contains("0,17, di bawah 0,25"), "\(reason.text(.id))")
        #expect(!reason.text(.en).contains("weakly"))
    }
}
