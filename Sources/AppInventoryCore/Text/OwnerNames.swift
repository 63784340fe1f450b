/// Where an app's name or description names the unit or agency that owns it: "Presensi Online
/// Dinkes", "TNDE Dinas Pendidikan", "SIMPEG BKPSDM".
///
/// Registers append the owner to names and descriptions, so two apps of one office that do
/// different jobs ("Portal Dinkes", a news site, and "Presensi Online Dinkes", attendance) share
/// a word that is rare in the register and would make them look alike. Those words say who owns
/// the app, as a region name does, not what it does; ``ProfileBuilder`` weighs them down.
///
/// A text names its owner when it holds
/// - the owner's name as the register's `unit` or `agency` column writes it, read from its first
///   two words on ("Dinas Pendidikan" of the unit "Dinas Pendidikan, Pemuda dan Olahraga");
/// - the owner's standard acronym: ``officeAcronyms`` ("Dinkes" for a unit "Dinas Kesehatan",
///   "BKPSDM", "Bapenda"), or an acronym spelt from the syllables of the owner's name ("Kemenkes"
///   for "Kementerian Kesehatan").
///
/// The first word of a unit's name says what kind of unit it is ("Puskesmas Depok I",
/// "Kecamatan Gamping", "RSUD Sleman") and is not part of the owner's name: a regency has
/// dozens of units of one kind, each doing that kind's job, so "SIMPUS Puskesmas Depok I" and
/// "ePuskesmas Mlati" still meet on "puskesmas". For the same reason a unit written as one word
/// names an owner only when it is a standard office acronym ("BKPSDM", not "Puskesmas").
struct OwnerNames: Sendable {
    /// A run of words that names the owner; `keepsKind`: its first word is the unit's kind,
    /// which keeps its weight.
    private struct Run: Sendable {
        var words: [String]
        var keepsKind: Bool
        /// The app's own region: after a level word ("Kabupaten Siak") the normaliser drops it
        /// with the level word, so it is left in the text.
        var isRegion = false
    }

    /// What an app's owner names are read from: apps with the same key have the same.
    struct Key: Hashable {
        var unit, agency, region: String?

        init(_ app: Application) { (unit, agency, region) = (app.unit, app.agency, app.region) }
    }

    private var runs: [Run] = []
    /// Owner names of two words or more, for acronyms spelt from their syllables.
    private var spellable: [SpellableName] = []

    /// No owner named: an app whose register leaves unit and agency empty.
    init() {}

    init(of app: Application) {
        for value in [app.unit, app.agency].compactMap({ $0 }) {
            let words = Tokenizer.words(value)
            guard let first = words.first else { continue }
            if words.count >= 2 {
                runs.append(Run(words: words, keepsKind: true))
                spellable.append(SpellableName(words))
            } else if Self.officeNames[first] != nil {
                runs.append(Run(words: words, keepsKind: false))
            }
            for acronym in Self.acronyms(of: words) where !runs.contains(where: { $0.words == [acronym] }) {
                runs.append(Run(words: [acronym], keepsKind: false))
            }
        }
        // The app's own region when its name is also an ordinary word or an acronym ("Siak",
        // "Batu", "Agam"): the normaliser keeps such a word unless a level word comes before it,
        // yet in "SIGAP SIAK" of Kabupaten Siak it names the owner, not the SIAK population system.
        let region = Tokenizer.words(app.region ?? "").filter { !RegionGazetteer.levelWords.contains($0) }
        if region.count == 1, TextNormalizer.ambiguousRegionWords.contains(region[0]), !runs.contains(where: { $0.words == region }) {
            runs.append(Run(words: region, keepsKind: false, isRegion: true))
        }
    }

    /// Whether the app's unit and agency name an owner at all (most generated and many real
    /// registers leave them empty).
    var isEmpty: Bool { runs.isEmpty }

    /// The words of a text split into those that name the owner and the rest, in order; nil
    /// when the text does not name its owner.
    func split(_ words: [String]) -> (rest: [String], owner: [String])? {
        var rest: [String] = []
        var owner: [String] = []
        var index = 0
        while index < words.count {
            if let run = longestRun(in: words, at: index) {
                if run.keepsKind { rest.append(words[index]) }
                owner += words[(index + (run.keepsKind ? 1 : 0))..<(index + run.length)]
                index += run.length
            } else if isSpeltAcronym(words[index]) {
                owner.append(words[index])
                index += 1
            } else {
                rest.append(words[index])
                index += 1
            }
        }
        return owner.isEmpty ? nil : (rest, owner)
    }

