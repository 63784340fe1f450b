/// One spelling for each regional government, so "Pemkot Semarang", "Kota Semarang" and
/// "Pemerintah Kota Semarang" are one agency in ids, statistics and grouping.
///
/// Only a name that is the government itself is rewritten: "Dinas Kesehatan Kota Semarang"
/// names a unit and stays as written. The importer keeps the original text beside it.
public enum AgencyName {
    /// Words that may stand around a region name in a government's own name.
    private static let governmentWords: Set<String> = RegionGazetteer.levelWords.union(["administrasi", "pemerintahan"])

    /// "Pemprov Jateng" → "Pemerintah Provinsi Jawa Tengah"; "Kab. Bantul" → "Pemerintah
    /// Kabupaten Bantul"; anything else is returned with its spaces tidied.
    public static func canonical(_ text: String) -> String {
        let tidy = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let region = RegionGazetteer.shared.region(in: tidy) else { return tidy }
        let regionWords = Set(region.words)
        let abbreviations = RegionGazetteer.provinceAbbreviations.filter { $0.value == region.province }.keys
        let isGovernment = Tokenizer.words(tidy).allSatisfy { word in
            governmentWords.contains(word) || regionWords.contains(word)
                || (region.level == .province && abbreviations.contains(word))
        }
        return isGovernment ? "Pemerintah \(region.name)" : tidy
    }

    /// Whether `agency` is a central agency ("Kementerian Kesehatan", "Kemenkes", "Badan Pusat
    /// Statistik", "Lembaga Kebijakan Pengadaan …"), whose apps are of level central.
    public static func isCentral(_ agency: String) -> Bool {
        let first = Tokenizer.words(agency).first ?? ""
        return centralOpeningWords.contains(first) || first.hasPrefix("kemen")
    }

    /// Words that open a central agency's name.
    private static let centralOpeningWords: Set<String> = ["kementerian", "kementrian", "badan", "lembaga", "kemen", "ministry", "komisi", "arsip", "kepolisian", "kejaksaan", "mahkamah"]

    /// The central agency a register's title names, if any: "DAFTAR APLIKASI KEMENTERIAN
    /// KELAUTAN DAN PERIKANAN TAHUN 2024" gives "Kementerian Kelautan dan Perikanan".
    ///
    /// A ministry's register is sent without an agency column as often as a regency's, and its
    /// title is where it names its owner. The name runs from its opening word ("Kementerian",
    /// "Kemenkes", "Badan", "Lembaga" …) to the end of the title, a date or year ("Tahun 2024",
    /// "Keadaan per Desember 2024") or a separator (" - ", ":", "("); a title in capitals is
    /// written in title case. A "Badan … Daerah" is a regional government's unit, not a
    /// central agency.
    public static func centralAgency(inTitle title: String) -> String? {
        let words = title.split { $0.isWhitespace }
        guard let start = words.firstIndex(where: { word in
            let folded = InventoryField.fold(String(word))
            return centralOpeningWords.contains(folded) || folded.hasPrefix("kemen")
        }) else { return nil }
        var name: [Substring] = []
        for word in words[start...] {
            let folded = InventoryField.fold(String(word))
            if folded.isEmpty || titleEndWords.contains(folded) || word.contains(where: \.isNumber) { break }
            if let cut = word.firstIndex(where: { ":(".contains($0) }) {
                if cut > word.startIndex { name.append(word[..<cut]) }
                break
            }
            name.append(word)
        }
        while let last = name.last, let end = last.lastIndex(where: { $0.isLetter }), end != last.index(before: last.endIndex) {
            name[name.count - 1] = last[...end]
        }
        let folded = name.map { InventoryField.fold(String($0)) }
        guard let opening = folded.first, opening.hasPrefix("kemen") ? true : folded.count >= 2,
              !folded.contains("daerah") else { return nil }
        let inCapitals = name.allSatisfy { word in word.allSatisfy { !$0.isLetter || $0.isUppercase } }
        guard inCapitals else { return name.joined(separator: " ") }
        return zip(name, folded).map { word, folded in
            connectives.contains(folded) ? folded : titleCased(word)
        }.joined(separator: " ")
    }

    /// "PERIKANAN" → "Perikanan", "BARANG/JASA" → "Barang/Jasa": a capital at the start of
    /// each run of letters.
    private static func titleCased(_ word: Substring) -> String {
        var result = ""
        var previousIsLetter = false
        for character in word {
            result += previousIsLetter ? character.lowercased() : character.uppercased()
            previousIsLetter = character.isLetter
        }
        return result
    }

    /// Words after which a title no longer names the agency: its date or period.
    private static let titleEndWords: Set<String> = ["tahun", "ta", "per", "keadaan", "periode", "semester", "triwulan", "bulan", "posisi", "sampai", "sd", "update", "pemutakhiran"]

    /// Words written in lower case inside an agency's name ("Kelautan dan Perikanan").
    private static let connectives: Set<String> = ["dan", "serta", "untuk", "atas", "di", "ke", "dari", "pada", "dalam", "bagi", "yang", "and", "of", "the", "for"]
}
