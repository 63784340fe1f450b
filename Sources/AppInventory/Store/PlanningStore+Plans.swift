import Foundation
import GRDB

extension PlanningStore {
    /// What the plan summary stores beside the totals: what a larger target would add, which
    /// overlapping jobs the catalogue does not cover, and the apps (`apps.id`) that are a
    /// national system themselves, in use (``MergePlan/systemsInUse``), which the report counts
    /// apart; plans saved before that field have none.
    struct Summary: Codable {
        struct Candidate: Codable { var platform: String; var kind: String; var apps: Int }
        struct Uncovered: Codable { var words: [String]; var apps: Int; var example: String }
        var candidates: [Candidate]
        var uncovered: [Uncovered]
        var systemsInUse: [Int64]? = nil
        /// The platforms whose queues fill the waves after the horizon (``LateQueue``), by name.
        struct Late: Codable { var platform: String; var moves: Int; var capacity: Int? }
        var lateQueues: [Late]? = nil
    }

    /// Money as the plan tables keep it: whole rupiah. An app's saving is a share of its cost, and
    /// a share in floating point leaves noise (`122299999.99999999`) that SQL would show; the
    /// report and the exports round anyway. A platform's totals are sums of its apps' rounded
    /// amounts, so summing its `plan_items` in SQL gives them exactly; the plan's totals are
    /// the planner's own sums, rounded (within a rupiah per app of the items' sum).
    static func rupiah(_ amount: Double) -> Double { amount.rounded() }

