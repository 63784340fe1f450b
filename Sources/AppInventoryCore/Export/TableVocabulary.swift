/// Column names, coded values and numbers of a SQL result as a reader of one language expects
/// them. Tables come straight from SQL, whose column names and stored codes are English; the
/// `overlap` and `stats` tables, the demo and the web workspace's pages all read them through
/// this one vocabulary, so a column or a code reads alike in the terminal and on a page.
public struct TableVocabulary: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    /// What a table for people shows for an empty cell (SQL NULL) in either language: "-", as
    /// the `overlap`, `search` and `check` tables do, where SQL's "NULL" would be a word from
    /// neither language.
    public static let empty = "-"

    /// Indonesian headers for the columns the tables show that the plan does not name; a plan
    /// column takes its name from ``PlanColumn``, as the plan CSV and workbook do.
    static let indonesianColumns: [String: String] = [
        "cost": "biaya", "cost_after": "biaya tahunan sesudah", "group": "kelompok", "score": "skor", "description": "deskripsi",
        "external_id": "id", "agency_as_written": "instansi (tertulis)", "status": "status", "vendor": "vendor",
        "launched_year": "tahun dibuat", "features": "fitur", "data_entities": "data", "integrations": "integrasi",
        "url": "url", "label": "label", "representative": "perwakilan", "agencies": "instansi",
        "levels": "jumlah tingkat", "shared_terms": "kata bersama", "shared_features": "fitur bersama",
        "name_score": "skor nama", "description_score": "skor deskripsi", "features_score": "skor fitur",
        "data_score": "skor data", "platform": "platform", "scope": "cakupan",
        "acronym": "singkatan", "unit": "unit kerja", "region": "wilayah", "domain": "urusan", "rab_code": "kode RAB",
        "raa_code": "kode RAA", "hosting": "hosting", "tech_stack": "teknologi", "attributes": "atribut lain",
        "source_file": "berkas sumber", "source_row": "baris sumber", "imported_at": "diimpor", "updated_at": "diperbarui",
        "mandatory": "wajib", "match": "kecocokan", "app_a": "aplikasi a", "app_b": "aplikasi b", "name_a": "nama a", "name_b": "nama b", "id": "id",
        // The columns of docs/schema.md's tables a planner queries most, and the aliases its examples use.
        "plan_id": "id rencana", "platform_number": "nomor platform", "function_key": "kunci fungsi", "decision_id": "id keputusan",
        "reason_id": "kode alasan", "shortfall": "sebab tidak hemat", "lead_app": "aplikasi inti", "survivor_app": "aplikasi inti",
        "representative_app": "aplikasi perwakilan", "group_id": "id kelompok", "is_representative": "perwakilan kelompok", "size": "ukuran",
        "total_users": "jumlah pengguna", "total_cost": "biaya total", "planned_apps": "aplikasi direncanakan",
        "unknown_cost_apps": "aplikasi tanpa biaya", "platforms": "platform", "target": "target", "years": "tahun",
        "net_saving_low": "hemat bersih terendah", "net_saving_high": "hemat bersih tertinggi", "saving": "hemat",
        "created_at": "dibuat", "decided_at": "diputuskan", "decided_by": "diputuskan oleh", "undone_at": "dibatalkan",
        "undone_by": "dibatalkan oleh", "effect": "dampak", "evidence": "bukti", "terms": "istilah", "pairs": "pasangan",
        "groups": "kelompok", "rank": "peringkat", "role": "peran", "keywords": "kata kunci", "aliases": "alias",
        "onboarding_cost": "biaya orientasi", "running_cost_per_app": "biaya berjalan per aplikasi",
        "national_platform": "platform nasional", "function_description": "uraian fungsi", "characters_score": "skor huruf",
        "run_id": "id analisis", "analysis_run_id": "id analisis", "import_run_id": "id impor", "file": "berkas", "rows": "baris",
        "inserted": "baru", "updated": "diperbarui", "unchanged": "tetap", "removed": "dihapus", "removed_at": "dihapus pada",
        "started_at": "mulai", "finished_at": "selesai", "seconds": "detik", "summary": "ringkasan", "position": "posisi",
        "avg_score": "skor rata-rata", "count": "jumlah",
    ]

    /// Columns whose numbers are codes or counts read as labels (groups, waves, years, rows):
    /// never grouped, so they can be typed into the next command as shown.
    static let plainNumberColumns: Set<String> = ["id", "external_id", "platform", "number", "wave", "group", "launched_year", "year", "source_row"]

    /// The header shown for a SQL column name: "annual cost", "biaya tahunan".
    public func columnName(_ column: String) -> String {
        if PlanColumn.indonesian[column] != nil { return PlanColumn.words(column, language) }
        return language == .id ? Self.indonesianColumns[column] ?? column.replacingOccurrences(of: "_", with: " ")
            : column.replacingOccurrences(of: "_", with: " ")
    }

    /// A stored code (platform kind, planned action, government level, status, quarter) in the language.
    public func value(_ cell: String, column: String) -> String {
        switch column {
        case "kind": PlatformKind(rawValue: cell)?.word(language) ?? PlannerDecision.Kind(rawValue: cell)?.word(language) ?? cell
        case "action": PlanAction(rawValue: cell)?.word(language) ?? cell
        case "scope": PlatformScope(rawValue: cell)?.word(language) ?? cell
        case "level": GovernmentLevel(rawValue: cell)?.word(language) ?? cell
        case "status": ApplicationStatus(rawValue: cell).map(statusWord) ?? cell
        case "representative", "mandatory": language == .id ? ["yes": "ya", "no": "tidak"][cell] ?? cell : cell
        case "imported_at", "updated_at": ReportFormat.timestamp(cell)
        case "wave_start", "start_quarter", "end_quarter": Quarter.text(cell, language)
        default: cell
        }
    }

    /// An app's lifecycle state as the reader says it: "tidak aktif", "in development".
    public func statusWord(_ status: ApplicationStatus) -> String {
        let id = language == .id
        return switch status {
        case .active: id ? "aktif" : "active"
        case .development: id ? "pengembangan" : "in development"
        case .inactive: id ? "tidak aktif" : "inactive"
        case .retired: id ? "dihentikan" : "retired"
        }
    }

    /// A whole number with the language's thousands separator (1.234.567 or 1,234,567).
    public func number(_ value: Int64) -> String { NumberText.grouped(value, separator: language == .id ? "." : ",") }

    /// A numeric cell as readers write it: grouped digits, a decimal comma in Indonesian; ids,
    /// group and wave numbers and years unchanged.
    public func numberCell(_ cell: String, column: String) -> String {
        guard !Self.plainNumberColumns.contains(column), !TableRenderer.isIDColumn(column) else { return cell }
        if let whole = Int64(cell) { return number(whole) }
        // A decimal: its whole part grouped too (1.234,5 or 1,234.5), its digits as stored.
        let parts = cell.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let whole = Int64(parts[0]), !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber) else { return cell }
        let sign = whole == 0 && cell.hasPrefix("-") ? "-" : ""
        return sign + number(whole) + (language == .id ? "," : ".") + parts[1]
    }

    /// One field of a record shown as text: numbers grouped, codes translated.
    public func field(_ cell: String, column: String) -> String {
        Int64(cell) != nil ? numberCell(cell, column: column) : value(cell, column: column)
    }

    /// The whole result as a table for people to read: headers in the language, codes
    /// translated, numeric cells grouped. Not for CSV or JSON, which keep the stored names and
    /// values scripts rely on.
    public func readable(_ result: QueryResult) -> QueryResult {
        var shown = result
        shown.columns = result.columns.map(columnName)
        shown.rows = result.rows.indices.map { index in
            readableRow(result.rows[index], columns: result.columns, numeric: result.numeric.indices.contains(index) ? result.numeric[index] : [])
        }
        return shown
    }

    /// One row of a result as a table for people shows it, for tables printed as their rows
    /// arrive (``TableStream``): `columns` are the result's own names, `numeric` marks the
    /// cells SQL returned as numbers; an empty cell reads ``empty``.
    public func readableRow(_ row: [String?], columns: [String], numeric: [Bool]) -> [String] {
        row.indices.map { column in
            guard let cell = row[column] else { return Self.empty }
            let name = columns[column]
            return column < numeric.count && numeric[column] ? numberCell(cell, column: name) : value(cell, column: name)
        }
    }
}
