import GRDB

/// The latest merge plan as workbook sheets: one table a sheet, so officials can filter
/// each in Excel.
public enum PlanWorkbook {
    /// `summary` (the figures an official signs), `apps` (every app's action, platform, function, wave, money and reason), `platforms`
    /// (each platform with its kind, owner, basis, every module's lead, apps, users and money),
    /// `modules` (one row per platform function with its lead app, since a shared platform
    /// has one lead per function) and `waves` (dates, apps, users, one-off cost and net
    /// saving), in that order. Every saving has a `weak_` twin: the part of it that rests on
    /// weak matches still to verify. With `language` `.id` sheet names, headers and values are
    /// Indonesian (docs/plan.md lists them).
    public static func sheets(_ database: InventoryDatabase, language: Language = .en) throws -> [(name: String, table: QueryResult)] {
        let apps = try PlanningStore(database).latestPlanTable(language: language)
        let id = language == .id
        let (platforms, modules, waves) = try database.read { db in
            let catalogue = try CatalogueStore.catalogue(db)
            let functions = FunctionNames(catalogue)
            var modules = try table(db, sql: """
                SELECT i.platform_number, p.name, i.function_key, s.external_id, s.name, count(*), round(sum(i.one_off_cost)),
                       round(sum(i.annual_saving)), \(weakPart("i.annual_saving")), round(sum(i.net_saving)), \(weakPart("i.net_saving")), p.functions
                FROM plan_items i JOIN plan_platforms p ON p.plan_id = i.plan_id AND p.number = i.platform_number
                LEFT JOIN apps s ON s.id = i.lead_app
                WHERE i.plan_id = (SELECT max(id) FROM plans)
                GROUP BY i.platform_number, i.function_key, i.lead_app
                ORDER BY i.platform_number, i.function_key, s.external_id
                """)
            var leads: [String: [String]] = [:]
            // A national platform runs already: apps move into it, none is its local base.
            let noLeads = id ? "tidak ada: platform nasional sudah berjalan, tidak dibangun di atas aplikasi daerah"
                : "none: a national platform runs already and is not built on a local app"
            for index in modules.rows.indices {
                let row = modules.rows[index]
                var function = row[2].map { functions.name($0, platform: row[1], language) } ?? "-"
                // Apps a planner assigned keep their own job (SIASN's staff records, say); the
                // module they move into is one the platform runs, as the plan stored it.
                if let key = row[2], let platform = row[1], !catalogue.runs(key, on: platform) {
                    let own = catalogue.moduleKeys(named: row[11] ?? "", platform: platform)
                    if !own.isEmpty { function = own.map { functions.name($0, platform: platform, language) }.joined(separator: "; ") }
                }
                modules.rows[index][2] = function
                modules.rows[index].removeLast()
                if modules.numeric.indices.contains(index), !modules.numeric[index].isEmpty { modules.numeric[index].removeLast() }
                if let lead = row[3] { leads[row[0] ?? "", default: []].append("\(function): \(lead)") }
            }
            modules.columns = ["platform_id", "platform_name", "function", "lead_app_id", "lead_app_name", "apps", "one_off_cost", "annual_saving",
                   "weak_annual_saving", "net_saving", "weak_net_saving"].map { PlanColumn.header($0, language) }
            var platforms = try table(db, sql: """
                SELECT p.number, p.name, p.kind, \(id ? "p.owner" : "coalesce(p.owner_en, p.owner)"), \(id ? "p.sector" : "coalesce(p.sector_en, p.sector)"), p.basis, s.external_id, NULL,
                       p.apps, p.users, \(ifKnown("p.cost_before")), \(ifKnown("p.one_off_cost")), \(ifKnown("p.annual_saving")),
                       (SELECT \(weakPart("i.annual_saving")) FROM plan_items i WHERE i.plan_id = p.plan_id AND i.platform_number = p.number),
                       (SELECT round(sum(i.net_saving)) FROM plan_items i WHERE i.plan_id = p.plan_id AND i.platform_number = p.number),
                       (SELECT \(weakPart("i.net_saving")) FROM plan_items i WHERE i.plan_id = p.plan_id AND i.platform_number = p.number)
                FROM plan_platforms p LEFT JOIN apps s ON s.id = p.survivor_app
                LEFT JOIN (SELECT platform_number, count(annual_saving) AS known FROM plan_items
                           WHERE plan_id = (SELECT max(id) FROM plans) GROUP BY platform_number) k ON k.platform_number = p.number
                WHERE p.plan_id = (SELECT max(id) FROM plans)
                ORDER BY p.number
                """)
            for index in platforms.rows.indices {
                let row = platforms.rows[index]
                platforms.rows[index][2] = row[2].map { PlatformKind(rawValue: $0)?.word(language) ?? $0 }
                platforms.rows[index][7] = leads[row[0] ?? ""]?.joined(separator: "; ") ?? noLeads
            }
            platforms.columns = ["platform_id", "name", "kind", "owner", "sector", "basis", "survivor_app_id", "module_leads",
                   "apps", "users", "cost_before", "one_off_cost", "annual_saving", "weak_annual_saving", "net_saving", "weak_net_saving"].map { PlanColumn.header($0, language) }
            var waves = try table(db, sql: """
                SELECT w.wave, w.start_quarter, w.end_quarter, w.moves, w.moves_to_check, w.stops, w.switch_offs, w.leads, w.apps, w.users,
                       CASE WHEN c.known > 0 THEN round(w.one_off_cost) END, c.net_saving, c.weak_net_saving
                FROM plan_waves w JOIN (SELECT i.wave, round(sum(i.net_saving)) AS net_saving, \(weakPart("i.net_saving")) AS weak_net_saving,
                                               count(i.annual_saving) AS known
                                        FROM plan_items i WHERE i.plan_id = (SELECT max(id) FROM plans) GROUP BY i.wave) c ON c.wave = w.wave
                WHERE w.plan_id = (SELECT max(id) FROM plans) ORDER BY w.wave
                """)
            for index in waves.rows.indices {
                for column in [1, 2] { waves.rows[index][column] = waves.rows[index][column].map { Quarter.text($0, language) } }
            }
            waves.columns = ["wave", "start_quarter", "end_quarter", "moves", "moves_to_check", "stops", "switch_offs", "leads", "apps", "users", "one_off_cost",
                             "net_saving", "weak_net_saving"].map { PlanColumn.header($0, language) }
            return (platforms, modules, waves)
        }
        let summary = try Self.summary(database, language: language)
        return id
            ? [("ringkasan", summary), ("aplikasi", apps), ("platform", platforms), ("modul", modules), ("gelombang", waves)]
            : [("summary", summary), ("apps", apps), ("platforms", platforms), ("modules", modules), ("waves", waves)]
    }

