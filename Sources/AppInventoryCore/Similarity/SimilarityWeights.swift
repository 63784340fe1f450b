/// How much each field counts in the overlap score. Fields missing from either app are left
/// out of the average, so a sparse record is compared on what it has.
///
/// The description outweighs the name, and a name's letters count a sixth of its words: a
/// description says what an app does, while a name says what it is called, and vendors,
/// product lines and brands live in names ("Oracle Database", "Oracle Internet Directory";
/// "SetPoint", "CheckPoint"). On every register measured, pairs grouped wrongly agreed in
/// name and disagreed in description (docs/overlap.md, "Field weights").
public struct SimilarityWeights: Sendable, Equatable, Codable {
    public var name = 0.30
    public var description = 0.40
    public var features = 0.20
    public var data = 0.05
    public var characters = 0.05

    public init() {}

    /// Parses `name=0.4,description=0.3,…`; unnamed fields keep their defaults.
    public init(parsing text: String) throws {
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, let value = Double(pair[1]), value >= 0 else {
                throw WeightsError(description: "--weights takes FIELD=NUMBER pairs such as name=0.4,description=0.3; got \"\(part)\"")
            }
            switch pair[0] {
            case "name": name = value
            case "description": description = value
            case "features": features = value
            case "data": data = value
            case "characters", "chars": characters = value
            default: throw WeightsError(description: "unknown weight \"\(pair[0])\"; fields are name, description, features, data, characters")
            }
        }
    }

    var values: [Double] { [name, description, features, data, characters] }

    public struct WeightsError: Error, CustomStringConvertible { public var description: String }
}

/// The fields compared, in the order of ``SimilarityWeights/values``.
public enum SimilarityField: Int, CaseIterable, Sendable {
    case name, description, features, data, characters

    /// Whether the field says what the app does: its name, description or features. Data
    /// entities and the letters of a name back up such evidence but make no pair on their own:
    /// two apps whose names and descriptions say nothing of a job ("One Data Portal",
    /// "Mengolah data, mencatat dan melayani") are not alike because both list "indikator".
    public var describesJob: Bool { self == .name || self == .description || self == .features }

    public var label: String {
        switch self {
        case .name: "name"
        case .description: "description"
        case .features: "features"
        case .data: "data"
        case .characters: "characters"
        }
    }
}
