import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// `check`'s "join" verdict points a proposal only at a platform that serves its level of
/// government and that the latest plan really has.
@Suite("Check verdict")
struct CheckVerdictTests {
    static let regionalPlatform = "Platform Bersama Kepegawaian Daerah"

    static func lookAlike(_ id: String, platform: String?, function: String, level: GovernmentLevel? = nil) -> CheckLookAlike {
        var app = CheckLookAlike(id: id, name: "App \(id)", agency: nil, score: 0.6, group: 19, groupSize: 73, groupAgencies: 68,
                                 platform: platform, functionKey: function, level: level)
        app.groupName = OverlapGroupName(number: 19, representative: "e-Absensi Bantul", representativeID: "B7", words: "presensi / fingerprint / pegawai")
        return app
    }

    @Test func aMinistryIsNeverToldToJoinARegionalOnlyPlatformAndHearsWhatToDoInstead() {
        let regional = [Self.lookAlike("R1", platform: Self.regionalPlatform, function: "attendance", level: .regency),
                        Self.lookAlike("R2", platform: Self.regionalPlatform, function: "attendance", level: .province)]
        let verdict = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: regional, level: .central, planned: [Self.regionalPlatform])
        guard case .otherLevelsOnly(2, let function?, Self.regionalPlatform?, .central?) = verdict, function.key == "attendance" else {
            Issue.record("\(verdict)"); return
        }
        let english = verdict.text(.en), indonesian = verdict.text(.id)
        #expect(english == "May proceed: no platform of the catalogue covers staff attendance for central agencies (\(Self.regionalPlatform) "
                + "serves regional governments only), and only regional governments run look-alikes (2 apps, not listed: central agencies cannot join them).",
                "\(english)")
        #expect(indonesian.hasPrefix("Boleh dilanjutkan: tidak ada platform katalog yang mencakup presensi pegawai untuk instansi pusat"), "\(indonesian)")

        // Another ministry already runs one: share it.
        var ministry = Self.lookAlike("C1", platform: nil, function: "attendance", level: .central)
        ministry.agency = "Kementerian Sosial"
        let share = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: regional + [ministry], level: .central, planned: [Self.regionalPlatform])
        #expect(share.text(.en).hasPrefix("Share App C1 (C1), Kementerian Sosial: another central agency already runs it for staff attendance; "
                                          + "no platform of the catalogue covers staff attendance for central agencies"), "\(share.text(.en))")
        #expect(!share.text(.id).contains("Bergabung"), "\(share.text(.id))")

        let regency = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: regional, level: .regency, planned: [Self.regionalPlatform])
        #expect(regency.text(.id).hasPrefix("Bergabung dengan Platform Bersama Kepegawaian Daerah bersama aplikasi yang serupa dengan “e-Absensi Bantul” (B7), "
                                            + "tentang presensi / fingerprint / pegawai (kelompok kemiripan nomor 19): 68 instansi"),
                "no doubled \"platform Platform\", and the group named by what it is, not by a bare number: \(regency.text(.id))")
        #expect(regency.text(.id).contains("mis. “App R1” (R1)"), "an app's name quoted in Indonesian, as reasons quote it: \(regency.text(.id))")
    }

    @Test func aLookAlikeOfAnotherLevelOfGovernmentCannotBeJoined() {
        let regency = Self.lookAlike("R1", platform: nil, function: "attendance", level: .regency)
        #expect(!regency.canBeJoined(by: .central) && regency.canBeJoined(by: .city) && regency.canBeJoined(by: nil))
        #expect(Self.lookAlike("U1", platform: nil, function: "attendance").canBeJoined(by: .central), "an unknown level never rules an app out")
    }

    @Test func aPlannedPlatformIsNotCalledUnplannedAndTheExampleMovesThere() {
        // The best look-alike is a ministry's payroll app the plan retains; a regency's moves.
        let lookAlikes = [Self.lookAlike("C1", platform: nil, function: "payroll"),
                          Self.lookAlike("R2", platform: Self.regionalPlatform, function: "payroll")]
        let verdict = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: lookAlikes, level: .regency, planned: [Self.regionalPlatform])
        let english = verdict.text(.en)
        #expect(english.hasPrefix("Join Platform Bersama Kepegawaian Daerah with the look-alikes of e-Absensi Bantul (B7), a group about "
                                  + "presensi / fingerprint / pegawai (overlap group 19): 68 agencies")
                && english.contains("e.g. App R2 (R2)"), "\(english)")
        #expect(!english.contains("not in the current plan"), "\(english)")

        let unplanned = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: lookAlikes, level: .regency, planned: ["SIASN"])
        #expect(unplanned.text(.en).contains("its job belongs to the catalogue platform Platform Bersama Kepegawaian Daerah, which is not in the current plan"),
                "\(unplanned.text(.en))")
    }

    /// "Who already runs this?" is answered by an app in service with many users, not by the
    /// closest one when it is still in development with 22 users; an app much less alike is not cited.
    @Test func theExampleOfAJoinIsAnAppInServiceNearlyAsCloseAsTheBest() {
        var development = Self.lookAlike("D1", platform: Self.regionalPlatform, function: "attendance", level: .regency)
        (development.score, development.users, development.status) = (0.76, 22, .development)
        var running = Self.lookAlike("A1", platform: Self.regionalPlatform, function: "attendance", level: .regency)
        (running.score, running.users, running.status) = (0.70, 5_000, .active)
        var far = Self.lookAlike("F1", platform: Self.regionalPlatform, function: "attendance", level: .regency)
        (far.score, far.users, far.status) = (0.50, 90_000, .active)
        let verdict = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: [development, running, far], level: .regency,
                                          planned: [Self.regionalPlatform])
        #expect(verdict.text(.en).contains("e.g. App A1 (A1)"), "\(verdict.text(.en))")
        let alone = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: [development, far], level: .regency, planned: [Self.regionalPlatform])
        #expect(alone.text(.en).contains("e.g. App D1 (D1)"), "none in service close enough: the closest is cited: \(alone.text(.en))")
    }

    /// A register without an agency column records no agency: the verdict counts the apps
    /// that do the job and never says "0 agencies already run this".
    @Test func aRegisterWithoutAgenciesIsNotToldThatNoAgencyRunsTheJob() {
        var lookAlike = Self.lookAlike("R2", platform: Self.regionalPlatform, function: "payroll")
        lookAlike.groupAgencies = 0
        lookAlike.groupSize = 5
        let verdict = CheckVerdict.decide(functions: [], catalogue: .builtIn, lookAlikes: [lookAlike], level: .regency, planned: [Self.regionalPlatform])
        #expect(verdict.text(.en).contains("): 5 apps already do this (e.g. App R2 (R2))."), "\(verdict.text(.en))")
        #expect(verdict.text(.id).contains("): 5 aplikasi sudah menjalankan fungsi ini (mis. “App R2” (R2))."), "\(verdict.text(.id))")
        #expect(!verdict.text(.en).contains("agenc") && !verdict.text(.id).contains("instansi"))
    }

    /// A national system the stored plan leaves out (SP2KP is optional) is still the answer, since
    /// it exists for every agency, but the verdict says the plan moves nothing into it and how to
    /// bring it in; a mandatory system is the law whatever the plan holds, and without a plan
    /// there is nothing to say.
    @Test func aNationalSystemTheCurrentPlanLeavesOutIsNamedAsSuch() {
        let matcher = FunctionMatcher(catalogue: .builtIn, apps: [])
        func verdict(_ name: String, _ description: String, planned: Set<String>?) -> CheckVerdict {
            let proposal = Application(externalID: "(proposal)", name: name, level: .regency, description: description)
            return CheckVerdict.decide(functions: matcher.matches(proposal, limit: matcher.functionCount), catalogue: .builtIn,
                                       lookAlikes: [], level: .regency, planned: planned)
        }
        let prices = ("Sistem Pemantauan Harga Pasar", "Pemantauan harga bahan pokok di pasar tradisional setiap hari")
        let outside = verdict(prices.0, prices.1, planned: ["SRIKANDI", "SIASN", "SIPD RI"])
        #expect(outside.text(.en).hasPrefix("Use SP2KP: the national system for"), "\(outside.text(.en))")
        #expect(outside.text(.en).hasSuffix(" SP2KP is not among the current plan's 3 platforms, so the plan moves no app into it; "
            + "`consolidate decide assign GROUP \"SP2KP\"` or a larger `consolidate plan --target` brings it in."), "\(outside.text(.en))")
        #expect(outside.text(.id).contains("SP2KP tidak termasuk 3 platform rencana terkini, sehingga rencana tidak memindahkan aplikasi mana pun ke sana"),
                "\(outside.text(.id))")
        for quiet in [verdict(prices.0, prices.1, planned: ["SP2KP", "SIASN"]), verdict(prices.0, prices.1, planned: nil),
                      verdict("e-Arsip Daerah", "Surat masuk, surat keluar, disposisi dan arsip dinamis", planned: ["SIASN"])] {
            #expect(quiet.text(.en).hasPrefix("Use ") && !quiet.text(.en).contains("current plan"), "\(quiet.text(.en))")
        }
    }
}
