import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Indonesian values")
struct ValueParserTests {
    @Test(arguments: [
        ("Rp 37.300.000", 37_300_000.0), ("37300000", 37_300_000), ("1.250,5", 1250.5), ("Rp 1.272.000.000,00", 1_272_000_000),
        ("2.5", 2.5), ("1,5 miliar", 1_500_000_000), ("Rp. 500 juta", 500_000_000), ("1,250,000.75", 1_250_000.75), ("± 500 orang", 500),
        ("809.000.000", 809_000_000), ("1.250", 1250), ("1,5", 1.5), ("Rp 37.300.000,-", 37_300_000), ("Rp\u{00A0}1.000", 1000),
        ("1.000.000 rupiah", 1_000_000), ("  12.500  ", 12_500),
    ])
    func amounts(text: String, expected: Double) throws {
        #expect(try ValueParser.amount(text) == expected)
    }

    @Test(arguments: ["Rp 1.2.3", "12a", "abc", "-5", "1.250,5,3", "1.2.3", "1,25,000", "1.250.5,0.0"])
    func badAmountsAreRejected(text: String) {
        #expect(throws: ValueParser.ValueError.self) { try ValueParser.amount(text) }
    }

    /// Money as the plan and the report write it ("Rp 167 M", "Rp 2,1 T", "Rp 37.3 billion")
    /// reads back in a money column.
    @Test(arguments: [
        ("Rp 167 M", 167e9), ("1,5 M", 1.5e9), ("1,5M", 1.5e9), ("Rp1,5 M.", 1.5e9), ("rp 1,5 m", 1.5e9), ("2 T", 2e12),
        ("Rp 2,1 T", 2.1e12), ("2t", 2e12), ("Rp 450 jt", 450e6), ("450 jt.", 450e6), ("Rp 850 rb", 850e3), ("1.500 M", 1.5e12),
        ("Rp 37.3 billion", 37.3e9), ("Rp 2.1 trillion", 2.1e12), ("Rp 450 million", 450e6), ("± Rp 1,5 M per tahun", 1.5e9),
        ("Rp 37.300.000", 37_300_000), ("1,5 miliar", 1.5e9),
    ])
    func moneyAsTheReportWritesIt(text: String, expected: Double) throws {
        #expect(try ValueParser.money(text) == expected)
    }

    /// Rupiah have no thousandths: in money a single comma before three digits groups thousands,
    /// as the English report writes amounts under a million; elsewhere it stays decimal.
    @Test func aCommaBeforeThreeDigitsGroupsThousandsInMoneyOnly() throws {
        #expect(try ValueParser.money("Rp 850,000") == 850_000)
        #expect(try ValueParser.money("850,000") == 850_000)
        #expect(try ValueParser.money("1,250 M") == 1.25e9, "with an abbreviation the comma is decimal")
        #expect(try ValueParser.money("1,5") == 1.5)
        #expect(try ValueParser.amount("1,250") == 1.25, "not money: the comma is the decimal mark")
    }

    @Test func moneyFromTheReportFormatReadsBack() throws {
        for value in [167e9, 2.1e12, 450e6, 37.3e9, 1.5e9, 850_000, 25_000] {
            for language in [Language.id, .en] {
                let written = ReportFormat.money(value, language)
                #expect(try ValueParser.money(written) == value, "\(written)")
            }
        }
    }

    /// What could mean two things, or nothing, stays an error naming what is expected: an "M"
    /// glued to other letters, two multipliers, a bare abbreviation, English "bn" or "k".
    @Test(arguments: ["1,5 mt", "2 TB", "Rp M", "M", "1,5 M jt", "1,5 bn", "500k", "1,5 mm", "1.2.3 M"])
    func ambiguousMoneyIsRejected(text: String) {
        do {
            _ = try ValueParser.money(text)
            Issue.record("\(text) read as money")
        } catch {
            #expect(error.message == "expected an amount such as 37300000, \"Rp 37.300.000\" or \"1.250,5\", found \"\(text)\"")
            #expect(error.message(.id) == "seharusnya jumlah seperti 37300000, \"Rp 37.300.000\" atau \"1.250,5\", tertulis \"\(text)\"")
        }
    }

    /// A count of users is no money: "2 M" there could be an English million.
    @Test func usersAndPlainAmountsDoNotReadMoneyAbbreviations() {
        #expect(throws: ValueParser.ValueError.self) { try ValueParser.wholeNumber("2 M") }
        #expect(throws: ValueParser.ValueError.self) { try ValueParser.amount("1,5 T") }
    }

    @Test func missingMarkers() throws {
        for marker in ["", " ", "-", "—", "N/A", "tidak ada"] {
            #expect(ValueParser.text(marker) == nil)
            #expect(try ValueParser.amount(marker) == nil)
        }
    }

    @Test func listCellsSplitOnTheirSeparatorsAndDropRepeats() {
        #expect(ValueParser.list("Cuti; cuti\r\nMutasi | Absensi;;") == ["Cuti", "Mutasi", "Absensi"])
        #expect(ValueParser.list("Cuti, Mutasi; Absensi", commas: false) == ["Cuti, Mutasi", "Absensi"])
        #expect(ValueParser.list("Cuti, Mutasi; Absensi", commas: true) == ["Cuti", "Mutasi", "Absensi"])
        #expect(ValueParser.list("Données; -; Ünïcode") == ["Données", "Ünïcode"])
    }

    @Test func headersFoldToLowerCaseLettersAndDigits() {
        #expect(InventoryField.fold("Biaya Pemeliharaan (Rp)") == "biayapemeliharaanrp")
        #expect(InventoryField.fold("jumlah_user 2024") == "jumlahuser2024")
        #expect(InventoryField.fold("Tahun Pembuatan – Ü") == "tahunpembuatanü")
    }

    @Test func levelsAndStatusesInBothLanguages() {
        #expect(GovernmentLevel(parsing: "Kabupaten") == .regency)
        #expect(GovernmentLevel(parsing: "Pemkot") == .city)
        #expect(GovernmentLevel(parsing: "PUSAT") == .central)
        #expect(ApplicationStatus(parsing: "Tidak Aktif") == .inactive)
        #expect(ApplicationStatus(parsing: "aktif") == .active)
        #expect(ApplicationStatus(parsing: "maybe") == nil)
    }

    @Test func spreadsheetSafetyRoundTrips() {
        for cell in ["=cmd|' /C calc'!A0", "+62 812", "-5+A1", "@SUM(A1)", "-1e5x", "plain"] {
            let safe = SpreadsheetSafety.neutralize(cell)
            #expect(!["=", "+", "-", "@"].contains(safe.first.map(String.init) ?? ""))
            #expect(SpreadsheetSafety.restore(safe) == cell)
        }
        #expect(SpreadsheetSafety.neutralize("-") == "-")
    }

    @Test(arguments: ["-1", "-5", "+62", "-2.5", "-.5", "-1e308", "-3E-2"])
    func plainNumbersAreNotNeutralised(number: String) {
        #expect(SpreadsheetSafety.neutralize(number) == number)
    }
}
