/// The words a plan's exports use for its enumerated values: the stored English codes in
/// English, the words Indonesian officials filter by in Indonesian, so an Indonesian
/// spreadsheet holds no English value.
extension PlanAction {
    /// "migrate" (en) or "migrasi" (id).
    public func word(_ language: Language) -> String {
        guard language == .id else { return rawValue }
        return switch self {
        case .platform: "dasar-platform"
        case .migrate: "migrasi"
        case .retire: "pensiunkan"
        case .retain: "pertahankan"
        }
    }
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
    /// "keep" (en) or "jadikan-utama" (id): how decision lists name the kind; commands take the English code.
    public func word(_ language: Language) -> String {
        guard language == .id else { return rawValue }
        return switch self {
        case .keep: "jadikan-utama"
        case .retain: "pertahankan"
        case .separate: "pisahkan"
        case .merge: "gabungkan"
        case .assign: "tetapkan-platform"
        case .exclude: "kecualikan"
        }
    }
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
