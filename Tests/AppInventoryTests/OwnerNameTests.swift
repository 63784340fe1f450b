import Testing
@testable import AppInventoryCore

/// Words that name an app's own owner (docs/overlap.md, section 2): "Dinkes" in "Presensi
/// Online Dinkes" says which office runs the app, not what it does.
@Suite("Owner names")
struct OwnerNameTests {
    static func app(_ id: String, _ name: String, unit: String, _ description: String) -> Application {
        Application(externalID: id, name: name, unit: unit, description: description)
    }

    /// One health office runs an attendance app and a news site, each named after the office;
    /// the staff office runs another attendance app and the IT office another news site.
    static let register: [Application] = [
        app("1", "Presensi Pegawai Dinkes", unit: "Dinas Kesehatan", "Rekap kehadiran harian"),
        app("2", "Portal Dinkes", unit: "Dinas Kesehatan", "Berita dan pengumuman"),
        app("3", "e-Absensi", unit: "BKPSDM", "Rekap kehadiran pegawai dengan sidik jari"),
        app("4", "Portal Berita Diskominfo", unit: "Dinas Komunikasi dan Informatika", "Berita dan pengumuman pemerintah"),
        app("5", "Katalog Perpustakaan", unit: "Dinas Perpustakaan dan Kearsipan", "Pencarian koleksi buku"),
        app("6", "Harga Pasar", unit: "Dinas Perdagangan", "Pemantauan harga bahan pokok"),
        app("7", "SIGAP Bencana", unit: "Badan Penanggulangan Bencana Daerah", "Peringatan dini banjir"),
        app("8", "Smart Parking", unit: "Dinas Perhubungan", "Pembayaran parkir non tunai"),
    ]

    static func score(_ analysis: OverlapAnalysis, _ a: Int, _ b: Int) -> Double {
        analysis.neighbours[a].first { $0.index == b }?.score ?? 0
    }

    @Test func theOwnersAcronymDoesNotMakeTwoAppsOfOneOfficeAlike() {
        let analysis = OverlapEngine.analyze(Self.register)
        #expect(analysis.neighbours[0].first?.index == 2, "the health office's attendance app is most like the other attendance app")
        #expect(analysis.neighbours[1].first?.index == 3, "the health office's news site is most like the other news site")
        #expect(Self.score(analysis, 0, 1) < Self.score(analysis, 0, 2))
        // Read with the office's name at full weight, the two scored 0.27 and formed one group.
        #expect(Self.score(analysis, 0, 1) < 0.2, "sharing the office's name alone is not overlap")
        #expect(analysis.groupOf[0] == nil || analysis.groupOf[0] != analysis.groupOf[1])
    }

    @Test func aTextNamesItsOwnerByTheUnitsNameOrItsAcronym() {
        func owner(_ name: String, unit: String? = nil, agency: String? = nil) -> [String]? {
            OwnerNames(of: Application(externalID: "x", name: name, agency: agency, unit: unit)).split(Tokenizer.words(name))?.owner
        }
        #expect(owner("TNDE Dinas Pendidikan", unit: "Dinas Pendidikan") == ["pendidikan"], "\"dinas\", the kind of unit, keeps its weight")
        #expect(owner("Presensi Online Dinkes", unit: "Dinas Kesehatan") == ["dinkes"])
        #expect(owner("Agenda Surat BPKAD", unit: "Badan Keuangan dan Aset Daerah") == ["bpkad"])
        #expect(owner("SIMPEG BKPSDM", unit: "BKPSDM") == ["bkpsdm"])
        #expect(owner("Website Dinkes", unit: "Dinas Pendidikan") == nil, "another office's acronym is not the owner")
        #expect(owner("Satu Data Kemenkes", agency: "Kementerian Kesehatan") == ["kemenkes"], "spelt from the owner's name")
        #expect(owner("Sistem Informasi Kepegawaian", unit: "Biro Kepegawaian") == nil, "the job alone does not name the office")
        #expect(owner("SIMPUS Puskesmas Depok I", unit: "Puskesmas Depok I") == ["depok", "i"], "\"puskesmas\" is the kind of unit")
        #expect(owner("ePuskesmas Mlati", unit: "Puskesmas") == nil, "a kind of unit written alone is not an office")
    }

    /// A region whose name is also an acronym names the owner in its own apps: "SIGAP SIAK" of
    /// Kabupaten Siak issues building permits, it is no SIAK population system.
    @Test func anOwnRegionsNameThatIsAlsoAnAcronymNamesTheOwner() {
        func owner(_ name: String, region: String) -> [String]? {
            OwnerNames(of: Application(externalID: "x", name: name, region: region)).split(Tokenizer.words(name))?.owner
        }
        #expect(owner("SIGAP SIAK", region: "Kabupaten Siak") == ["siak"])
        #expect(owner("e-Parkir Batu", region: "Kota Batu") == ["batu"])
        #expect(owner("SIAK Terpusat Kota Batu", region: "Kota Batu") == nil, "after its level word the normaliser drops the region itself")
        #expect(owner("SIGAP SIAK", region: "Kabupaten Bantul") == nil, "elsewhere SIAK is the population system")
        var permits = Application(externalID: "1", name: "SIGAP SIAK", description: "Penerbitan izin mendirikan bangunan")
        permits.region = "Kabupaten Siak"
        let register = Self.register + [permits,
            Application(externalID: "2", name: "SIAK", description: "Pencatatan kependudukan dan akta kelahiran"),
            Application(externalID: "3", name: "SIAK Terpusat", description: "Administrasi kependudukan dan pencatatan sipil"),
            Application(externalID: "4", name: "PBG Online", description: "Penerbitan persetujuan bangunan gedung dan izin mendirikan bangunan")]
        let analysis = OverlapEngine.analyze(register)
        let (sigap, siak, building) = (Self.register.count, Self.register.count + 1, Self.register.count + 3)
        #expect(Self.score(analysis, sigap, siak) < Self.score(analysis, sigap, building), "\(analysis.neighbours[sigap])")
    }

    @Test func appsOfUnitsOfOneKindStillMeetOnTheKind() {
        let apps = Self.register + [
            Self.app("9", "SIMPUS Puskesmas Depok I", unit: "Puskesmas Depok I", "Rekam medis pasien"),
            Self.app("10", "ePuskesmas Mlati", unit: "Puskesmas Mlati", "Pendaftaran pasien"),
        ]
        let analysis = OverlapEngine.analyze(apps)
        #expect(analysis.neighbours[8].first?.index == 9)
        #expect(Self.score(analysis, 8, 9) >= 0.4)
    }
}
