import Foundation

/// Plan-and-save: analyses first when the analysis is missing or out of date, matches the
/// apps to the catalogue's functions (cached per analysis and catalogue), plans, checks the
/// plan's invariants and stores it. Decisions that do not change the overlap evidence (keep,
/// retain, assign, exclude) re-plan without re-analysing.
public enum PlanWorkflow {
    public struct Result: Sendable {
        public var plan: MergePlan
        public var apps: [Application]
        public var planID: Int64
        /// Whether the analysis had to run first.
        public var analysed: Bool
        public var seconds: Double
    }

    /// `note` receives messages about the work in `language`: an analysis run first (and its
    /// summary), the matching of apps to the catalogue.
    public static func run(_ db: InventoryDatabase, parameters: PlanParameters, language: Language = .en, progress: OverlapEngine.Progress? = nil,
                           note: (String) -> Void = { _ in }) throws -> Result {
        let started = Date()
        let stored = try ApplicationStore(db).fetchAll()
        guard !stored.isEmpty else { throw StoreError.emptyInventory }
        let store = PlanningStore(db)
        var analysis = try store.currentAnalysis(apps: stored)
        var analysed = false
        if analysis == nil {
            note(language == .id ? "menganalisis terlebih dahulu: belum ada analisis yang sesuai dengan inventaris dan keputusan pemisahan/penggabungan saat ini…"
                                 : "analysing first: no analysis is up to date with the inventory and the separate/merge decisions…")
            note(try AnalysisWorkflow.run(db, apps: stored, progress: progress).text(language))
            analysis = try store.currentAnalysis(apps: stored)
            analysed = true
        }
        guard let analysis else { throw StoreError.said(en: "the analysis could not be read back; run `consolidate analyze`", id: "analisis tidak dapat dibaca kembali; jalankan `consolidate analyze`") }
        let apps = stored.map(\.application)
        let catalogue = try CatalogueStore(db).catalogue()
        var cached = try store.functionMatches(runID: analysis.runID, catalogue: catalogue, apps: stored)
        if cached == nil {
            let count = ReportFormat.number(apps.count, language)
            note(language == .id ? "mencocokkan \(count) aplikasi dengan \(catalogue.functions.count) fungsi katalog platform…"
                                 : "matching \(count) apps to the \(catalogue.functions.count) functions of the platform catalogue…")
            let computed = FunctionMatcher(catalogue: catalogue, apps: apps).matchAllWithEvidence(apps)
            try store.saveFunctionMatches(computed.matches, evidence: computed.evidence, runID: analysis.runID, catalogue: catalogue, apps: stored)
            // Plan from the matches as stored (scores rounded to four decimals), exactly as every
            // later re-plan reads them: the first plan and the next are then the same plan.
            cached = try store.functionMatches(runID: analysis.runID, catalogue: catalogue, apps: stored) ?? computed
        }
        let decisions = DecisionIndex(try DecisionStore(db).decisions(), apps: stored)
        var input = PlanInput(apps: apps, groups: analysis.groups, groupTerms: analysis.groupTerms, lookAlikes: analysis.lookAlikes,
                              matches: cached!.matches, evidence: cached!.evidence, catalogue: catalogue, decisions: decisions.resolved)
        input.groupNumbers = analysis.groupNumbers
        input.groupLabels = analysis.groupLabels
        let plan = MergePlanner.plan(input, parameters: parameters)
        let problems = plan.invariantViolations(appCount: apps.count)
        guard problems.isEmpty else { throw StoreError.sql(message: "internal error, plan not saved: \(problems.prefix(3).joined(separator: "; "))") }
        let planID = try store.save(plan, apps: stored)
        return Result(plan: plan, apps: apps, planID: planID, analysed: analysed, seconds: Date().timeIntervalSince(started))
    }
}
