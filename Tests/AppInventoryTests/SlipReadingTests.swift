import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// A long job word typed with one slip ("Kepegawain", "Perpustaaan") is read as the word the
/// register means, by the overlap engine and the plan alike; real words and short words stay.
@Suite("Slip reading")
struct SlipReadingTests {
    /// A small register that writes its job words correctly at least twice.
    static let corpus = [
        "Sistem Informasi Kepegawaian", "Data kepegawaian dan riwayat pangkat",
        "Katalog Perpustakaan Daerah", "Layanan perpustakaan keliling",
        "Aplikasi Perubahan Anggaran", "Perubahan data penduduk",
        "Aplikasi Persediaan Barang", "Persediaan alat tulis kantor",
    ]

    @Test func aLongWordOneSlipFromAWordTheRegisterUsesIsReadAsThatWord() {
        var normalizer = TextNormalizer(corpus: Self.corpus)
        #expect(normalizer.terms("Sistem Informasi Kepegawain") == normalizer.terms("Sistem Informasi Kepegawaian"), "a letter dropped")
        #expect(normalizer.terms("Katalog Perpustaaan") == normalizer.terms("Katalog Perpustakaan"), "a letter changed")
        #expect(normalizer.terms("Aplikasi Persedian Barang") == normalizer.terms("Aplikasi Persediaan Barang"))
        #expect(normalizer.terms("Sistem Informasi Kepegawain").contains("pegawai"))
    }

    /// The stemmer strips a slip into another root ("pendiikan": pen- di- "ikan", fish), so a word
    /// counts as one of its own only with one prefix and one suffix around a known root.
    /// A typo the register repeats is a lexicon word like any other, yet it names no root: a
    /// slip one letter from both it and the real word is read as the real word.
    @Test func aSlipBetweenTheRealWordAndARepeatedTypoIsReadAsTheRealWord() {
        var normalizer = TextNormalizer(corpus: Self.corpus + ["Data kepegawaain daerah", "Sistem kepegawaain"])
        #expect(normalizer.terms("Sistem Informasi Kepegawain") == normalizer.terms("Sistem Informasi Kepegawaian"))
        #expect(normalizer.terms("Sistem Informasi Kepegawain").contains("pegawai"))
    }

    /// A typo the register repeats is still a typo beside a word it writes ten times as often:
    /// the analysis and a stored index both read it as that word; a word written about as often
    /// as its neighbour stays a word of its own.
    @Test func aTypoTheRegisterRepeatsIsReadAsTheFarMoreFrequentWord() {
        let staff = Array(repeating: "Data kepegawaian daerah", count: 20)
        var normalizer = TextNormalizer(corpus: Self.corpus + staff + ["Aplikasi Kepegawain", "Sistem Kepegawain"])
        #expect(normalizer.terms("Aplikasi Kepegawain") == normalizer.terms("Aplikasi Kepegawaian"))
        var restored = TextNormalizer(language: normalizer.language, corpusRoots: normalizer.corpusRoots, displayForms: normalizer.displayForms)
        #expect(restored.terms("Sistem Kepegawain") == normalizer.terms("Sistem Kepegawain"), "a stored index reads it the same")
        var even = TextNormalizer(corpus: Self.corpus + Array(staff.prefix(3)) + ["Aplikasi Kepegawain", "Sistem Kepegawain"])
        #expect(even.terms("Aplikasi Kepegawain") != even.terms("Aplikasi Kepegawaian"), "written nearly as often: a word of its own")
    }

    @Test func aSlipTheStemmerWouldStripIntoAnotherRootIsStillReadAsMeant() {
        var normalizer = TextNormalizer(corpus: Self.corpus + ["Data pendidikan", "Pendidikan dasar", "Budidaya ikan", "Pasar ikan segar"])
        #expect(normalizer.terms("e-Pendiikan") == normalizer.terms("e-Pendidikan"))
        #expect(normalizer.terms("Sistem Informasi Perikanan") == ["ikan"], "fisheries stays fisheries")
    }

