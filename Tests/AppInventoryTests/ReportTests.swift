import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Report for officials")
struct ReportTests {
    /// A planned sample inventory, shared by the read-only tests of this suite.
    static let planned: InventoryDatabase = {
        let folder = try! TemporaryFolder()
        let database = try! InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let file = try! folder.write("sample.csv", SampleGenerator(seed: 7).csv(count: 700, labels: false))
        try! importFiles([file], into: database)
        _ = try! PlanWorkflow.run(database, parameters: PlanParameters())
        return database
    }()

    @Test func headlineNumbersEqualTheStoredPlan() throws {
        let data = try ReportStore(Self.planned).load()
        let row = try Self.planned.read { db in
            try Row.fetchOne(db, sql: """
                SELECT apps, retained, cost_before, one_off_cost, annual_saving, years, net_saving, net_saving_low, net_saving_high,
                       planned_apps, unknown_cost_apps, platforms FROM plans ORDER BY id DESC LIMIT 1
                """)!
        }
        let h = data.headline
        #expect(h.plannedApps > 0 && h.annualSaving > 0)
        #expect(h.apps == row[0] as Int)
        #expect(h.retain == row[1] as Int)
        #expect(close(h.annualCostPlanned, row[2]))
        #expect(close(h.oneOffCost, row[3]))
        #expect(close(h.annualSaving, row[4]))
        #expect(h.years == row[5] as Int)
        #expect(close(h.netSaving, row[6]) && close(h.netSavingLow, row[7]) && close(h.netSavingHigh, row[8]))
        #expect(h.plannedApps == row[9] as Int && h.unknownCostApps == row[10] as Int)
        #expect(h.platforms == row[11] as Int && data.platforms.count == h.platforms)

        // The page shows them in Indonesian formats.
        let html = HTMLReport.render(data)
        #expect(html.contains("<html lang=\"id\">"))
        for figure in [NumberText.rupiahShort(h.annualSaving), NumberText.rupiahShort(h.oneOffCost), NumberText.rupiahShort(h.netSaving),
                       ReportFormat.number(h.apps, .id)] {
            #expect(html.contains(">\(figure)</div>"), "figure \(figure)")
        }
        // A page a minister reads: inventory, loose groups, platforms, money, inactive apps,
        // builds in development left outside the plan, waves, what is left to check.
        #expect(ReportSections.sentences(data, .id).count >= 3 && ReportSections.sentences(data, .id).count <= 8)
    }

