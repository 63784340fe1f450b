import Foundation

/// An application read from one input row, with where it came from.
public struct ImportedApplication: Sendable {
    public var application: Application
    public var sourceRow: Int
}

/// Turns raw rows into validated ``Application`` values, collecting every problem.
enum ApplicationRowReader {
    static func read(_ table: RawTable, mapping: ColumnMapping) throws(ImportError) -> [ImportedApplication] {
        var issues: [ImportIssue] = []
        var result: [ImportedApplication] = []
        result.reserveCapacity(table.rows.count)
        var idRows: [String: Int] = [:]
        var derivedCounts: [String: Int] = [:]
        let gazetteer = RegionGazetteer.shared
        var regionCache: [String: RegionGazetteer.Region?] = [:]

        for (row, rowNumber) in zip(table.rows, table.rowNumbers) {
            var app = Application(externalID: "", name: "")
            var attributes: [String: String] = [:]
            var explicitID: String?
            func fail(_ position: Int, _ message: String) {
                issues.append(ImportIssue(file: table.file, row: rowNumber, column: table.header[position], message: message))
            }
            for (position, cell) in row.enumerated() {
                let raw = SpreadsheetSafety.restore(cell)
                guard let field = mapping.fields[position] else {
                    if let value = ValueParser.text(raw) { attributes[table.header[position]] = value }
                    continue
                }
                do throws(ValueParser.ValueError) {
                    switch field {
                    case .externalID: explicitID = ValueParser.text(raw)
                    case .name: app.name = ValueParser.text(raw) ?? ""
                    case .acronym: app.acronym = ValueParser.text(raw)
                    case .agency: app.agency = ValueParser.text(raw)
                    case .unit: app.unit = ValueParser.text(raw)
                    case .level:
                        if let text = ValueParser.text(raw) {
                            guard let level = GovernmentLevel(parsing: text) else {
                                fail(position, "expected a level (central/pusat, province/provinsi, regency/kabupaten, city/kota), found \"\(text)\"")
                                continue
                            }
                            app.level = level
                        }
                    case .region: app.region = ValueParser.text(raw)
                    case .domain: app.domain = ValueParser.text(raw)
                    case .rabCode: app.rabCode = ValueParser.text(raw)
                    case .raaCode: app.raaCode = ValueParser.text(raw)
                    case .description: app.description = ValueParser.text(raw)
                    case .features: app.features = ValueParser.list(raw)
                    case .dataEntities: app.dataEntities = ValueParser.list(raw)
                    case .integrations: app.integrations = ValueParser.list(raw)
                    case .users: app.users = try ValueParser.wholeNumber(raw)
                    case .annualCost: app.annualCost = try ValueParser.amount(raw)
                    case .status:
                        if let text = ValueParser.text(raw) {
                            guard let status = ApplicationStatus(parsing: text) else {
                                fail(position, "expected a status (active/aktif, development/pengembangan, inactive/tidak aktif, retired/dihentikan), found \"\(text)\"")
                                continue
                            }
                            app.status = status
                        }
                    case .hosting: app.hosting = ValueParser.text(raw)
                    case .techStack: app.techStack = ValueParser.text(raw)
                    case .launchedYear: app.launchedYear = try ValueParser.year(raw)
                    case .url: app.url = ValueParser.text(raw)
                    }
                } catch {
                    fail(position, error.message)
                }
            }
            if app.name.isEmpty {
                let position = mapping.position(of: .name)!
                fail(position, "the application name is missing; every row needs a name")
                continue
            }
            app.attributes = attributes
            let owner = [app.region, app.agency].compactMap { $0 }.joined(separator: " ")
            if regionCache[owner] == nil { regionCache[owner] = .some(gazetteer.region(in: owner)) }
            if let located = regionCache[owner]! {
                if app.level == nil { app.level = located.level }
                if app.region == nil { app.region = located.name }
            } else if app.level == nil, let agency = app.agency, Self.isCentral(agency) {
                app.level = .central
            }
            if let explicitID {
                app.externalID = explicitID
                if let first = idRows[explicitID] {
                    issues.append(ImportIssue(file: table.file, row: rowNumber, column: table.header[mapping.position(of: .externalID)!], message: "id \"\(explicitID)\" already used on row \(first); ids must be unique within a file"))
                    continue
                }
            } else {
                let base = derivedID(agency: app.agency, name: app.name)
                let count = derivedCounts[base, default: 0] + 1
                derivedCounts[base] = count
                app.externalID = count == 1 ? base : "\(base)-\(count)"
            }
            idRows[app.externalID] = rowNumber
            result.append(ImportedApplication(application: app, sourceRow: rowNumber))
        }
        if !issues.isEmpty { throw ImportError(issues) }
        return result
    }

    /// Stable id for rows without one: the same agency and name always give the same id.
    static func derivedID(agency: String?, name: String) -> String {
        let key = Tokenizer.words(agency ?? "").joined(separator: " ") + "|" + Tokenizer.words(name).joined(separator: " ")
        let digest = SHA256.hash(data: Data(key.utf8))
        return "auto-" + digest.prefix(6).hexString
    }

    private static func isCentral(_ agency: String) -> Bool {
        let first = Tokenizer.words(agency).first ?? ""
        return ["kementerian", "kementrian", "badan", "lembaga", "kemen", "ministry", "komisi", "arsip", "kepolisian", "kejaksaan", "mahkamah"].contains(first)
            || first.hasPrefix("kemen")
    }
}
