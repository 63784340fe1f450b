/// Where one source column went, so an import accounts for every column it read.
public struct ColumnReport: Sendable, Equatable {
    /// The column's header (renamed when it repeated another).
    public var column: String
    /// The field it fills, or nil when its values are kept in `attributes`.
    public var field: String?
    /// For a column kept in attributes that looks like a field: which, and how to choose it.
    public var suggestion: String?
    /// Up to three distinct values from the file, for `--dry-run`.
    public var samples: [String]
    /// For a money or count column, each sample's value as the import reads it ("Rp 450 jt" →
    /// 450000000), so a planner sees "1,5 M" read as a billion and a half before importing; nil
    /// where it is written as read or cannot be read (the import itself then says why).
    public var samplesRead: [Double?] = []

    /// Where the values went: a field name or "attributes".
    public var destination: String { field ?? "attributes" }

    /// `value` as a money or count field reads it, when that is not the digits as written.
    /// A bare number under a header naming a unit ("Biaya (Rp juta)") is read in that `unit`.
    private static func read(_ value: String, as field: InventoryField?, unit: MoneyUnit?) -> Double? {
        let number: Double?
        switch field {
        case .annualCost?:
            number = if let unit { (try? unit.cost(value))?.value } else { try? ValueParser.money(value) }
        case .users?: number = (try? ValueParser.wholeNumber(value)).flatMap { $0.map(Double.init) }
        default: return nil
        }
        // Whole rupiah or people; a value too large to print as one is left for the import to refuse.
        guard let number, number.isFinite, abs(number) < 1e15, value != String(Int(number.rounded())) else { return nil }
        return number
    }

    /// Describes every column of `table` read through `mapping`; `rows` are the table's rows
    /// that hold apps (no totals rows, nothing below the table), whose values decide whether a
    /// suggested `--map` would import. The notes are in `language`; fields and `--map` options
    /// keep their names, which is how they are typed.
    static func describe(_ table: RawTable, mapping: ColumnMapping, rows: [[String]], valueMaps: [InventoryField: [String: String]],
                         language: Language = .en) -> [ColumnReport] {
        let id = language == .id
        return table.header.enumerated().map { position, column in
            var samples: [String] = []
            var samplesRead: [Double?] = []
            for row in rows where samples.count < 3 {
                guard let value = ValueParser.text(row[position]), !samples.contains(value) else { continue }
                samples.append(value.excerpt)
                samplesRead.append(Self.read(value, as: mapping.fields[position], unit: MoneyUnit(header: column)))
            }
            var notes: [String] = []
            // A header read with a typo corrected says so: "Deskirpsi" → description (read as Deskripsi).
            if let reading = mapping.readings[position] { notes.append("\(id ? "dibaca sebagai" : "read as") \(reading.excerpt)") }
            if let field = mapping.fields[position], field.joinsColumns {
                let group = mapping.positions(of: field)
                if group.count > 1 {
                    let names = group.map { "\"\(table.header[$0].excerpt)\"" }
                    let listed = ReportFormat.list(names, language)
                    let joined = id ? "\(listed) digabung \(field == .description ? "menjadi satu deskripsi" : "menjadi satu daftar"), dengan urutan itu"
                                    : "\(listed) joined \(field == .description ? "as one description" : "into one list"), in that order"
                    notes.append(position == group[0] ? joined
                        : id ? "digabung sesudah \(names[0]); untuk tidak memakainya: --map \"\(column)=attributes\""
                             : "joined after \(names[0]); to leave it out: --map \"\(column)=attributes\"")
                }
            }
            let looksLike = mapping.suggestions[position]?.field
                ?? (mapping.fields[position] == nil ? InventoryField.match(header: column).flatMap { $0.qualifier ? nil : $0.field } : nil)
            if let field = looksLike {
                let fill: String
                if let claim = mapping.suggestions[position] {
                    let filler = table.header[claim.filledBy].excerpt
                    fill = id ? "tampaknya \(field.rawValue), yang sudah diisi \"\(filler)\": \(claim.why(language))"
                              : "looks like \(field.rawValue), which \"\(filler)\" fills: \(claim.why(language))"
                } else {
                    fill = "\(id ? "tampaknya" : "looks like") \(field.rawValue)"
                }
                let map = "--map \"\(column)=\(field.rawValue)\""
                let verb = mapping.suggestions[position] == nil ? (id ? "untuk memakainya" : "to use it")
                    : field.joinsColumns ? (id ? "untuk menambahkannya" : "to add it") : (id ? "untuk menukarnya" : "to swap")
                switch unreadable(field, position: position, rows: rows, valueMaps: valueMaps) {
                case .none:
                    notes.append("\(fill); \(verb): \(map)")
                case .vocabulary(let values):
                    let quoted = values.prefix(3).map { "\"\($0.excerpt)\"" }.joined(separator: ", ") + (values.count > 3 ? ", …" : "")
                    notes.append(id ? "\(fill), tetapi nilainya \(quoted) bukan kata \(field.rawValue); \(verb), jelaskan arti masing-masing: \(map) \(field.valueMapTemplate(values))"
                                    : "\(fill), but its values \(quoted) are not \(field.rawValue) words; \(verb), say what each means: \(map) \(field.valueMapTemplate(values))")
                case .value(let text):
                    notes.append(id ? "\(fill), tetapi \"\(text.excerpt)\" bukan \(field.valueDescription(language)); kolom ini tetap teks"
                                    : "\(fill), but \"\(text.excerpt)\" is not \(field.valueDescription(language)); it stays text")
                }
            }
            if mapping.fields[position] == .annualCost, !Self.namesRunningCost(column) {
                notes.append(id ? "dibaca sebagai biaya operasional tahunan, dasar perhitungan penghematan; bila ini anggaran pembangunan atau pengadaan, jangan dipakai: --map \"\(column)=attributes\""
                                : "read as the yearly running cost, from which savings are counted; if it is a build or procurement budget, keep it out: --map \"\(column)=attributes\"")
            }
            return ColumnReport(column: column, field: mapping.fields[position]?.rawValue, suggestion: notes.isEmpty ? nil : notes.joined(separator: "; "),
                                samples: samples, samplesRead: samplesRead)
        }
    }