    @Test func realWordsShortWordsAndAmbiguousSlipsStayAsWritten() {
        var normalizer = TextNormalizer(corpus: Self.corpus + ["Data barang milik daerah", "Inventaris barang dinas", "Rumah sakit", "Rumah singgah"])
        // "perumahan" is "rumah" with affixes: a word of its own, however close to "perubahan".
        #expect(normalizer.terms("Sistem Informasi Perumahan") == ["rumah"])
        // At six letters one slip makes another word: "barong" is not "barang".
        #expect(normalizer.terms("Data barong") == ["barong"])
        #expect(normalizer.terms("Kepgawain") != ["pegawai"], "two slips are not one")
        // One slip from two words of different roots ("pengawasan", "pengawalan"): no reading.
        var both = TextNormalizer(corpus: Self.corpus + ["Pengawasan mutu", "Pengawasan internal", "Pengawalan tamu", "Pengawalan pejabat"])
        let read = both.terms("Pengawaan")
        #expect(!read.contains("awas") && !read.contains("kawal"), "\(read)")
        // A letter changed into a key far from it is another word more often than a slip:
        // "pengawalan" (escort) is not "pengawasan", even where the register never writes it.
        var supervision = TextNormalizer(corpus: Self.corpus + ["Pengawasan mutu", "Pengawasan internal"])
        #expect(!supervision.terms("Aplikasi Pengawalan Tamu").contains("awas"))
        #expect(supervision.terms("Pengawasn internal") == supervision.terms("Pengawasan internal"), "a dropped letter is a slip")
        #expect(SlipReading.isKeyboardSlip("kepegawaiam", of: "kepegawaian"), "m is beside n")
        #expect(!SlipReading.isKeyboardSlip("perumahan", of: "perubahan"), "m is far from b")
    }

    @Test func aStoredAnalysisReadsAProposalsSlipAsTheAnalysisDid() {
        let learnt = TextNormalizer(corpus: Self.corpus)
        var restored = TextNormalizer(language: learnt.language, corpusRoots: learnt.corpusRoots, displayForms: learnt.displayForms)
        var original = learnt
        #expect(restored.terms("Katalog Perpustaaan") == original.terms("Katalog Perpustaaan"))
        #expect(restored.terms("Katalog Perpustaaan") == original.terms("Katalog Perpustakaan"))
    }

    /// The catalogue's own words are words a slip is read as, however rarely the inventory
    /// writes them: a proposal for a typed-wrong staff system is told to use SIASN.
    @Test func theFunctionMatcherReadsACatalogueWordTypedWithASlip() throws {
        let matcher = FunctionMatcher(catalogue: .builtIn, apps: [])
        let proposal = FunctionMatchingRulesTests.app("(proposal)", "Sistem Informasi Kepegawain", "")
        let best = try #require(matcher.matches(proposal).first)
        let written = FunctionMatchingRulesTests.app("(proposal)", "Sistem Informasi Kepegawaian", "")
        #expect(PlatformCatalogue.builtIn.functions[best.function].function.key == "staff-records")
        #expect(best == matcher.matches(written).first, "as sure as of the word written right")
        let library = FunctionMatchingRulesTests.app("(proposal)", "Katalog Perpustaaan Daerah", "")
        let libraryMatch = try #require(matcher.matches(library).first)
        #expect(PlatformCatalogue.builtIn.functions[libraryMatch.function].function.key == "library")
    }
}

extension SlipReadingTests {
    /// English is dense with real words one letter apart: an English register's words stay as written.
    @Test func anEnglishRegistersWordsStayAsWritten() {
        var normalizer = TextNormalizer(corpus: ["Content management for the web site", "The content of the library catalogue",
                                                 "Consent forms for the patients of the clinic"])
        #expect(normalizer.language == .english)
        #expect(normalizer.terms("Patient consent tracking").contains(EnglishStemmer.stem("consent")))
    }
}
