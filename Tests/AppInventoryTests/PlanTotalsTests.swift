import Foundation
import GRDB
import Testing
@testable import AppInventory

/// The plan's money and headline figures never overstate: inactive apps save nothing, savings
/// on weak matches are shown apart, and the overlap share counts only look-alikes the plan
/// stands behind. Built on the planner's small example inventory.
@Suite("Plan totals a minister can sign")
struct PlanTotalsTests {
    typealias Example = MergePlannerTests

    @Test func anInactiveAppSavesNothingAndItsRecordedCostIsListedApart() throws {
        let plan = MergePlanner.plan(Example.input(), parameters: Example.parameters)
        let off = plan.items[2]
        #expect(Example.apps[2].status == .inactive && Example.apps[2].annualCost == 100_000_000)
        #expect(off.action == .retire && off.savingBasis == .inactive)
        #expect(off.annualSaving == 0 && off.oneOffCost == 0 && off.netSaving == 0, "no running service stops, so nothing is credited")
        #expect(plan.money.inactiveApps == 1 && plan.money.inactiveRecordedCost == 100_000_000 && plan.money.inactiveToVerify == 0)

        let counted = plan.items.filter { $0.action != .retain && $0.savingBasis != .inactive && $0.annualSaving != nil }
        #expect(abs(plan.money.annualSaving - counted.reduce(0) { $0 + $1.annualSaving! }) < 0.01)
        let running = counted.reduce(0) { $0 + Example.apps[$1.app].annualCost! }
        #expect(plan.money.annualCostPlanned == running, "the moving apps' cost leaves the inactive one out")

        let english = off.reason.text(.en)
        #expect(english.contains("No saving is counted, as no running service stops; the Rp 100 million a year the register records for it is saved only if still paid"), "\(english)")
        let indonesian = off.reason.text(.id)
        #expect(indonesian.contains("Tidak ada penghematan yang dihitung") && indonesian.contains("Rp 100 jt per tahun"), "\(indonesian)")
    }

    @Test func anInactiveAppWithManyUsersIsFlaggedForItsStatus() throws {
        var apps = Example.apps
        apps[2].users = 5_200
        let plan = MergePlanner.plan(Example.input(apps), parameters: Example.parameters)
        #expect(plan.items[2].action == .retire && plan.items[2].annualSaving == 0)
        #expect(plan.items[2].reason.text(.en).contains(". Verify its status: the register says inactive yet lists 5,200 users"))
        #expect(plan.items[2].reason.text(.id).contains(". Periksa statusnya: daftar menyebutnya tidak aktif tetapi mencatat 5.200 pengguna"))
        #expect(plan.money.inactiveToVerify == 1)
    }

    @Test func savingsOnWeakMatchesAreCountedApart() throws {
        let first = MergePlanner.plan(Example.input(), parameters: Example.parameters)
        let confidences = Set(first.items.filter { $0.action == .migrate && $0.annualSaving != nil }.map(\.confidence)).sorted()
        let low = try #require(confidences.first), high = try #require(confidences.last)
        try #require(low < high, "the example needs moving apps of different confidence")
        var parameters = Example.parameters
        parameters.weakBelow = (low + high) / 2
        let plan = MergePlanner.plan(Example.input(), parameters: parameters)

        let weak = plan.items.filter { $0.savingBasis == .weakMatch }
        #expect(!weak.isEmpty)
        for item in plan.items where item.action != .retain && item.savingBasis != .inactive {
            let flagged = item.reason.text(.en, weakBelow: parameters.weakBelow).hasPrefix("Weak match")
            #expect((item.savingBasis == .weakMatch) == flagged, "the saving is set apart exactly when the reason says to check it")
        }
        #expect(plan.money.weakApps == weak.count)
        #expect(abs(plan.money.weakSaving - weak.compactMap(\.annualSaving).reduce(0, +)) < 0.01)
        #expect(abs(plan.money.weakNet - weak.compactMap(\.netSaving).reduce(0, +)) < 0.01)
        #expect(plan.money.weakSaving > 0 && plan.money.weakSaving < plan.money.annualSaving, "part of the saving, not all of it")
    }

    /// A planned sample inventory with a strict weak threshold, so it has weak matches,
    /// inactive apps and apps grouped only loosely.
    static let planned: (database: InventoryDatabase, parameters: PlanParameters) = {
        let folder = try! TemporaryFolder()
        let database = try! InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let file = try! folder.write("sample.csv", SampleGenerator(seed: 3).csv(count: 400, labels: false))
        try! importFiles([file], into: database)
        var parameters = PlanParameters()
        parameters.weakBelow = 0.6
        _ = try! PlanWorkflow.run(database, parameters: parameters)
        return (database, parameters)
    }()

