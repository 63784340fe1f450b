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
}
