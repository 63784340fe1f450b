/// Acronyms and what they stand for, so "SIMPEG" meets "Sistem Informasi Kepegawaian".
///
/// Starts from the acronyms every SPBE register uses and learns more from the inventory
/// itself: an app whose acronym can be spelt from the syllables of its own full name
/// ("SIMPEG" from SIstem informasi Manajemen PEGawai) teaches that pair to every other app.
public struct AcronymLexicon: Sendable {
    /// Lower-case acronym → words of its expansion.
    public private(set) var expansions: [String: [String]]

    public init() {
        expansions = Self.builtin.mapValues { Tokenizer.words($0) }
    }

    /// Learns `acronym` = `fullName` when the acronym can be spelt from the name's syllables.
    @discardableResult
    public mutating func learn(acronym: String, fullName: String) -> Bool {
        let letters = Tokenizer.words(acronym).joined()
        let words = Tokenizer.words(fullName).filter { $0 != letters }
        guard letters.count >= 3, letters.count <= 14, words.count >= 2, expansions[letters] == nil,
              Self.canSpell(letters, from: words) else { return false }
        expansions[letters] = words
        return true
    }

    /// Forgets learned acronyms that the inventory's agencies use for different jobs: "SIKIP"
    /// spelt as Sistem Informasi Kinerja Pegawai by one region is Keterbukaan Informasi Publik in
    /// another. An acronym says something about a job only when the full names written beside
    /// it agree with the expansion; when at least a third of them (`names`: each app's acronym and
    /// its name when the name is not the acronym itself) share no telling word with it, the
    /// expansion is dropped. Built-in acronyms are national and stay.
    public mutating func forgetAmbiguous(_ names: [(acronym: String, name: String)]) {
        var agreeing: [String: (agree: Int, other: Int)] = [:]
        for (acronym, name) in names {
            let letters = Tokenizer.words(acronym).joined()
            guard Self.builtin[letters] == nil, let expansion = expansions[letters] else { continue }
            let words = Self.tellingWords(Tokenizer.words(name).filter { $0 != letters })
            guard words.count >= 2 else { continue }
            let shared = Self.tellingWords(expansion).contains { word in words.contains { Self.sameWord($0, word) } }
            agreeing[letters, default: (0, 0)].agree += shared ? 1 : 0
            agreeing[letters, default: (0, 0)].other += shared ? 0 : 1
        }
        for (letters, count) in agreeing where 3 * count.other >= count.agree + count.other {
            expansions[letters] = nil
        }
    }

    /// Words of a name that can say what it does: not function words, the "sistem informasi"
    /// every name carries, nor the region that owns it ("SIKIP Kabupaten Klaten").
    static func tellingWords(_ words: [String]) -> [String] {
        words.filter {
            $0.count >= 3 && !Stopwords.function.contains($0) && !genericNameWords.contains($0)
                && !RegionGazetteer.levelWords.contains($0) && !RegionGazetteer.shared.regionWords.contains($0)
        }
    }

    static let genericNameWords: Set<String> = ["sistem", "informasi", "aplikasi", "manajemen", "system", "information", "management", "elektronik", "online", "terpadu", "terintegrasi", "digital"]

    /// One word, allowing an affix ("pegawai" in "kepegawaian").
    static func sameWord(_ a: String, _ b: String) -> Bool {
        a == b || (min(a.count, b.count) >= 4 && (a.contains(b) || b.contains(a)))
    }

    /// Whether the acronym's letters are prefixes of the words, in order ("simpeg" from
    /// "sistem informasi manajemen kepegawaian"); see ``SpellableName/isSpelt(by:)``.
    static func canSpell(_ acronym: String, from words: [String]) -> Bool {
        SpellableName(words).isSpelt(by: Array(acronym.unicodeScalars))
    }

    /// Acronyms found in SPBE registers across Indonesia, each with one reading nationwide. An
    /// acronym that national bodies spell out differently stays out: "SIKS" is Kemensos's Sistem
    /// Informasi Kesejahteraan Sosial and ANRI's Sistem Informasi Kearsipan Statis, so read as
    /// either it would send the other's apps to the wrong platform. The inventory may still teach
    /// it (``learn(acronym:fullName:)``), and ``forgetAmbiguous(_:)`` drops it where its agencies disagree.
    static let builtin: [String: String] = [
        "simpeg": "manajemen kepegawaian pegawai", "simpegda": "manajemen kepegawaian daerah pegawai", "siasn": "aparatur sipil negara kepegawaian",
        "siak": "administrasi kependudukan", "simrs": "manajemen rumah sakit", "rsud": "rumah sakit umum daerah",
        "simpus": "manajemen puskesmas", "epuskesmas": "puskesmas", "sipd": "pemerintahan daerah perencanaan penganggaran",
        "sikd": "kearsipan dinamis arsip", "srikandi": "kearsipan dinamis terintegrasi arsip surat", "simda": "manajemen keuangan daerah",
        "simbg": "manajemen bangunan gedung", "simtaru": "tata ruang", "sakip": "akuntabilitas kinerja instansi",
        "lakip": "laporan akuntabilitas kinerja", "lkjip": "laporan kinerja", "lapor": "pengaduan aspirasi", "sp4n": "pengaduan pelayanan publik",
        "spse": "pengadaan elektronik tender", "lpse": "layanan pengadaan elektronik", "sirup": "rencana umum pengadaan",
        "jdih": "dokumentasi informasi hukum", "ppid": "pengelola informasi dokumentasi publik", "atcs": "area traffic control lalu lintas",
        "ppdb": "penerimaan peserta didik baru", "dapodik": "data pokok pendidikan", "tnde": "tata naskah dinas elektronik",
        "sppd": "perjalanan dinas", "bphtb": "bea perolehan hak tanah bangunan pajak", "pbb": "pajak bumi bangunan",
        "sptpd": "pajak daerah", "simpatda": "manajemen pajak daerah", "sipatda": "pajak daerah", "sipkd": "pengelolaan keuangan daerah", "simonev": "monitoring evaluasi", "monev": "monitoring evaluasi",
        "skp": "sasaran kinerja pegawai", "tpp": "tambahan penghasilan pegawai", "oss": "perizinan berusaha",
        "dtks": "data terpadu kesejahteraan sosial", "siskeudes": "keuangan desa", "apbdes": "anggaran desa",
        "satusehat": "kesehatan rekam medis", "musrenbang": "musyawarah perencanaan pembangunan", "renja": "rencana kerja",
        "rpjmd": "rencana pembangunan jangka menengah daerah", "simbada": "barang milik daerah aset", "bmd": "barang milik daerah",
        "bmn": "barang milik negara", "simak": "akuntansi barang", "ptsp": "pelayanan terpadu satu pintu perizinan",
        "imb": "izin mendirikan bangunan", "pbg": "persetujuan bangunan gedung", "kia": "kesehatan ibu anak",
        "slims": "perpustakaan katalog", "inlislite": "perpustakaan otomasi", "umkm": "usaha mikro kecil menengah",
        "ukm": "usaha kecil menengah", "bpbd": "penanggulangan bencana", "kir": "pengujian kendaraan", "pkb": "pajak kendaraan bermotor",
        "samsat": "pajak kendaraan bermotor", "simwas": "pengawasan audit", "tlhp": "tindak lanjut hasil pemeriksaan",
        "dukcapil": "kependudukan pencatatan sipil", "adminduk": "administrasi kependudukan", "ktp": "kartu tanda penduduk",
        "bansos": "bantuan sosial", "rdkk": "rencana kebutuhan kelompok tani pupuk", "posyandu": "pos pelayanan terpadu balita",
    ]
}
