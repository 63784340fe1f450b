import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Indonesian text normalisation")
struct TextNormalizerTests {
    let stemmer = IndonesianStemmer(corpusWords: ["pegawai", "rencana", "laporan", "daftar", "kas"])

    @Test(arguments: [
        ("kepegawaian", "pegawai"), ("pegawai", "pegawai"), ("perizinan", "izin"), ("pelaporan", "lapor"),
        ("laporan", "lapor"), ("pendaftaran", "daftar"), ("perencanaan", "rencana"), ("kependudukan", "duduk"),
        ("pengaduan", "adu"), ("aduan", "adu"), ("penganggaran", "anggar"), ("kehadiran", "hadir"), ("sekolah", "sekolah"),
        ("berkas", "berkas"), ("pembangunan", "bangun"), ("kesehatan", "sehat"), ("perpustakaan", "pustaka"),
    ])
    func stemming(word: String, root: String) {
        #expect(stemmer.stem(word) == root)
    }

    /// "Rumah sakit" is a hospital: the engine reads it as one term, so a housing app
    /// ("perumahan", root "rumah") no longer meets every hospital, and "hospital" in English
    /// reads the same; the plan's matcher keeps the words apart for its catalogue phrases.
    @Test func aHospitalIsOneTermForTheEngineAndHousingStaysHousing() {
        let corpus = ["Rumah Sakit Umum Daerah", "Pelayanan rumah sakit", "Data perumahan", "Rumah tidak layak huni", "Data rumah"]
        var engine = TextNormalizer(corpus: corpus, joinsCompounds: true)
        #expect(engine.terms("Sistem Informasi Rumah Sakit") == ["rumahsakit"])
        #expect(engine.terms("Hospital Information System") == ["rumahsakit"])
        #expect(Set(engine.terms("Sistem Informasi Perumahan")).isDisjoint(with: engine.terms("Sistem Informasi Rumah Sakit")))
        #expect(engine.terms("Rumah tidak layak huni").contains("rumah") && engine.terms("Data perumahan") == ["rumah"], "housing meets housing")
        #expect(engine.display("rumahsakit") == "rumah sakit")
        var matcher = TextNormalizer(corpus: corpus)
        #expect(matcher.terms("Sistem Informasi Rumah Sakit") == ["rumah", "sakit"])
    }

    @Test func regionsAndLevelWordsAreRemoved() {
        var normalizer = TextNormalizer()
        #expect(normalizer.terms("SIMPEG Kabupaten Bantul") == ["simpeg"])
        #expect(normalizer.terms("SIMPEG Kota Malang") == ["simpeg"])
        #expect(normalizer.terms("e-Kinerja Pemprov Jateng") == ["kinerja"])
        #expect(normalizer.terms("Aplikasi Absensi Kab. Gunungkidul") == ["hadir"])
        #expect(normalizer.terms("Sistem Informasi Kepegawaian Provinsi Jawa Tengah") == ["pegawai"])
    }

    /// "di lingkungan Pemkab …" says where an app is used; "izin lingkungan" names its job.
    @Test func lingkunganIsGenericOnlyWhereItSaysWhereTheAppIsUsed() {
        var normalizer = TextNormalizer()
        for setting in ["Digunakan di lingkungan Pemerintah Kota Madiun", "Aplikasi surat dalam lingkungan Dinas Kesehatan",
                        "Absensi pegawai lingkungan Pemkab Bantul", "Pelaporan lingkungan Sekretariat Daerah"] {
            #expect(!normalizer.terms(setting).contains("lingkung"), "\(setting): \(normalizer.terms(setting))")
        }
        for job in ["Izin lingkungan", "Pengelolaan lingkungan hidup", "Pengaduan pencemaran lingkungan", "SI-LINGKUNGAN"] {
            #expect(normalizer.terms(job).contains("lingkung"), "\(job): \(normalizer.terms(job))")
        }
    }

    @Test func invisibleFormatCharactersDoNotSplitWords() {
        #expect(Tokenizer.words("SIM\u{200D}PEG Kota Malang") == ["simpeg", "kota", "malang"])
        #expect(Tokenizer.words("e\u{00AD}Kinerja\u{FEFF}") == ["e", "kinerja"])
        var normalizer = TextNormalizer()
        #expect(normalizer.terms("SIM\u{200B}PEG") == normalizer.terms("SIMPEG"))
    }

    @Test(arguments: ["ATCS_CLIENT eKinerja SIMPEG2019", "e-Office v2.1 (Pemkab)", "  Lapor  Hendi!!", "PPDB-ZONASI 2024a", "x"])
    func plainASCIITextSplitsAsAccentedTextDoes(text: String) {
        // ASCII text takes a byte-level path; a trailing accented word sends the same text
        // through the general one, which must give the same words before it.
        #expect(Tokenizer.words(text) + ["resume"] == Tokenizer.words(text + " résumé"))
    }

    @Test func ambiguousRegionNamesStayUnlessALevelWordPrecedesThem() {
        var normalizer = TextNormalizer()
        #expect(normalizer.terms("SIAK Kabupaten Siak") == ["siak"], "the SIAK acronym stays, the regency goes")
        #expect(normalizer.terms("Harga Pasar Kota Batu").contains("pasar"))
        #expect(!normalizer.terms("Harga Pasar Kota Batu").contains("batu"))
    }