    /// The weak-match box shows the moves its title counts and its CSV filter finds
    /// (`saving_basis` weak-match), never an inactive app switched off on thin evidence.
    @Test func theWeakMatchBoxShowsTheWeakMatchesItCounts() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("sample.csv", SampleGenerator(seed: 7).csv(count: 700, labels: false))], into: database)
        _ = try PlanWorkflow.run(database, parameters: PlanParameters())
        // Switched-off apps whose look-alikes are as thin as a weak match's, as large registers have.
        let thin = try database.write { db -> Int in
            try db.execute(sql: "UPDATE plan_items SET confidence = 0.01 WHERE saving_basis = 'inactive'")
            return db.changesCount
        }
        let data = try ReportStore(database).load()
        let weak = try database.read { db in
            try Set(String.fetchAll(db, sql: """
                SELECT a.external_id FROM plan_items i JOIN apps a ON a.id = i.app_id
                WHERE i.plan_id = (SELECT max(id) FROM plans) AND i.saving_basis = 'weak-match'
                """))
        }
        #expect(thin > 0 && !weak.isEmpty, "the sample has switched-off apps and weak matches")
        #expect(data.headline.weakMatches == weak.count)
        #expect(!data.weakExamples.isEmpty && data.weakExamples.allSatisfy { weak.contains($0.app.id) },
                "\(data.weakExamples.map(\.app.id)) / \(weak.sorted())")
    }

    @Test func theScheduleSaysWhatHoldsForThisPlanInGoodEnglish() throws {
        let data = try ReportStore(Self.planned).load()
        let hasShared = data.platforms.contains { $0.kind == PlatformKind.shared.rawValue }
        let timeline = ReportSections.timeline(data, .en)
        #expect(timeline.contains("large integrated systems not before the third"))
        #expect(timeline.contains("Shared platforms are built on their module leads") == hasShared)
        let m = ReportMessages.of(.en)
        #expect(m.clauseWeak("Rp 5 million", "1") == "of which Rp 5 million depends on 1 weak match still to verify")
        #expect(m.clauseWeak("Rp 9 million", "2") == "of which Rp 9 million depends on 2 weak matches still to verify")
    }

    @Test func theNetSavingBoxSaysWhatBothEndsOfItsRangeAssume() throws {
        let data = try ReportStore(Self.planned).load()
        for (language, caption) in [(Language.id, "batas bawah: hemat −30%, biaya satu kali +50%; batas atas: biaya satu kali −20%"),
                                    (.en, "low case: savings −30%, one-off costs +50%; high case: one-off costs −20%")] {
            let summary = ReportSections.summary(data, language)
            let boxes = summary.components(separatedBy: "<div class=\"figure\">").dropFirst()
            let net = try #require(boxes.last, "\(language): \(summary)")
            #expect(net.contains(ReportFormat.money(data.headline.netSavingLow, language)), "the last box is the net saving's, with its range")
            #expect(net.contains("<div class=\"caption\">\(caption)</div>"), "\(language): \(net)")
            #expect(boxes.dropLast().allSatisfy { !$0.contains("class=\"caption\"") }, "only the net box carries the assumption")
        }
    }

    @Test func provinceRowsAddUpToTheNationalTotals() throws {
        let data = try ReportStore(Self.planned).load()
        let h = data.headline
        #expect(data.provinces.count > 5)
        #expect(data.provinces.contains { $0.province == "Pusat" })
        #expect(data.provinces.reduce(0) { $0 + $1.apps } == h.apps)
        #expect(data.provinces.reduce(0) { $0 + $1.overlappingApps } == h.overlappingApps)
        #expect(data.provinces.reduce(0) { $0 + $1.moving } == h.migrate + h.retire)
        #expect(close(data.provinces.reduce(0) { $0 + $1.annualSaving }, h.annualSaving))
        #expect(close(data.provinces.reduce(0) { $0 + $1.oneOffCost }, h.oneOffCost))
        #expect(data.provinces.map(\.annualSaving) == data.provinces.map(\.annualSaving).sorted(by: >), "sorted by saving")
        // Waves and platforms account for every moving app too.
        #expect(data.waves.reduce(0) { $0 + $1.apps } == h.plannedApps)
        #expect(data.platforms.reduce(0) { $0 + $1.moving + $1.switchOffs } == h.migrate + h.retire, "moves and switch-offs apart, every one counted")
        #expect(data.platforms.reduce(0) { $0 + $1.switchOffs } == h.inactiveApps)
    }

    @Test func provinceAndAgencyScopeTheReport() throws {
        let whole = try ReportStore(Self.planned).load()
        let row = try #require(whole.provinces.first { $0.province != nil && $0.province != "Pusat" })
        let province = try ReportStore(Self.planned).load(scope: .init(province: row.province))
        #expect(province.headline.apps == row.apps)
        #expect(province.provinces.map(\.province) == [row.province])
        #expect(close(province.headline.annualSaving, row.annualSaving))
        let html = HTMLReport.render(province)
        #expect(html.contains("Wilayah: \(HTML.escape(row.province!))"))

        let agency = try #require(try Self.planned.read { db in
            try Row.fetchOne(db, sql: "SELECT agency, count(*) FROM apps WHERE agency IS NOT NULL GROUP BY agency ORDER BY 2 DESC, 1 LIMIT 1")
        })
        let scoped = try ReportStore(Self.planned).load(scope: .init(agency: agency[0]))
        #expect(scoped.headline.apps == agency[1] as Int)
        #expect(scoped.headline.agencies == 1)
        #expect(throws: StoreError.self) { try ReportStore(Self.planned).load(scope: .init(province: "Atlantis")) }
    }

    @Test func everyStringOfTheReportIsEscaped() throws {
        // Every text field of the report data set to hostile text from the bad-input corpus.
        let corpus = try String(contentsOfFile: BadInputTests.fixture("hostile-strings.csv"), encoding: .utf8)
        let hostile = "<script>alert(1)</script>\"'&" + corpus.split(separator: "\n")[1]
        let base = try ReportStore(Self.planned).load()
        var data = base
        data.scope = .init(province: hostile, agency: hostile)
        data.provinces = base.provinces.map { var row = $0; row.province = hostile; return row }
        let app = ReportData.AppRef(id: hostile, name: hostile, agency: hostile)
        data.platforms = base.platforms.map { card in
            var card = card
            card.name = hostile; card.owner = hostile; card.basis = hostile; card.url = "https://x.go.id/\"><script>"; card.sector = hostile
            card.functions = [hostile]; card.leads = [app]; card.topAgencies = [.init(label: hostile, apps: 2)]; card.moving = 3
            return card
        }
        data.examples = [.init(app: app, platform: hostile, confidence: 0.9, weak: false, reasonID: hostile, reasonEN: hostile)]
        data.weakExamples = [.init(app: app, platform: hostile, confidence: 0.1, weak: true, reasonID: hostile, reasonEN: hostile)]
        data.decisions = [.init(id: 1, kind: hostile, apps: [hostile, hostile], platform: hostile, reason: hostile, author: hostile,
                                date: hostile, applied: false, effect: hostile, effectID: hostile)]
        data.candidates = [.init(label: hostile, apps: 1)]
        data.uncovered = [.init(label: hostile, apps: 1)]
        data.methods.sources = [.init(file: hostile, date: hostile, rows: 1)]
        data.methods.planDate = hostile
        data.methods.analysisDate = hostile
        for language in Language.allCases {
            let html = HTMLReport.render(data, language: language)
            #expect(!html.contains("<script"), "no script element, in \(language)")
            #expect(!html.contains("x.go.id/\">"), "no attribute broken out of")
            #expect(html.contains(HTML.escape(hostile)))
        }
    }

    @Test func formatsAreIndonesianInTheIndonesianReport() {
        #expect(ReportFormat.number(30000, .id) == "30.000")
        #expect(ReportFormat.number(30000, .en) == "30,000")
        #expect(ReportFormat.money(2.1e12, .id) == "Rp 2,1 T")
        #expect(ReportFormat.money(37.3e9, .id) == "Rp 37,3 M")
        #expect(ReportFormat.money(37.3e9, .en) == "Rp 37.3 billion")
        #expect(ReportFormat.period("2027-Q1", "2027-Q2", .id) == "Januari 2027 – Juni 2027")
        #expect(ReportFormat.period("2027-Q3", "2028-Q4", .en) == "July 2027 – December 2028")
        #expect(ReportFormat.date("2026-11-26T07:40:00Z", .id) == "26 November 2026")
        #expect(ReportFormat.score(0.35, .id) == "0,35")
    }

    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= max(1, abs(b) * 1e-9) }
}
