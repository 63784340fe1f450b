/// One business function that many agencies build their own application for, with the
/// ways registers name and describe it. The sample generator draws from these.
struct FunctionProfile: Sendable {
    var key: String
    var domain: String
    var rab: String
    var raa: String
    /// Levels that run this function: c = central, p = province, r = regency, k = city.
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
