import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Report wording")
struct ReportWordingTests {
    @Test func aWeakMatchIsFlaggedOnceNotTwice() throws {
        var data = try ReportStore(ReportTests.planned).load()
        let app = ReportData.AppRef(id: "X1", name: "Aplikasi X", agency: "Pemkab X")
        let reason = PlanReason.national(platform: "SIASN", kind: .nationalMandatory, mandatory: true, basis: "UU 20/2023", function: PlatformCatalogue.builtIn.functions[0].function,
                                         evidence: .ownWords(["arsip"], score: 0.2), inactive: nil)
        #expect(reason.text(.id).hasPrefix("Kecocokan lemah (0,20), perlu diperiksa: untuk "), "Indonesian goes on in lower case after the colon: \(reason.text(.id))")
        data.weakExamples = [.init(app: app, platform: "SIASN", confidence: 0.2, weak: true, reasonID: reason.text(.id), reasonEN: reason.text(.en))]
        for (language, flag) in [(Language.id, "perlu diperiksa"), (.en, "check by hand")] {
            let html = ReportSections.evidence(data, language)
            let row = try #require(html.components(separatedBy: "<tr>").first { $0.contains("Aplikasi X") })
            #expect(row.components(separatedBy: flag).count == 2, "one flag in \(language): \(row)")
            #expect(row.contains("<span class=\"flag\">"), "the flag stays highlighted")
        }
    }

    /// Fewer weak-match examples than weak matches: the section says how many more and where
    /// the plan lists them all, never a list silently shorter than its heading's count.
    @Test func weakExamplesSayHowManyMoreThePlanLists() throws {
        var data = try ReportStore(ReportTests.planned).load()
        let app = ReportData.AppRef(id: "X1", name: "Aplikasi X", agency: "Pemkab X")
        data.weakExamples = [.init(app: app, platform: "SIASN", confidence: 0.2, weak: true, reasonID: "alasan", reasonEN: "reason")]
        data.headline.weakMatches = 11
        #expect(ReportSections.evidence(data, .en).contains("… and 10 more: the plan CSV lists every one (those whose saving_basis column says weak-match)."))
        #expect(ReportSections.evidence(data, .id).contains("… dan 10 lainnya: CSV rencana mendaftar semuanya (yang kolom dasar_hemat-nya berisi kecocokan-lemah)."))
        data.headline.weakMatches = 1
        #expect(!ReportSections.evidence(data, .en).contains("more: the plan CSV"), "all shown: nothing more to say")
    }

