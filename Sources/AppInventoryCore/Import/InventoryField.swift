/// A column the importer understands, with the header spellings real registers use.
///
/// Headers are compared after folding case and dropping everything but letters and
/// digits, so "Nama Aplikasi", "nama_aplikasi" and "NAMA-APLIKASI" all match; failing
/// that, by words, so "Biaya Pemeliharaan (Rp)" and "annual_cost_idr" match too.
public enum InventoryField: String, CaseIterable, Sendable {
    case externalID = "external_id"
    case name, acronym, agency, unit, level, region, province, domain
    case rabCode = "rab_code"
    case raaCode = "raa_code"
    case description, features
    case dataEntities = "data_entities"
    case integrations, users
    case annualCost = "annual_cost"
    case status, hosting
    case techStack = "tech_stack"
    case launchedYear = "launched_year"
    case url

    /// Header spellings recognised for this field, strongest first: when two columns look
    /// like one field, the column matching the earlier spelling fills it.
    var spellings: [String] {
        switch self {
        case .externalID: ["external_id", "id", "app_id", "id_aplikasi", "kode_aplikasi", "kode", "no_registrasi", "nomor_registrasi", "application_id"]
        case .name: ["name", "nama", "nama_aplikasi", "aplikasi", "application", "application_name", "app_name", "nama_sistem", "nama_sistem_informasi"]
        case .acronym: ["acronym", "akronim", "singkatan", "short_name", "alias"]
        case .agency: ["agency", "instansi", "nama_instansi", "instansi_pemilik", "pemda", "pemerintah_daerah", "organisation", "organization", "owner", "pemilik", "kementerian_lembaga", "k_l_d"]
        case .unit: ["unit", "opd", "opd_pemilik", "opd_pengelola", "nama_opd", "unit_pengelola", "unit_kerja", "perangkat_daerah", "satuan_kerja", "satker", "skpd", "dinas", "department", "pengelola"]
        case .level: ["level", "tingkat", "tingkatan", "jenis_instansi", "tier", "government_level"]
        case .region: ["region", "wilayah", "daerah", "provinsi_kabupaten_kota", "kabupaten_kota", "lokasi", "location"]
        case .province: ["province", "provinsi", "nama_provinsi"]
        case .domain: ["domain", "sector", "sektor", "urusan", "bidang", "fungsi_pemerintahan", "business_domain", "kategori", "category"]
        case .rabCode: ["rab_code", "rab", "kode_rab", "referensi_bisnis"]
        case .raaCode: ["raa_code", "raa", "kode_raa", "referensi_aplikasi"]
        case .description: ["description", "deskripsi", "deskripsi_aplikasi", "deskripsi_singkat", "uraian", "fungsi_aplikasi", "fungsi", "infofungsi", "info_fungsi", "keterangan", "purpose", "tujuan", "manfaat", "kegunaan"]
        case .features: ["features", "fitur", "modul", "modules", "fitur_aplikasi", "layanan", "capabilities"]
        case .dataEntities: ["data_entities", "data", "entitas_data", "data_yang_dikelola", "jenis_data", "dataset"]
        case .integrations: ["integrations", "integrasi", "interoperabilitas", "terintegrasi_dengan", "interfaces", "integrasi_dengan"]
        case .users: ["users", "pengguna", "jumlah_pengguna", "jumlah_user", "user", "user_count", "jml_pengguna", "jml_user"]
        case .annualCost: ["annual_cost", "biaya_tahunan", "biaya_pemeliharaan", "biaya_operasional", "pemeliharaan", "operasional", "biaya", "anggaran", "nilai_anggaran", "nilai_kontrak", "cost", "pagu", "rp", "rupiah"]
        case .status: ["status", "status_aplikasi", "keaktifan", "aktif", "naktif", "status_aktif"]
        case .hosting: ["hosting", "server", "lokasi_server", "pusat_data", "data_center", "infrastruktur"]
        case .techStack: ["tech_stack", "teknologi", "bahasa_pemrograman", "platform", "technology", "basis_data"]
        case .launchedYear: ["launched_year", "tahun", "tahun_pembuatan", "tahun_dibangun", "tahun_pengembangan", "year", "tahun_operasional", "tahun_anggaran", "launched"]
        case .url: ["url", "alamat", "link", "website", "domain_url", "alamat_url", "tautan", "nama_domain"]
        }
    }

    /// Whether several columns may feed this field together: what the app does (its
    /// description, its features) is the text the analysis compares apps on, and thin
    /// registers spread it over "Deskripsi", "Fungsi Aplikasi", "Manfaat", "Fitur" and "Modul".
    /// Descriptions are joined as sentences, feature lists merged.
    package var joinsColumns: Bool { self == .description || self == .features }

    /// The description spelling that names remarks ("Keterangan": "Dipakai semua OPD", "Uji
    /// coba") rather than what the app does: such a column describes the app only when no
    /// other column does.
    static let remarkSpelling = "keterangan"

    /// Spellings that name what a header is *about* rather than its values when another
    /// field's word stands beside them: "Pemeliharaan / Tahun" is a cost per year, not a year;
    /// "Nama Dinas" and "Kode OPD" name the unit, not the app. Alone they still match.
    static let qualifierSpellings: Set<String> = ["tahun", "year", "nama", "name", "kode", "aplikasi", "application"]

