import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Function evidence")
struct FunctionEvidenceTests {
    static func key(_ catalogue: PlatformCatalogue, _ match: FunctionMatch) -> String { catalogue.functions[match.function].function.key }

    @Test func aQuotedPhraseIsWordsThatStandTogetherInTheAppsText() throws {
        let app = MergePlannerTests.app("O1", "e-Office", "Kelola disposisi. Surat masuk, surat keluar; arsip/agenda surat")
        let matcher = FunctionMatcher(catalogue: .builtIn, apps: [app])
        let match = try #require(matcher.matches(app).first)
        #expect(Self.key(.builtIn, match) == "correspondence")
        let phrases = matcher.evidence(app, functions: [match.function], limit: 5)[0]
        let segments = (FunctionMatcher.phraseSegments(app.name.lowercased()) + FunctionMatcher.phraseSegments(app.description!.lowercased()))
            .map { " \($0.replacingOccurrences(of: "-", with: " ")) " }
        #expect(!phrases.isEmpty)
        for phrase in phrases {
            #expect(segments.contains { $0.contains(" \(phrase) ") }, "\"\(phrase)\" stands together in the text: \(phrases)")
        }
        #expect(!phrases.contains("disposisi surat masuk"), "a full stop ends a phrase")
    }

    @Test func aWordSeenBeforeEndsThePhraseInsteadOfBeingSkippedOver() throws {
        let app = MergePlannerTests.app("P1", "SIMPATDA", "pajak hotel pajak reklame")
        let matcher = FunctionMatcher(catalogue: .builtIn, apps: [app])
        let match = try #require(matcher.matches(app).first)
        let phrases = matcher.evidence(app, functions: [match.function], limit: 5)[0]
        let text = " " + app.name.lowercased() + " " + app.description!.lowercased() + " "
        #expect(!phrases.isEmpty)
        for phrase in phrases { #expect(text.contains(" \(phrase) "), "\(phrases)") }
    }

    @Test func genericWordsAreNoEvidenceOfAFunction() throws {
        let apps = [
            MergePlannerTests.app("W1", "Aplikasi Wajib Belajar", "Pendataan anak usia wajib belajar 12 tahun"),
            MergePlannerTests.app("D1", "Aplikasi Dinas Kesehatan", "Jadwal kerja dan profil dinas"),
            MergePlannerTests.app("T1", "e-Pajak", "Pendataan wajib pajak daerah dan SPPT PBB"),
        ]
        let matcher = FunctionMatcher(catalogue: .builtIn, apps: apps)
        #expect(!matcher.matches(apps[0]).contains { Self.key(.builtIn, $0) == "regional-tax" }, "\"wajib\" alone is not a tax")
        let office = matcher.matches(apps[1]).map { Self.key(.builtIn, $0) }
        #expect(!office.contains("correspondence") && !office.contains("vehicle-fleet") && !office.contains("attendance"),
                "\"dinas\" and \"kerja\" alone name no job: \(office)")
        let tax = try #require(matcher.matches(apps[2]).first)
        #expect(Self.key(.builtIn, tax) == "regional-tax")
        let words = matcher.evidence(apps[2], functions: [tax.function])[0]
        #expect(!words.contains("wajib") && words.contains { $0.contains("pajak") }, "\(words)")
    }
}
