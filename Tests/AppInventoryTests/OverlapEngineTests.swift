import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Overlap engine")
struct OverlapEngineTests {
    static func app(_ id: String, _ name: String, _ agency: String, _ description: String? = nil, features: [String] = [], acronym: String? = nil) -> Application {
        Application(externalID: id, name: name, acronym: acronym, agency: agency, description: description, features: features)
    }

    static let inventory: [Application] = [
        app("1", "SIMPEG Kabupaten Bantul", "Pemkab Bantul", "Pengelolaan data kepegawaian dan kenaikan pangkat", features: ["Data pegawai", "Kenaikan pangkat"]),
        app("2", "SIMPEG Kota Malang", "Pemkot Malang", "Data kepegawaian ASN dan mutasi pegawai", features: ["Data pegawai", "Mutasi"]),
        app("3", "Sistem Informasi Manajemen Kepegawaian", "Pemprov Bali", "Riwayat jabatan dan pangkat pegawai", features: ["Riwayat jabatan"], acronym: "SIMPEG"),
        app("4", "e-Office Kota Malang", "Pemkot Malang", "Surat masuk, surat keluar dan disposisi elektronik", features: ["Surat masuk", "Disposisi"]),
        app("5", "e-Surat Bantul", "Pemkab Bantul", "Persuratan elektronik dengan disposisi pimpinan", features: ["Surat keluar", "Disposisi"]),
        app("6", "Paperless Office", "Kota Denpasar", "Manage incoming letters and dispositions", features: ["Disposisi"]),
        app("7", "Bantul Smart Tourism", "Pemkab Bantul", "Promosi destinasi wisata dan kalender event", features: ["Destinasi wisata"]),
        app("8", "Lapor Bupati Bantul", "Pemkab Bantul", "Pengaduan masyarakat dan tindak lanjut aduan", features: ["Form pengaduan"]),
        app("9", "e-Aduan Kota Malang", "Pemkot Malang", "Layanan aduan warga dan tindak lanjut", features: ["Form pengaduan", "Status laporan"]),
    ]

    @Test func lookAlikesAreGroupedAndRegionSharingIsNot() {
        let analysis = OverlapEngine.analyze(Self.inventory)
        let group = analysis.groupOf
        #expect(group[0] != nil && group[0] == group[1] && group[1] == group[2], "three staff apps form one group")
        #expect(group[3] != nil && group[3] == group[4] && group[4] == group[5], "e-office look-alikes, one in English")
        #expect(group[7] != nil && group[7] == group[8], "complaint apps")
        #expect(group[6] == nil, "the tourism app overlaps with nothing, though it shares Bantul with three apps")
        #expect(group[0] != group[3] && group[0] != group[7])
    }

    /// Two apps whose names and descriptions say nothing of a job are not alike because both
    /// list one data item: a score of 1.00 on "indikator" alone would move a data portal into a
    /// planning platform. With words of a job beside it, the shared data item still counts.
    @Test func aSharedDataItemAloneMakesNoPair() {
        var apps = Self.inventory
        apps.append(Application(externalID: "10", name: "One Data Portal", agency: "Pemkab Sleman",
                                description: "Mengolah data, mencatat dan melayani", dataEntities: ["Indikator"]))
        apps.append(Application(externalID: "11", name: "Portal Data", agency: "Pemkot Kediri",
                                description: "Mengolah data dan melayani", dataEntities: ["Indikator"]))
        apps.append(Application(externalID: "12", name: "e-Planning Kinerja", agency: "Pemkab Klaten",
                                description: "Perencanaan pembangunan daerah dan indikator kinerja", dataEntities: ["Indikator"]))
        let analysis = OverlapEngine.analyze(apps)
        #expect(!analysis.pairs.contains { $0.a >= 9 && $0.b >= 9 }, "\(analysis.pairs.filter { $0.a >= 9 || $0.b >= 9 }.map { ($0.a, $0.b, $0.score) })")
        #expect(analysis.groupOf[9] == nil && analysis.groupOf[10] == nil)
        let profiles = ProfileBuilder.build(apps)
        let search = NeighbourSearch(profiles: profiles, weights: SimilarityWeights(), topK: 5, threshold: 0)
        #expect(search.similarity(9, 10) == 0 && search.similarity(9, 11) == 0)
        #expect(search.similarity(0, 1) > 0.5, "apps with words of a job still compare")
    }

