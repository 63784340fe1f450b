import Foundation

/// An application read from one input row, with where it came from.
public struct ImportedApplication: Sendable {
    public var application: Application
    public var sourceRow: Int
    /// The agency as the file wrote it, before ``AgencyName/canonical(_:)``.
    public var agencyAsWritten: String?
    /// For a row with an agency and no id column: the id the row derives without its agency.
    /// A register first imported before its owner was known stored its apps under those ids;
    /// importing it again with the owner finds them through this and updates them in place.
    public var idWithoutOwner: String?
    /// For a row with an id of its own: the id it would derive from its agency and name without
    /// an id column. A register first imported without its codes stored its apps under those
    /// ids; importing it with its codes finds them through this and updates them in place.
    public var idWithoutCode: String?
}

/// Turns raw rows into validated ``Application`` values, collecting every problem.
enum ApplicationRowReader {
    /// The largest annual cost accepted, in rupiah (Rp 1.000 triliun): larger is a typing error.
    static let costCeiling = 1e15
    /// The largest user count accepted: more than any population.
    static let usersCeiling = 1_000_000_000

    /// What reading the rows found besides the applications.
    struct Outcome {
        var applications: [ImportedApplication]
        /// Every problem found; the applications are only to be used when there is none.
        var issues: [ImportIssue]
        var notes: [String]
        /// The rows that hold apps: no totals rows, nothing below the table.
        var appRows: [[String]]
    }

    /// Cells a column holds that its vocabulary or code table does not know, gathered so one
    /// message can list them all.
    private struct UnknownValues {
        var field: InventoryField
        var position: Int
        var firstRow: Int
        var counts: [String: Int] = [:]
        var order: [String] = []

        var total: Int { counts.values.reduce(0, +) }

        /// The first twelve values with their counts, in order of appearance.
        func listed(_ language: Language) -> String {
            let values = order.prefix(12).map { "\"\($0.excerpt)\" (\(counts[$0]!.grouped))" }.joined(separator: ", ")
            return values + (order.count > 12 ? ", … (\(order.count.grouped) \(language.pick(en: "distinct", id: "nilai berbeda")))" : "")
        }

        mutating func add(_ text: String) {
            counts[text, default: 0] += 1
            if counts[text] == 1 { order.append(text) }
        }
    }

