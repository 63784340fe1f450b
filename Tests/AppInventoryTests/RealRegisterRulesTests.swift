import Testing
@testable import AppInventory

/// The rules that make the engine hold up on registers written by real agencies: each test is
/// one failure mode seen there, rebuilt from a small example of our own.
@Suite("Overlap on real registers")
struct RealRegisterRulesTests {
    static func app(_ id: String, _ name: String, unit: String? = nil, _ description: String? = nil) -> Application {
        Application(externalID: id, name: name, unit: unit, description: description)
    }

    @Test func versionsAndEditionsDoNotMakeDifferentProducts() {
        var normalizer = TextNormalizer()
        #expect(normalizer.terms("7-Zip 16.x", isName: true) == normalizer.terms("7-Zip 18.x", isName: true))
        #expect(normalizer.terms("AutoCAD LT 2018", isName: true) == normalizer.terms("AutoCAD 2021 Professional Edition", isName: true))
        #expect(normalizer.terms("Standard operating procedure") != [], "edition words stay in descriptions")
    }

    @Test func englishRegistersKeepEnglishWordsWithEnglishStems() {
        var normalizer = TextNormalizer(corpus: [
            "The mail server that is used for the delivery of messages", "Servers and clients for the mail of the agency",
        ])
        #expect(normalizer.language == .english)
        #expect(normalizer.terms("Mail servers and mailboxes for the offices") == ["mail", "mailbox", "offic"], "\"servers\" is the generic \"server\"")
        #expect(normalizer.display("mail") == "mail", "labels read in the register's language, not \"surat\"")
        #expect(EnglishStemmer.stem("managing") == EnglishStemmer.stem("managed"))
        #expect(EnglishStemmer.stem("libraries") == "library")
        #expect(EnglishStemmer.stem("mapping") == "map")
        #expect(EnglishStemmer.stem("string") == "string")
    }

    @Test func englishInAnIndonesianRegisterStillMeetsIndonesian() {
        var normalizer = TextNormalizer(corpus: ["Aplikasi untuk pengelolaan surat masuk dan disposisi", "Data kepegawaian dan pangkat"])
        #expect(normalizer.language == .indonesian)
        #expect(normalizer.terms("Managing incoming letters and dispositions").contains("surat"))
        #expect(TextLanguage.detect(Tokenizer.words("the letters of the office")) == .english)
        #expect(TextLanguage.detect(Tokenizer.words("surat dari kantor")) == .indonesian)
        #expect(TextLanguage.detect(Tokenizer.words("SIMPEG")) == nil)
    }
}
