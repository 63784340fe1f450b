import Foundation

/// Input file formats.
public enum InputFormat: String, Sendable, CaseIterable {
    case csv, json, xlsx

    /// Guesses from the extension, then from the first non-blank character.
    static func detect(path: String, data: Data) -> InputFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": return .json
        case "xlsx", "xlsm": return .xlsx
        case "csv", "tsv", "txt": return .csv
        default:
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
            let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            return first == UInt8(ascii: "[") || first == UInt8(ascii: "{") ? .json : .csv
        }
    }
}

/// Options a planner sets for reading an export.
public struct ImportOptions: Sendable {
    public var format: InputFormat?
    public var encoding: InputEncoding
    /// `column=field` overrides of the automatic header matching.
    public var columnOverrides: [String: String]
    /// The spreadsheet row holding the header; found automatically when nil.
    public var headerRow: Int?
    /// The workbook sheet to read; when nil, the first that holds a register.
    public var sheet: String?
    /// Read every sheet of a workbook that holds a register, each as its own source.
    public var allSheets = false
    /// Values a single-agency register leaves out, filled where a row has none.
    public var agency: String?
    public var level: GovernmentLevel?
    public var region: String?
    /// Another vocabulary's words for status or level values, keyed by folded source text:
    /// `--value-map status:Approved=active,Denied=retired`.
    public var valueMaps: [InventoryField: [String: String]]
    /// Prefix every id with the file's name, so files that number their rows alike can be
    /// imported together.
    public var idPrefixFromFile: Bool
    /// Lookup tables for fields a register writes as codes (`--codes unit=kode-opd.csv`):
    /// a cell holding a listed code is read as its name.
    public var codeTables: [InventoryField: CodeTable]
    /// The language of the notes and of the messages of bad cells (`import --lang id`); their
    /// locations (FILE:ROW:COLUMN) read alike in both.
    public var language: Language = .en

    /// Fields a register may write as codes of a lookup table.
    public static let codedFields: [InventoryField] = [.agency, .unit, .region, .province, .domain]

    public init(format: InputFormat? = nil, encoding: InputEncoding = .utf8, columnOverrides: [String: String] = [:],
                headerRow: Int? = nil, sheet: String? = nil, agency: String? = nil, level: GovernmentLevel? = nil,
                region: String? = nil, valueMaps: [InventoryField: [String: String]] = [:], idPrefixFromFile: Bool = false,
                codeTables: [InventoryField: CodeTable] = [:]) {
        self.format = format
        self.encoding = encoding
        self.columnOverrides = columnOverrides
        self.headerRow = headerRow
        self.sheet = sheet
        self.agency = agency
        self.level = level
        self.region = region
        self.valueMaps = valueMaps
        self.idPrefixFromFile = idPrefixFromFile
        self.codeTables = codeTables
    }

    /// Reads `--codes` arguments: `FIELD=FILE` or `FIELD=WORKBOOK:SHEET`, for the fields in
    /// ``codedFields``.
    public static func codeTables(parsing arguments: [String]) throws(ImportError) -> [InventoryField: CodeTable] {
        var tables: [InventoryField: CodeTable] = [:]
        for argument in arguments {
            let parts = argument.split(separator: "=", maxSplits: 1).map { String($0).trimmedWhitespace }
            let fields = codedFields.map(\.rawValue).joined(separator: ", ")
            guard parts.count == 2, !parts[1].isEmpty, let field = InventoryField(rawValue: parts[0].lowercased()) else {
                throw ImportError(ImportIssue(file: "--codes", message: "expected FIELD=FILE, e.g. unit=kode-opd.csv, FIELD one of \(fields); got \"\(argument.excerpt)\""))
            }
            guard codedFields.contains(field) else {
                throw ImportError(ImportIssue(file: "--codes", message: "\(field.rawValue) cannot be read through a code table; FIELD is one of \(fields)"))
            }
            // `daftar.xlsx:Kode OPD` names a sheet of a workbook (often the register's own).
            var (path, sheet): (String, String?) = (parts[1], nil)
            if !FileManager.default.fileExists(atPath: path), let colon = path.lastIndex(of: ":"),
               FileManager.default.fileExists(atPath: String(path[..<colon])) {
                (path, sheet) = (String(path[..<colon]), String(path[path.index(after: colon)...]))
            }
            tables[field] = try CodeTable.read(path: path, sheet: sheet)
        }
        return tables
    }

