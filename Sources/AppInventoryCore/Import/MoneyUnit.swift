/// The unit a cost column's header gives its amounts: registers often write "Biaya (Rp juta)"
/// or "Anggaran (dalam ribuan rupiah)" and then plain numbers, so "150" in that column means
/// Rp 150 juta, not Rp 150. A cell with its own unit ("1,5 miliar") keeps it.
struct MoneyUnit: Equatable {
    /// Rupiah per written unit.
    var factor: Double
    /// The header's word for it, as the import's note quotes it.
    var word: String

    private static let words: [(words: Set<String>, factor: Double)] = [
        (["triliun", "trilyun", "trillion", "trillions"], 1e12),
        (["miliar", "milyar", "billion", "billions"], 1e9),
        (["juta", "jutaan", "jt", "million", "millions"], 1e6),
        (["ribu", "ribuan", "rb", "thousand", "thousands", "000"], 1e3),
    ]

    /// The unit `header` names, if any: one of its words ("juta"), or "000" as in "(Rp 000)".
    init?(header: String) {
        let tokens = header.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let found = Self.words.lazy.compactMap({ entry in tokens.first(where: entry.words.contains).map { ($0, entry.factor) } }).first else {
            return nil
        }
        (word, factor) = found
    }

    /// `cell` as a cost under this unit's header: a bare number is in the unit, a cell with its
    /// own unit as `ValueParser.money` reads it. The import and its column report both read so.
    func cost(_ cell: String) throws(ValueParser.ValueError) -> (value: Double?, scaled: Bool) {
        let cost = try ValueParser.money(cell)
        guard let cost, Self.isBare(cell) else { return (cost, false) }
        return ((cost * factor).rounded(), true)
    }

    /// Whether `cell` is a bare number, which takes the header's unit (not "1,5 miliar" or "Rp 167 M").
    private static func isBare(_ cell: String) -> Bool {
        cell.unicodeScalars.allSatisfy { $0.properties.numericType != nil || ".,' \u{00A0}".unicodeScalars.contains($0) }
            && cell.unicodeScalars.contains { $0.properties.numericType != nil }
    }
}
