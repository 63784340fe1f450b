import Testing
@testable import AppInventoryCore

/// The brand discount (docs/overlap.md, section 2) on a small register: three apps named by
/// the acronym "SIKS" that do one job, and three named "Lapor" that do three.
@Suite("Brand discounts")
struct BrandDiscountTests {
    static let register: [Application] = [
        ("SIKS Kepegawaian", "Data pegawai, kenaikan pangkat dan mutasi pegawai"),
        ("SIKS Mutasi", "Mutasi dan kenaikan pangkat pegawai"),
        ("SIKS Pangkat", "Kenaikan pangkat pegawai dan data pegawai"),
        ("Pajak Online Hotel", "Pajak hotel dan restoran daerah"),
        ("Pajak Online Reklame", "Pajak reklame dan retribusi daerah"),
        ("Pajak Online Parkir", "Pajak parkir dan retribusi daerah"),
        ("Surat Elektronik Masuk", "Surat masuk, disposisi dan arsip"),
        ("Surat Elektronik Keluar", "Surat keluar dan arsip dinas"),
        ("Surat Elektronik Arsip", "Arsip surat dinas dan disposisi"),
        ("Lapor Jalan", "Pengaduan jalan rusak dari warga"),
        ("Lapor Banjir", "Informasi banjir dan genangan air"),
        ("Lapor Sampah", "Jadwal angkut sampah rumah tangga"),
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
        #expect(!rescaled.contains(9), "a Lapor app holds none of the edited app's terms")
        let siks = Int32(incremental.vocabulary[Self.name].firstIndex(of: "siks")!)
        for app in [0, 1] {
            let weight = { (p: ProfileSet) in p.vectors[Self.name][app].weights[p.vectors[Self.name][app].terms.firstIndex(of: siks)!] }
            #expect(abs(weight(incremental) - weight(full)) < 0.05, "app \(app) weighs SIKS as a full build does")
            #expect(weight(before) - weight(incremental) > 0.1)
        }
    }
}
