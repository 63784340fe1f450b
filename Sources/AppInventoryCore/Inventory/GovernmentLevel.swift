/// Tier of government that owns an application.
public enum GovernmentLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case central, province, regency, city

    /// Reads English and Indonesian spellings ("pusat", "provinsi", "kabupaten", "kota", "pemkab", …).
    public init?(parsing text: String) {
        switch text.lowercased().filter({ $0.isLetter }) {
        case "central", "pusat", "instansipusat", "nasional", "national", "kementerian", "lembaga", "kl":
            self = .central
        case "province", "provincial", "provinsi", "prov", "pemprov", "pemerintahprovinsi":
            self = .province
        case "regency", "kabupaten", "kab", "pemkab", "pemerintahkabupaten":
            self = .regency
        case "city", "kota", "pemkot", "pemerintahkota", "municipality":
            self = .city
        default:
            return nil
        }
    }

    /// Central first, then province, regency, city: the order planners list them in.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