    /// The figures an official signs, one a row, as the report's first page and the plan's
    /// summary give them: counts, then money in rupiah (numbers, so a spreadsheet can add to
    /// them; empty where no moving app has a known cost, never 0).
    static func summary(_ database: InventoryDatabase, language: Language) throws -> QueryResult {
        let id = language == .id
        let columns = ["figure", "value"].map { PlanColumn.header($0, language) }
        guard let h = try ReportStore(database).headline() else { return QueryResult(columns: columns, rows: []) }
        let (made, start, end) = try database.read { db -> (String?, String?, String?) in
            let row = try Row.fetchOne(db, sql: "SELECT created_at, json_extract(parameters, '$.start') FROM plans ORDER BY id DESC LIMIT 1")
            let first = try String.fetchOne(db, sql: "SELECT min(start_quarter) FROM plan_waves WHERE plan_id = (SELECT max(id) FROM plans)")
            let last = try String.fetchOne(db, sql: "SELECT max(end_quarter) FROM plan_waves WHERE plan_id = (SELECT max(id) FROM plans)")
            return ((row?[0] as String?).map { String($0.prefix(10)) }, first ?? row?[1], last)
        }
        // The cost figures are of the consolidated apps (inactive ones switched off save nothing).
        let known = h.plannedApps - h.inactiveApps > h.unknownCostApps
        func money(_ value: Double) -> String? { known ? String(format: "%.0f", value.rounded()) : nil }
        let rows: [(en: String, id: String, value: String?)] = [
            ("plan made on", "rencana dibuat pada", made),
            ("first wave starts", "gelombang pertama mulai", start.map { Quarter.text($0, language) }),
            ("last wave ends", "gelombang terakhir selesai", end.map { Quarter.text($0, language) }),
            ("apps in the inventory", "aplikasi dalam inventaris", String(h.apps)),
            ("platforms of the plan", "platform dalam rencana", String(h.platforms)),
            ("apps the platforms take", "aplikasi yang ditampung platform", String(h.plannedApps)),
            ("of them consolidated (moving in or leading a module)", "di antaranya disatukan (pindah atau menjadi dasar modul)", String(h.plannedApps - h.inactiveApps)),
            ("of them inactive apps switched off", "di antaranya aplikasi tidak aktif yang dimatikan", String(h.inactiveApps)),
            ("of them apps still in development whose builds stop", "di antaranya aplikasi yang masih dikembangkan dan pembangunannya dihentikan", String(h.stoppedBuilds)),
            ("consolidated apps to check by hand (weak matches)", "aplikasi yang disatukan dengan kecocokan lemah, perlu diperiksa", String(h.weakMatches)),
            ("apps that stay as they are", "aplikasi yang tetap seperti sekarang", String(h.retain)),
            ("of them national systems in use or being set up", "di antaranya sistem nasional yang sedang dipakai atau dipasang", String(h.systemsInUse)),
            ("of them apps still in development no platform of the plan takes (their builds go on)",
             "di antaranya aplikasi yang masih dikembangkan dan tidak ditampung platform mana pun (pembangunannya berlanjut)", String(h.buildsGoingOn)),
            ("of them inactive apps no platform of the plan takes (their agencies can switch them off)",
             "di antaranya aplikasi tidak aktif yang tidak ditampung platform mana pun (instansinya dapat mematikannya)", String(h.inactiveKept)),
            ("consolidated apps without a known running cost", "aplikasi yang disatukan tanpa biaya operasional yang diketahui", String(h.unknownCostApps)),
            ("yearly cost recorded for the consolidated apps (Rp)", "biaya per tahun yang tercatat untuk aplikasi yang disatukan (Rp)", money(h.annualCostPlanned)),
            ("yearly cost recorded for the inactive apps switched off, not counted as saving (Rp)",
             "biaya per tahun yang tercatat untuk aplikasi tidak aktif yang dimatikan, tidak dihitung sebagai penghematan (Rp)",
             h.inactiveApps > 0 ? String(format: "%.0f", h.inactiveRecordedCost.rounded()) : nil),
            ("one-off cost (Rp)", "biaya satu kali (Rp)", money(h.oneOffCost)),
            ("yearly saving (Rp)", "hemat per tahun (Rp)", money(h.annualSaving)),
            ("of it on weak matches (Rp)", "di antaranya dari kecocokan lemah (Rp)", money(h.weakSaving)),
            ("of it from builds that stop (Rp)", "di antaranya dari pembangunan yang dihentikan (Rp)", money(h.stoppedSaving)),
            ("builds that stop with a known cost", "pembangunan yang dihentikan dengan biaya diketahui", known ? String(h.stoppedBuildsCosted) : nil),
            ("yearly cost the register records for them (Rp)", "biaya per tahun yang tercatat untuknya (Rp)", money(h.stoppedCost)),
            ("net saving over \(CountedNoun.year(h.years)) (Rp)", "hemat bersih selama \(h.years) tahun (Rp)", money(h.netSaving)),
            ("of the net on weak matches (Rp)", "di antaranya hemat bersih dari kecocokan lemah (Rp)", money(h.weakNet)),
            ("of the net, from builds that stop (Rp)", "di antaranya hemat bersih dari pembangunan yang dihentikan (Rp)", money(h.stoppedNet)),
            ("moving apps that cost more to move than they save in \(CountedNoun.year(h.years))", "aplikasi yang pindah dengan biaya melebihi penghematannya dalam \(h.years) tahun",
             known ? String(h.losingApps) : nil),
            ("their net loss together (Rp)", "rugi bersih seluruhnya (Rp)", money(h.losingApps > 0 ? -h.losingNet : 0)),
            ("net saving, low estimate (Rp)", "hemat bersih, perkiraan bawah (Rp)", money(h.netSavingLow)),
            ("net saving, high estimate (Rp)", "hemat bersih, perkiraan atas (Rp)", money(h.netSavingHigh)),
        ]
        let numeric = rows.map { [false, $0.value.flatMap(Double.init) != nil] }
        return QueryResult(columns: columns, rows: rows.map { [id ? $0.id : $0.en, $0.value] }, numeric: numeric)
    }

    /// The sum of `column` over the plan items whose saving rests on a weak match; empty, as
    /// the sum itself is, when no item of the row has a known cost (0 would read as "nothing
    /// rests on weak matches" where nothing is known).
    private static func weakPart(_ column: String) -> String {
        "CASE WHEN count(\(column)) > 0 THEN round(coalesce(sum(CASE WHEN i.saving_basis = '\(SavingBasis.weakMatch.rawValue)' THEN \(column) END), 0)) END"
    }

    /// A platform's stored money figure, empty when none of its apps has a known cost (`k.known`,
    /// counted once per platform): the planner stores 0 there, which a spreadsheet would sum as a real zero.
    private static func ifKnown(_ column: String) -> String {
        "CASE WHEN k.known > 0 THEN round(\(column)) END"
    }

    private static func table(_ db: Database, sql: String) throws -> QueryResult {
        let statement = try db.makeStatement(sql: sql)
        return QueryResult(columns: statement.columnNames, databaseRows: try Row.fetchAll(statement).map { Array($0.databaseValues) })
    }
}