    /// Whether a cost header says the money is spent every year ("Biaya Pemeliharaan",
    /// "annual_cost"); "Anggaran (Rp)" or "Nilai Kontrak" may be what the app cost to build.
    /// A misspelt word counts as the word it misspells ("Biaya Pemelihraan").
    static func namesRunningCost(_ header: String) -> Bool {
        let words = header.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let folded = (HeaderTypos.corrected(words)?.words ?? words).joined()
        return runningCostWords.contains { folded.contains($0) }
    }

    /// Words that say a cost is spent every year; typos of them are read as them too.
    static let runningCostWords = ["tahun", "pemeliharaan", "operasional", "annual", "year", "running", "maintenance", "operating", "langganan", "sewa"]

    /// Why a column's values would not import as `field`.
    private enum Unreadable {
        /// Status or level words outside the vocabulary, in order of appearance.
        case vocabulary([String])
        /// The first value that is not a number, amount or year.
        case value(String)
    }

    private static func unreadable(_ field: InventoryField, position: Int, rows: [[String]], valueMaps: [InventoryField: [String: String]]) -> Unreadable? {
        var unknown: [String] = []
        for row in rows {
            let raw = SpreadsheetSafety.restore(row[position])
            guard let text = ValueParser.text(raw) else { continue }
            switch field {
            case .status, .level:
                let mapped = valueMaps[field]?[InventoryField.fold(text)] ?? text
                let known = field == .status ? ApplicationStatus(parsing: mapped) != nil : GovernmentLevel(parsing: mapped) != nil
                if !known && !unknown.contains(text) { unknown.append(text) }
            case .users:
                if (try? ValueParser.wholeNumber(raw)) == nil { return .value(text) }
            case .annualCost:
                if (try? ValueParser.money(raw)) == nil { return .value(text) }
            case .launchedYear:
                if (try? ValueParser.year(raw)) == nil { return .value(text) }
            default:
                return nil
            }
        }
        return unknown.isEmpty ? nil : .vocabulary(unknown)
    }
}

extension InventoryField {
    /// The `--value-map` a planner completes for status or level values outside the
    /// vocabulary: every value, with `?` for its meaning, so no value is left out and the
    /// map cannot be pasted before each meaning is chosen.
    func valueMapTemplate(_ values: [String]) -> String {
        let listed = values.prefix(12).map { "\($0.excerpt)=?" }.joined(separator: ",") + (values.count > 12 ? ",…" : "")
        return "--value-map \"\(rawValue):\(listed)\""
    }

    /// What a value of this field must be, for messages in `language`.
    func valueDescription(_ language: Language) -> String {
        switch self {
        case .users: language.pick(en: "a whole number", id: "bilangan bulat")
        case .annualCost: language.pick(en: "an amount", id: "jumlah uang")
        case .launchedYear: language.pick(en: "a year", id: "tahun")
        default: language.pick(en: "a \(rawValue) value", id: "nilai \(rawValue)")
        }
    }
}
