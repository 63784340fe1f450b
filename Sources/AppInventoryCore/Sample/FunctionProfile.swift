/// One business function that many agencies build their own application for, with the
/// ways registers name and describe it. The sample generator draws from these.
struct FunctionProfile: Sendable {
    var key: String
    var domain: String
    var rab: String
    var raa: String
    /// Levels that run this function: c = central, p = province, r = regency, k = city. Only
    /// levels that really do the job: villages (desa) belong to regencies, so village finance
    /// is "r", never a city's.
    var levels: String
    var units: [String]
    var stems: [String]
    var acronyms: [String]
    var eNames: [String]
    var english: [String]
    var sentences: [String]
    var features: [String]
    var entities: [String]
}

extension FunctionProfile {
    /// Units found only inside a regency or city: districts, urban villages, health centres.
    static let localOnlyUnits: Set<String> = ["Kecamatan", "Kelurahan", "Puskesmas"]

    /// The units of this function a government of `level` has: a province has no kecamatan,
    /// kelurahan or puskesmas of its own, and a regency's or city's secretariat has "Bagian"
    /// where a province's has "Biro". Central agencies get no unit.
    func units(for level: GovernmentLevel) -> [String] {
        let fitting = units.filter { unit in
            switch level {
            case .province: !Self.localOnlyUnits.contains(unit)
            case .regency, .city: !unit.hasPrefix("Biro ")
            case .central: true
            }
        }
        return fitting.isEmpty ? units : fitting
    }
}