    /// The summary's bar for counting an app as overlapping is the methods' too: a reader who
    /// meets "a look-alike scoring at least 0.35" there finds what it means.
    @Test func theMethodsExplainTheBarTheSummaryCountsOverlappingAppsBy() throws {
        var data = try ReportStore(ReportTests.planned).load()
        data.methods.analysisDate = "2026-11-28"
        let bar = ReportFormat.score(data.methods.weakBelow, .en)
        #expect(ReportSections.sentences(data, .en).first?.contains("scoring at least \(bar)") == true)
        #expect(ReportSections.methods(data, .en).contains("The summary counts an app as doing a job another app also does when a look-alike in its group scores at least \(bar)"),
                "\(ReportSections.methods(data, .en))")
        #expect(ReportSections.methods(data, .id).contains("bila aplikasi serupa dalam kelompoknya berskor sedikitnya \(ReportFormat.score(data.methods.weakBelow, .id))"))
    }

    /// The saving of builds that stop names how many of them it rests on beside all of them
    /// (only apps with a recorded cost count), how it is worked out from their recorded cost
    /// (the kept share less the platforms' fees, figures a reader can check), and the net
    /// without it, since it assumes money for apps not running yet would be spent every year.
    @Test func theStoppedBuildsSavingSaysHowManyHaveACostAndHowItIsWorkedOut() {
        let figures = StoppedBuildsSaving(saving: 629.6e9, net: 2.81e12, apps: 920, of: 1_130, cost: 912.6e9, residualCostShare: 0.3, planNet: 15.57e12, .en)
        let en = ReportMessages.of(.en).sentenceStoppedSaving(figures)
        #expect(en.contains("comes from 920 of the 1,130 apps still in development whose builds stop (those with a recorded cost). The register records Rp 913 billion a year for them"), "\(en)")
        #expect(en.contains("the saving counts 70% of it (the platform still spends 30% on their users) less the platform's yearly fees (Rp 9.2 billion)"), "\(en)")
        #expect(en.contains("without it the net would be Rp 12.8 trillion") && !en.contains("verify their status"), "\(en)")
        let crowded = ReportMessages.of(.en).sentenceStoppedSaving(StoppedBuildsSaving(saving: 629.6e9, net: 2.81e12, apps: 920, of: 1_130, cost: 912.6e9,
                                                                                       residualCostShare: 0.3, planNet: 15.57e12, toVerify: 412, .en))
        #expect(crowded.hasSuffix(" 412 of them list more than 1,000 users, so likely run already: verify their status before counting on this saving."), "\(crowded)")
        let all = ReportMessages.of(.en).sentenceStoppedSaving(StoppedBuildsSaving(saving: 1e9, net: 4e9, apps: 3, of: 3, cost: 2e9, residualCostShare: 0.3, planNet: 9e9, .en))
        #expect(all.contains("comes from the 3 apps still in development whose builds stop. ") && !all.contains("recorded cost)"), "\(all)")
        let one = ReportMessages.of(.en).sentenceStoppedSaving(StoppedBuildsSaving(saving: 1e9, net: 4e9, apps: 1, of: 1, cost: 2e9, residualCostShare: 0.3, planNet: 9e9, .en))
        #expect(one.contains("comes from the app still in development whose build stops. The register records Rp 2 billion a year for it"), "\(one)")
        let id = ReportMessages.of(.id).sentenceStoppedSaving(StoppedBuildsSaving(saving: 629.6e9, net: 2.81e12, apps: 920, of: 1_130, cost: 912.6e9, residualCostShare: 0.3, planNet: 15.57e12, .id))
        #expect(id.contains("berasal dari 920 di antara 1.130 aplikasi yang masih dalam pengembangan dan pembangunannya dihentikan (yang biayanya tercatat)"), "\(id)")
        #expect(id.contains("penghematannya dihitung 70% dari biaya itu"), "\(id)")
    }

    /// The waves line says why apps wait for wave 2 with room in wave 1, and says what the
    /// schedule does: an active app with over 1,000 users, or with a link to another system.
    @Test func theWavesLineSaysWhoWaitsForWaveTwoAsTheScheduleDoes() {
        #expect(ReportMessages.of(.en).sentenceCapacity(250).contains("an active app with over 1,000 users or links to other systems moves from wave 2 even when wave 1 has room"))
        #expect(ReportMessages.of(.id).sentenceCapacity(250).contains("aplikasi aktif dengan lebih dari 1.000 pengguna atau yang terhubung ke sistem lain pindah mulai gelombang 2"))
        func wave(users: Int?, links: Int, status: ApplicationStatus?) -> Int {
            var app = Application(externalID: "A", name: "A")
            (app.users, app.integrations, app.status) = (users, Array(repeating: "SIPD", count: links), status)
            return MigrationWave.earliestWave(points: MigrationWave.riskPoints(for: app, confidence: 0.9))
        }
        #expect(wave(users: 1_001, links: 0, status: .active) == 2 && wave(users: 40, links: 1, status: .active) == 2)
        #expect(wave(users: 900, links: 0, status: .active) == 1 && wave(users: 5_000, links: 0, status: nil) == 1)
    }

    /// Copied from the page, a weak reason reads as the CSV writes it (the flag ends with its
    /// colon), and only the names in it are kept from translation, not the tool's own sentence.
    @Test func aWeakReasonKeepsItsColonAndOnlyItsNamesUntranslated() throws {
        var data = try ReportStore(ReportTests.planned).load()
        let app = ReportData.AppRef(id: "X1", name: "Aplikasi X", agency: "Pemkab X")
        let reason = PlanReason.national(platform: "SIASN", kind: .nationalMandatory, mandatory: true, basis: "UU 20/2023", function: PlatformCatalogue.builtIn.functions[0].function,
                                         evidence: .ownWords(["arsip"], score: 0.2), inactive: nil)
        #expect(reason.text(.id).hasPrefix("Kecocokan lemah (0,20), perlu diperiksa: untuk "), "Indonesian goes on in lower case after the colon: \(reason.text(.id))")
        data.weakExamples = [.init(app: app, platform: "SIASN", confidence: 0.2, weak: true, reasonID: reason.text(.id), reasonEN: reason.text(.en))]
        for (language, flag) in [(Language.id, "Kecocokan lemah (0,20), perlu diperiksa:"), (.en, "Weak match 0.20, check by hand:")] {
            let html = ReportSections.evidence(data, language)
            let row = try #require(html.components(separatedBy: "<tr>").first { $0.contains("Aplikasi X") })
            let cell = try #require(row.components(separatedBy: "<td>").last)
            #expect(cell.hasPrefix("<span class=\"flag\">\(flag)</span> "), "\(cell)")
            let kept = cell.components(separatedBy: "<span translate=\"no\">").dropFirst().map { $0.components(separatedBy: "</span>")[0] }
            #expect(kept.contains("SIASN") && Set(kept).isSubset(of: ["SIASN", "arsip"]), "names only, in \(language): \(cell)")
        }
    }

    /// Names kept from translation are marked as whole words only: a quoted word inside a law's
    /// title ("aduan" in "Pengaduan") is not, since a mark would split the word for a translator.
    @Test func aNameInsideALongerWordIsNotMarked() {
        let html = HTML.sentence("SP4N-LAPOR! (Perpres 76/2013 tentang Pengelolaan Pengaduan); kata: “aduan”", names: ["aduan", "SP4N-LAPOR!"])
        #expect(html.contains("Pengaduan") && !html.contains("Peng<span"), "\(html)")
        #expect(html.components(separatedBy: "<span translate=\"no\">aduan</span>").count == 2, "\(html)")
        #expect(html.hasPrefix("<span translate=\"no\">SP4N-LAPOR!</span>"))
    }

    /// A province with no weak match shows a dash in the weak-saving column, as the command
    /// line's tables do, never "Rp 0"; one with weak matches shows their saving. So do the
    /// one-off and saving columns of a province where nothing of known cost moves.
    @Test func aProvinceWithoutWeakMatchesShowsADash() throws {
        var data = try ReportStore(ReportTests.planned).load()
        data.provinces[0].weakSaving = 0
        data.provinces[1].weakSaving = 2_500_000_000
        let html = ReportSections.provinces(data, .en)
        let rows = html.components(separatedBy: "<tr>").filter { $0.contains("<td") }
        #expect(rows[0].hasSuffix("<td class=\"num\">–</td></tr>"), "\(rows[0].suffix(300))")
        #expect(rows[1].contains(">Rp 2.5 billion</td>"), "\(rows[1].suffix(300))")
        #expect(!html.contains(">Rp 0<"), "no money cell of Rp 0")
    }

    /// The closing sentence on unknown costs and weak matches says only what there is: never
    /// "0 weak matches need a check", nor a cost unknown for 0 apps.
    @Test func noCountOfZeroIsSaidOfUnknownCostsOrWeakMatches() throws {
        var data = try ReportStore(ReportTests.planned).load()
        data.headline.weakMatches = 0
        data.headline.unknownCostApps = 3
        for (language, zero, unknown) in [(Language.en, "0 weak", "The running cost of 3 of the"), (.id, "0 kecocokan lemah", "Biaya berjalan 3 dari")] {
            let sentences = ReportSections.sentences(data, language)
            #expect(sentences.contains { $0.hasPrefix(unknown) } && !sentences.contains { $0.contains(zero) }, "\(sentences)")
        }
        data.headline.unknownCostApps = 0
        data.headline.weakMatches = 2
        #expect(ReportSections.sentences(data, .en).last == "2 weak matches need a check before a decision.")
        #expect(ReportSections.sentences(data, .id).last == "2 kecocokan lemah perlu diperiksa sebelum diputuskan.")
        data.headline.weakMatches = 0
        #expect(!ReportSections.sentences(data, .en).contains { $0.contains("running cost of") || $0.contains("weak match") || $0.isEmpty })
    }

    /// With known costs the summary shows its three money boxes; with none, one box says the
    /// money is not known (never boxes of Rp 0).
    @Test func moneyBoxesShowOnlyWhatIsKnown() throws {
        var data = try ReportStore(ReportTests.planned).load()
        #expect(!data.headline.costsUnknown && data.headline.annualSaving > 0)
        for language in [Language.id, .en] {
            let m = ReportMessages.of(language)
            let known = ReportSections.summary(data, language)
            #expect(known.contains(">\(m.figureSaving)</div>") && known.contains(">\(m.figureOneOff)</div>") && !known.contains("<div class=\"value\">\(m.figureMoneyUnknown)</div>"))
        }
        data.headline.unknownCostApps = data.headline.plannedApps - data.headline.inactiveApps
        #expect(data.headline.costsUnknown)
        for language in [Language.id, .en] {
            let m = ReportMessages.of(language)
            let unknown = ReportSections.summary(data, language)
            #expect(unknown.contains("<div class=\"value\">\(m.figureMoneyUnknown)</div>") && !unknown.contains(">\(m.figureSaving)</div>"))
            #expect(!ReportSections.provinces(data, language).contains(m.columnSaving))
        }
    }

    /// A province tile repeats the table's column, so it says what the column says.
    @Test func aProvinceTileSaysWhatItsColumnSays() throws {
        let data = try ReportStore(ReportTests.planned).load()
        for language in [Language.id, .en] {
            let m = ReportMessages.of(language)
            #expect(m.tileMoving == m.columnMoving.lowercased())
            let tiles = ReportCharts.provinceTiles(data, language)
            #expect(tiles.contains(" \(m.tileMoving)</text>"), "\(tiles.prefix(600))")
        }
    }

    /// Inactive apps are only switched off: the sentence of what the plan brings together does
    /// not count them (the inactive sentence does).
    @Test func thePlatformsSentenceLeavesOutAppsOnlySwitchedOff() throws {
        var data = try ReportStore(ReportTests.planned).load()
        data.headline.plannedApps = 1_240
        data.headline.inactiveApps = 40
        data.headline.platforms = 13
        data.headline.nationalPlatforms = 13
        let indonesian = ReportSections.sentences(data, .id).joined(separator: " ")
        #expect(indonesian.contains("Rencana ini menyatukan 1.200 aplikasi ke dalam 13 platform nasional"), "\(indonesian)")
        #expect(indonesian.contains("40 aplikasi yang sudah tidak aktif atau dihentikan akan dimatikan"), "\(indonesian)")
    }

    /// Counts of one agree with their noun in the report's English sentences.
    @Test func reportSentencesAgreeWithACountOfOne() {
        let m = ReportMessages.english
        #expect(m.sentenceInventory("1", "1", "1", "100%", "0.35").hasPrefix("The inventory lists 1 app of 1 agency; 1 of them (100%) does a job"))
        #expect(m.sentenceLoose("1").hasPrefix("1 more app sits in an overlap group"))
        #expect(m.sentenceWaves(1, "2027") == "The moves happen in 1 wave, 2027.")
        // No part of zero: "0 duplicates retired" would read as news.
        #expect(m.clauseMovingParts("3", nil, nil) == "3 migrating")
        #expect(ReportMessages.indonesian.clauseMovingParts("3", nil, "1") == "migrasi 3, 1 dasar modul")
        #expect(m.methodsCaveats("1", "1").hasPrefix("Limits: 1 planned app has no cost data and is not counted; 1 app has no usable description and is judged by its name"))
        #expect(m.methodsCaveats("0", "0") == "Figures are planning estimates, not a budget.", "no limit of zero apps")
        #expect(ReportMessages.indonesian.methodsCaveats("0", "2") == "Keterbatasan: 2 aplikasi tidak memiliki uraian yang cukup sehingga hanya dinilai dari nama serta fitur dan data yang dicantumkan daftar, bila ada. "
            + "Angka adalah perkiraan untuk perencanaan, bukan anggaran.")
        #expect(m.methodsWaves("January 2027", 1, "1").contains("each lasts 1 quarter; each platform takes in at most 1 moving app a wave"))
        // The method states the exception the plan makes for builds that stop.
        #expect(m.methodsWaves("January 2027", 2, "250").contains("builds of apps in development stop in their platform's first wave"))
        #expect(m.methodsMoney("50%", "30%", "70%", "Rp 25 million").contains("its one-off cost is the onboarding fee alone"))
        #expect(ReportMessages.indonesian.methodsMoney("50%", "30%", "70%", "Rp 25 juta").contains("biaya satu kalinya hanya biaya bergabung ke platform"))
        #expect(m.waveApps(1, 0, 0, 1, 1) == "1 move, 1 app already inactive or retired switched off, 1 module lead a shared platform is built on")
        #expect(m.waveApps(2, 1, 0, 0, 2) == "2 moves (1 awaiting the check of a weak match), 2 module leads a shared platform is built on")
        #expect(m.waveApps(3, 1, 2, 0, 0) == "3 moves (1 awaiting the check of a weak match; 2 builds of apps in development stopped)")
        #expect(ReportMessages.indonesian.waveApps(3, 0, 1, 0, 0) == "3 aplikasi pindah (1 aplikasi dalam pengembangan dihentikan pembangunannya)")
    }

    /// Function names read as plurals ("legal documents", "public complaints") or singulars
    /// ("staff management"): no sentence makes one the subject of a verb, and every count agrees
    /// with its noun.
    @Test func reasonsAgreeWhateverTheFunctionNameAndTheCount() throws {
        let legal = PlatformFunction(key: "legal", name: "Dokumentasi dan informasi hukum", english: "Legal documents", keywords: ["hukum"], description: "d")
        let notChosen = PlanReason.notChosen(function: legal, evidence: nil, platform: "JDIH Nasional", kind: .nationalSectoral, apps: 1, platforms: 13, displacedBy: nil)
        #expect(notChosen.text(.en) == "Retained: the platform for legal documents, JDIH Nasional (national-sectoral), is not among this plan's 13 platforms; adding it would cover 1 app.")
        let tooFew = PlanReason.tooFew(function: legal, evidence: nil, platform: "Platform Bersama Hukum", apps: 1, minimum: 2)
        #expect(tooFew.text(.en).contains("only 1 app of the inventory does this job"), "\(tooFew.text(.en))")
        let inactive = try #require(InactiveApp(MergePlannerTests.app("X", "JDIH Lama", "Produk hukum", status: .inactive)))
        let off = PlanReason.retireInactive(platform: "JDIH Nasional", function: legal, evidence: .ownWords(["hukum"], score: 0.6), inactive: inactive)
        #expect(off.text(.en).hasPrefix("Already inactive; JDIH Nasional serves legal documents;"), "\(off.text(.en))")
        // Switching off an inactive app waits for no check, however weak the match: no "Weak match" flag.
        let weaklyMatched = PlanReason.retireInactive(platform: "JDIH Nasional", function: legal, evidence: .ownWords(["hukum"], score: 0.23), inactive: inactive)
        #expect(weaklyMatched.text(.en).hasPrefix("Already inactive;") && !weaklyMatched.isWeak(weakBelow: 0.35), "\(weaklyMatched.text(.en))")
        for reason in [notChosen, tooFew, off] {
            #expect(!reason.text(.en).contains("documents belongs") && !reason.text(.en).contains("documents is "), "\(reason.text(.en))")
        }
        #expect(PlanReason.noFunction(groupWords: ["x"], lookAlikes: 1).text(.en).contains("1 look-alike does the same job"))
        #expect(PlanReason.noFunction(groupWords: ["x"], lookAlikes: 2).text(.en).contains("2 look-alikes do the same job"))
        let weak = PlatformCatalogue.builtIn.functions[0].function
        #expect(PlanReason.noFunction(groupWords: [], lookAlikes: 1, closest: weak, score: 0.2).text(.en).contains("its words and its 1 look-alike's words name"))
        #expect(PlanReason.noFunction(groupWords: [], lookAlikes: 3, closest: weak, score: 0.2).text(.en).contains("its words and its 3 look-alikes' words name"))
        // A score just short of its bar is never rounded up to it ("0.25 …, under the 0.25").
        let short = PlanReason.noFunction(groupWords: [], lookAlikes: 1, closest: weak, score: 0.2496, needed: 0.25)
        #expect(short.text(.en).contains(" only 0.24 on average, under the 0.25 a group is planned at"), "\(short.text(.en))")
        #expect(PlanReason.noLookAlike(closest: weak, score: 0.397, needed: 0.40).text(.id).contains("hanya 0,39, di bawah 0,40"))
        #expect(PlanReason.noLookAlike(closest: weak, score: 0.3, needed: 0.40).text(.en).contains("only 0.30, under the 0.40"))
        #expect(CountedNoun.app(1_500) == "1,500 apps" && CountedNoun.app(1, .id) == "1 aplikasi" && CountedNoun.agency(1) == "1 agency")
    }

    /// When every platform of the plan is national, the summary says so once, not "13 … 13 of them".
    @Test func allNationalPlatformsAreCountedOnce() throws {
        let english = ReportMessages.english.sentencePlatforms("13", "13", "12,001", "17,999", nil)
        #expect(english == "This plan brings 12,001 apps together on 13 national platforms already running; 17,999 apps stay as they are.")
        let indonesian = ReportMessages.indonesian.sentencePlatforms("13", "13", "12.001", "17.999", nil)
        #expect(indonesian == "Rencana ini menyatukan 12.001 aplikasi ke dalam 13 platform nasional yang sudah berjalan; 17.999 aplikasi tetap seperti sekarang.")
        #expect(ReportMessages.indonesian.sentencePlatforms("15", "13", "1", "2", nil).contains("15 platform, 13 di antaranya platform nasional"))
        #expect(ReportMessages.english.sentencePlatforms("15", "13", "1", "1", nil).contains("1 app together on 15 platforms, 13 of them national platforms already running; 1 app stays as it is"))
        let inUse = ReportMessages.english.sentencePlatforms("13", "13", "1,227", "1,923", ReportMessages.english.clauseInUse("3"))
        #expect(inUse.hasSuffix("; 1,923 apps stay as they are (3 of them are national systems themselves, in use or being set up: nothing to move)."), "\(inUse)")
        #expect(ReportMessages.english.clauseInUse("1") == "1 of them is a national system itself, in use or being set up: nothing to move")
    }

    @Test func decisionsNameTheirAppsBesideTheIds() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("sample.csv", SampleGenerator(seed: 3).csv(count: 120, labels: false))], into: database)
        let app = try #require(try ApplicationStore(database).fetchAll().first?.application)
        try DecisionStore(database).record(.retain, app.externalID, reason: "owned by the governor's office", by: "Budi")
        _ = try PlanWorkflow.run(database, parameters: PlanParameters())
        let decision = try #require(try ReportStore(database).load().decisions.first)
        #expect(decision.apps == ["\(app.name) (\(app.externalID))"])
        let effect = try #require(try DecisionStore(database).decisionsWithEffects().first)
        #expect(effect.nameA == app.name && effect.effect?.contains("\(app.name) (\(app.externalID))") == true)
    }

    /// The late-wave advice reads as a native speaker writes it, with its plurals right, in
    /// both languages: no "1 app moves then", no word-for-word "menerima … memasukkannya".
    @Test func lateWaveAdviceReadsNaturallyWithItsPlurals() throws {
        let english = ReportMessages.of(.en), indonesian = ReportMessages.of(.id)
        let one = english.sentenceAfterHorizon(1, "1", 5, "2031-Q4", nil)
        #expect(one.contains("The last wave ends at or after the end of the 5-year horizon (2031-Q4): the one app it moves saves nothing within it, so the net counts none of its saving"), "\(one)")
        let many = english.sentenceAfterHorizon(2, "298", 5, "2031-Q4", english.lateQueues([(name: "SIPD RI", moves: 2_548, capacity: 284)], current: 250, .en))
        #expect(many.contains("the 298 apps they move save nothing within it")
                && many.contains("nothing within it, so the net counts none of their saving. The onboarding queue of SIPD RI (2,548 moves queued) takes in 250 apps a wave. With 284 a wave there, or a longer horizon, every move would end within it."), "\(many)")
        let single = try #require(english.lateQueues([(name: "SPSE", moves: 1, capacity: nil)], current: 1, .en))
        #expect(single == "The onboarding queue of SPSE (1 move queued) takes in 1 app a wave. Only a longer horizon lets every move end within it", "\(single)")
        let id = indonesian.sentenceAfterHorizon(2, "298", 5, "Desember 2031",
                                                 indonesian.lateQueues([(name: "SIPD RI", moves: 2_548, capacity: 284)], current: 250, .id))
        #expect(id.contains("298 aplikasi yang dipindahkannya tidak sempat berhemat dalam kurun itu")
                && id.contains("penghematannya. Antrean pemindahan SIPD RI (2.548 aplikasi pindah dalam antrean) menerima 250 aplikasi per gelombang. Dengan kapasitas 284 aplikasi per gelombang di sana"), "\(id)")
        #expect(!id.contains("memasukkannya"))
    }

    /// Weak matches that lose money together are said to lose it, never "of which -Rp 2.9 billion
    /// depends on weak matches"; a one-year horizon is one year.
    @Test func aWeakNetLossAndAOneYearHorizonReadRight() {
        let english = ReportMessages.of(.en), indonesian = ReportMessages.of(.id)
        #expect(english.clauseWeakNet("Rp 2.9 billion", true) == "of which weak matches lose Rp 2.9 billion")
        #expect(indonesian.clauseWeakNet("Rp 2,9 M", true) == "kecocokan lemah di antaranya rugi Rp 2,9 M")
        #expect(english.clauseWeakNet("Rp 30.0 billion", false) == "of which Rp 30.0 billion depends on weak matches")
        #expect(english.figureNet(1, false) == "net saving over 1 year" && english.figureNet(5, true) == "net over 5 years: costs more than it saves")
    }

    /// A plan whose first wave is dated before the plan was made says so where its waves are
    /// dated, in the report as in the summary: its net counts savings of moves not yet made.
    @Test func aPlanStartedInThePastSaysSo() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let file = try folder.write("sample.csv", SampleGenerator(seed: 5).csv(count: 120, labels: false))
        try importFiles([file], into: database)
        var parameters = PlanParameters()
        parameters.start = Quarter(year: 2020, number: 1)
        _ = try PlanWorkflow.run(database, parameters: parameters)
        let made = Quarter.current()
        for language in Language.allCases {
            let sentence = ReportMessages.of(language).sentencePastStart(Quarter(year: 2020, number: 1).text(language), made.text(language))
            #expect(ReportSections.sentences(try ReportStore(database).load(), language).contains { $0.hasSuffix(sentence) }, "\(sentence)")
        }
        parameters.start = made.adding(1)
        _ = try PlanWorkflow.run(database, parameters: parameters)
        #expect(!ReportSections.sentences(try ReportStore(database).load(), .en).joined().contains("before the plan was made"))
        #expect(Quarter(dateStamp: "2026-11-28T15:07:03Z") == Quarter(year: 2026, number: 4) && Quarter(dateStamp: "soon") == nil)
    }
}