    /// Reads `--value-map` arguments: `FIELD:FROM=TO,FROM=TO`, for status and level.
    public static func valueMaps(parsing arguments: [String], language: Language = .en) throws(ImportError) -> [InventoryField: [String: String]] {
        var maps: [InventoryField: [String: String]] = [:]
        for argument in arguments {
            let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let field = InventoryField(rawValue: parts[0].lowercased()), field == .status || field == .level else {
                throw ImportError(ImportIssue(file: "--value-map", message: language.pick(
                    en: "expected status:FROM=TO,FROM=TO or level:FROM=TO, got \"\(argument.excerpt)\"",
                    id: "yang diharapkan status:DARI=KE,DARI=KE atau level:DARI=KE, yang tertulis \"\(argument.excerpt)\"")))
            }
            for pair in parts[1].split(separator: ",") {
                let sides = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmedWhitespace }
                let valid = sides.count == 2 && (field == .status ? ApplicationStatus(parsing: sides[1]) != nil : GovernmentLevel(parsing: sides[1]) != nil)
                guard valid else {
                    let values = field == .status ? "active, development, inactive, retired" : "central, province, regency, city"
                    throw ImportError(ImportIssue(file: "--value-map", message: language.pick(
                        en: "\"\(String(pair).excerpt)\" should read FROM=TO with TO a \(field.rawValue) value (\(values))",
                        id: "\"\(String(pair).excerpt)\" harus berbentuk DARI=KE dengan KE sebuah nilai \(field.rawValue) (\(values))")))
                }
                maps[field, default: [:]][InventoryField.fold(sides[0])] = sides[1]
            }
        }
        return maps
    }
}

/// Reads one inventory export (CSV, JSON or an Excel workbook) into validated applications.
public enum InventoryFileReader {
    /// Reads and validates the file at `path`; throws ``ImportError`` listing every problem.
    public static func read(path: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportBatch {
        try read(data: contents(of: path, language: options.language), file: path, options: options)
    }

    /// Reads the file at `path`: every register sheet of a workbook with `options.allSheets`
    /// (see ``readAll(data:file:options:)``), else the one batch of ``read(path:options:)``.
    public static func readAll(path: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportFile {
        try readAll(data: contents(of: path, language: options.language), file: path, options: options)
    }

    /// The bytes of the file at `path`, or an error naming why it cannot be read, in `language`.
    static func contents(of path: String, language: Language = .en) throws(ImportError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path)
                ? language.pick(en: "cannot be read (permission denied or a folder)", id: "tidak dapat dibaca (tanpa izin atau sebuah folder)")
                : language.pick(en: "no such file", id: "berkas tidak ada")
            throw ImportError(ImportIssue(file: path, message: reason))
        }
    }

