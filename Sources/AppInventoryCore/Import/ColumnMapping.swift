/// Which input column feeds which inventory field; every other column goes to `attributes`.
public struct ColumnMapping: Sendable {
    /// Field for each header position; nil means "keep in attributes". A field that joins
    /// columns (``InventoryField/joinsColumns``) may be given to several.
    var fields: [InventoryField?]
    var header: [String]
    /// For columns kept in attributes that look like a field: the field, the column that
    /// already fills it and why that one does, so the summary can say how to swap them.
    var suggestions: [Int: Suggestion] = [:]
    /// Headers read with a typo corrected, by position: "Deskirpsi" is read as "Deskripsi".
    var readings: [Int: String] = [:]
    /// What makes the mapping unusable: an override naming an unknown column or field, or no
    /// column holding the name. The mapping is still complete, so an import that fails can
    /// show how it read every column.
    var issues: [ImportIssue] = []

    /// Builds the mapping from the header, letting `overrides` (`column=field`, from `--map`) win.
    ///
    /// When two columns look like one field, the one with the better claim fills it (see
    /// ``InventoryField/HeaderMatch/outranks(_:)``) and the other stays in attributes with a
    /// suggestion. Columns that say what the app does join instead: every column read as the
    /// description ("Deskripsi", "Fungsi Aplikasi", "Manfaat") feeds it, and so does every
    /// column of features ("Fitur", "Modul"), since the analysis compares apps on that text.
    /// A remarks column ("Keterangan") describes the app only when nothing else does.
    init(_ table: RawTable, overrides: [String: String], language: Language = .en) {
        let header = table.header
        let file = table.file
        self.header = header
        // A header whose words name a number the column does not hold ("Pengguna Aplikasi": Internal,
        // Eksternal; "Sumber Anggaran": APBD) is not that field: its text is kept, and another
        // column ("Nilai Anggaran") may fill the field.
        let headerMatches = header.map(InventoryField.match(header:))
        for (position, match) in headerMatches.enumerated() {
            if let reading = match?.reading { readings[position] = reading }
        }
        let matches = headerMatches.enumerated().map { position, match in
            match.flatMap { $0.exactAsWritten || Self.valuesFit($0.field, position: position, rows: table.rows) ? $0 : nil }
        }
        var fields = matches.map { $0?.field }
        var forced = Set<Int>()
        for (column, fieldName) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let position = header.firstIndex(where: { InventoryField.fold($0) == InventoryField.fold(column) }) else {
                issues.append(ImportIssue(file: file, message: language.pick(
                    en: "--map names column \"\(column.excerpt)\", which is not in the header; its columns are \(Self.listing(header))",
                    id: "--map menyebut kolom \"\(column.excerpt)\", yang tidak ada di judul kolom; kolomnya \(Self.listing(header))")))
                continue
            }
            forced.insert(position)
            if ["", "-", "attributes", "ignore"].contains(fieldName.lowercased()) {
                fields[position] = nil
                continue
            }
            guard let field = InventoryField(rawValue: fieldName.lowercased()) ?? InventoryField.matching(header: fieldName) else {
                let names = InventoryField.allCases.map(\.rawValue), fields = names.joined(separator: ", ")
                // A slip of the keyboard ("nmae") is answered with the field meant.
                let meant = EditDistance.nearest(fieldName, in: names, within: max(1, fieldName.count / 3))
                issues.append(ImportIssue(file: file, message: language.pick(
                    en: "--map \(column.excerpt)=\(fieldName.excerpt): unknown field\(meant.map { "; did you mean \"\($0)\"?" } ?? ""); fields are \(fields)",
                    id: "--map \(column.excerpt)=\(fieldName.excerpt): bidang tidak dikenal\(meant.map { "; maksud Anda \"\($0)\"?" } ?? ""); bidangnya \(fields)")))
                continue
            }
            if !field.joinsColumns {
                for other in fields.indices where fields[other] == field && !forced.contains(other) { fields[other] = nil }
            }
            fields[position] = field
        }
        // Remarks join the description only when no other column describes the app.
        let describing = fields.indices.filter { fields[$0] == .description && (forced.contains($0) || matches[$0]?.isRemark != true) }
        if let describedBy = describing.first {
            for position in fields.indices where fields[position] == .description && !describing.contains(position) {
                fields[position] = nil
                suggestions[position] = Suggestion(field: .description, filledBy: describedBy) { language in
                    language.pick(en: "\"\(InventoryField.remarkSpelling)\" usually holds remarks, which describe an app only when nothing else does",
                                  id: "\"\(InventoryField.remarkSpelling)\" biasanya berisi catatan, yang menjelaskan aplikasi hanya bila tidak ada kolom lain")
                }
            }
        }
        var holder: [InventoryField: Int] = [:]
        for (position, field) in fields.enumerated() {
            guard let field, !field.joinsColumns else { continue }
            guard let first = holder[field] else {
                holder[field] = position
                continue
            }
            if forced.contains(position) && forced.contains(first) {
                issues.append(ImportIssue(file: file, message: "--map gives \(field.rawValue) to both \"\(header[first].excerpt)\" and \"\(header[position].excerpt)\"; choose one"))
                continue
            }
            let newIsStronger = forced.contains(position)
                || (!forced.contains(first) && matches[position].map { claim in matches[first].map { claim.outranks($0) || (!$0.outranks(claim) && Self.isLaterYear(header[position], than: header[first])) } ?? true } ?? false)
            let (winner, loser) = newIsStronger ? (position, first) : (first, position)
            holder[field] = winner
            fields[loser] = nil
            // "Jenis Aplikasi" beside "Nama Aplikasi" shares a word, not a meaning: no swap to offer.
            if matches[loser]?.qualifier != true {
                let (claim, against, header, loserHeader) = (forced.contains(winner) ? nil : matches[winner], matches[loser], header[winner], header[loser])
                suggestions[loser] = Suggestion(field: field, filledBy: winner) { language in
                    Self.whyFills(field, winner: claim, header: header, loser: against, loserHeader: loserHeader, language: language)
                }
            }
        }
        for (position, suggestion) in suggestions where fields[position] != nil || (!suggestion.field.joinsColumns && holder[suggestion.field] != suggestion.filledBy) {
            suggestions[position] = nil
        }
        if holder[.name] == nil {
            issues.append(table.issue(row: table.headerRow, position: nil, language.pick(
                en: "no column holds the application name; expected a header such as name, nama or nama_aplikasi, or say which with --map COLUMN=name, or the header row with --header-row N; its columns are \(Self.listing(header))",
                id: "tidak ada kolom berisi nama aplikasi; seharusnya ada judul kolom seperti name, nama atau nama_aplikasi, atau tentukan dengan --map KOLOM=name, atau baris judul kolom dengan --header-row N; kolomnya \(Self.listing(header))")))
        }
        self.fields = fields
    }

    /// Why a column kept in attributes was not read as `field`: the column that fills it, and
    /// the reason that one has the better claim.
    struct Suggestion: Sendable {
        var field: InventoryField
        var filledBy: Int
        /// The reason, for the column report in its language: "a closer spelling of annual_cost, …".
        var why: @Sendable (Language) -> String
    }

    /// Why the column headed `header` (matched as `winner`, nil when `--map` chose it) fills
    /// `field` rather than the one headed `loserHeader` (matched as `loser`).
    static func whyFills(_ field: InventoryField, winner: InventoryField.HeaderMatch?, header: String,
                         loser: InventoryField.HeaderMatch?, loserHeader: String, language: Language = .en) -> String {
        let name = field.rawValue
        guard let winner else { return language.pick(en: "--map gives it \(name)", id: "--map memberinya \(name)") }
        guard let loser else { return language.pick(en: "the first column read as \(name)", id: "kolom pertama yang dibaca sebagai \(name)") }
        if winner.rank != loser.rank {
            let spellings = "\"\(field.spellings[winner.rank])\" \(language.pick(en: "before", id: "sebelum")) \"\(field.spellings[loser.rank])\""
            return language.pick(en: "a closer spelling of \(name), ", id: "ejaan yang lebih dekat dengan \(name), ") + spellings
        }
        if winner.reading == nil, let reading = loser.reading {
            return language.pick(en: "spelt right, where this header is \(name) only when read as \"\(reading.excerpt)\"",
                                 id: "ejaannya benar, sedangkan judul ini baru \(name) bila dibaca sebagai \"\(reading.excerpt)\"")
        }
        if isLaterYear(header, than: loserHeader) { return language.pick(en: "a later year, so the cost today", id: "tahun yang lebih baru, jadi biaya saat ini") }
        return language.pick(en: "the first of two columns with an equal claim", id: "yang pertama dari dua kolom yang sama kuat")
    }

    /// The columns that feed `field`, in column order: one, or several for a field that
    /// joins columns.
    func positions(of field: InventoryField) -> [Int] {
        fields.indices.filter { fields[$0] == field }
    }

    /// How many of a column's first filled cells are read to judge whether they fit its field.
    static let fitSample = 200

    /// Whether the column at `position` holds what `field` needs: for a number field (users,
    /// amounts, years), at least half of its first filled cells carry a digit. A few bad
    /// cells in a column of numbers stay errors at their cells ("banyak", "Rp 1.2.3", year
    /// 1850); a column of words ("Internal", "APBD") is not a column of numbers.
    static func valuesFit(_ field: InventoryField, position: Int, rows: [[String]]) -> Bool {
        guard field == .users || field == .annualCost || field == .launchedYear else { return true }
        var (filled, numeric) = (0, 0)
        for row in rows where position < row.count && filled < fitSample {
            guard let text = ValueParser.text(SpreadsheetSafety.restore(row[position])) else { continue }
            filled += 1
            if text.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) { numeric += 1 }
        }
        return numeric * 2 >= filled
    }

    /// Whether `header` names a later year than `other` ("Anggaran 2024" after "Anggaran 2023"):
    /// of a register's budget columns for several years, the latest is the cost today.
    static func isLaterYear(_ header: String, than other: String) -> Bool {
        func named(_ text: String) -> Int? {
            text.split { !$0.isNumber }.compactMap { Int($0) }.last(where: { (1990...2100).contains($0) })
        }
        guard let year = named(header), let otherYear = named(other) else { return false }
        return year > otherYear
    }

    /// Every column name, quoted, as `--map` takes it: the list is what a planner copies
    /// from, so it is never cut (each name is, at 80 characters).
    static func listing(_ header: [String]) -> String {
        header.map { "\"\($0.excerpt)\"" }.joined(separator: ", ")
    }

    /// Position of the column mapped to `field`.
    func position(of field: InventoryField) -> Int? {
        fields.firstIndex(of: field)
    }
}
