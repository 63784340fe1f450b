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
}