    @Test func everyPlaceTotalsAppearSplitsThemTheSameWay() throws {
        let (database, _) = Self.planned
        let data = try ReportStore(database).load()
        let h = data.headline
        #expect(h.weakMatches > 0 && h.weakSaving > 0 && h.weakSaving < h.annualSaving)
        #expect(h.inactiveApps > 0 && h.inactiveRecordedCost > 0)
        #expect(try ReportStore(database).headline() == h, "the web plan page reads the report's figures")

        // The plan CSV: every row says what its saving rests on, and the rows add up to the headline.
        let table = try PlanningStore(database).latestPlanTable()
        let basis = try #require(table.columns.firstIndex(of: "saving_basis"))
        let saving = try #require(table.columns.firstIndex(of: "annual_saving"))
        func total(_ word: String, _ column: Int) -> Double {
            table.rows.filter { $0[basis] == word }.compactMap { $0[column].flatMap(Double.init) }.reduce(0, +)
        }
        #expect(abs(total("weak-match", saving) - h.weakSaving) < 1)
        #expect(total("inactive", saving) == 0, "inactive apps save nothing in the export either")
        #expect(table.rows.filter { $0[basis] == "inactive" }.count == h.inactiveApps)
        let indonesian = try PlanningStore(database).latestPlanTable(language: .id)
        #expect(indonesian.columns.contains("dasar_hemat") && indonesian.rows.contains { $0.contains("kecocokan-lemah") })

        // The workbook's platforms, modules and waves carry the same split.
        let sheets = try PlanWorkbook.sheets(database)
        func sum(_ sheet: Int, _ column: String) throws -> Double {
            let index = try #require(sheets[sheet].table.columns.firstIndex(of: column))
            return sheets[sheet].table.rows.compactMap { $0[index].flatMap(Double.init) }.reduce(0, +)
        }
        #expect(abs(try sum(2, "weak_annual_saving") - h.weakSaving) < 1)
        #expect(abs(try sum(3, "weak_annual_saving") - h.weakSaving) < 1)
        #expect(abs(try sum(4, "weak_net_saving") - h.weakNet) < 1)
        #expect(abs(try sum(2, "weak_net_saving") - h.weakNet) < 1)

        // The report's provinces and platform cards add up to the same weak part.
        #expect(abs(data.provinces.reduce(0) { $0 + $1.weakSaving } - h.weakSaving) < 1)
        #expect(abs(data.platforms.reduce(0) { $0 + $1.weakSaving } - h.weakSaving) < 1)
        #expect(data.platforms.reduce(0) { $0 + $1.weakMatches } == h.weakMatches)

        // And the summary says so in both languages.
        for language in Language.allCases {
            let m = ReportMessages.of(language)
            let text = ReportSections.sentences(data, language).joined(separator: " ")
            let weak = m.clauseWeak(ReportFormat.money(h.weakSaving, language), ReportFormat.number(h.weakMatches, language))
            #expect(text.contains(weak), "\(language): \(text)")
            #expect(text.contains(m.clauseWeakNet(ReportFormat.money(abs(h.weakNet), language), h.weakNet < 0)))
            #expect(text.contains(ReportFormat.money(h.inactiveRecordedCost, language)))
            #expect(HTMLReport.render(data, language: language).contains(HTML.escape(weak)))
        }
    }

    /// Every inactive app of the register is accounted for: switched off with its platform, or
    /// left as it is where no platform of the plan takes it, and the summary says both.
    @Test func everyInactiveAppIsSwitchedOffOrSaidToStay() throws {
        let (database, parameters) = Self.planned
        let h = try ReportStore(database).load().headline
        let inactive = try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM apps WHERE status IN ('inactive', 'retired')") } ?? 0
        #expect(h.inactiveKept > 0 && h.inactiveApps + h.inactiveKept == inactive)
        let plan = try PlanWorkflow.run(database, parameters: parameters).plan
        #expect(plan.money.inactiveKept == h.inactiveKept, "the plan summary counts what the report counts")
        for language in Language.allCases {
            let text = ReportSections.sentences(try ReportStore(database).load(), language).joined(separator: " ")
            let kept = ReportFormat.number(h.inactiveKept, language)
            #expect(text.contains(language == .en ? "The other \(kept) apps already inactive or retired stay as they are" : "\(kept) aplikasi lain yang sudah tidak aktif atau dihentikan tetap"), "\(text)")
        }
    }