    /// Saves a plan; the latest plan is what `export plan` writes and the report shows.
    @discardableResult
    public func save(_ plan: MergePlan, apps: [StoredApplication]) throws -> Int64 {
        try database.write { db -> Int64 in
            let planID = try Self.insertPlan(plan, apps: apps, db)
            for platform in plan.platforms { try Self.insert(platform, of: plan, planID: planID, apps: apps, db) }
            try Self.insertItems(plan, planID: planID, apps: apps, db)
            for wave in plan.waves {
                try db.execute(sql: """
                    INSERT INTO plan_waves(plan_id, wave, start_quarter, end_quarter, apps, users, one_off_cost, moves, moves_to_check, switch_offs, leads, stops)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [planID, wave.number, wave.start.description, wave.end.description, wave.apps, wave.users, Self.rupiah(wave.oneOffCost),
                                     wave.moves, wave.movesToCheck, wave.switchOffs, wave.leads, wave.stops])
            }
            for effect in plan.decisionEffects {
                try db.execute(sql: "INSERT INTO plan_decisions(plan_id, decision_id, applied, effect, effect_id) VALUES (?, ?, ?, ?, ?)",
                               arguments: [planID, effect.decision, effect.applied, effect.effect, effect.effectID])
            }
            return planID
        }
    }

    private static func insertPlan(_ plan: MergePlan, apps: [StoredApplication], _ db: Database) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let money = plan.money
        let candidates: [Summary.Candidate] = plan.candidates.map { candidate in
            let entry = plan.catalogue.platforms[candidate.catalogueIndex]
            return Summary.Candidate(platform: entry.name, kind: entry.kind.rawValue, apps: candidate.apps)
        }
        let uncovered: [Summary.Uncovered] = plan.uncovered.map { Summary.Uncovered(words: $0.words, apps: $0.apps, example: apps[$0.example].application.externalID) }
        let summary = String(decoding: try encoder.encode(Summary(
            candidates: candidates, uncovered: uncovered, systemsInUse: plan.systemsInUse.map { apps[$0].id },
            lateQueues: plan.lateQueues.map { queue in
                Summary.Late(platform: plan.catalogue.platforms[plan.platform(queue.platform)!.catalogueIndex].name, moves: queue.moves, capacity: queue.capacity)
            })), as: UTF8.self)
        let parameters = String(decoding: try encoder.encode(plan.parameters), as: UTF8.self)
        let arguments: StatementArguments = [
            ISO8601DateFormatter().string(from: Date()), parameters, apps.count, plan.platforms.count, plan.count(.retain),
            rupiah(money.annualCostPlanned), rupiah(money.annualCostPlanned) - rupiah(money.annualSaving), rupiah(money.oneOffCost),
            rupiah(money.annualSaving), money.years, rupiah(money.netSaving), rupiah(money.netSavingLow), rupiah(money.netSavingHigh),
            money.plannedApps, money.unknownCostApps, summary,
        ]
        try db.execute(sql: """
            INSERT INTO plans(created_at, parameters, analysis_run_id, apps, platforms, retained, cost_before, cost_after,
                one_off_cost, annual_saving, years, net_saving, net_saving_low, net_saving_high, planned_apps, unknown_cost_apps, summary)
            VALUES (?, ?, (SELECT max(id) FROM analysis_runs), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: arguments)
        return db.lastInsertedRowID
    }

    private static func insert(_ platform: PlannedPlatform, of plan: MergePlan, planID: Int64, apps: [StoredApplication], _ db: Database) throws {
        let entry = plan.catalogue.platforms[platform.catalogueIndex]
        let members: [PlanItem] = platform.members.map { plan.items[$0] }
        let known = members.filter { $0.annualSaving != nil && $0.savingBasis != .inactive }
        let costBefore: Double = rupiah(known.reduce(0) { $0 + (apps[$1.app].application.annualCost ?? 0) })
        let saving: Double = known.reduce(0) { $0 + rupiah($1.annualSaving ?? 0) }
        let oneOff: Double = members.reduce(0) { $0 + rupiah($1.oneOffCost ?? 0) }
        let users: Int = platform.members.reduce(0) { $0 + max(0, apps[$1].application.users ?? 0) }
        let host: Int? = platform.modules.max { $0.members.count != $1.members.count ? $0.members.count < $1.members.count : $0.function > $1.function }?.lead
        let functions = platform.modules.map { plan.catalogue.functions[$0.function].function.name }.joined(separator: "; ")
        let arguments: StatementArguments = [
            planID, platform.number, entry.name, entry.kind.isNational ? entry.name : nil, host.map { apps[$0].id },
            platform.members.count, users, costBefore, costBefore - saving, saving, functions,
            entry.kind.rawValue, entry.owner, entry.sector, entry.basis, entry.url, oneOff, saving, entry.sectorEnglish, entry.ownerEnglish,
        ]
        try db.execute(sql: """
            INSERT INTO plan_platforms(plan_id, number, name, national_platform, survivor_app, apps, users, cost_before, cost_after, saving,
                functions, kind, owner, sector, basis, url, one_off_cost, annual_saving, sector_en, owner_en)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: arguments)
    }

    private static func insertItems(_ plan: MergePlan, planID: Int64, apps: [StoredApplication], _ db: Database) throws {
        let insert = try BulkInsert(db, sql: """
            INSERT INTO plan_items(plan_id, app_id, action, platform_number, wave, confidence, reason, function_key, lead_app, wave_start,
                one_off_cost, annual_saving, net_saving, decision_id, reason_id, saving_basis, shortfall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let weak = plan.parameters.weakBelow, years = plan.parameters.years
        // Each reason in both languages is most of the work of saving a plan: rendered on all cores first.
        // A move that costs more than it saves says why after its reason (``PlanShortfall``).
        let reasons = ParallelSlots<(en: String, id: String)>.map(plan.items.count, { index in
            let item = plan.items[index]
            func text(_ language: Language) -> String {
                item.reason.text(language, weakBelow: weak) + (item.shortfall.map { " " + $0.text(language, years: years, stopsBuild: item.reason.stopsABuild) } ?? "")
            }
            return (text(.en), text(.id))
        }, placeholder: ("", ""))
        for (item, reason) in zip(plan.items, reasons) {
            let waveStart: String? = item.wave.map { MigrationWave.dates(of: $0, parameters: plan.parameters).start.description }
            let functionKey: String? = item.function.map { plan.catalogue.functions[$0].function.key }
            let lead: Int64? = item.lead.map { apps[$0].id }
            let values: [BulkValue] = [
                BulkValue(planID), BulkValue(apps[item.app].id), BulkValue(item.action.rawValue), BulkValue(item.platform),
                BulkValue(item.wave), BulkValue(AnalysisStore.rounded(item.confidence)), BulkValue(reason.en),
                BulkValue(functionKey), lead.map { BulkValue($0) } ?? .null, BulkValue(waveStart), BulkValue(item.oneOffCost.map(rupiah)),
                BulkValue(item.annualSaving.map(rupiah)), BulkValue(item.netSaving.map(rupiah)), item.decision.map { BulkValue($0) } ?? .null, BulkValue(reason.id),
                BulkValue(item.savingBasis?.rawValue), BulkValue(item.shortfall?.key),
            ]
            try insert.run(values)
        }
    }

    /// Headers of ``latestPlanTable(language:)`` in English; docs/plan.md explains each.
    public static let planColumns = ["app_id", "app_name", "agency", "level", "province", "status", "action", "platform_id", "platform_name", "platform_kind",
                                     "function", "survivor_app_id", "wave", "wave_start", "confidence", "annual_cost", "one_off_cost", "annual_saving",
                                     "net_saving", "saving_basis", "users", "decision", "reason"]
    /// The same headers in Indonesian, column for column (``PlanColumn``).
    public static var planColumnsID: [String] { planColumns.map { PlanColumn.header($0, .id) } }

    /// The latest plan as the table planners open in spreadsheets: one row per app, platforms
    /// in order, module leads first; headers, reasons, function names and the level, action and
    /// platform-kind values in `language`.
    public func latestPlanTable(language: Language = .en) throws -> QueryResult {
        try database.read { db in
            guard let planID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM plans") else {
                throw try StoreError.noPlan(db)
            }
            let functions = FunctionNames(try CatalogueStore.catalogue(db))
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.external_id, a.name, a.agency, a.level, a.province, i.action, i.platform_number, p.name, p.kind, i.function_key,
                       s.external_id, i.wave, i.wave_start, i.confidence, a.annual_cost, i.one_off_cost, i.annual_saving, a.users,
                       i.decision_id, i.reason, i.reason_id, i.net_saving, i.saving_basis, a.status
                FROM plan_items i JOIN apps a ON a.id = i.app_id
                LEFT JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
                LEFT JOIN apps s ON s.id = i.lead_app
                WHERE i.plan_id = ?
                ORDER BY i.platform_number IS NULL, i.platform_number, i.function_key,
                         CASE i.action WHEN 'platform' THEN 0 WHEN 'migrate' THEN 1 WHEN 'retire' THEN 2 ELSE 3 END, i.wave, a.id
                """, arguments: [planID])
            func amount(_ value: DatabaseValue) -> String? {
                guard let number = Double.fromDatabaseValue(value) else { return nil }
                return NumberText.plain(number.rounded())
            }
            let columns = language == .id ? Self.planColumnsID : Self.planColumns
            func level(_ text: String?) -> String? { text.map { GovernmentLevel(rawValue: $0)?.word(language) ?? $0 } }
            func action(_ text: String?) -> String? { text.map { PlanAction(rawValue: $0)?.word(language) ?? $0 } }
            func kind(_ text: String?) -> String? { text.map { PlatformKind(rawValue: $0)?.word(language) ?? $0 } }
            func basis(_ text: String?) -> String? { text.map { SavingBasis(rawValue: $0)?.word(language) ?? $0 } }
            // The register's status, so the apps still in development (their builds stop) and the
            // inactive ones can be filtered without reading the reasons: as stored in English.
            func status(_ text: String?) -> String? { text.map { language == .id ? TableVocabulary(.id).value($0, column: "status") : $0 } }
            let numericColumns = Set(["platform_id", "wave", "confidence", "annual_cost", "one_off_cost", "annual_saving", "net_saving", "users", "decision"]
                .compactMap(Self.planColumns.firstIndex))
            var table: [[String?]] = []
            table.reserveCapacity(rows.count)
            for row in rows {
                table.append([row[0], row[1], row[2], level(row[3]), row[4], status(row[23]), action(row[5]),
                              (row[6] as Int?).map(String.init), row[7], kind(row[8]), (row[9] as String?).map { functions.name($0, platform: row[7], level: (row[3] as String?).flatMap(GovernmentLevel.init(rawValue:)), language) },
                              row[10], (row[11] as Int?).map(String.init), (row[12] as String?).map { Quarter.text($0, language) }, (row[13] as Double?).map { String(format: "%.2f", $0) },
                              amount(row[14]), amount(row[15]), amount(row[16]), amount(row[21]), basis(row[22]), (row[17] as Int?).map(String.init),
                              (row[18] as Int64?).map(String.init), language == .id ? (row[20] ?? row[19]) : row[19]])
            }
            let numeric = table.map { cells in cells.indices.map { numericColumns.contains($0) && cells[$0] != nil } }
            return QueryResult(columns: columns, rows: table, numeric: numeric)
        }
    }
}
