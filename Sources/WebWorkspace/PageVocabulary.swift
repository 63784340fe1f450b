import AppInventory

/// Column names, coded values, numbers and timestamps as a reader of the page's language
/// expects them: tables come straight from SQL, whose column names and stored codes are English.
extension PageLayout {
    /// Indonesian headers for the columns the pages show that the plan does not name; a plan
    /// column takes its name from ``PlanColumn``, as the plan CSV and workbook do.
    static let indonesianColumns: [String: String] = [
        "cost_after": "biaya tahunan sesudah", "group": "kelompok", "score": "skor", "description": "deskripsi",
        "external_id": "id", "agency_as_written": "instansi (tertulis)", "status": "status", "vendor": "vendor",
        "launched_year": "tahun dibuat", "features": "fitur", "data_entities": "data", "integrations": "integrasi",
        "url": "url", "label": "label", "representative": "wakil", "agencies": "instansi",
        "levels": "tingkat", "shared_terms": "kata bersama", "shared_features": "fitur bersama",
        "name_score": "skor nama", "description_score": "skor deskripsi", "features_score": "skor fitur",
        "data_score": "skor data", "platform": "platform", "scope": "cakupan",
        "acronym": "singkatan", "unit": "unit kerja", "region": "wilayah", "domain": "urusan", "rab_code": "kode RAB",
        "raa_code": "kode RAA", "hosting": "hosting", "tech_stack": "teknologi", "attributes": "atribut lain",
        "source_file": "berkas sumber", "source_row": "baris sumber", "imported_at": "diimpor", "updated_at": "diperbarui",
    ]

    /// Columns whose numbers are codes or counts read as labels (ids, years, ranks): never grouped.
    static let plainNumberColumns: Set<String> = ["id", "external_id", "platform", "number", "wave", "group", "launched_year", "year", "source_row"]

    /// The header shown for a SQL column name.
    func columnName(_ column: String) -> String {
        if PlanColumn.indonesian[column] != nil { return PlanColumn.words(column, language) }
        return language == .id ? Self.indonesianColumns[column] ?? column.replacingOccurrences(of: "_", with: " ")
            : column.replacingOccurrences(of: "_", with: " ")
    }

    /// A stored code (platform kind, planned action, government level) in the page's language.
    func value(_ cell: String, column: String) -> String {
        switch column {
        case "kind": PlatformKind(rawValue: cell)?.word(language) ?? PlannerDecision.Kind(rawValue: cell)?.word(language) ?? cell
        case "action": PlanAction(rawValue: cell)?.word(language) ?? cell
        case "level": GovernmentLevel(rawValue: cell)?.word(language) ?? cell
        case "status": ApplicationStatus(rawValue: cell).map(statusWord) ?? cell
        case "representative": cell == "yes" ? t("ya", "yes") : cell
        case "imported_at", "updated_at": timestamp(cell) ?? cell
        default: cell
        }
    }

    /// An app's lifecycle state as the page's reader says it.
    func statusWord(_ status: ApplicationStatus) -> String {
        switch status {
        case .active: t("aktif", "active")
        case .development: t("pengembangan", "in development")
        case .inactive: t("tidak aktif", "inactive")
        case .retired: t("dihentikan", "retired")
        }
    }

    /// A whole number with the language's thousands separator (1.234.567 or 1,234,567).
    func number(_ value: Int64) -> String { NumberText.grouped(value, separator: language == .id ? "." : ",") }

    /// A numeric cell as readers write it: grouped digits, a decimal comma in Indonesian; codes unchanged.
    func numberCell(_ cell: String, column: String) -> String {
        guard !Self.plainNumberColumns.contains(column) else { return cell }
        if let whole = Int64(cell) { return number(whole) }
        return language == .id ? cell.replacingOccurrences(of: ".", with: ",") : cell
    }

    /// One field of a record shown as text: numbers grouped, codes translated.
    func field(_ cell: String, column: String) -> String {
        Int64(cell) != nil ? numberCell(cell, column: column) : value(cell, column: column)
    }

    /// "2026-11-26T12:53:59Z" as "2026-11-26 12:53 UTC" (``ReportFormat/timestamp(_:)``).
    func timestamp(_ iso: String?) -> String? { iso.map(ReportFormat.timestamp) }
}
