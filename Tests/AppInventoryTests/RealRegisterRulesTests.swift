import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// The rules that make the engine hold up on registers written by real agencies: each test is
/// one failure mode seen there, rebuilt from a small example of our own.
@Suite("Overlap on real registers")
struct RealRegisterRulesTests {
    static func app(_ id: String, _ name: String, unit: String? = nil, _ description: String? = nil) -> Application {
        Application(externalID: id, name: name, unit: unit, description: description)
    }

    @Test func oneCopiedDescriptionDoesNotBridgeTwoSets() {
        // Two tight sets of three on disjoint words; app 2 also carries some of the other set's
        // words, as if part of its description were pasted from there.
        func vector(_ pairs: [(Int32, Float)]) -> SparseVector {
            let norm = pairs.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            return SparseVector(terms: pairs.map(\.0), weights: pairs.map { $0.1 / norm })
        }
        let vectors = [
            vector([(0, 1), (1, 1)]), vector([(0, 1), (1, 0.8)]), vector([(0, 1), (1, 1), (2, 0.5), (3, 0.5)]),
            vector([(2, 1), (3, 1)]), vector([(2, 1), (3, 0.9)]), vector([(2, 0.8), (3, 1)]),
        ]
        let links = [(0, 1), (0, 2), (1, 2), (2, 3), (2, 4), (3, 4), (3, 5), (4, 5)]
        #expect(vectors[2].dot(vectors[3]) > 0.4, "the bridge alone would chain the sets at the pair threshold")
        let clusters = AverageLinkage(vectors: vectors, threshold: 0.3).clusters(links: links)
        #expect(clusters[0] == clusters[1] && clusters[1] == clusters[2])
        #expect(clusters[3] == clusters[4] && clusters[4] == clusters[5])
        #expect(clusters[0] != clusters[3], "joining is judged on the mean of all nine cross pairs, not on the one bridge")
    }

    @Test func versionsAndEditionsDoNotMakeDifferentProducts() {
        var normalizer = TextNormalizer()
        #expect(normalizer.terms("7-Zip 16.x", isName: true) == normalizer.terms("7-Zip 18.x", isName: true))
        #expect(normalizer.terms("AutoCAD LT 2018", isName: true) == normalizer.terms("AutoCAD 2021 Professional Edition", isName: true))
        #expect(normalizer.terms("Standard operating procedure") != [], "edition words stay in descriptions")
    }

    @Test func englishRegistersKeepEnglishWordsWithEnglishStems() {
        var normalizer = TextNormalizer(corpus: [
            "The mail server that is used for the delivery of messages", "Servers and clients for the mail of the agency",
        ])
        #expect(normalizer.language == .english)
        #expect(normalizer.terms("Mail servers and mailboxes for the offices") == ["mail", "mailbox", "offic"], "\"servers\" is the generic \"server\"")
        #expect(normalizer.display("mail") == "mail", "labels read in the register's language, not \"surat\"")
        #expect(EnglishStemmer.stem("managing") == EnglishStemmer.stem("managed"))
        #expect(EnglishStemmer.stem("libraries") == "library")
        #expect(EnglishStemmer.stem("mapping") == "map")
        #expect(EnglishStemmer.stem("string") == "string")
    }

    @Test func englishInAnIndonesianRegisterStillMeetsIndonesian() {
        var normalizer = TextNormalizer(corpus: ["Aplikasi untuk pengelolaan surat masuk dan disposisi", "Data kepegawaian dan pangkat"])
        #expect(normalizer.language == .indonesian)
        #expect(normalizer.terms("Managing incoming letters and dispositions").contains("surat"))
        #expect(TextLanguage.detect(Tokenizer.words("the letters of the office")) == .english)
        #expect(TextLanguage.detect(Tokenizer.words("surat dari kantor")) == .indonesian)
        #expect(TextLanguage.detect(Tokenizer.words("SIMPEG")) == nil)
    }

    @Test func aTemplateSharedByOneKindOfUnitIsEvidenceButInventoryBoilerplateIsNot() {
        let template = "Mengelola, mencatat dan menyajikan data pelayanan administrasi kependudukan warga"
        let boilerplate = "Mendukung kinerja dan tugas pokok perangkat daerah secara optimal"
        var apps = [
            Self.app("1", "Lapor Hendi", unit: "Kelurahan Sukamaju", template),
            Self.app("2", "Sipenduk Mandiri", unit: "Kelurahan Cibogo", template),
            Self.app("3", "eWarga", unit: "Kelurahan Pasirluyu", template),
            Self.app("4", "Simanis", unit: "Dinas Pertanian", boilerplate),
            Self.app("5", "Sijaka", unit: "Badan Keuangan", boilerplate),
            Self.app("6", "Sikopi", unit: "Kecamatan Lembang", boilerplate),
        ]
        let others = ["Penjadwalan armada angkutan", "Katalog perpustakaan daerah", "Pemantauan harga pasar", "Pendaftaran sekolah",
                      "Perizinan mendirikan bangunan", "Rekam medis pasien", "Pajak kendaraan bermotor", "Jadwal irigasi sawah"]
        apps += others.enumerated().map { Self.app("o\($0.offset)", "Aplikasi \($0.offset)", unit: "Dinas \($0.offset)", $0.element) }
        let holders = ProfileBuilder.familyTemplateHolders(apps, descriptions: apps.map { app in
            var normalizer = TextNormalizer()
            return normalizer.terms(app.description ?? "").map { ($0, 1) }
        })
        #expect(holders == [0, 1, 2])
        let profiles = ProfileBuilder.build(apps)
        let description = SimilarityField.description.rawValue
        #expect(profiles.confidence[description][0] == 1, "the family keeps full confidence in its template")
        #expect(profiles.confidence[description][3] < 1, "boilerplate of every kind of unit stays discounted")
        let search = NeighbourSearch(profiles: profiles, weights: SimilarityWeights(), topK: 5, threshold: 0)
        #expect(search.score(0, 1).score > search.score(3, 4).score)
        let analysis = OverlapEngine.analyze(apps)
        #expect(analysis.groupOf[0] != nil && analysis.groupOf[0] == analysis.groupOf[1] && analysis.groupOf[1] == analysis.groupOf[2])
        #expect(analysis.groupOf[3] != analysis.groupOf[0])
    }

