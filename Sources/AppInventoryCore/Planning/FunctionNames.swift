/// The display names of a catalogue's functions, as each platform names them.
///
/// A function shared by platforms of different scopes has one key and a name per platform
/// (budgeting: "Penganggaran daerah" on SIPD RI, "Penganggaran kementerian/lembaga" on SAKTI), so
/// a stored function key is named by the platform that holds it. The plan table, the plan
/// workbook and the report all name functions through this one lookup, so a module never reads
/// one way in the workbook and another in the report.
public struct FunctionNames: Sendable, Equatable {
    private var byKey: [String: PlatformFunction] = [:]
    private var byPlatform: [String: PlatformFunction] = [:]

    public init(_ catalogue: PlatformCatalogue) {
        for entry in catalogue.functions {
            if byKey[entry.function.key] == nil { byKey[entry.function.key] = entry.function }
            let shared = Self.key(catalogue.platforms[entry.platform].name, entry.function.key)
            if byPlatform[shared] == nil { byPlatform[shared] = entry.function }
        }
    }

    /// Function `key` in `language`, as `platform` names it when given and the platform has it;
    /// otherwise as the catalogue first names it; the key itself when the catalogue has no such
    /// function (a plan made with an older catalogue).
    public func name(_ key: String, platform: String? = nil, _ language: Language) -> String {
        guard let function = platform.flatMap({ byPlatform[Self.key($0, key)] }) ?? byKey[key] else { return key }
        return language == .id ? function.name : function.english
    }

    private static func key(_ platform: String, _ function: String) -> String { platform + "\u{1F}" + function }
}
