/// A column the importer understands, with the header spellings real registers use.
///
/// Headers are compared after folding case and dropping everything but letters and
/// digits, so "Nama Aplikasi", "nama_aplikasi" and "NAMA-APLIKASI" all match.
public enum InventoryField: String, CaseIterable, Sendable {
    case externalID = "external_id"
    case name, acronym, agency, unit, level, region, domain
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

    /// Header spellings recognised for this field (already folded).
    var aliases: [String] {
        let names: [String]
        switch self {
        case .externalID: names = ["external_id", "id", "app_id", "id_aplikasi", "kode_aplikasi", "kode", "no_registrasi", "application_id"]
        case .name: names = ["name", "nama", "nama_aplikasi", "aplikasi", "application", "application_name", "app_name", "nama_sistem"]
        case .acronym: names = ["acronym", "akronim", "singkatan", "short_name", "alias"]
        case .agency: names = ["agency", "instansi", "nama_instansi", "pemda", "pemerintah_daerah", "organisation", "organization", "owner", "pemilik", "kementerian_lembaga", "k_l_d"]
        case .unit: names = ["unit", "opd", "unit_kerja", "perangkat_daerah", "satuan_kerja", "satker", "skpd", "dinas", "department"]
        case .level: names = ["level", "tingkat", "tingkatan", "jenis_instansi", "tier", "government_level"]
        case .region: names = ["region", "wilayah", "daerah", "provinsi_kabupaten_kota", "lokasi", "location"]
        case .domain: names = ["domain", "sector", "sektor", "urusan", "bidang", "fungsi_pemerintahan", "business_domain", "kategori", "category"]
        case .rabCode: names = ["rab_code", "rab", "kode_rab", "referensi_bisnis"]
        case .raaCode: names = ["raa_code", "raa", "kode_raa", "referensi_aplikasi"]
        case .description: names = ["description", "deskripsi", "fungsi", "infofungsi", "info_fungsi", "keterangan", "uraian", "deskripsi_aplikasi", "purpose", "tujuan"]
        case .features: names = ["features", "fitur", "modul", "modules", "fitur_aplikasi", "layanan", "capabilities"]
        case .dataEntities: names = ["data_entities", "data", "entitas_data", "data_yang_dikelola", "jenis_data", "dataset"]
        case .integrations: names = ["integrations", "integrasi", "interoperabilitas", "terintegrasi_dengan", "interfaces", "integrasi_dengan"]
        case .users: names = ["users", "pengguna", "jumlah_pengguna", "user_count", "jml_pengguna"]
        case .annualCost: names = ["annual_cost", "biaya", "anggaran", "biaya_tahunan", "cost", "nilai_anggaran", "pagu", "biaya_pemeliharaan"]
        case .status: names = ["status", "status_aplikasi", "keaktifan", "aktif", "naktif", "status_aktif"]
        case .hosting: names = ["hosting", "server", "lokasi_server", "pusat_data", "data_center", "infrastruktur"]
        case .techStack: names = ["tech_stack", "teknologi", "bahasa_pemrograman", "platform", "technology", "basis_data"]
        case .launchedYear: names = ["launched_year", "tahun", "tahun_pembuatan", "tahun_dibangun", "year", "tahun_operasional", "launched"]
        case .url: names = ["url", "alamat", "link", "website", "domain_url", "alamat_url", "tautan"]
        }
        return names.map(InventoryField.fold)
    }

    /// Whether the input holds several values separated by `;` or `|`.
    var isList: Bool { self == .features || self == .dataEntities || self == .integrations }

    /// Folds a header for comparison: lower case, letters and digits only.
    static func fold(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { CharacterSetLite.isAlphanumeric($0) }.map(Character.init))
    }

    /// Finds the field a header names, if any.
    static func matching(header: String) -> InventoryField? {
        let folded = fold(header)
        guard !folded.isEmpty else { return nil }
        return allCases.first { $0.aliases.contains(folded) }
    }
}

/// ASCII-and-Unicode letter/digit test without Foundation bridging.
enum CharacterSetLite {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
