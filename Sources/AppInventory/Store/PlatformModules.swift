import Foundation

extension PlatformCatalogue {
    /// The catalogue keys of the modules the plan stored for a platform (`plan_platforms.functions`:
    /// their Indonesian names, joined by "; "). An app a planner assigned keeps the job the plan
    /// finds in it (SIASN's staff records, say) while it moves into one of the platform's own
    /// modules, so the apps' jobs do not say which modules a platform runs; a name the catalogue
    /// no longer holds is kept as written.
    func moduleKeys(named stored: String, platform: String) -> [String] {
        let own = functions.filter { platforms[$0.platform].name == platform }.map(\.function)
        return stored.components(separatedBy: "; ").filter { !$0.isEmpty }.map { name in own.first { $0.name == name }?.key ?? name }
    }

    /// Whether `key` is one of the jobs the platform named `platform` runs itself.
    func runs(_ key: String, on platform: String) -> Bool {
        functions.contains { platforms[$0.platform].name == platform && $0.function.key == key }
    }
}
