/// A noun counted in a sentence, so every count agrees with its noun and its verb the same way
/// in every plan, report and check message: "1 app does", "3 apps do", and in Indonesian, whose
/// nouns and verbs do not inflect, "1 aplikasi", "3 aplikasi". One helper instead of a
/// `count == 1 ? "" : "s"` in each sentence, which some sentences forgot.
public struct CountedNoun: Sendable, Equatable {
    public var singular: String
    public var plural: String
    public var indonesian: String

    public init(_ singular: String, _ plural: String, indonesian: String) {
        self.singular = singular
        self.plural = plural
        self.indonesian = indonesian
    }

    public static let app = CountedNoun("app", "apps", indonesian: "aplikasi")
    public static let agency = CountedNoun("agency", "agencies", indonesian: "instansi")
    public static let platform = CountedNoun("platform", "platforms", indonesian: "platform")
    public static let lookAlike = CountedNoun("look-alike", "look-alikes", indonesian: "aplikasi serupa")
    public static let wave = CountedNoun("wave", "waves", indonesian: "gelombang")
    public static let weakMatch = CountedNoun("weak match", "weak matches", indonesian: "kecocokan lemah")
    public static let decision = CountedNoun("decision", "decisions", indonesian: "keputusan")
    public static let duplicate = CountedNoun("duplicate", "duplicates", indonesian: "duplikat")
    public static let moduleLead = CountedNoun("module lead", "module leads", indonesian: "dasar modul")
    /// An app moving into a platform, as a wave counts its moves.
    public static let move = CountedNoun("move", "moves", indonesian: "aplikasi pindah")
    public static let lookAlikePair = CountedNoun("look-alike pair", "look-alike pairs", indonesian: "pasangan aplikasi serupa")
    public static let overlapGroup = CountedNoun("overlap group", "overlap groups", indonesian: "kelompok aplikasi serupa")
    public static let user = CountedNoun("user", "users", indonesian: "pengguna")
    public static let nationalSystem = CountedNoun("national system", "national systems", indonesian: "sistem nasional")
    public static let quarter = CountedNoun("quarter", "quarters", indonesian: "triwulan")
    public static let year = CountedNoun("year", "years", indonesian: "tahun")

    /// The noun alone, in the number `count` asks for.
    public func word(_ count: Int, _ language: Language = .en) -> String {
        language == .id ? indonesian : count == 1 ? singular : plural
    }

    /// The count, grouped as the language writes it, and its noun: "1,500 apps", "1.500 aplikasi".
    public func callAsFunction(_ count: Int, _ language: Language = .en) -> String {
        "\(ReportFormat.number(count, language)) \(word(count, language))"
    }

    /// A count already formatted for a message ("1", "1.500") and its noun: messages receive
    /// their figures formatted, and only a count of exactly one is singular.
    public func callAsFunction(formatted count: String, _ language: Language = .en) -> String {
        "\(count) \(word(count == "1" ? 1 : 2, language))"
    }

    /// The verb form that agrees with `count` in English ("does"/"do"); Indonesian verbs do
    /// not inflect, so `indonesian` is returned whatever the count.
    public static func verb(_ count: Int, _ singular: String, _ plural: String, indonesian: String = "", _ language: Language = .en) -> String {
        language == .id ? indonesian : count == 1 ? singular : plural
    }
}
