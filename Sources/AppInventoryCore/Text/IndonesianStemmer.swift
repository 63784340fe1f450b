/// Reduces Indonesian words to their root so that "kepegawaian" meets "pegawai",
/// "perizinan" meets "izin", and "pelaporan" and "laporan" meet "lapor".
///
/// It follows the confix-stripping order of Nazief and Adriani (particles, possessives,
/// derivational suffixes, then up to three prefixes with their nasal variants), and checks
/// every candidate against a root lexicon: the built-in roots plus every word seen in the
/// inventory. The first candidate that is a known word wins, which keeps "pegawai" whole and
/// turns "perencanaan" into "rencana" rather than "encana". When no candidate is known, the
/// word is returned without its inflectional suffixes.
public struct IndonesianStemmer: Sendable {
    /// Known roots: built-in ones and words learnt from the corpus.
    public private(set) var lexicon: Set<String>

    public init(corpusWords: Set<String> = []) {
        lexicon = Self.builtinRoots.union(corpusWords.filter { $0.count >= 4 })
    }

    /// The most-stripped candidate that is a known word (built-in root or corpus word).
    ///
    /// Corpus words include derived forms ("kepegawaian"), so the deepest known candidate
    /// wins: "kepegawaian" → "pegawai", while "pegawai" stays (its "gawai" is unknown).
    public func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLetter), !Self.wholeWords.contains(word) else { return word }
        var best: (word: String, depth: Int)? = lexicon.contains(word) ? (word, 0) : nil
        func consider(_ candidate: String, _ depth: Int) {
            if candidate.count >= 3, lexicon.contains(candidate), depth > (best?.depth ?? -1) { best = (candidate, depth) }
        }
        let base = removeInflection(word)
        let inflected = base == word ? 0 : 1
        consider(base, inflected)
        for (index, stripped) in suffixVariants(base).enumerated() {
            let depth = inflected + (index == 0 ? 0 : 1)
            consider(stripped, depth)
            removePrefixes(stripped, depth: depth, steps: 0, consider: consider)
        }
        return best?.word ?? base
    }

    /// Whether `word` is a known root of four letters or more with at most one prefix and one
    /// suffix around it ("perumahan": per- rumah -an): a word of its own, not a slip. Deeper
    /// stripping is left out, since it turns slips into roots ("pendiikan", a slip of
    /// "pendidikan", is pen- di- ikan -an to ``stem(_:)``).
    public func isAffixed(_ word: String) -> Bool {
        let base = removeInflection(word)
        for stripped in suffixVariants(base) {
            if stripped != word, stripped.count >= 4, lexicon.contains(stripped) { return true }
            if prefixCandidates(stripped).contains(where: { $0.count >= 4 && lexicon.contains($0) }) { return true }
        }
        return false
    }

    /// Whether `word` is a built-in root or such a root with affixes (``isAffixed(_:)``): a word
    /// the language has, where a word learnt from the inventory may be a typo it repeats.
    public func isDerived(_ word: String) -> Bool {
        Self.builtinRoots.contains(word) || isAffixed(word)
    }

    private func removeInflection(_ word: String) -> String {
        var word = word
        for particle in ["lah", "kah", "tah", "pun"] where word.hasSuffix(particle) && word.count > particle.count + 3 {
            word.removeLast(particle.count)
            break
        }
        for possessive in ["nya", "ku", "mu"] where word.hasSuffix(possessive) && word.count > possessive.count + 3 {
            word.removeLast(possessive.count)
            break
        }
        return word
    }

    /// The word with each derivational suffix removed, the bare word first.
    private func suffixVariants(_ word: String) -> [String] {
        var variants = [word]
        for suffix in ["kan", "an", "i"] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            variants.append(String(word.dropLast(suffix.count)))
        }
        return variants
    }

    private func removePrefixes(_ word: String, depth: Int, steps: Int, consider: (String, Int) -> Void) {
        guard steps < 3 else { return }
        for candidate in prefixCandidates(word) where candidate.count >= 3 {
            consider(candidate, depth + 1)
            removePrefixes(candidate, depth: depth + 1, steps: steps + 1, consider: consider)
        }
    }

    /// Roots a prefixed word may come from, with the sound changes of me-/pe- (meny- → s, mem- → p, men- → t, meng- → k).
    private func prefixCandidates(_ word: String) -> [String] {
        var result: [String] = []
        func after(_ prefix: String) -> String? { word.hasPrefix(prefix) ? String(word.dropFirst(prefix.count)) : nil }
        for simple in ["di", "ke", "se", "ber", "be", "ter", "te", "per"] {
            if let rest = after(simple) { result.append(rest) }
        }
        for nasal in ["me", "pe"] {
            guard let rest = after(nasal) else { continue }
            if let r = rest.dropPrefix("ng") { result += [r, "k" + r] }
            if let r = rest.dropPrefix("ny") { result += ["s" + r, r] }
            if let r = rest.dropPrefix("m") { result += [r, "p" + r] }
            if let r = rest.dropPrefix("n") { result += [r, "t" + r] }
            if let r = rest.dropPrefix("r") { result += [r, "r" + r] }
            result.append(rest)
        }
        return result
    }

    /// Derived words that name another thing than their root's other derivations, kept whole:
    /// "persediaan" is a stock of goods (an asset-management job, see ``Synonyms``) and "ketersediaan" the
    /// availability of something, while "penyedia" is the supplier a procurement system deals
    /// with; stripped, all three would be "sedia" and a stock app would read as procurement.
    static let wholeWords: Set<String> = ["persediaan", "ketersediaan"]

    /// Roots common in government application texts, so small inventories stem well too.
    static let builtinRoots: Set<String> = [
        "pegawai", "izin", "lapor", "daftar", "duduk", "rencana", "anggar", "ada", "adu", "bangun", "kelola", "layan",
        "catat", "olah", "kerja", "nilai", "ukur", "awas", "periksa", "arsip", "surat", "kirim", "terima", "bayar", "pajak",
        "tagih", "hitung", "sehat", "didik", "ajar", "sekolah", "sosial", "bantu", "sejahtera", "usaha", "dagang", "tani",
        "pupuk", "pasar", "harga", "ikan", "ternak", "hutan", "tanah", "ruang", "tata", "jalan", "angkut", "hubung", "lintas",
        "uji", "kendara", "wisata", "budaya", "pustaka", "sampah", "lingkung", "hidup", "bencana", "tanggul", "aman",
        "tertib", "hukum", "atur", "putus", "hadir", "absen", "absensi", "presensi", "kinerja", "sasar", "capai", "gaji",
        "tunjang", "potong", "aset", "barang", "milik", "inventaris", "uang", "akuntansi", "jurnal", "belanja", "dapat",
        "retribusi", "pungut", "parkir", "usul", "musyawarah", "desa", "lurah", "camat", "warga", "lahir", "mati", "nikah",
        "pindah", "kartu", "akta", "sakit", "rawat", "obat", "rujuk", "gizi", "timbang", "imunisasi", "siswa", "guru",
        "rapor", "seleksi", "zona", "prestasi", "miskin", "salur", "koperasi", "mikro", "produk", "promosi", "tamu",
        "kunjung", "pinjam", "kembali", "buku", "anggota", "kualitas", "dokumen", "naskah", "disposisi", "tanda", "tangan",
        "rapat", "jadwal", "undang", "bakar", "servis", "pantau", "evaluasi", "kendali", "realisasi", "program", "giat",
        "indikator", "strategi", "target", "temu", "rekomendasi", "tindak", "lanjut", "audit", "publik", "mohon", "berat",
        "kecuali", "terbit", "verifikasi", "validasi", "survei", "berkas", "lacak", "akuntabilitas", "pangkat", "jabat",
        "mutasi", "pensiun", "cuti", "didik", "latih", "rekrut", "ujian", "tes", "peta", "tanam", "panen", "air", "banjir",
        "pasien", "medis", "rekam", "farmasi", "dokter", "bidan", "ibu", "anak", "balita", "hamil", "stunting", "gedung",
        "laik", "kota", "tertib", "satpol", "pamong", "pemadam", "kebakar", "bina", "kembang", "latih", "kerja", "karya",
        "cipta", "industri", "ekspor", "impor", "modal", "tanam", "investasi", "informasi", "komunikasi", "berita",
        "umum", "keluarga", "penduduk", "pengaduan", "lelang", "tender", "sedia", "kontrak", "beli", "kirim", "simpan",
        "cari", "pilih", "suara", "hitung", "nomor", "antri", "antre", "jemput", "kumpul", "sebar", "ajuan", "aju",
    ]
}

extension String {
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
