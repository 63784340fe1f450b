import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Plan money")
struct PlanMoneyTests {
    static func parameters(years: Int) -> PlanParameters {
        var parameters = MergePlannerTests.parameters
        parameters.years = years
        return parameters
    }

    @Test func anAppSavesOnlyFromTheEndOfItsWave() {
        let five = Self.parameters(years: 5)
        #expect(PlanMoney.savingYears(wave: 1, parameters: five) == 4.5, "wave 1 ends after two quarters")
        #expect(PlanMoney.savingYears(wave: 3, parameters: five) == 3.5, "wave 3 ends after six quarters, not five full years")
        #expect(PlanMoney.savingYears(wave: 3, parameters: Self.parameters(years: 1)) == 0, "a wave ending after the horizon saves nothing in it")
        #expect(PlanMoney.savingYears(wave: nil, parameters: five) == 0)
    }

    @Test func theNetCountsEachAppsSavingFromItsWaveAndAddsUp() throws {
        let parameters = Self.parameters(years: 5)
        let plan = MergePlanner.plan(MergePlannerTests.input(), parameters: parameters)
        var horizon = 0.0
        for item in plan.items where item.action != .retain {
            guard let saving = item.annualSaving, let oneOff = item.oneOffCost else { #expect(item.netSaving == nil); continue }
            let years = PlanMoney.savingYears(wave: item.wave, parameters: parameters)
            #expect(years < 5, "no app saves the whole horizon: its wave must end first")
            #expect(abs(item.netSaving! - (saving * years - oneOff)) < 0.01)
            horizon += saving * years
        }
        #expect(abs(plan.money.horizonSaving - horizon) < 0.01)
        #expect(abs(plan.money.netSaving - (horizon - plan.money.oneOffCost)) < 0.01)
        #expect(plan.money.netSaving < 5 * plan.money.annualSaving - plan.money.oneOffCost, "less than five full years of savings")
    }

    @Test func aPlanThatCostsMoreThanItSavesSaysSo() throws {
        let plan = MergePlanner.plan(MergePlannerTests.input(), parameters: Self.parameters(years: 1))
        #expect(plan.money.netSaving < 0)
        let losing = plan.items.filter { ($0.action == .migrate || $0.action == .retire) && ($0.netSaving ?? 0) < 0 }
        #expect(plan.money.losingApps == losing.count && plan.money.losingApps > 0)
        #expect(abs(plan.money.losingNet - losing.reduce(0) { $0 + $1.netSaving! }) < 0.01)

        var headline = ReportData.Headline(
            apps: 10, agencies: 3, provinces: 1, overlappingApps: 8, looselyGroupedApps: 0, platforms: 2, nationalPlatforms: 1, lead: 1, migrate: 5,
            retire: 1, retain: 3, annualCostPlanned: 1e9, oneOffCost: plan.money.oneOffCost, annualSaving: plan.money.annualSaving, years: 1,
            netSaving: plan.money.netSaving, netSavingLow: plan.money.netSavingLow, netSavingHigh: plan.money.netSavingHigh, plannedApps: 7,
            unknownCostApps: 0, weakMatches: 0, weakSaving: 0, weakNet: 0, inactiveApps: 0, inactiveRecordedCost: 0, inactiveToVerify: 0)
        headline.losingApps = plan.money.losingApps
        headline.losingNet = plan.money.losingNet
        let english = ReportMessages.of(.en).sentenceMoney("a", "b", nil, 1, ReportFormat.money(-headline.netSaving, .en), nil, "c", "d", true,
                                                            ReportMessages.of(.en).clauseLosing("2", "e", 0, 2, (0, 0)))
        #expect(english.contains("the plan costs Rp") && english.contains("more than it saves within 1 year")
                && english.contains(". 2 of the moving apps cost more to move than they save"), "a sentence of its own: \(english)")
        #expect(english.contains("once every app has moved. Counting each app's saving"), "the net in a sentence of its own: \(english)")
        // One cause: said after a comma, not a colon ("…(a net loss of e together), because…").
        #expect(ReportMessages.of(.en).clauseLosing("2", "e", 0, 2, (0, 0)).contains("(a net loss of e together), because even from the earliest wave their risk allows, their one-off costs are more than they save in that time"))
        #expect(ReportMessages.of(.id).clauseLosing("2", "e", 2, 0, (0, 0)).contains("(rugi bersih seluruhnya e), hanya karena gelombangnya"))
        // Both causes: each said in a sentence of its own, with its count.
        let both = ReportMessages.of(.en).clauseLosing("6", "e", 4, 2, (1, 0))
        #expect(both.contains("(a net loss of e together). 4 of them lose only because their waves come late")
                && both.contains(". 2 lose because even from the earliest wave their risk allows")
                && both.contains(". Of these 2, 1 would cost more a year on its platform than it costs now, and moves all the same because the law obliges agencies to use its platform; the other 1 saves each year, but too little to repay its move in that time"), "\(both)")
        // Who made each move that costs more a year than now: the law, a planner, or some of each.
        #expect(ReportMessages.of(.en).clauseLosing("2", "e", 0, 2, (0, 2)).contains(". All 2 would cost more a year on their platform than they cost now, and move all the same because a planner assigned them"))
        #expect(ReportMessages.of(.en).clauseLosing("5", "e", 0, 5, (3, 2))
            .contains(". All 5 would cost more a year on their platform than they cost now, and move all the same: 3 because the law obliges agencies to use their platform, 2 because a planner assigned them"))
        #expect(ReportMessages.of(.id).clauseLosing("5", "e", 0, 5, (3, 2))
            .contains(". Semuanya akan berbiaya tahunan lebih besar di platformnya daripada sekarang, namun tetap pindah: 3 karena peraturan mewajibkan instansi memakai platformnya, 2 karena ditetapkan perencana"))
        let keduanya = ReportMessages.of(.id).clauseLosing("6", "e", 4, 2, (0, 0))
        #expect(keduanya.contains(". 4 di antaranya rugi hanya karena") && keduanya.contains(". 2 lainnya rugi karena"), "\(keduanya)")
        #expect(ReportMessages.of(.en).figureNet(1, true).contains("costs more than it saves"))
        #expect(ReportMessages.of(.id).figureNet(1, true).contains("biaya melebihi penghematan"))
    }

    /// Two small health apps on the shared platform, each saving a little a year: the lead's
    /// one-off cost belongs to no moving app, yet the platform's apps lose it together, and the
    /// plan counts that loss.
    @Test func aPlatformWhoseAppsLoseMoneyTogetherCountsItsLeadsCost() throws {
        let apps = [
            MergePlannerTests.app("H1", "SIMPUS Bantul", "Sistem informasi puskesmas, rekam medis pasien dan antrian poli", cost: 50_000_000),
            MergePlannerTests.app("H2", "E-PUSKESMAS Sleman", "Sistem informasi puskesmas, rekam medis pasien dan antrian poli", cost: 50_000_000),
            MergePlannerTests.app("P1", "SIMPEG Bantul", "Data kepegawaian dan kenaikan pangkat pegawai", cost: 900_000_000),
        ]
        let plan = MergePlanner.plan(MergePlannerTests.input(apps, groups: [[0, 1]]), parameters: Self.parameters(years: 5))
        let health = try #require(plan.platforms.first { plan.catalogue.platforms[$0.catalogueIndex].name == "Platform Bersama Layanan Kesehatan Daerah" })
        let members = health.members.map { plan.items[$0] }
        #expect(members.contains { $0.action == .platform } && members.contains { $0.action == .migrate }, "\(members.map(\.action))")
        let net = members.reduce(0) { $0 + $1.netSaving! }
        #expect(plan.losingPlatforms.map(\.number) == [health.number], "the staff platform saves: \(plan.losingPlatforms)")
        #expect(abs(plan.losingPlatforms[0].loss + net) < 0.01)
        #expect(plan.losingPlatforms[0].loss > -plan.money.losingNet, "the lead's one-off cost is part of the platform's loss")
    }

    @Test func moneyIsWrittenInTheUnitsOfTheLanguage() {
        #expect(ReportFormat.money(677e9, .en) == "Rp 677 billion")
        #expect(ReportFormat.money(677e9, .id) == "Rp 677 M")
        #expect(ReportFormat.money(-1.25e9, .en) == "-Rp 1.3 billion" || ReportFormat.money(-1.25e9, .en) == "-Rp 1.2 billion")
    }

    @Test func sharesNeverRoundToAllOrNone() {
        #expect(ReportFormat.percent(997, of: 1000) == ">99%", "99.7% is not 100%")
        #expect(ReportFormat.percent(1000, of: 1000) == "100%")
        #expect(ReportFormat.percent(3, of: 1000) == "<1%")
        #expect(ReportFormat.percent(0, of: 1000) == "0%")
        #expect(ReportFormat.percent(455, of: 1000) == "46%" || ReportFormat.percent(455, of: 1000) == "45%")
    }

    /// The report's fate of every app: 10,092 migrate, 1,747 retire, 18,161 retain read 34% + 6% +
    /// 61% = 101% when each share is rounded alone.
    @Test func sharesOfAWholeAddUpToAHundred() {
        #expect([10_092, 1_747, 18_161].map { ReportFormat.percent($0, of: 30_000) } == ["34%", "6%", "61%"])
        #expect(ReportFormat.percents([10_092, 1_747, 18_161], of: 30_000) == ["34%", "6%", "60%"])
        #expect(ReportFormat.percents([0, 1, 2, 3], of: 6) == ["0%", "17%", "33%", "50%"])
        #expect(ReportFormat.percents([3, 1_000, 10_997], of: 12_000) == ["<1%", "8%", "92%"])
        #expect(ReportFormat.percents([1, 2], of: 4) == ["25%", "50%"], "parts that are not the whole are rounded alone")
    }
}
