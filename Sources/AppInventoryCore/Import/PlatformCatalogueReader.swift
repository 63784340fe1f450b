import Foundation

/// Reads a platform catalogue from CSV (or a workbook's first sheet, or JSON): one row per function, the platform's columns repeated
/// (the format `platforms export` writes). A list with one row per platform and its functions
/// separated by `;` (name, owner, mandatory, functions, description) is read too: each function
/// then becomes its own entry, worded by the description.
public enum PlatformCatalogueReader {
    /// Columns in the order `platforms export` writes them.
    /// `owner_en` and `sector_en` (the owner and the sector in English) and `sense_words` (words
    /// one of which an app must hold for the keywords to name the function fully,
    /// ``PlatformFunction/senseWords``) and `aliases` (other names registers give the platform's
    /// instance at an agency, ``CataloguePlatform/aliases``, on any of its rows) are optional:
    /// files written before them read as before.
    public static let columns = ["platform", "kind", "owner", "owner_en", "sector", "sector_en", "mandatory", "scope", "basis", "url", "onboarding_cost",
                                 "running_cost_per_app", "function_key", "function", "function_en", "keywords", "function_description", "sense_words",
                                 "aliases"]

    static let aliases: [String: [String]] = [
        "platform": ["platform", "name", "nama", "nama_platform", "aplikasi", "nama_aplikasi"],
        "kind": ["kind", "jenis", "type"], "owner": ["owner", "pemilik", "instansi", "pengelola"],
        "owner_en": ["owner_en", "pemilik_en", "owner_english"],
        "sector": ["sector", "sektor", "bidang"], "sector_en": ["sector_en", "sektor_en", "sector_english"], "mandatory": ["mandatory", "wajib", "required"],
        "scope": ["scope", "cakupan", "tingkat_pemerintahan", "melayani"],
        "basis": ["basis", "dasar_hukum", "legal_basis", "regulasi"], "url": ["url", "tautan", "link"],
        "onboarding_cost": ["onboarding_cost", "biaya_onboarding"], "running_cost_per_app": ["running_cost_per_app", "biaya_per_aplikasi"],
        "function_key": ["function_key", "kode_fungsi"], "function": ["function", "fungsi", "functions"],
        "function_en": ["function_en", "fungsi_en"], "keywords": ["keywords", "kata_kunci"],
        "function_description": ["function_description", "description", "deskripsi", "keterangan"],
        "sense_words": ["sense_words", "kata_makna"],
        "aliases": ["aliases", "alias", "nama_lain", "instance_names"],
    ]

    public static func read(path: String) throws(ImportError) -> PlatformCatalogue {
        let table = try TableFile(path: path).table()
        var position: [String: Int] = [:]
        for (index, header) in table.header.enumerated() {
            let folded = InventoryField.fold(header)
            if let field = aliases.first(where: { $0.value.map(InventoryField.fold).contains(folded) })?.key, position[field] == nil { position[field] = index }
        }
        guard position["platform"] != nil, position["function"] != nil else {
            throw ImportError(ImportIssue(file: path, row: 1, message: "expected the columns \(columns.joined(separator: ",")) (`consolidate platforms export` writes an example)"))
        }
        var issues: [ImportIssue] = []
        var platforms: [CataloguePlatform] = []
        var keyRows: [String: Int] = [:]
        for (row, number) in zip(table.rows, table.rowNumbers) {
            func cell(_ field: String) -> String? { position[field].flatMap { $0 < row.count ? ValueParser.text(row[$0]) : nil } }
            func issue(_ field: String, _ message: String) { issues.append(ImportIssue(file: path, row: number, column: table.header[position[field]!], message: message)) }
            guard let name = cell("platform") else { issue("platform", "the platform name is missing"); continue }
            guard let functionCell = cell("function") else { issue("function", "the function is missing"); continue }
            var mandatory = false
            if let text = cell("mandatory") {
                switch text.lowercased() {
                case "yes", "ya", "true", "1", "wajib", "y": mandatory = true
                case "no", "tidak", "false", "0", "n": mandatory = false
                default: issue("mandatory", "expected yes or no, found \"\(text)\"")
                }
            }
            var kind: PlatformKind = mandatory ? .nationalMandatory : .nationalSectoral
            if let text = cell("kind") {
                if let parsed = PlatformKind(rawValue: text.lowercased()) { kind = parsed } else {
                    issue("kind", "expected national-mandatory, national-sectoral or shared, found \"\(text)\"")
                }
            }
            var scope = PlatformScope.all
            if let text = cell("scope") {
                if let parsed = PlatformScope(parsing: text) { scope = parsed } else {
                    issue("scope", "expected regional, central or all, found \"\(text)\"")
                }
            }
            func cost(_ field: String, default value: Double) -> Double {
                guard let text = cell(field) else { return value }
                do { return try ValueParser.money(text) ?? value } catch { issue(field, error.message); return value }
            }
            let description = cell("function_description") ?? ""
            let names = position["function_key"] == nil ? ValueParser.list(functionCell) : [functionCell]
            for functionName in names {
                let key = cell("function_key") ?? InventoryField.fold(functionName).replacingOccurrences(of: "_", with: "-")
                if let first = keyRows[key + "\u{1F}" + name.lowercased()] {
                    issues.append(ImportIssue(file: path, row: number, column: table.header[position["function_key"] ?? position["function"]!],
                                              message: "function \"\(key)\" of \"\(name)\" is already listed on row \(first)"))
                    continue
                }
                keyRows[key + "\u{1F}" + name.lowercased()] = number
                let keywords = cell("keywords").map(ValueParser.list)
                    ?? ([functionName] + description.split(whereSeparator: { $0 == "," || $0 == ":" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
                let function = PlatformFunction(key: key, name: functionName, english: cell("function_en") ?? functionName,
                                                keywords: keywords, description: description.isEmpty ? functionName : description,
                                                senseWords: cell("sense_words").map(ValueParser.list) ?? [])
                let aliases = cell("aliases").map(ValueParser.list) ?? []
                if let index = platforms.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
                    platforms[index].functions.append(function)
                    platforms[index].aliases += aliases.filter { !platforms[index].aliases.contains($0) }
                } else {
                    let shared = kind == .shared
                    platforms.append(CataloguePlatform(
                        name: name, kind: kind, owner: cell("owner") ?? "", ownerEnglish: cell("owner_en"), sector: cell("sector") ?? "", sectorEnglish: cell("sector_en"),
                        mandatory: mandatory, scope: scope,
                        functions: [function], basis: cell("basis") ?? "", url: cell("url"),
                        onboardingCost: cost("onboarding_cost", default: shared ? PlatformCatalogue.sharedOnboarding : PlatformCatalogue.nationalOnboarding),
                        runningCostPerApp: cost("running_cost_per_app", default: shared ? PlatformCatalogue.sharedRunning : PlatformCatalogue.nationalRunning),
                        aliases: aliases))
                }
            }
        }
        let catalogue = PlatformCatalogue(platforms)
        for problem in catalogue.problems { issues.append(ImportIssue(file: path, message: problem)) }
        if !issues.isEmpty { throw ImportError(issues) }
        if platforms.isEmpty { throw ImportError(ImportIssue(file: path, message: "holds no platform")) }
        return catalogue
    }
}
