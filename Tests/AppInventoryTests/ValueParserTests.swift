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
