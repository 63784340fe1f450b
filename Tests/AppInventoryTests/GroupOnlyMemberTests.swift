import Testing
@testable import AppInventoryCore

/// A member that only its overlap group ties to a job: its own words barely name the job and
/// no look-alike of the group is close. It stays as it is for a check by hand, and its reason
/// names its group, rather than move with a weak match that quotes its own words against it.
@Suite("Members tied to their job only by their group")
struct GroupOnlyMemberTests {
    typealias Fixture = MergePlannerTests

    static let apps: [Application] = [
        Fixture.app("W1", "SIBANSOS", "Pendataan keluarga miskin dan penerima bantuan sosial", features: ["Penerima bantuan", "Verifikasi DTKS"]),
        Fixture.app("W2", "e-Bansos", "Penyaluran bantuan sosial tepat sasaran dan verifikasi DTKS", features: ["Penyaluran bansos"]),
        Fixture.app("W3", "SIKS Daerah", "Verifikasi dan validasi data terpadu kesejahteraan sosial", features: ["Data keluarga miskin"]),
        Fixture.app("W4", "Sistem Informasi Bantuan Sosial", "Usulan dan penyaluran bantuan sosial, keluarga miskin", features: ["Usulan bantuan"]),
        Fixture.app("R1", "e-Rehsos", "Rehabilitasi sosial anak terlantar dan penyandang disabilitas"),
        Fixture.app("L1", "SIMANTAP", "Aplikasi layanan"),
        Fixture.app("P1", "Portal Informasi", "Mendukung pelayanan sosial perangkat daerah"),
    ]

    static func input() -> PlanInput {
        var input = Fixture.input(apps, groups: [Array(apps.indices)])
        func pair(_ a: Int, _ b: Int, _ score: Double) {
            input.lookAlikes[a].append(LookAlike(app: b, score: score))
            input.lookAlikes[b].append(LookAlike(app: a, score: score))
        }
        input.lookAlikes = Array(repeating: [], count: apps.count)
        for a in 0..<4 { for b in (a + 1)..<4 { pair(a, b, 0.6) } }
        pair(4, 0, 0.12)  // e-Rehsos joined the group loosely, on "sosial"
        pair(5, 0, 0.7)   // SIMANTAP's features and words are SIBANSOS's: a close look-alike
        pair(6, 3, 0.2)   // a portal's boilerplate shares "sosial" with one member
        return input
    }

    @Test func aMemberWhoseWordsBarelyNameItsGroupsJobIsRetainedNamingTheGroup() throws {
        let input = Self.input()
        let own = input.ownScore(4, input.matches[0][0].function)
        #expect(own < 0.10, "the case this test is about: \(own)")
        let plan = MergePlanner.plan(input, parameters: Fixture.parameters)
        let member = plan.items[4]
        #expect(member.action == .retain && member.platform == nil, "\(member.reason.text(.en))")
        #expect(member.annualSaving == nil && member.savingBasis == nil)
        let function = try #require(member.function)
        #expect(plan.catalogue.functions[function].function.key == "social-assistance", "its group's job is still the job it is checked for")
        let en = member.reason.text(.en)
        #expect(en.hasPrefix("Retained for a check by hand: only its membership of its group ties it to the job. Its group, the look-alikes of SIBANSOS (W1)"), "\(en)")
        #expect(en.contains("(SIKS-NG (DTKS)'s job)") && en.contains("no look-alike of the group is as close as 0.35"), "\(en)")
        #expect(!en.hasPrefix("Weak match"))
        let id = member.reason.text(.id)
        #expect(id.hasPrefix("Dipertahankan, perlu diperiksa: hanya keanggotaan kelompok yang mengaitkannya dengan fungsinya. Kelompoknya, aplikasi yang serupa dengan “SIBANSOS” (W1)"), "\(id)")
        #expect(id.contains("tidak ada aplikasi serupa dalam kelompoknya yang skornya mencapai 0,35"), "\(id)")
    }

    @Test func aMemberWithACloseLookAlikeStillMovesWithItsGroup() {
        let plan = MergePlanner.plan(Self.input(), parameters: Fixture.parameters)
        #expect(Fixture.platformName(plan, 5) == "SIKS-NG (DTKS)", "\(plan.items[5].reason.text(.en))")
        #expect(plan.items[5].reason.text(.en).contains("look-alike of SIBANSOS (W1)"), "\(plan.items[5].reason.text(.en))")
        for app in 0..<4 { #expect(Fixture.platformName(plan, app) == "SIKS-NG (DTKS)", "\(plan.items[app].reason.text(.en))") }
        #expect(!plan.items.contains { $0.savingBasis == .weakMatch && $0.confidence < Fixture.parameters.groupThreshold },
                "no move rests on a match under the bar a group needs")
    }

    /// One word of a one-line boilerplate description names the job (0.10 to 0.25): no more than
    /// a group needs on average, and no look-alike of the group is close, so it is no move either.
    @Test func aMemberWhoseBoilerplateNamesTheJobUnderTheGroupsBarIsRetained() {
        let input = Self.input()
        let own = input.ownScore(6, input.matches[0][0].function)
        #expect(own >= 0.10 && own < Fixture.parameters.groupThreshold, "the case this test is about: \(own)")
        let plan = MergePlanner.plan(input, parameters: Fixture.parameters)
        #expect(plan.items[6].action == .retain && plan.items[6].annualSaving == nil, "\(plan.items[6].reason.text(.en))")
        #expect(plan.items[6].reason.text(.en).hasPrefix("Retained for a check by hand: only its membership of its group ties it to the job."))
    }
}
