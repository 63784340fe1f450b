import Testing
@testable import AppInventoryCore

/// One slip of the keyboard, as registers typed by hand carry them.
@Suite("Misspelling")
struct MisspellingTests {
    @Test func oneChangedAddedDroppedOrSwappedLetterIsASlip() {
        #expect(Misspelling.isSlip("prvoinsi", of: "provinsi"), "two neighbours swapped")
        #expect(Misspelling.isSlip("smosir", of: "samosir"), "a letter dropped")
        #expect(Misspelling.isSlip("samossir", of: "samosir"), "a letter added")
        #expect(Misspelling.isSlip("lokol", of: "lokal"), "a letter changed")
        #expect(Misspelling.slip("smosir", of: "samosir") == .dropped && Misspelling.slip("samossir", of: "samosir") == .added
                && Misspelling.slip("lokol", of: "lokal") == .changed && Misspelling.slip("prvoinsi", of: "provinsi") == .swapped)
        #expect(!Misspelling.isSlip("lkaol", of: "lokal"), "two slips")
        #expect(!Misspelling.isSlip("lokal", of: "lokal"), "the word itself is no slip")
        #expect(!Misspelling.isSlip("kita", of: "kota"), "words under five letters")
        #expect(!Misspelling.isSlip("pasar", of: "pasir"), "a root the stemmer knows is a word of its own")
    }
}
