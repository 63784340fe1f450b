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
    /// Each key's entries in catalogue order with the governments their platform serves.
    private var entries: [String: [Entry]] = [:]

    private struct Entry: Sendable, Equatable {
        var scope: PlatformScope
        var function: PlatformFunction
    }

    public init(_ catalogue: PlatformCatalogue) {
        for entry in catalogue.functions {
            if byKey[entry.function.key] == nil { byKey[entry.function.key] = entry.function }
            entries[entry.function.key, default: []].append(Entry(scope: catalogue.platforms[entry.platform].scope, function: entry.function))
            let shared = Self.key(catalogue.platforms[entry.platform].name, entry.function.key)
            if byPlatform[shared] == nil { byPlatform[shared] = entry.function }
        }
    }

    /// Function `key` in `language`, as `platform` names it when given and the platform has it;
    /// otherwise as the first platform serving `level` names it (a ministry's retained budget
    /// app reads "Penganggaran kementerian/lembaga", the job SAKTI does for it, not SIPD RI's
    /// "Penganggaran daerah"), or else as the catalogue first names it; the key itself when the
    /// catalogue has no such function (a plan made with an older catalogue).
    public func name(_ key: String, platform: String? = nil, level: GovernmentLevel? = nil, _ language: Language) -> String {
        let served = level.flatMap { level in entries[key]?.first { $0.scope.covers(level) }?.function }
        guard let function = platform.flatMap({ byPlatform[Self.key($0, key)] }) ?? served ?? byKey[key] else { return key }
        return language == .id ? function.name : function.english
    }

    private static func key(_ platform: String, _ function: String) -> String { platform + "\u{1F}" + function }
}
