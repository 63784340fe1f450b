/// Lifecycle state of an application.
public enum ApplicationStatus: String, Sendable, Codable, CaseIterable {
    case active, development, inactive, retired

    /// Reads English and Indonesian spellings ("aktif", "tidak aktif", "pengembangan", …).
    public init?(parsing text: String) {
        switch text.lowercased().filter({ $0.isLetter }) {
        case "active", "aktif", "berjalan", "digunakan", "operasional", "live", "production", "yes", "ya":
            self = .active
        case "development", "pengembangan", "dalampengembangan", "tahappengembangan", "dikembangkan", "dev", "pilot", "ujicoba", "planned", "rencana":
            self = .development
        case "inactive", "tidakaktif", "nonaktif", "naktif", "takaktif", "mati", "suspended", "no", "tidak":
            self = .inactive
        case "retired", "dihentikan", "pensiun", "decommissioned", "ditutup":
            self = .retired
        default:
            return nil
        }
    }
}