    /// Apps still in development whose builds stop are counted where a reader sees the
    /// migrations: the report's action table and the plan summary say how many, alike.
    @Test func theReportCountsTheBuildsThatStopAsThePlanDoes() throws {
        let (database, parameters) = Self.planned
        let data = try ReportStore(database).load()
        let plan = try PlanWorkflow.run(database, parameters: parameters)
        let stopped = plan.plan.items.filter { $0.action == .migrate && plan.apps[$0.app].status == .development }.count
        #expect(stopped > 0 && data.headline.stoppedBuilds == stopped)
        // Their saving is said apart: what the register records for apps not running yet.
        let money = plan.plan.money
        #expect(money.stoppedApps > 0 && money.stoppedApps == data.headline.stoppedBuildsCosted)
        #expect(abs(money.stoppedSaving - data.headline.stoppedSaving) < 1 && abs(money.stoppedNet - data.headline.stoppedNet) < 1)
        let expected = plan.plan.items.filter { $0.action == .migrate && plan.apps[$0.app].status == .development }.compactMap(\.annualSaving).reduce(0, +)
        #expect(abs(money.stoppedSaving - expected) < 1)
        let recorded = plan.plan.items.filter { $0.action == .migrate && plan.apps[$0.app].status == .development && $0.annualSaving != nil }
            .compactMap { plan.apps[$0.app].annualCost }.reduce(0, +)
        #expect(recorded > money.stoppedSaving && abs(money.stoppedCost - recorded) < 1 && abs(data.headline.stoppedCost - recorded) < 1,
                "the saving is what the stop saves of the recorded cost, said beside it")
        // Those listing many users likely run already: both count them alike.
        let crowded = plan.plan.items.filter { $0.action == .migrate && plan.apps[$0.app].status == .development && $0.annualSaving != nil
            && (plan.apps[$0.app].users ?? 0) > InactiveApp.usersToVerify }.count
        #expect(money.stoppedToVerify == crowded && data.headline.stoppedToVerify == crowded)
        for language in Language.allCases {
            let h = data.headline
            let sentence = ReportMessages.of(language).sentenceStoppedSaving(StoppedBuildsSaving(
                saving: h.stoppedSaving, net: h.stoppedNet, apps: h.stoppedBuildsCosted, of: stopped, cost: h.stoppedCost,
                residualCostShare: parameters.residualCostShare, planNet: h.netSaving, toVerify: h.stoppedToVerify, language))
            #expect(ReportSections.sentences(data, language).contains { $0.hasSuffix(sentence) }, "\(sentence)")
        }
        for language in Language.allCases {
            let clause = ReportMessages.of(language).clauseStoppedBuilds(ReportFormat.number(stopped, language))
            #expect(HTMLReport.render(data, language: language).contains(HTML.escape(clause)), "\(clause)")
        }
    }

    /// Apps still in development that no platform takes are not left unsaid: each reason says
    /// its build goes on outside the plan, and the report counts them as the plan's reasons do.
    @Test func buildsNoPlatformTakesAreSaidToGoOn() throws {
        let (database, parameters) = Self.planned
        let plan = try PlanWorkflow.run(database, parameters: parameters)
        let goingOn = plan.plan.items.filter(\.reason.letsABuildGoOn)
        #expect(!goingOn.isEmpty && goingOn.allSatisfy { $0.action == .retain && plan.apps[$0.app].status == .development })
        #expect(goingOn.allSatisfy { $0.reason.text(.en).contains("since the President's stop on new apps (2024)") })
        let untouched = plan.plan.items.filter { $0.action == .retain && plan.apps[$0.app].status == .development && !$0.reason.letsABuildGoOn }
        #expect(untouched.allSatisfy { $0.decision != nil || plan.plan.systemsInUse.contains($0.app) }, "\(untouched.map(\.reason))")
        let data = try ReportStore(database).load()
        #expect(data.headline.buildsGoingOn == goingOn.count)
        for language in Language.allCases {
            let sentence = ReportMessages.of(language).sentenceBuildsGoOn(ReportFormat.number(goingOn.count, language))
            #expect(ReportSections.sentences(data, language).contains(sentence), "\(sentence)")
        }
    }

    @Test func theOverlapHeadlineCountsOnlyLookAlikesAtTheWeakThreshold() throws {
        let (database, parameters) = Self.planned
        let h = try #require(try ReportStore(database).headline())
        let (grouped, strong) = try database.read { db -> (Int, Int) in
            let run = try Int64.fetchOne(db, sql: "SELECT analysis_run_id FROM plans ORDER BY id DESC LIMIT 1")
            var groupOf: [Int64: Int64] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT m.app_id, m.group_id FROM group_members m JOIN overlap_groups g ON g.id = m.group_id WHERE g.run_id = ?
                """, arguments: [run]) { groupOf[row[0]] = row[1] }
            var strong: Set<Int64> = []
            for row in try Row.fetchAll(db, sql: "SELECT app_a, app_b, score FROM overlap_pairs WHERE run_id = ?", arguments: [run]) {
                let a: Int64 = row[0], b: Int64 = row[1], score: Double = row[2]
                if score >= parameters.weakBelow, let group = groupOf[a], groupOf[b] == group { strong.formUnion([a, b]) }
            }
            return (groupOf.count, strong.count)
        }
        #expect(strong > 0 && strong < grouped, "the example has apps grouped only loosely")
        #expect(h.overlappingApps == strong, "only apps with a look-alike of their group at the weak threshold or more")
        #expect(h.looselyGroupedApps == grouped - strong)
        let data = try ReportStore(database).load()
        #expect(data.provinces.reduce(0) { $0 + $1.overlappingApps } == strong)
        let english = ReportSections.sentences(data, .en)
        #expect(english[0].contains("each with a look-alike in its group scoring at least 0.60"))
        #expect(english[1].hasPrefix("\(ReportFormat.number(grouped - strong, .en)) more apps sit in overlap groups only through"))
    }
}
