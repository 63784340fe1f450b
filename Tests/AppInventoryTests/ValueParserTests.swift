import Testing
@testable import AppInventory

@Suite("Indonesian values")
struct ValueParserTests {
    @Test(arguments: [
        ("Rp 37.300.000", 37_300_000.0), ("37300000", 37_300_000), ("1.250,5", 1250.5), ("Rp 1.272.000.000,00", 1_272_000_000),
        ("2.5", 2.5), ("1,5 miliar", 1_500_000_000), ("Rp. 500 juta", 500_000_000), ("1,250,000.75", 1_250_000.75), ("± 500 orang", 500),
    ])
    func amounts(text: String, expected: Double) throws {
        #expect(try ValueParser.amount(text) == expected)
    }

    @Test(arguments: ["Rp 1.2.3", "12a", "abc", "-5", "1.250,5,3"])
    func badAmountsAreRejected(text: String) {
        #expect(throws: ValueParser.ValueError.self) { try ValueParser.amount(text) }
    }

    @Test func missingMarkers() throws {
        for marker in ["", " ", "-", "—", "N/A", "tidak ada"] {
            #expect(ValueParser.text(marker) == nil)
            #expect(try ValueParser.amount(marker) == nil)
        }
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
