import Testing
@testable import AppInventoryCore

/// The brand discount (docs/overlap.md, section 2) on a small register: three apps named by
/// the acronym "SIKS" that do one job, three named "Lapor" that do three, and six more
/// families of one job each, so the median term is one job's word.
@Suite("Brand discounts")
struct BrandDiscountTests {
    static let register: [Application] = [
        ("SIKS Kepegawaian", "Data pegawai, mutasi dan kenaikan pangkat"),
        ("SIKS Mutasi", "Data pegawai, mutasi dan kenaikan pangkat"),
        ("SIKS Pangkat", "Data pegawai, mutasi dan kenaikan pangkat"),
        ("Pajak Online Hotel", "Pendataan dan pembayaran pajak daerah"),
        ("Pajak Online Reklame", "Pendataan dan pembayaran pajak daerah"),
        ("Pajak Online Parkir", "Pendataan dan pembayaran pajak daerah"),
        ("Surat Elektronik Masuk", "Surat masuk, surat keluar, disposisi dan arsip"),
        ("Surat Elektronik Keluar", "Surat masuk, surat keluar, disposisi dan arsip"),
        ("Surat Elektronik Arsip", "Surat masuk, surat keluar, disposisi dan arsip"),
        ("Klinik Sehat Utara", "Rekam medis pasien dan antrean poli klinik"),
        ("Klinik Sehat Selatan", "Rekam medis pasien dan antrean poli klinik"),
        ("Klinik Sehat Timur", "Rekam medis pasien dan antrean poli klinik"),
        ("Lapor Jalan", "Pengaduan jalan rusak dari warga"),
        ("Lapor Banjir", "Informasi banjir dan genangan air"),
        ("Lapor Sampah", "Jadwal angkut sampah rumah tangga"),
        ("Perpustakaan Digital Kota", "Katalog buku dan peminjaman perpustakaan"),
        ("Perpustakaan Digital Desa", "Katalog buku dan peminjaman perpustakaan"),
        ("Perpustakaan Digital Sekolah", "Katalog buku dan peminjaman perpustakaan"),
        ("Irigasi Sawah Hulu", "Jadwal air irigasi dan pemeliharaan saluran"),
        ("Irigasi Sawah Tengah", "Jadwal air irigasi dan pemeliharaan saluran"),
        ("Irigasi Sawah Hilir", "Jadwal air irigasi dan pemeliharaan saluran"),
        ("Posyandu Balita Mawar", "Penimbangan balita dan imunisasi anak"),
        ("Posyandu Balita Melati", "Penimbangan balita dan imunisasi anak"),
        ("Posyandu Balita Anggrek", "Penimbangan balita dan imunisasi anak"),
    ].enumerated().map { Application(externalID: "B-\($0.offset)", name: $0.element.0, description: $0.element.1) }

    static let name = SimilarityField.name.rawValue

    static func factor(_ profiles: ProfileSet, _ term: String, field: Int = name) -> Float {
        let id = profiles.vocabulary[field].firstIndex(of: term)!
        return id < profiles.model.brandFactors[field].count ? profiles.model.brandFactors[field][id] : 1
    }

    @Test func aWordNamingProductsOfDifferentJobsIsDiscounted() {
        let profiles = ProfileBuilder.build(Self.register)
        #expect(Self.factor(profiles, "siks") == 1, "the SIKS apps do one job")
        #expect(Self.factor(profiles, "lapor") < 0.5, "the Lapor apps do three")
    }

    /// An incremental analysis recomputes the discount of the terms an edited app holds, so
    /// editing one SIKS app into a road map makes "SIKS" a brand for its other holders too.
    @Test func anEditRecomputesTheDiscountOfTheTermsItsAppHolds() {
        var edited = Self.register
        edited[2].description = "Peta jalan dan jembatan kabupaten"
        let before = ProfileBuilder.build(Self.register)
        let full = ProfileBuilder.build(edited)
        #expect(Self.factor(full, "siks") < 0.8, "a full build now discounts SIKS")

        var extender = ProfileExtender(before)
        extender.replace(2, with: edited[2])
        var terms = [[Int32]](repeating: [], count: SimilarityField.allCases.count)
        for field in ProfileBuilder.brandFields {
            terms[field.rawValue] = before.vectors[field.rawValue][2].terms + extender.profiles.vectors[field.rawValue][2].terms
        }
        let rescaled = extender.refreshBrandDiscounts(of: terms)
        let incremental = extender.profiles
        #expect(abs(Self.factor(incremental, "siks") - Self.factor(full, "siks")) < 0.05, "as a full build, up to the median it keeps")
        #expect(rescaled.contains(0) && rescaled.contains(1), "the other SIKS apps carry the new discount")
        #expect(!rescaled.contains(9), "a clinic app holds none of the edited app's terms")
        let siks = Int32(incremental.vocabulary[Self.name].firstIndex(of: "siks")!)
        for app in [0, 1] {
            let weight = { (p: ProfileSet) in p.vectors[Self.name][app].weights[p.vectors[Self.name][app].terms.firstIndex(of: siks)!] }
            #expect(abs(weight(incremental) - weight(full)) < 0.05, "app \(app) weighs SIKS as a full build does")
            #expect(weight(before) - weight(incremental) > 0.1)
        }
    }
}
