import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Why a move costs more than it saves over the horizon: a late place in the onboarding queue
/// (more capacity helps), a move that does not pay back in time, or one that adds to the yearly
/// bill (only the law or a planner moves it).
@Suite("Plan shortfall")
struct PlanShortfallTests {
    static func item(wave: Int, oneOff: Double, saving: Double, parameters: PlanParameters) -> PlanItem {
        PlanItem(app: 0, action: .migrate, platform: 1, function: 0, lead: nil, wave: wave, confidence: 0.9, reason: .heldBack("#1"),
                 oneOffCost: oneOff, annualSaving: saving, netSaving: saving * PlanMoney.savingYears(wave: wave, parameters: parameters) - oneOff,
                 decision: nil, savingBasis: .confirmed)
    }

    @Test func aLateWaveIsToldApartFromAMoveThatNeverPaysBack() {
        let parameters = PlanMoneyTests.parameters(years: 5)
        // Pays back in 4 years: in time from wave 1 (4.5 years left), not from wave 3 (3.5).
        let late = Self.item(wave: 3, oneOff: 40_000_000, saving: 10_000_000, parameters: parameters)
        #expect(PlanShortfall.of(late, earliest: 1, mandatory: nil, parameters: parameters) == .lateInQueue(wave: 3, earliest: 1, paybackYears: 4))
        #expect(PlanShortfall.of(late, earliest: 3, mandatory: nil, parameters: parameters) == .slowPayback(paybackYears: 4, earliest: 3, yearsLeft: 3.5),
                "a large integrated system may not move before wave 3: its queue is not what holds it back")
        let slow = Self.item(wave: 1, oneOff: 50_000_000, saving: 10_000_000, parameters: parameters)
        #expect(PlanShortfall.of(slow, earliest: 1, mandatory: nil, parameters: parameters) == .slowPayback(paybackYears: 5, earliest: 1, yearsLeft: 4.5))
        let costly = Self.item(wave: 1, oneOff: 30_000_000, saving: -3_000_000, parameters: parameters)
        #expect(PlanShortfall.of(costly, earliest: 1, mandatory: "SRIKANDI", parameters: parameters) == .noYearlySaving(adds: 3_000_000, obligedBy: "SRIKANDI"))
        #expect(PlanShortfall.of(costly, earliest: 1, mandatory: "SRIKANDI", parameters: parameters)?.key == "no-yearly-saving")
        #expect(PlanShortfall.of(costly, earliest: 1, mandatory: nil, parameters: parameters)?.key == "no-yearly-saving-assigned",
                "only a planner's decision moves it where no law obliges: the stored key says so")
        let saves = Self.item(wave: 1, oneOff: 10_000_000, saving: 10_000_000, parameters: parameters)
        #expect(PlanShortfall.of(saves, earliest: 1, mandatory: nil, parameters: parameters) == nil)

        let english = PlanShortfall.lateInQueue(wave: 3, earliest: 1, paybackYears: 4).text(.en, years: 5)
        #expect(english.contains("only because of its place in the queue") && english.contains("pays back in 4.0 years") && english.contains("until wave 3"), "\(english)")
        let indonesian = PlanShortfall.slowPayback(paybackYears: 5.25, earliest: 1, yearsLeft: 4.5).text(.id, years: 5)
        #expect(indonesian.contains("5,3 tahun") || indonesian.contains("5,2 tahun"), "\(indonesian)")
        // The years left after its earliest wave, never "3.7 years, longer than the 5-year horizon".
        let slowly = PlanShortfall.slowPayback(paybackYears: 3.7, earliest: 3, yearsLeft: 3.5).text(.en, years: 5)
        #expect(slowly.contains("pays back only in 3.7 years, longer than the 3.5 years left of the 5-year horizon once the earliest wave its risk allows (wave 3) ends"), "\(slowly)")
        #expect(PlanShortfall.slowPayback(paybackYears: 3.7, earliest: 3, yearsLeft: 3.5).text(.id, years: 5).contains("lebih lama daripada 3,5 tahun yang tersisa dari kurun 5 tahun"))

        // A build that stops runs nothing and takes the platform's first wave: its sentence says so.
        let stopped = PlanShortfall.slowPayback(paybackYears: 4.8, earliest: 1, yearsLeft: 4.5).text(.en, years: 5, stopsBuild: true)
        #expect(stopped.contains("once the platform's first wave (wave 1) ends") && !stopped.contains("risk"), "\(stopped)")
        let adds = PlanShortfall.noYearlySaving(adds: 3_000_000, obligedBy: "SRIKANDI").text(.id, years: 5, stopsBuild: true)
        #expect(adds.contains("melebihi bagian biaya per tahun tercatat yang dihemat dengan menghentikan pembangunannya") && !adds.contains("biaya operasional"), "\(adds)")
        #expect(PlanShortfall.noYearlySaving(adds: 3_000_000, obligedBy: nil).text(.en, years: 5, stopsBuild: true)
            .contains("is more than the part of its recorded yearly cost that stopping its build saves"))
    }

    /// Apps of 10 million a year: a shared platform's 30 million fee per app is more than the 7
    /// million the move stops. The shared platform does not take one (its larger look-alikes
    /// move in); SRIKANDI, which the law obliges agencies to use, does, and its reason says why.
    @Test func aMoveThatAddsToTheYearlyBillHappensOnlyWhereTheLawObligesIt() throws {
        let apps = [
            MergePlannerTests.app("H1", "SIMPUS Bantul", "Sistem informasi puskesmas, rekam medis pasien dan antrian poli", users: 40, cost: 10_000_000),
            MergePlannerTests.app("H2", "E-PUSKESMAS Sleman", "Sistem informasi puskesmas, rekam medis pasien dan antrian poli", users: 300, cost: 200_000_000),
            MergePlannerTests.app("H3", "SIMPUS Kulon Progo", "Sistem informasi puskesmas, rekam medis pasien dan antrian poli", users: 5_000, cost: 900_000_000),
            MergePlannerTests.app("S1", "E-Surat Bantul", "Surat masuk, surat keluar, disposisi dan naskah dinas", cost: 10_000_000),
        ]
        let parameters = PlanMoneyTests.parameters(years: 5)
        let plan = MergePlanner.plan(MergePlannerTests.input(apps, groups: [[0, 1, 2]]), parameters: parameters)
        #expect(MergePlannerTests.platformName(plan, 1) == "Platform Bersama Layanan Kesehatan Daerah", "\(plan.items.map(\.reason))")
        let kept = plan.items[0]
        #expect(kept.action == .retain && kept.platform == nil, "\(kept.reason)")
        #expect(kept.reason.text(.en).contains("would add Rp 23 million a year"),
                "\(kept.reason.text(.en))")
        #expect(kept.reason.text(.en).contains("the law does not oblige agencies to use Platform Bersama Layanan Kesehatan Daerah"))

        let letters = plan.items[3]
        #expect(letters.action == .migrate && MergePlannerTests.platformName(plan, 3) == "SRIKANDI")
        #expect(letters.shortfall == .noYearlySaving(adds: 3_000_000, obligedBy: "SRIKANDI"))
        #expect(plan.money.noYearlySavingApps == 1 && plan.money.lateQueueApps == 0)
        #expect(letters.shortfall!.text(.en, years: 5).contains("it moves because the law obliges agencies to use SRIKANDI"))
    }

    /// A platform one of whose apps has no known cost proves no loss: the planner does not drop
    /// it on a partial sum, as the summary and its report card would not show one.
    @Test func aPlatformWithAnUnknownCostIsNeverDroppedAsALoss() {
        let catalogue = PlatformCatalogue.builtIn
        let health = catalogue.platform(named: "Platform Bersama Layanan Kesehatan Daerah")!
        func item(_ app: Int, _ action: PlanAction, net: Double?) -> PlanItem {
            PlanItem(app: app, action: action, platform: 1, function: 0, lead: 0, wave: 2, confidence: 0.9, reason: .heldBack("#1"),
                     oneOffCost: net.map { -$0 }, annualSaving: net.map { _ in 0 }, netSaving: net, decision: nil)
        }
        let platform = PlannedPlatform(number: 1, catalogueIndex: health, modules: [], members: [0, 1, 2])
        let partly = [item(0, .platform, net: -90_000_000), item(1, .migrate, net: -10_000_000), item(2, .migrate, net: nil)]
        #expect(MergePlanner.unprofitablePlatforms([platform], items: partly, catalogue: catalogue, forced: []).isEmpty)
        let known = [item(0, .platform, net: -90_000_000), item(1, .migrate, net: -10_000_000), item(2, .migrate, net: 5_000_000)]
        #expect(MergePlanner.unprofitablePlatforms([platform], items: known, catalogue: catalogue, forced: []) == [health: .netLoss(-95_000_000)])
    }

    /// A shared platform where the one small app would pay more in fees than it saves and the
    /// other would lead: nothing would move in, so the platform is left out, and the reason says
    /// why rather than claiming each app would lead a module of its own.
    @Test func aPlatformNothingWouldMoveIntoForItsFeesSaysSo() throws {
        let apps = [
            MergePlannerTests.app("H1", "SIMPUS Bantul", "Sistem informasi puskesmas, rekam medis pasien dan antrian poli", users: 40, cost: 10_000_000),
            MergePlannerTests.app("H2", "SIMPUS Kulon Progo", "Sistem informasi puskesmas, rekam medis pasien dan antrian poli", users: 5_000, cost: 900_000_000),
        ]
        let plan = MergePlanner.plan(MergePlannerTests.input(apps, groups: [[0, 1]]), parameters: PlanMoneyTests.parameters(years: 5))
        #expect(!plan.platforms.contains { plan.catalogue.platforms[$0.catalogueIndex].name == "Platform Bersama Layanan Kesehatan Daerah" })
        let english = plan.items[0].reason.text(.en), indonesian = plan.items[0].reason.text(.id)
        #expect(english.contains("nothing would move into it, as 1 of its 2 apps would pay it more a year than it saves, and the other would lead a module of its own"),
                "\(english)")
        #expect(!english.contains("each of its 2 apps would lead"))
        #expect(indonesian.contains("karena 1 dari 2 aplikasinya akan membayar platform itu lebih besar per tahun daripada penghematannya"), "\(indonesian)")
    }
}