    static func read(_ table: RawTable, mapping: ColumnMapping, options: ImportOptions) -> Outcome {
        var issues: [ImportIssue] = []
        var notes: [String] = []
        var result: [ImportedApplication] = []
        result.reserveCapacity(table.rows.count)
        var idRows: [String: Int] = [:]
        var derivedCounts: [String: Int] = [:]
        var codedCounts: [String: Int] = [:]
        // Rows of each agency whose region the gazetteer does not know (no region or province given).
        var unlocated: [String: Int] = [:]
        var ownerlessCounts: [String: Int] = [:]
        var unknown: [InventoryField: UnknownValues] = [:]
        var missingCodes: [InventoryField: UnknownValues] = [:]
        var decodedCounts: [InventoryField: Int] = [:]
        for field in options.codeTables.keys.sorted(by: { $0.rawValue < $1.rawValue }) where mapping.position(of: field) == nil {
            issues.append(ImportIssue(file: table.file, sheet: table.sheet, row: table.headerRow,
                message: "--codes \(field.rawValue)=…: no column of the header is read as \(field.rawValue); name it with --map \"COLUMN=\(field.rawValue)\""))
        }
        var summaryRows: [(row: Int, label: String)] = []
        let gazetteer = RegionGazetteer.shared
        var regionCache: [String: RegionGazetteer.Region?] = [:]
        var agencyCache: [String: String] = [:]
        var provinceCache: [String: String?] = [:]
        let namePosition = mapping.position(of: .name)!
        let idPrefix = options.idPrefixFromFile ? Self.idPrefix(for: table.file) : ""

        let idPosition = mapping.position(of: .externalID)
        let costPosition = mapping.position(of: .annualCost)
        let costUnit = costPosition.flatMap { MoneyUnit(header: table.header[$0]) }
        var unitRows = 0
        let end = TableEnd.find(in: table, namePosition: namePosition, idPosition: idPosition)
        let language = options.language
        for (index, (row, rowNumber)) in zip(table.rows, table.rowNumbers).enumerated().prefix(end.index) {
            if let label = summaryLabel(row, namePosition: namePosition) {
                summaryRows.append((rowNumber, label))
                continue
            }
            if let issue = table.rowIssues[index] {
                issues.append(issue)
                continue
            }
            var app = Application(externalID: "", name: "")
            var attributes: [String: String] = [:]
            var explicitID: String?
            func fail(_ position: Int, _ message: String) {
                issues.append(table.issue(row: rowNumber, position: position, message))
            }
            func vocabulary<Value>(_ field: InventoryField, _ text: String, position: Int, parse: (String) -> Value?) -> Value? {
                let mapped = options.valueMaps[field]?[InventoryField.fold(text)] ?? text
                if let value = parse(mapped) { return value }
                unknown[field, default: UnknownValues(field: field, position: position, firstRow: rowNumber)].add(text)
                return nil
            }
            /// The cell's text, a listed code read as its name (the code itself kept in
            /// `attributes` under the column's header, so nothing is lost).
            func decoded(_ field: InventoryField, _ raw: String, position: Int) -> String? {
                guard let text = ValueParser.text(raw), let codes = options.codeTables[field] else { return ValueParser.text(raw) }
                if let name = codes.name(for: text) {
                    attributes[table.header[position]] = text
                    decodedCounts[field, default: 0] += 1
                    return name
                }
                if CodeTable.looksLikeCode(text) {
                    missingCodes[field, default: UnknownValues(field: field, position: position, firstRow: rowNumber)].add(text)
                }
                return text
            }
            for (position, cell) in row.enumerated() {
                let raw = SpreadsheetSafety.restore(cell)
                guard let field = mapping.fields[position] else {
                    if let value = ValueParser.text(raw) { attributes[table.header[position]] = value }
                    continue
                }
                do throws(ValueParser.ValueError) {
                    switch field {
                    case .externalID: explicitID = ValueParser.text(raw)
                    case .name: app.name = ValueParser.text(raw) ?? ""
                    case .acronym: app.acronym = ValueParser.text(raw)
                    case .agency: app.agency = decoded(.agency, raw, position: position)
                    case .unit: app.unit = decoded(.unit, raw, position: position)
                    case .level:
                        if let text = ValueParser.text(raw) { app.level = vocabulary(.level, text, position: position, parse: GovernmentLevel.init(parsing:)) }
                    case .region: app.region = decoded(.region, raw, position: position)
                    case .province: app.province = decoded(.province, raw, position: position)
                    case .domain: app.domain = decoded(.domain, raw, position: position)
                    case .rabCode: app.rabCode = ValueParser.text(raw)
                    case .raaCode: app.raaCode = ValueParser.text(raw)
                    case .description: app.description = Self.joined(app.description, ValueParser.text(raw))
                    case .features: app.features = Self.merged(app.features, ValueParser.list(raw, commas: table.listsSplitOnComma))
                    case .dataEntities: app.dataEntities = ValueParser.list(raw, commas: table.listsSplitOnComma)
                    case .integrations: app.integrations = ValueParser.list(raw, commas: table.listsSplitOnComma)
                    case .users:
                        app.users = try ValueParser.wholeNumber(raw)
                        if let users = app.users, users > usersCeiling {
                            fail(position, language.pick(
                                en: "\(NumberText.grouped(Int64(users))) users is above the ceiling of \(NumberText.grouped(Int64(usersCeiling))); check the cell",
                                id: "\(NumberText.grouped(Int64(users))) pengguna melebihi batas \(NumberText.grouped(Int64(usersCeiling))); periksa selnya"))
                        }
                    case .annualCost:
                        if let unit = costUnit {
                            let read = try unit.cost(raw)
                            app.annualCost = read.value
                            if read.scaled { unitRows += 1 }
                        } else {
                            app.annualCost = try ValueParser.money(raw)
                        }
                        if let cost = app.annualCost, cost > costCeiling {
                            fail(position, language.pick(
                                en: "\(raw.trimmedWhitespace.excerpt) is above the ceiling of \(NumberText.rupiah(costCeiling)) a year; check the cell (a decimal comma read as thousands?)",
                                id: "\(raw.trimmedWhitespace.excerpt) melebihi batas \(NumberText.rupiah(costCeiling)) per tahun; periksa selnya (koma desimal terbaca sebagai ribuan?)"))
                        }
                    case .status:
                        if let text = ValueParser.text(raw) { app.status = vocabulary(.status, text, position: position, parse: ApplicationStatus.init(parsing:)) }
                    case .hosting: app.hosting = ValueParser.text(raw)
                    case .techStack: app.techStack = ValueParser.text(raw)
                    case .launchedYear: app.launchedYear = try ValueParser.year(raw)
                    case .url: app.url = ValueParser.text(raw)
                    }
                } catch {
                    fail(position, error.message(language))
                }
            }
            if app.name.isEmpty {
                fail(namePosition, language.pick(en: "the application name is missing; every row needs a name",
                                                 id: "nama aplikasi kosong; setiap baris perlu nama"))
                continue
            }
            app.attributes = attributes
            app.agency = app.agency ?? options.agency
            app.level = app.level ?? options.level
            app.region = app.region ?? options.region
            let agencyAsWritten = app.agency
            if let agency = app.agency {
                if agencyCache[agency] == nil { agencyCache[agency] = AgencyName.canonical(agency) }
                app.agency = agencyCache[agency]
            }
            let owner = [app.region, app.agency].compactMap { $0 }.joined(separator: " ")
            if regionCache[owner] == nil { regionCache[owner] = .some(gazetteer.region(in: owner)) }
            if let located = regionCache[owner]! {
                if app.level == nil { app.level = located.level }
                if app.region == nil { app.region = located.name }
            } else if app.level == nil, let agency = app.agency, AgencyName.isCentral(agency) {
                app.level = .central
            } else if let agency = app.agency, app.province == nil, app.region == nil, !AgencyName.isCentral(agency) {
                // "Pemkab X": the region is none the gazetteer knows, but the agency's own word says its level.
                if app.level == nil { app.level = Tokenizer.words(agency).lazy.compactMap(RegionGazetteer.level(marker:)).first }
                unlocated[agency, default: 0] += 1
            }
            if app.province == nil {
                let key = "\(app.level?.rawValue ?? "")|\(app.region ?? "")|\(app.agency ?? "")"
                if provinceCache[key] == nil { provinceCache[key] = .some(gazetteer.province(of: app)) }
                app.province = provinceCache[key]!
            }
            var idWithoutOwner: String?
            var idWithoutCode: String?
            // The id the row derives from its agency and name, the n-th row of that agency and name
            // taking "-n"; rows with ids of their own are counted apart, so a blank id keeps its id.
            let base = idPrefix + derivedID(agency: app.agency, name: app.name)
            let count = explicitID == nil ? derivedCounts[base, default: 0] + 1 : codedCounts[base, default: 0] + 1
            if explicitID == nil { derivedCounts[base] = count } else { codedCounts[base] = count }
            let derived = count == 1 ? base : "\(base)-\(count)"
            if let explicitID {
                app.externalID = idPrefix + explicitID
                idWithoutCode = derived
                if let first = idRows[app.externalID] {
                    issues.append(table.issue(row: rowNumber, position: mapping.position(of: .externalID), language.pick(
                        en: "id \"\(explicitID.excerpt)\" already used on row \(first); ids must be unique within a file",
                        id: "id \"\(explicitID.excerpt)\" sudah dipakai di baris \(first); id harus unik dalam satu berkas")))
                    continue
                }
            } else {
                app.externalID = derived
                if app.agency != nil {
                    let ownerless = idPrefix + derivedID(agency: nil, name: app.name)
                    let repeats = ownerlessCounts[ownerless, default: 0] + 1
                    ownerlessCounts[ownerless] = repeats
                    idWithoutOwner = repeats == 1 ? ownerless : "\(ownerless)-\(repeats)"
                }
            }
            idRows[app.externalID] = rowNumber
            result.append(ImportedApplication(application: app, sourceRow: rowNumber, agencyAsWritten: agencyAsWritten, idWithoutOwner: idWithoutOwner,
                                              idWithoutCode: idWithoutCode))
        }
        for values in unknown.values.sorted(by: { $0.position < $1.position }) {
            issues.append(vocabularyIssue(values, table: table, language: language))
        }
        for values in missingCodes.values.sorted(by: { $0.position < $1.position }) {
            issues.append(missingCodeIssue(values, table: table, codes: options.codeTables[values.field]!, language: language))
        }
        for (field, count) in decodedCounts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let file = options.codeTables[field]!.file
            notes.append(language.pick(en: "\(field.rawValue): \(count.grouped) code\(count == 1 ? "" : "s") read as names through \(file) (codes kept in attributes)",
                                       id: "\(field.rawValue): \(ReportFormat.number(count, .id)) kode dibaca sebagai nama melalui \(file) (kodenya disimpan di attributes)"))
        }
        if !summaryRows.isEmpty {
            let listed = summaryRows.prefix(5).map { "\(language.pick(en: "row", id: "baris")) \($0.row) (\"\($0.label.excerpt)\")" }.joined(separator: ", ")
                + (summaryRows.count > 5 ? ", …" : "")
            notes.append(language.pick(
                en: "\(summaryRows.count == 1 ? "a summary row" : "\(summaryRows.count) summary rows") skipped, not imported as apps: \(listed)",
                id: "\(summaryRows.count == 1 ? "satu baris jumlah" : "\(summaryRows.count) baris jumlah") dilewati, tidak diimpor sebagai aplikasi: \(listed)"))
        }
        if let note = end.note(table, language: language) { notes.append(note) }
        if let unit = costUnit, let position = costPosition, unitRows > 0 {
            let header = table.header[position].excerpt
            notes.append(language.pick(
                en: "annual_cost: the header \"\(header)\" gives amounts in \(unit.word): \(unitRows.grouped) plain \(unitRows == 1 ? "number was" : "numbers were") read in that unit (150 as \(ReportFormat.money(150 * unit.factor, .en)))",
                id: "annual_cost: judul kolom \"\(header)\" menyatakan jumlah dalam \(unit.word): \(ReportFormat.number(unitRows, .id)) angka polos dibaca dalam satuan itu (150 sebagai \(ReportFormat.money(150 * unit.factor, .id)))"))
        }
        if let position = costPosition, let note = Self.implausibleCosts(result, column: table.header[position], language: language) { notes.append(note) }
        let derived = derivedCounts.values.reduce(0, +)
        if derived > 0 {
            notes.append(language.pick(
                en: "\(derived.grouped) \(derived == 1 ? "row has" : "rows have") no id: each got one made from its agency and name (\"auto-…\"), which a re-import of the same app finds again; an id column added later takes over, decisions kept",
                id: "\(ReportFormat.number(derived, .id)) baris tidak memiliki id: masing-masing diberi id dari instansi dan namanya (\"auto-…\"), yang ditemukan lagi saat aplikasi yang sama diimpor ulang; kolom id yang ditambahkan kemudian menggantikannya, keputusan tetap"))
        }
        if !unlocated.isEmpty {
            let named = unlocated.keys.sorted().prefix(3).map { "\"\($0.excerpt)\"" }.joined(separator: ", ") + (unlocated.count > 3 ? ", …" : "")
            let rows = unlocated.values.reduce(0, +)
            notes.append(language.pick(
                en: "\(rows.grouped) \(rows == 1 ? "row" : "rows") of \(unlocated.count == 1 ? "an agency" : "\(unlocated.count) agencies") (\(named)) name no region this tool knows: "
                    + "their province is unknown (the report counts them under \"Unknown\"); write the region as registers do (\"Pemerintah Kabupaten Sleman\"), or give --map for a region or province column",
                id: "\(ReportFormat.number(rows, .id)) baris dari \(unlocated.count == 1 ? "satu instansi" : "\(ReportFormat.number(unlocated.count, .id)) instansi") (\(named)) tidak menyebut daerah yang dikenal alat ini: "
                    + "provinsinya tidak diketahui (laporan menghitungnya sebagai \"Tidak diketahui\"); tulis daerahnya seperti dalam daftar (\"Pemerintah Kabupaten Sleman\"), atau beri --map untuk kolom daerah atau provinsi"))
        }
        let summaryNumbers = Set(summaryRows.map(\.row))
        let appRows = zip(table.rows.prefix(end.index), table.rowNumbers).filter { !summaryNumbers.contains($0.1) }.map { $0.0 }
        return Outcome(applications: result, issues: issues, notes: notes, appRows: appRows)
    }

    /// The note naming the rows whose yearly cost no app plausibly has
    /// (``Application/hasImplausibleCost``): imported as written, since it may be true.
    static func implausibleCosts(_ apps: [ImportedApplication], column: String, language: Language) -> String? {
        let odd = apps.filter(\.application.hasImplausibleCost)
        guard !odd.isEmpty else { return nil }
        let listed = odd.prefix(5).map { app in
            "\(language.pick(en: "row", id: "baris")) \(app.sourceRow) (\(app.application.name.excerpt), \(ReportFormat.money(app.application.annualCost!, language)))"
        }.joined(separator: ", ") + (odd.count > 5 ? ", …" : "")
        return language.pick(
            en: "\(column.excerpt): \(odd.count.grouped) yearly \(odd.count == 1 ? "cost is" : "costs are") under Rp 1 million or over Rp 1 trillion, rare for one app: \(listed); "
                + "read as written, and the plan's totals count \(odd.count == 1 ? "it" : "them"): check the cells (an amount in thousands or millions, or a decimal comma read as thousands?)",
            id: "\(column.excerpt): \(ReportFormat.number(odd.count, .id)) biaya tahunan di bawah Rp 1 juta atau di atas Rp 1 triliun, jarang untuk satu aplikasi: \(listed); "
                + "dibaca sebagaimana tertulis, dan jumlah dalam rencana menghitungnya: periksa selnya (jumlah dalam ribuan atau jutaan, atau koma desimal terbaca sebagai ribuan?)")
    }

    /// A description with the text of one more column that describes the app ("Fungsi
    /// Aplikasi" after "Deskripsi"): joined as sentences, a full stop ending each part that has
    /// none; a part whose words the description already holds ("Kepegawaian" after "Sistem
    /// informasi kepegawaian") adds nothing and is left out.
    static func joined(_ description: String?, _ text: String?) -> String? {
        guard let description, let text else { return description ?? text }
        let words = Set(Tokenizer.words(description))
        if Tokenizer.words(text).allSatisfy(words.contains) { return description }
        let ended = description.last.map { ".!?;:".contains($0) } ?? true
        return description + (ended ? " " : ". ") + text
    }

    /// A feature list with the items of one more column of features ("Modul" after "Fitur"),
    /// each item once whatever its case or spacing.
    static func merged(_ features: [String], _ more: [String]) -> [String] {
        guard !features.isEmpty else { return more }
        var seen = Set(features.map(InventoryField.fold))
        return features + more.filter { seen.insert(InventoryField.fold($0)).inserted }
    }

    /// One message for a column whose values belong to another vocabulary (GSA's
    /// Approved/Denied for status), with both ways out.
    private static func vocabularyIssue(_ values: UnknownValues, table: RawTable, language: Language) -> ImportIssue {
        let column = table.header[values.position]
        let total = values.total
        let known = values.field == .status
            ? "active/aktif, development/pengembangan, inactive/tidak aktif, retired/dihentikan"
            : "central/pusat, province/provinsi, regency/kabupaten, city/kota"
        return table.issue(row: values.firstRow, position: values.position, language.pick(en: """
            \(total.grouped) row\(total == 1 ? " holds a" : "s hold") \(values.field.rawValue) value\(total == 1 ? "" : "s") outside its vocabulary (\(known)): \(values.listed(language)). \
            Say what each means with \(values.field.valueMapTemplate(values.order)), each ? replaced by one of those words, or keep the column as text with --map "\(column)=attributes"
            """, id: """
            \(total.grouped) baris berisi nilai \(values.field.rawValue) di luar kosakatanya (\(known)): \(values.listed(language)). \
            Katakan arti masing-masing dengan \(values.field.valueMapTemplate(values.order)), setiap ? diganti salah satu kata itu, atau simpan kolomnya sebagai teks dengan --map "\(column)=attributes"
            """))
    }

    /// One message for the codes of a column its lookup table does not list.
    private static func missingCodeIssue(_ values: UnknownValues, table: RawTable, codes: CodeTable, language: Language) -> ImportIssue {
        let subject = values.total == 1 ? "1 row holds a \(values.field.rawValue) code" : "\(values.total.grouped) rows hold \(values.field.rawValue) codes"
        let fix = values.order.count == 1 ? "it" : "them"
        return table.issue(row: values.firstRow, position: values.position, language.pick(
            en: "\(subject) that \(codes.file) (\(codes.count.grouped) codes) does not list: \(values.listed(language)). Add \(fix) to the table, or correct the cells",
            id: "\(values.total.grouped) baris berisi kode \(values.field.rawValue) yang tidak tercantum di \(codes.file) (\(codes.count.grouped) kode): \(values.listed(language)). Tambahkan ke tabel itu, atau perbaiki selnya"))
    }

    /// Words a register writes in a totals row.
    private static let summaryWords: Set<String> = ["jumlah", "total", "subtotal", "grandtotal", "jumlahtotal", "totalkeseluruhan", "jumlahkeseluruhan", "sum"]

    /// The label of a totals row ("JUMLAH", "Total", or the numbers of a row that names no
    /// app), or nil for an ordinary row.
    static func summaryLabel(_ row: [String], namePosition: Int) -> String? {
        let name = row[namePosition].trimmedWhitespace
        // Summary words are short; an app name rarely is, and folding costs.
        if name.utf8.count <= 24, summaryWords.contains(InventoryField.fold(name)) { return name }
        guard name.isEmpty || Double(name) != nil else { return nil }
        let filled = row.map(\.trimmedWhitespace).filter { !$0.isEmpty }
        if let label = filled.first(where: { $0.utf8.count <= 24 && summaryWords.contains(InventoryField.fold($0)) }) { return label }
        // Only numbers, the name's too: a totals row without its label, or a row numbering the columns.
        guard !filled.isEmpty, filled.allSatisfy({ (try? ValueParser.money($0)) != nil }) else { return nil }
        return filled.joined(separator: " ")
    }

    /// `jateng-2024.csv` → `jateng-2024:`; ids from different files stay apart.
    static func idPrefix(for file: String) -> String {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return (name.isEmpty ? "stdin" : name) + ":"
    }

    /// Stable id for rows without one: the same agency and name always give the same id.
    static func derivedID(agency: String?, name: String) -> String {
        let key = Tokenizer.words(agency ?? "").joined(separator: " ") + "|" + Tokenizer.words(name).joined(separator: " ")
        let digest = SHA256.hash(data: Data(key.utf8))
        return "auto-" + digest.prefix(6).hexString
    }
}