    /// How a header names a field: by a whole spelling ("Nama Aplikasi") or by containing
    /// one's words ("Biaya Pemeliharaan (Rp)" holds "biaya pemeliharaan").
    struct HeaderMatch: Sendable, Equatable {
        var field: InventoryField
        var exact: Bool
        /// Position of the field's strongest spelling found in the header; lower is stronger.
        var rank: Int
        var words: Int
        /// Where the spelling's words start in the header; Indonesian names the head first.
        var start: Int
        /// Whether only a qualifier word ("tahun", "nama", "kode") matched.
        var qualifier = false
        /// The header as read with its typos corrected ("Deskripsi" for "Deskirpsi"), when
        /// only that reading names the field (or names it more surely).
        var reading: String?

        /// Whether the header is a field's own spelling, as written: its cells must then be
        /// that field's values, and a bad one is an error at its cell.
        var exactAsWritten: Bool { exact && reading == nil }

        /// Whether the header names remarks ("Keterangan") rather than what the app does.
        var isRemark: Bool { field == .description && field.spellings[rank] == InventoryField.remarkSpelling }

        /// Whether this match names the field more surely than `other`, within one header.
        func isStronger(than other: HeaderMatch) -> Bool {
            if exact != other.exact { return exact }
            if words != other.words { return words > other.words }
            if qualifier != other.qualifier { return !qualifier }
            return start < other.start
        }

        /// Whether this column has the better claim to the field than the column `other`:
        /// a header named by a qualifier word alone ("Nama Vendor") yields to any other, then
        /// the field's earlier spelling wins ("Biaya Pemeliharaan" over "Biaya Pengadaan"),
        /// then a header spelt right over one read with a typo corrected.
        func outranks(_ other: HeaderMatch) -> Bool {
            if qualifier != other.qualifier { return !qualifier }
            if rank != other.rank { return rank < other.rank }
            return reading == nil && other.reading != nil
        }
    }

    private static let spellingTable: [(field: InventoryField, rank: Int, folded: String, words: [String])] =
        allCases.flatMap { field in
            field.spellings.enumerated().map { rank, spelling in
                (field, rank, fold(spelling), spelling.split(separator: "_").map(String.init))
            }
        }

    private static let exactTable: [String: (field: InventoryField, rank: Int)] = {
        var table: [String: (InventoryField, Int)] = [:]
        for entry in spellingTable where table[entry.folded] == nil { table[entry.folded] = (entry.field, entry.rank) }
        return table
    }()

    /// The field a header most likely names, if any: as written, or failing that (or more
    /// surely) with its misspelt words read as the known words they were meant to be
    /// ("Deskirpsi" as "Deskripsi"; see ``HeaderTypos``), the match then carrying that reading.
    static func match(header: String) -> HeaderMatch? {
        let folded = fold(header)
        guard !folded.isEmpty else { return nil }
        if let (field, rank) = exactTable[folded] {
            return HeaderMatch(field: field, exact: true, rank: rank, words: 1, start: 0)
        }
        let words = header.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let asWritten = match(words: words)
        guard let (correctedWords, corrections) = HeaderTypos.corrected(words) else { return asWritten }
        let reading = HeaderTypos.reading(header, corrections: corrections)
        var corrected: HeaderMatch?
        if let (field, rank) = exactTable[correctedWords.joined()] {
            corrected = HeaderMatch(field: field, exact: true, rank: rank, words: 1, start: 0)
        } else {
            corrected = match(words: correctedWords)
        }
        guard var corrected, asWritten.map({ corrected.isStronger(than: $0) }) ?? true else { return asWritten }
        corrected.reading = reading
        return corrected
    }

    /// The field a header of several `words` names by containing a spelling's words.
    private static func match(words: [String]) -> HeaderMatch? {
        guard words.count > 1, words.count <= 12 else { return nil }
        var candidates: [HeaderMatch] = []
        for entry in spellingTable where entry.words.count <= words.count {
            for start in 0...(words.count - entry.words.count) where Array(words[start..<(start + entry.words.count)]) == entry.words {
                candidates.append(HeaderMatch(field: entry.field, exact: false, rank: entry.rank, words: entry.words.count, start: start,
                                              qualifier: qualifierSpellings.contains(entry.folded)))
                break
            }
        }
        guard var best = candidates.first else { return nil }
        for candidate in candidates.dropFirst() where candidate.isStronger(than: best) { best = candidate }
        // The field's strongest spelling in the header decides between two columns for it.
        best.rank = candidates.filter { $0.field == best.field && $0.qualifier == best.qualifier }.map(\.rank).min()!
        return best
    }

    /// Whether the input holds several values separated by `;` or `|`.
    package var isList: Bool { self == .features || self == .dataEntities || self == .integrations }

    /// Folds a header for comparison: lower case, letters and digits only.
    static func fold(_ header: String) -> String {
        let utf8 = header.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // Plain ASCII, as nearly every header and cell is: the same result byte by byte.
            return String(decoding: utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
                default: nil
                }
            }, as: UTF8.self)
        }
        return String(header.lowercased().unicodeScalars.filter { CharacterSetLite.isAlphanumeric($0) }.map(Character.init))
    }

    /// Finds the field a header names, if any.
    package static func matching(header: String) -> InventoryField? {
        match(header: header)?.field
    }
}

/// ASCII-and-Unicode letter/digit test without Foundation bridging.
enum CharacterSetLite {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