    /// The longest owner run starting at `index`: a whole acronym, or at least the first two
    /// words of a name.
    private func longestRun(in words: [String], at index: Int) -> (length: Int, keepsKind: Bool)? {
        var best: (length: Int, keepsKind: Bool)?
        let afterLevelWord = index > 0 && RegionGazetteer.levelWords.contains(words[index - 1])
        for run in runs where run.words[0] == words[index] && !(run.isRegion && afterLevelWord) {
            var length = 1
            while length < run.words.count && index + length < words.count && words[index + length] == run.words[length] { length += 1 }
            guard run.words.count == 1 || length >= 2, length > best?.length ?? 0 else { continue }
            best = (length, run.keepsKind)
        }
        return best
    }

    /// A word of four letters or more spelt from the syllables of an owner's name of two words
    /// or more, drawing on more than its first word ("dinkes" from "dinas kesehatan").
    private func isSpeltAcronym(_ word: String) -> Bool {
        guard word.count >= 4 else { return false }
        var letters: [Unicode.Scalar]?
        return spellable.contains { name in
            guard name.words[0].first == word.first, !name.words[0].hasPrefix(word), !name.words.contains(word) else { return false }
            if letters == nil { letters = Array(word.unicodeScalars) }
            return name.isSpelt(by: letters!)
        }
    }

    /// The standard acronyms of a unit named `words`: those whose office has the same kind
    /// (first word) and whose name's other telling words all appear in it, or that it holds.
    static func acronyms(of words: [String]) -> [String] {
        let held = Set(words)
        return officeAcronyms.compactMap { acronym, name in
            let office = officeNames[acronym]!
            if held.contains(acronym) { return acronym }
            return !name.isEmpty && office.kind == words.first && office.words.isSubset(of: held) ? acronym : nil
        }.sorted()
    }

    /// Acronyms of the offices (OPD) of Indonesian regional governments, as registers write them
    /// in app names and unit columns. Only offices, of which a region has one: not kinds of unit
    /// a region has many of (Puskesmas, RSUD, Kecamatan, Kelurahan), whose name is their job.
    static let officeAcronyms: [String: String] = [
        "dinkes": "Dinas Kesehatan", "diskes": "Dinas Kesehatan", "disdik": "Dinas Pendidikan", "dispendik": "Dinas Pendidikan",
        "diskominfo": "Dinas Komunikasi dan Informatika", "dinkominfo": "Dinas Komunikasi dan Informatika",
        "kominfo": "Dinas Komunikasi dan Informatika", "bkpsdm": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "bkd": "Badan Kepegawaian Daerah", "bkpp": "Badan Kepegawaian Pendidikan dan Pelatihan",
        "bpkad": "Badan Pengelolaan Keuangan dan Aset Daerah", "bkad": "Badan Keuangan dan Aset Daerah",
        "bpkpd": "Badan Pengelolaan Keuangan dan Pendapatan Daerah", "bapenda": "Badan Pendapatan Daerah",
        "bppd": "Badan Pajak dan Pendapatan Daerah", "bappeda": "Badan Perencanaan Pembangunan Daerah",
        "disdukcapil": "Dinas Kependudukan dan Pencatatan Sipil", "dpmptsp": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "setda": "Sekretariat Daerah", "setwan": "Sekretariat DPRD", "inspektorat": "", "itda": "Inspektorat Daerah",
        "dinsos": "Dinas Sosial", "dishub": "Dinas Perhubungan", "disnaker": "Dinas Tenaga Kerja",
        "disperindag": "Dinas Perindustrian dan Perdagangan", "disdag": "Dinas Perdagangan", "dispar": "Dinas Pariwisata",
        "disparbud": "Dinas Pariwisata dan Kebudayaan", "distan": "Dinas Pertanian", "dlh": "Dinas Lingkungan Hidup",
        "dpupr": "Dinas Pekerjaan Umum dan Penataan Ruang", "dpu": "Dinas Pekerjaan Umum", "dpmd": "Dinas Pemberdayaan Masyarakat dan Desa",
        "bpbd": "Badan Penanggulangan Bencana Daerah", "kesbangpol": "Badan Kesatuan Bangsa dan Politik",
        "satpolpp": "Satuan Polisi Pamong Praja", "disarpus": "Dinas Perpustakaan dan Kearsipan", "dispora": "Dinas Pemuda dan Olahraga",
    ]

    /// Each office's kind (the first word of its name) and the telling words of the rest of its
    /// name; empty for an office whose acronym is its whole name ("Inspektorat").
    static let officeNames: [String: (kind: String, words: Set<String>)] = officeAcronyms.mapValues { name in
        let words = Tokenizer.words(name)
        return (words.first ?? "", Set(words.dropFirst().filter { $0.count > 2 && !Stopwords.contains($0) }))
    }
}
