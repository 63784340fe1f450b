import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Sample generator")
struct SampleGeneratorTests {
    /// Adjacent words of a text that repeat (ignoring case), across spaces and underscores.
    static func repeats(_ text: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "_" }).map { $0.lowercased() }
        return zip(words, words.dropFirst()).filter { $0 == $1 }.map(\.0)
    }

    @Test func generatedNamesAndDescriptionsNeverSayAWordTwice() {
        let apps = SampleGenerator(seed: 11).generate(count: 6_000).map(\.application)
        let doubled = apps.filter { !Self.repeats($0.name).isEmpty || !Self.repeats($0.description ?? "").isEmpty }
        #expect(doubled.isEmpty, "\(doubled.prefix(5).map { "\($0.name): \($0.description ?? "")" })")
    }

    @Test func composeSaysARepeatedWordOnce() {
        #expect(SampleGenerator.compose("Pengaduan Online", "Online") == "Pengaduan Online")
        #expect(SampleGenerator.compose("Sistem Informasi", "Informasi Kepegawaian") == "Sistem Informasi Kepegawaian")
        #expect(SampleGenerator.compose("SKP_Online", "ONLINE", separator: "_") == "SKP_Online")
        #expect(SampleGenerator.compose("Absensi Pegawai", "Mobile") == "Absensi Pegawai Mobile")
    }

    @Test func everyFunctionFitsItsOwnersLevelOfGovernment() {
        let apps = SampleGenerator(seed: 31).generate(count: 6_000)
        let cityVillageFinance = apps.filter { $0.function == "village-finance" && $0.application.level != .regency }
        #expect(cityVillageFinance.isEmpty, "villages (desa) belong to regencies only: \(cityVillageFinance.prefix(3).map { $0.application.agency ?? "" })")
        #expect(apps.contains { $0.function == "village-finance" }, "regencies still run village-finance apps")
        let provincial = apps.map(\.application).filter { $0.level == .province }
        let local = provincial.filter { ["Kecamatan", "Kelurahan", "Puskesmas"].contains($0.unit ?? "") }
        #expect(local.isEmpty, "a province has no districts, urban villages or health centres of its own: \(local.prefix(3).map(\.name))")
        let biro = apps.map(\.application).filter { ($0.level == .regency || $0.level == .city) && ($0.unit ?? "").hasPrefix("Biro ") }
        #expect(biro.isEmpty, "a regency's or city's secretariat has Bagian, not Biro: \(biro.prefix(3).map { $0.unit ?? "" })")
    }
}