    @Test func sharedContextBacksUpThinDescriptions() {
        var apps = [
            Application(externalID: "1", name: "Lapor Hendi", description: "Aduan warga", url: "https://lapor.semarangkota.go.id", integrations: ["SP4N-LAPOR"]),
            Application(externalID: "2", name: "e-Aduan", description: "Aduan warga", url: "https://lapor.malangkota.go.id", integrations: ["SP4N-LAPOR"]),
            Application(externalID: "3", name: "Suara Warga", description: "Aduan warga", url: "https://suara.bantulkab.go.id"),
        ]
        apps += (4...12).map { Application(externalID: "\($0)", name: "Portal \($0)", description: "Berita dan pengumuman nomor \($0)", url: "https://portal\($0).jatengprov.go.id") }
        let profiles = ProfileBuilder.build(apps)
        let search = NeighbourSearch(profiles: profiles, weights: SimilarityWeights(), topK: 5, threshold: 0)
        #expect(search.score(0, 1).score > search.score(0, 2).score, "same product host label and integration")
        #expect(ProfileBuilder.urlHost("https://www.lapor.go.id:443/x?y") == "lapor.go.id")
    }

    @Test func aVendorNameOnUnrelatedProductsCountsLessThanAProductName() {
        let apps = [
            Self.app("1", "Oracle Database", "Relational database engine storing tables and transactions"),
            Self.app("2", "Oracle Identity Manager", "Provisioning of user accounts and passwords for single sign-on"),
            Self.app("3", "Oracle JDeveloper", "Integrated development environment for writing Java code"),
            Self.app("4", "Revit Architecture", "Building information modeling for architects designing buildings"),
            Self.app("5", "Revit Structure", "Building information modeling for structural engineers designing buildings"),
            Self.app("6", "Revit MEP", "Building information modeling of mechanical systems in buildings"),
        ]
        let profiles = ProfileBuilder.build(apps)
        let name = SimilarityField.name.rawValue
        func weight(_ word: String, in app: Int) -> Float {
            let id = Int32(profiles.vocabulary[name].firstIndex(of: word)!)
            let vector = profiles.vectors[name][app]
            return vector.weights[vector.terms.firstIndex(of: id)!]
        }
        #expect(weight("oracl", in: 0) < 0.5 * weight("revit", in: 3), "the vendor's products do different jobs")
    }

    @Test func theGroupThresholdFollowsTheInventoryAndSaysHow() {
        let rich = OverlapEngine.analyze(OverlapEngineTests.inventory)
        #expect(rich.grouping.calibrated)
        #expect(rich.grouping.threshold >= GroupingThreshold.floor)
        #expect(rich.grouping.explanation().contains("the mean similarity of unrelated apps"))
        var fixed = AnalysisParameters()
        fixed.groupCohesion = 0.9
        let strict = OverlapEngine.analyze(OverlapEngineTests.inventory, parameters: fixed)
        #expect(!strict.grouping.calibrated && strict.grouping.threshold == 0.9)
        #expect(strict.groups.count <= rich.groups.count)
        #expect(strict.grouping.explanation().contains("--group-cohesion"))
        // One short line in the language asked for; at the floor it says so rather than a product that does not add up.
        #expect(GroupingThreshold(parameters: AnalysisParameters(), background: 0.01).explanation(.id)
                == "kelompok bergabung pada kemiripan rata-rata 0,120 (12 × 0,0100, rerata kemiripan aplikasi tak terkait)")
        #expect(GroupingThreshold(parameters: AnalysisParameters(), background: 0).explanation()
                == "groups join at mean similarity 0.050 (the floor; 12 × 0.0000, the mean similarity of unrelated apps, is lower)")
        #expect(AverageLinkage.background([SparseVector(terms: [0], weights: [1]), SparseVector(terms: [0], weights: [1])], links: []) == 1)
        #expect(AverageLinkage.background([SparseVector(terms: [0], weights: [1]), SparseVector(terms: [0], weights: [1])], links: [(0, 1)]) == 0,
                "near neighbours are not background")
    }
}