    /// Reads and validates file contents already in memory; `file` names it in messages.
    ///
    /// A workbook gives the sheet `options.sheet` names; by default the first sheet that holds
    /// a register (a name column and two other known fields), so a cover sheet of filling-in
    /// instructions ("Petunjuk Pengisian") before the register is passed over, with a note.
    public static func read(data: Data, file: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportBatch {
        let opened = try TableFile(data: data, file: file, format: options.format, encoding: options.encoding, language: options.language)
        func batch(_ table: RawTable) throws(ImportError) -> ImportBatch {
            try Self.batch(table, source: file, data: data, format: opened.format, options: options)
        }
        guard opened.format == .xlsx else {
            let table: RawTable
            do throws(ImportError) {
                table = try opened.table(headerRow: options.headerRow, language: options.language)
            } catch {
                // Rows that do not match the header's width stop the table early; what was
                // understood of its header still explains them.
                guard let partial = error.partial else { throw error }
                throw ImportError(error.issues, readings: [reading(of: partial, mapping: ColumnMapping(partial, overrides: options.columnOverrides, language: options.language), source: file,
                                                                   notes: partial.notes, rows: partial.rows, options: options)])
            }
            if opened.format == .csv, table.rows.isEmpty && table.header.count <= 1 && InventoryField.matching(header: table.header.first ?? "") == nil {
                throw ImportError(ImportIssue(file: file, row: 1, message: "the header row \"\(table.header.joined().excerpt)\" names no known column; expected a header such as \"name,agency,description\""))
            }
            return try batch(table)
        }
        if let wanted = options.sheet { return try batch(opened.table(sheet: wanted, headerRow: options.headerRow, language: options.language)) }
        // One sheet, or none holding a register: the first, whose errors then say what is wrong.
        let registers = opened.sheetNames.count > 1 ? registerSheets(opened, options: options) : []
        guard let chosen = registers.first else { return try batch(opened.table(headerRow: options.headerRow, language: options.language)) }
        let language = options.language
        var result = try batch(chosen.table)
        if chosen.name != opened.sheetNames[0] {
            let skipped = opened.sheetNames.prefix { $0 != chosen.name }
            result.notes.insert(language.pick(
                en: "read sheet \"\(chosen.name.excerpt)\", the first holding a register; \(listing(skipped)) before it \(skipped.count == 1 ? "holds" : "hold") none (choose with --sheet NAME)",
                id: "lembar \"\(chosen.name.excerpt)\" dibaca, yang pertama berisi daftar aplikasi; \(listing(skipped)) sebelumnya tidak berisi daftar (pilih dengan --sheet NAMA)"), at: 0)
        }
        if registers.count > 1 {
            let others = registers.dropFirst().map(\.name)
            result.notes.append(language.pick(
                en: "\(others.count == 1 ? "another sheet holds" : "\(others.count) more sheets hold") a register, not read: \(listing(others)); read \(others.count == 1 ? "it" : "them") with --sheet NAME, or every one with --all-sheets",
                id: "\(others.count == 1 ? "satu lembar lain" : "\(others.count) lembar lain") berisi daftar aplikasi, tidak dibaca: \(listing(others)); baca dengan --sheet NAMA, atau semuanya dengan --all-sheets"))
        }
        return result
    }

    /// Every sheet of a workbook that holds a register, one batch each, named `FILE:SHEET`
    /// (a province's compilation often keeps one regency or unit per sheet); other files give
    /// their one batch.
    ///
    /// The file's own notes name the sheets that were not read as registers: those a `--codes`
    /// table reads ("read as unit codes") and those holding no register. A bad cell on any
    /// sheet stops the whole workbook.
    public static func readAll(data: Data, file: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportFile {
        let format = options.format ?? InputFormat.detect(path: file, data: data)
        guard format == .xlsx, options.allSheets else {
            return ImportFile(file: file, notes: [], batches: [try read(data: data, file: file, options: options)])
        }
        let opened = try TableFile(data: data, file: file, format: format, language: options.language)
        let codeSheets = codeTableSheets(of: file, options: options)
        let registers = registerSheets(opened, options: options).filter { codeSheets[$0.name] == nil }
        guard !registers.isEmpty else {
            let readings = opened.sheetNames.compactMap { sheet -> TableReading? in
                guard codeSheets[sheet] == nil, let table = try? opened.table(sheet: sheet, headerRow: options.headerRow, language: options.language) else { return nil }
                return reading(of: table, mapping: ColumnMapping(table, overrides: options.columnOverrides, language: options.language), source: "\(file):\(sheet)", notes: table.notes, rows: table.rows, options: options)
            }
            let sheets = listing(opened.sheetNames).excerpt
            throw ImportError([ImportIssue(file: file, message: options.language.pick(
                en: "no sheet holds a register (a header with the application name and two other known columns); its sheets are \(sheets)",
                id: "tidak ada lembar berisi daftar aplikasi (judul kolom dengan nama aplikasi dan dua kolom lain yang dikenal); lembarnya \(sheets)"))], readings: readings)
        }
        var batches: [ImportBatch] = []
        var failure = ImportError([])
        for sheet in registers {
            do throws(ImportError) {
                batches.append(try batch(sheet.table, source: "\(file):\(sheet.name)", data: data, format: format, options: options))
            } catch {
                failure.issues += error.issues
                failure.readings += error.readings
            }
        }
        if !failure.issues.isEmpty {
            failure.readings = batches.map(\.reading) + failure.readings
            throw failure
        }
        var notes: [String] = []
        for (name, fields) in codeSheets.sorted(by: { $0.key < $1.key }) where opened.sheetNames.contains(name) {
            let codes = fields.map(\.rawValue).sorted().joined(separator: options.language.pick(en: " and ", id: " dan "))
            notes.append(options.language.pick(en: "sheet \"\(name.excerpt)\" read as \(codes) codes (--codes), not as a register",
                                               id: "lembar \"\(name.excerpt)\" dibaca sebagai kode \(codes) (--codes), bukan daftar aplikasi"))
        }
        let skipped = opened.sheetNames.filter { name in codeSheets[name] == nil && !registers.contains { $0.name == name } }
        if !skipped.isEmpty {
            notes.append(options.language.pick(en: "\(skipped.count == 1 ? "sheet" : "sheets") \(listing(skipped)) \(skipped.count == 1 ? "holds" : "hold") no register, not read",
                                               id: "lembar \(listing(skipped)) tidak berisi daftar aplikasi, tidak dibaca"))
        }
        return ImportFile(file: file, notes: notes, batches: batches)
    }

    /// The sheets of workbook `file` that `--codes` tables read, with the fields they decode.
    private static func codeTableSheets(of file: String, options: ImportOptions) -> [String: [InventoryField]] {
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        var sheets: [String: [InventoryField]] = [:]
        for (field, table) in options.codeTables {
            if let sheet = table.sheet, URL(fileURLWithPath: table.path).standardizedFileURL.path == path { sheets[sheet, default: []].append(field) }
        }
        return sheets
    }

    /// Names quoted and joined for a note: `"Petunjuk", "Kode OPD"`.
    private static func listing<Names: Sequence<String>>(_ names: Names) -> String {
        names.map { "\"\($0.excerpt)\"" }.joined(separator: ", ")
    }

    /// The sheets that hold a register (a header naming the application and at least two other
    /// known fields, and rows below it), in workbook order, each read once.
    private static func registerSheets(_ workbook: TableFile, options: ImportOptions) -> [(name: String, table: RawTable)] {
        let overrides = Dictionary(options.columnOverrides.map { (InventoryField.fold($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        return workbook.sheetNames.compactMap { sheet in
            guard let table = try? workbook.table(sheet: sheet, headerRow: options.headerRow, language: options.language), !table.rows.isEmpty else { return nil }
            let fields = Set(table.header.compactMap { column in
                overrides[InventoryField.fold(column)].flatMap { InventoryField(rawValue: $0.lowercased()) } ?? InventoryField.matching(header: column)
            })
            return fields.contains(.name) && fields.count >= 3 ? (sheet, table) : nil
        }
    }

    /// What was understood of a table that is not imported, for the errors: the header row
    /// taken (said even when it is row 1, since a wrong one is a common cause), `notes`, and
    /// where each column went, with samples from `rows`.
    private static func reading(of table: RawTable, mapping: ColumnMapping, source: String, notes: [String], rows: [[String]], options: ImportOptions) -> TableReading {
        let ask = options.headerRow == nil ? options.language.pick(en: " (say which with --header-row N)", id: " (tentukan dengan --header-row N)") : ""
        let header = table.headerRow == 1 ? [options.language.pick(en: "header taken from row 1", id: "judul kolom diambil dari baris 1") + ask] : []
        return TableReading(source: source, notes: header + notes, columns: ColumnReport.describe(table, mapping: mapping, rows: rows, valueMaps: options.valueMaps, language: options.language))
    }

    /// Validates a table read from `source` into a batch. When neither an agency column nor
    /// `--agency` names the owner, a sheet named after a regional government ("Kab. Bantul"),
    /// or else a title row naming one ("DAFTAR APLIKASI PEMERINTAH KABUPATEN BANYUMAS") or a
    /// central agency ("DAFTAR APLIKASI KEMENTERIAN KELAUTAN DAN PERIKANAN"), gives the agency
    /// of rows that name none; failing all, the summary says the rows have no agency.
    ///
    /// When the table has problems, the error carries what was understood of it (the header
    /// row, where each column went), since a wrong guess there is often their cause.
    private static func batch(_ table: RawTable, source: String, data: Data, format: InputFormat, options: ImportOptions) throws(ImportError) -> ImportBatch {
        let mapping = ColumnMapping(table, overrides: options.columnOverrides, language: options.language)
        func failure(_ issues: [ImportIssue], notes: [String], rows: [[String]]) -> ImportError {
            ImportError(issues, readings: [reading(of: table, mapping: mapping, source: source, notes: notes, rows: rows, options: options)])
        }
        if !mapping.issues.isEmpty { throw failure(mapping.issues, notes: table.notes, rows: table.rows) }
        if table.rows.isEmpty {
            throw failure([table.issue(row: nil, position: nil, options.language.pick(en: "has a header but no application rows; nothing to import",
                                                                                    id: "berisi judul kolom tetapi tanpa baris aplikasi; tidak ada yang diimpor"))],
                          notes: table.notes, rows: [])
        }
        var options = options
        var notes = table.notes
        let language = options.language
        if options.agency == nil, mapping.position(of: .agency) == nil {
            if let sheet = table.sheet, Self.namesRegionalGovernment(sheet) {
                options.agency = sheet
                notes.append(language.pick(
                    en: "sheet \"\(sheet.excerpt)\" names a regional government: the agency of its rows is \(AgencyName.canonical(sheet)) (say otherwise with --agency)",
                    id: "lembar \"\(sheet.excerpt)\" menyebut pemerintah daerah: instansi baris-barisnya \(AgencyName.canonical(sheet)) (ubah dengan --agency)"))
            } else if let owner = titleOwner(table.titles) {
                options.agency = owner.agency
                notes.append(language.pick(
                    en: "the title above the header names \(owner.named): the agency of its rows is \(owner.agency)\(owner.central ? ", level central" : "") (say otherwise with --agency)",
                    id: "judul di atas tabel menyebut \(owner.named): instansi baris-barisnya \(owner.agency)\(owner.central ? ", tingkat pusat" : "") (ubah dengan --agency)"))
            } else {
                let placeholder = Self.isEnglish(table.header[mapping.position(of: .name)!]) ? "AGENCY NAME" : "NAMA INSTANSI"
                notes.append(language.pick(
                    en: "no agency: the register has no agency column, no --agency was given and no title names its owner, so its apps have no owner; give one with --agency \"\(placeholder)\" (or --map COLUMN=agency)",
                    id: "tanpa instansi: daftar ini tidak punya kolom instansi, --agency tidak diberikan dan tidak ada judul yang menyebut pemiliknya, jadi aplikasinya tanpa pemilik; beri dengan --agency \"\(placeholder)\" (atau --map KOLOM=agency)"))
            }
        }
        let outcome = ApplicationRowReader.read(table, mapping: mapping, options: options)
        if !outcome.issues.isEmpty { throw failure(outcome.issues, notes: notes + outcome.notes, rows: outcome.appRows) }
        return ImportBatch(file: source, sha256: Digest.sha256(data), format: format.rawValue, applications: outcome.applications,
                           linesRead: table.physicalLines, notes: notes + outcome.notes,
                           columns: ColumnReport.describe(table, mapping: mapping, rows: outcome.appRows, valueMaps: options.valueMaps, language: options.language))
    }

    /// The owner a register's title rows name: a ministry ("DAFTAR APLIKASI KEMENTERIAN
    /// KELAUTAN DAN PERIKANAN", even with a regional office's region after it), else a
    /// regional government ("… PEMERINTAH KABUPATEN BANYUMAS"), else another central agency
    /// ("… BADAN PUSAT STATISTIK"; a "Badan … Kabupaten X" is the regency's own unit).
    private static func titleOwner(_ titles: [String]) -> (named: String, agency: String, central: Bool)? {
        let central = titles.lazy.compactMap(AgencyName.centralAgency(inTitle:)).first
        // A ministry's office in a region ("KEMENTERIAN AGAMA KABUPATEN BANYUMAS") is the
        // ministry's, named with its region, whose level the region then gives.
        if let central, InventoryField.fold(central).hasPrefix("kemen") {
            return (central, central, RegionGazetteer.shared.region(in: central) == nil)
        }
        if let region = titles.lazy.compactMap({ RegionGazetteer.shared.region(in: $0) }).first {
            return (region.name, AgencyName.canonical(region.name), false)
        }
        return central.map { ($0, $0, true) }
    }

    /// Whether a register's name column is headed in English ("Application Name"), so a hint
    /// to it speaks English too.
    private static func isEnglish(_ header: String) -> Bool {
        let words = Set(header.lowercased().split { !$0.isLetter }.map(String.init))
        return !words.isDisjoint(with: ["name", "application", "app", "system", "title"])
    }

    /// "Kab. Lombok Barat", "Kota Mataram": a sheet name that is a regional government's.
    private static func namesRegionalGovernment(_ text: String) -> Bool {
        RegionGazetteer.shared.region(in: text) != nil && AgencyName.canonical(text).hasPrefix("Pemerintah ")
    }
}