    @Test func englishAndSyllablePrefixedNamesMeetIndonesianOnes() {
        var normalizer = TextNormalizer()
        #expect(normalizer.terms("Staff Attendance Tracker").contains("hadir"))
        #expect(normalizer.terms("SIABSEN").contains("hadir"))
        #expect(normalizer.terms("Presensi Online") == ["hadir"])
    }

    /// A level word typed with a slip goes, with its region, as the level word does: "Kabupten"
    /// is no rare word two unrelated apps share.
    @Test func aLevelWordTypedWithASlipGoesWithItsRegion() {
        var normalizer = TextNormalizer()
        #expect(normalizer.terms("Sistem Informasi Kebencanaan Kabupten Sumba Barat") == normalizer.terms("Sistem Informasi Kebencanaan Kabupaten Sumba Barat"))
        #expect(normalizer.terms("e-News Kabuapten Bombana") == normalizer.terms("e-News Kabupaten Bombana"))
        #expect(!normalizer.terms("Data Provnisi Jawa Tengah").contains("provnisi"))
        #expect(normalizer.terms("Pemerintahan Desa").contains { $0.hasPrefix("perintah") || $0.hasPrefix("pemerintah") }, "a longer word stays")
    }

    /// "Civil" is *sipil*, as in *aparatur sipil negara* and *pencatatan sipil*: an English
    /// civil registry meets the Indonesian one, and not the staff systems.
    @Test func civilReadsAsSipilNotAsStaff() {
        var normalizer = TextNormalizer()
        let registry = Set(normalizer.terms("Civil Registry System"))
        #expect(!registry.isDisjoint(with: normalizer.terms("Pencatatan Sipil")))
        #expect(registry.isDisjoint(with: normalizer.terms("Data Pegawai")))
        #expect(normalizer.terms("civil servant attendance").contains("pegawai"), "a civil servant is still staff")
    }

    @Test func acronymsAreLearntFromSyllables() {
        var lexicon = AcronymLexicon()
        #expect(lexicon.learn(acronym: "SIMPERDA", fullName: "Sistem Informasi Manajemen Perencanaan Daerah") == true)
        #expect(lexicon.expansions["simperda"] == ["sistem", "informasi", "manajemen", "perencanaan", "daerah"])
        #expect(lexicon.learn(acronym: "XYZQ", fullName: "Sistem Informasi Kepegawaian") == false)
        #expect(AcronymLexicon.canSpell("simpeg", from: ["sistem", "informasi", "manajemen", "kepegawaian"]))
        #expect(AcronymLexicon.canSpell("siak", from: ["sistem", "informasi", "administrasi", "kependudukan"]))
        #expect(!AcronymLexicon.canSpell("simrs", from: ["sistem", "informasi", "kepegawaian"]))
    }

    /// "SIKIP" is Kinerja Pegawai in some regions and Keterbukaan Informasi Publik in others:
    /// the full names beside it disagree, so it stands for neither; an acronym whose full names
    /// agree (region names and typos aside) keeps its expansion.
    @Test func anAcronymSpeltOutAsDifferentJobsIsForgotten() {
        var lexicon = AcronymLexicon()
        let learnt = [lexicon.learn(acronym: "SIKIP", fullName: "Sistem Informasi Kinerja Pegawai"),
                      lexicon.learn(acronym: "SIMPERDA", fullName: "Sistem Informasi Manajemen Perencanaan Daerah")]
        #expect(learnt == [true, true])
        let names: [(acronym: String, name: String)] = [
            ("SIKIP", "Sistem Informasi Kinerja Pegawai"), ("SIKIP", "Sistem Informasi Kinerja ASN Kabupaten Boyolali"),
            ("SIKIP", "Sistem Informasi Keterbukaan Informasi Publik"), ("SIKIP", "Sistem Informasi Permohonan Informasi Publik"),
            ("SIMPERDA", "Sistem Informasi Manajemen Perencanaan Daerah"), ("SIMPERDA", "SIMPERDA Kabupaten Klaten"),
            ("SIMPERDA", "Aplikasi Perencanaan Pembangunan Kota Malang"), ("SIMPERDA", "Sistem Informasi Perencanaan"),
            ("SIMPEG", "Sistem Informasi Dokumen Arsip"), ("SIMPEG", "Layanan Surat Masuk"),
        ]
        var agreeing = lexicon
        agreeing.forgetAmbiguous(Array(names.prefix(2)) + Array(names[4...]))
        #expect(agreeing.expansions["sikip"] != nil, "full names that all name performance keep it")
        lexicon.forgetAmbiguous(names)
        #expect(lexicon.expansions["sikip"] == nil, "two of four full names name another job")
        #expect(lexicon.expansions["simperda"] != nil, "a region's name beside the acronym is no other job")
        #expect(lexicon.expansions["simpeg"] == AcronymLexicon().expansions["simpeg"], "national acronyms stay")
    }
}