    @Test func knownPairsScoreAboveAndUnrelatedBelowTheThreshold() {
        let analysis = OverlapEngine.analyze(Self.inventory)
        func score(_ a: Int, _ b: Int) -> Double? {
            analysis.pairs.first { ($0.a, $0.b) == (min(a, b), max(a, b)) }?.score
        }
        // One name, descriptions half alike: well above the threshold, though the description decides more than the name.
        #expect((score(0, 1) ?? 0) >= 0.55)
        #expect((score(3, 4) ?? 0) >= analysis.parameters.threshold)
        #expect(score(0, 6) == nil, "SIMPEG Bantul and Bantul Smart Tourism share only the region")
        #expect(score(4, 7) == nil, "two Bantul apps of different jobs")
    }

    @Test func pairsExplainThemselves() throws {
        let analysis = OverlapEngine.analyze(Self.inventory)
        let pair = try #require(analysis.pairs.first { ($0.a, $0.b) == (0, 1) })
        #expect(pair.sharedTerms.contains("simpeg"))
        #expect(pair.sharedTerms.contains("pegawai"))
        #expect(pair.sharedFeatures == ["pegawai"], "\"Data pegawai\" is listed by both (data is a generic word)")
        #expect(pair.component(.name) == 1)
        #expect(pair.component(.description) != nil)
        let group = try #require(analysis.groups.first { $0.members.contains(0) })
        #expect(group.terms.contains("pegawai"))
    }

    @Test func sameInputGivesSameResult() {
        let apps = SampleGenerator(seed: 5).generate(count: 600).map(\.application)
        let first = OverlapEngine.analyze(apps)
        let second = OverlapEngine.analyze(apps)
        #expect(first.pairs == second.pairs)
        #expect(first.groups == second.groups)
    }

    @Test func separatedPairsAreCutButKeepTheirOtherLookAlikes() {
        let analysis = OverlapEngine.analyze(Self.inventory, separated: [(0, 1)])
        #expect(!analysis.pairs.contains { ($0.a, $0.b) == (0, 1) })
        #expect(analysis.groupOf[0] != nil && analysis.groupOf[1] != nil, "both stay grouped with their other look-alikes")
    }

    @Test func mergedPairsAreAlwaysGrouped() {
        let analysis = OverlapEngine.analyze(Self.inventory, merged: [(6, 7)])
        #expect(analysis.groupOf[6] != nil && analysis.groupOf[6] == analysis.groupOf[7])
    }

    @Test func checkFindsExistingAppsForAProposal() throws {
        let proposal = Application(externalID: "new", name: "Sistem Pengaduan Warga", description: "Aduan masyarakat dan tindak lanjutnya")
        let matches = OverlapEngine.check(proposal, against: Self.inventory)
        let best = try #require(matches.first)
        #expect([7, 8].contains(best.b))
    }

    @Test func clusteringScoresMatchTextbookValues() {
        #expect(ClusteringEvaluation.adjustedRandIndex([0, 0, 1, 1], [5, 5, 7, 7]) == 1)
        #expect(abs(ClusteringEvaluation.adjustedRandIndex([0, 0, 1, 1, 2, 2], [0, 0, 1, 2, 2, 2]) - 0.444) < 0.01)
        #expect(ClusteringEvaluation.vMeasure([0, 0, 1, 1], [1, 1, 0, 0]).v == 1)
    }
}
