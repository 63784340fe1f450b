/// The language of text meant for officials: Bahasa Indonesia first, English for partners.
public enum Language: String, Sendable, CaseIterable, Codable {
    case id, en
}
