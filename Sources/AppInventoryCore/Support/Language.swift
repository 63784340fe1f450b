/// The language of text meant for officials: Bahasa Indonesia first, English for partners.
public enum Language: String, Sendable, CaseIterable, Codable {
    case id, en

    /// The one of two wordings that is in this language.
    ///
    /// Text for officials is written twice, side by side; the labels say which is which, so the
    /// two can never be swapped the way two unlabelled strings can, and the compiler refuses
    /// them in the other order:
    ///
    /// ```swift
    /// print(language.pick(en: "Plan: ", id: "Rencana: ") + summary)
    /// ```
    public func pick<Wording>(en english: Wording, id indonesian: Wording) -> Wording {
        self == .id ? indonesian : english
    }
}
