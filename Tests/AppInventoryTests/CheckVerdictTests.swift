import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// `check`'s "join" verdict points a proposal only at a platform that serves its level of
/// government and that the latest plan really has.
@Suite("Check verdict")
struct CheckVerdictTests {
    static let regionalPlatform = "Platform Bersama Kepegawaian Daerah"

    static func lookAlike(_ id: String, platform: String?, function: String) -> CheckLookAlike {
        CheckLookAlike(id: id, name: "App \(id)", agency: nil, score: 0.6, group: 19, groupSize: 73, groupAgencies: 68,
                       platform: platform, functionKey: function)
    }

    @Test func aMinistryIsNeverToldToJoinARegionalOnlyPlatform() {
        let lookAlikes = [Self.lookAlike("R1", platform: Self.regionalPlatform, function: "attendance")]
        let verdict = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: lookAlikes, level: .central, planned: [Self.regionalPlatform])
        guard case .join(let platform, _, let outOfScope, _, _, _, _, _) = verdict else { Issue.record("\(verdict)"); return }
        #expect(platform == nil && outOfScope == Self.regionalPlatform)
        let english = verdict.text(.en), indonesian = verdict.text(.id)
        #expect(english.hasPrefix("Join group 19:") && english.contains("does not serve central agencies"), "\(english)")
        #expect(!indonesian.contains("Bergabung dengan platform") && indonesian.contains("tidak melayani instansi pusat"), "\(indonesian)")

        let regency = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: lookAlikes, level: .regency, planned: [Self.regionalPlatform])
        #expect(regency.text(.id).hasPrefix("Bergabung dengan Platform Bersama Kepegawaian Daerah / kelompok 19"), "no doubled \"platform Platform\": \(regency.text(.id))")
    }

    @Test func aPlannedPlatformIsNotCalledUnplannedAndTheExampleMovesThere() {
        // The best look-alike is a ministry's payroll app the plan retains; a regency's moves.
        let lookAlikes = [Self.lookAlike("C1", platform: nil, function: "payroll"),
                          Self.lookAlike("R2", platform: Self.regionalPlatform, function: "payroll")]
        let verdict = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: lookAlikes, level: .regency, planned: [Self.regionalPlatform])
        let english = verdict.text(.en)
        #expect(english.hasPrefix("Join Platform Bersama Kepegawaian Daerah / group 19") && english.contains("e.g. App R2 (R2)"), "\(english)")
        #expect(!english.contains("not in the current plan"), "\(english)")

        let unplanned = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: lookAlikes, level: .regency, planned: ["SIASN"])
        #expect(unplanned.text(.en).contains("its job belongs to the catalogue platform Platform Bersama Kepegawaian Daerah, which is not in the current plan"),
                "\(unplanned.text(.en))")
    }
}
