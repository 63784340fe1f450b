/// The words a plan's exports use for its enumerated values: the stored English codes in
/// English, the words Indonesian officials filter by in Indonesian, so an Indonesian
/// spreadsheet holds no English value.
extension PlanAction {
    /// "migrate" (en) or "migrasi" (id). The Indonesian words are all nouns ("migrasi",
    /// "penghentian", "tanpa-perubahan"), never a noun beside imperatives, since a summary
    /// lists them side by side ("Tindakan: migrasi 10.222, penghentian 1.779, …").
    public func word(_ language: Language) -> String {
        guard language == .id else { return rawValue }
        return switch self {
        case .platform: "dasar-modul"
        case .migrate: "migrasi"
        case .retire: "penghentian"
        case .retain: "tanpa-perubahan"
        }
    }

    /// The word as a sentence writes it: "tanpa perubahan" rather than the spreadsheet value "tanpa-perubahan".
    public func phrase(_ language: Language) -> String { word(language).replacingOccurrences(of: "-", with: " ") }
}

extension PlatformKind {
    /// "national-mandatory" (en) or "nasional-wajib" (id).
    public func word(_ language: Language) -> String {
        guard language == .id else { return rawValue }
        return switch self {
        case .nationalMandatory: "nasional-wajib"
        case .nationalSectoral: "nasional-sektoral"
        case .shared: "bersama"
        }
    }
}

extension PlatformScope {
    /// "regional" (en) or "daerah" (id); the catalogue reads both.
    public func word(_ language: Language) -> String {
        guard language == .id else { return rawValue }
        return switch self {
        case .regional: "daerah"
        case .central: "pusat"
        case .all: "semua"
        }
    }
}

extension GovernmentLevel {
    /// "regency" (en) or "kabupaten" (id); import reads both.
    public func word(_ language: Language) -> String {
        guard language == .id else { return rawValue }
        return switch self {
        case .central: "pusat"
        case .province: "provinsi"
        case .regency: "kabupaten"
        case .city: "kota"
        }
    }
}

extension PlannerDecision.Kind {
    /// "keep" (en) or "penetapan-dasar-modul" (id): how decision lists, the web decisions page, the
    /// report and CSV exports name the kind. One form per language, so a list never sets a noun
    /// beside an imperative: in English the command words a planner types (`decide keep`), in
    /// Indonesian nouns, as the plan's actions are ("migrasi", "penghentian"). Display only: the
    /// stored value and the `decide` subcommands stay the English code.
    public func word(_ language: Language) -> String {
        guard language == .id else { return rawValue }
        return switch self {
        case .keep: "penetapan-dasar-modul"
        case .retain: "tanpa-perubahan"
        case .separate: "pemisahan"
        case .merge: "penggabungan"
        case .assign: "penetapan-platform"
        case .exclude: "pengecualian"
        }
    }

    /// The word as a sentence or a report table writes it: "tanpa perubahan".
    public func phrase(_ language: Language) -> String { word(language).replacingOccurrences(of: "-", with: " ") }
}

extension SavingBasis {
    /// "weak-match" (en) or "kecocokan-lemah" (id).
    public func word(_ language: Language) -> String {
        guard language == .id else { return rawValue }
        return switch self {
        case .confirmed: "terkonfirmasi"
        case .weakMatch: "kecocokan-lemah"
        case .inactive: "tidak-aktif"
        }
    }
}

/// The one name of each plan column in each language. The plan CSV and workbook headers, the
/// web workspace's column names and the report's column labels all read it, so a minister's
/// workbook, web page and report name a figure alike (`biaya_satu_kali` in the workbook,
/// "biaya satu kali" on the page, "Biaya satu kali" in the report).
public enum PlanColumn {
    /// English header (the stored column name) → its Indonesian header.
    public static let indonesian: [String: String] = [
        "app_id": "id_aplikasi", "app_name": "nama_aplikasi", "agency": "instansi", "level": "tingkat", "province": "provinsi", "status": "status",
        "action": "tindakan", "platform_id": "id_platform", "platform_name": "nama_platform", "platform_kind": "jenis_platform",
        "function": "fungsi", "functions": "fungsi", "survivor_app_id": "id_dasar_modul", "wave": "gelombang", "wave_start": "mulai_gelombang",
        "confidence": "keyakinan", "annual_cost": "biaya_tahunan", "one_off_cost": "biaya_satu_kali", "annual_saving": "hemat_tahunan",
        "net_saving": "hemat_bersih", "saving_basis": "dasar_hemat", "users": "pengguna", "decision": "keputusan", "reason": "alasan",
        "name": "nama", "kind": "jenis", "owner": "pemilik", "sector": "sektor", "basis": "dasar_hukum", "module_leads": "dasar_modul", "figure": "uraian", "value": "nilai",
        "apps": "aplikasi", "cost_before": "biaya_sebelum", "weak_annual_saving": "hemat_tahunan_lemah", "weak_net_saving": "hemat_bersih_lemah",
        "lead_app_id": "id_dasar_modul", "lead_app_name": "nama_dasar_modul", "start_quarter": "triwulan_mulai",
        "end_quarter": "triwulan_selesai", "moves": "pindah", "moves_to_check": "pindah_menunggu_pemeriksaan",
        "switch_offs": "tidak_aktif_dimatikan", "leads": "dasar_modul", "stops": "pembangunan_dihentikan",
    ]

    /// English words a header's underscores cannot spell.
    private static let englishLabels = ["one_off_cost": "one-off cost", "weak_annual_saving": "weak annual saving",
                                        "moves_to_check": "moves awaiting a check", "switch_offs": "inactive switched off", "leads": "module leads",
                                        "stops": "builds stopped"]

    /// The header of column `english` in a spreadsheet of `language`; a column the plan does not
    /// name keeps its English header.
    public static func header(_ english: String, _ language: Language) -> String {
        language == .id ? indonesian[english] ?? english : english
    }

    /// The same name as readers see it on a page: "biaya satu kali", "one-off cost".
    public static func words(_ english: String, _ language: Language) -> String {
        language == .en ? englishLabels[english] ?? english.replacingOccurrences(of: "_", with: " ")
            : header(english, language).replacingOccurrences(of: "_", with: " ")
    }

    /// The same name as a table heading: "Biaya satu kali", "One-off cost".
    public static func label(_ english: String, _ language: Language) -> String {
        words(english, language).sentenceCased
    }
}
