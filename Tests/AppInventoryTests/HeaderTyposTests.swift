import Foundation
import Testing
@testable import AppInventoryCore

/// Registers are typed by hand: a header with a typo of a known word is read as that word, and
/// the column report says so, rather than the column going to `attributes` in silence.
@Suite("Header typos")
struct HeaderTyposTests {
    /// The layout of a regency's register as received: "Deskirpsi" for "Deskripsi", "Biaya
    /// Pemelihraan (Rp)" for "Biaya Pemeliharaan (Rp)", and remarks under "Keterangan".
    static let register = """
        No;Nama Aplikasi;Deskirpsi;OPD Pengelola;Biaya Pemelihraan (Rp);Status;Keterangan
        1;SIMPEG;Sistem informasi manajemen kepegawaian: data pegawai, mutasi, cuti;BKPSDM;Rp 37.300.000;Aktif;Dipakai semua OPD
        2;E-SURAT;Persuratan elektronik dan tanda tangan elektronik;Setda;15000000;Aktif;
        3;LAPOR BUPATI;Pengaduan masyarakat kepada Bupati;Diskominfo;Rp 25.000.000;Aktif;Dipakai semua OPD

        """

    static func read(_ text: String) throws -> ImportBatch {
        try InventoryFileReader.read(data: Data(text.utf8), file: "daftar.csv", options: ImportOptions(agency: "Pemkab Banyumas"))
    }

    static func columns(_ batch: ImportBatch) -> [String: ColumnReport] {
        Dictionary(uniqueKeysWithValues: batch.columns.map { ($0.column, $0) })
    }

    @Test func aMisspeltDescriptionHeaderIsTheDescriptionAndRemarksStayRemarks() throws {
        let batch = try Self.read(Self.register)
        let apps = batch.applications.map(\.application)
        #expect(apps.map(\.description) == ["Sistem informasi manajemen kepegawaian: data pegawai, mutasi, cuti",
                                            "Persuratan elektronik dan tanda tangan elektronik", "Pengaduan masyarakat kepada Bupati"])
        #expect(apps[0].attributes == ["No": "1", "Keterangan": "Dipakai semua OPD"])
        let columns = Self.columns(batch)
        #expect(columns["Deskirpsi"]?.destination == "description")
        #expect(columns["Deskirpsi"]?.suggestion == "read as Deskripsi")
        #expect(columns["Keterangan"]?.destination == "attributes")
        #expect(columns["Keterangan"]?.suggestion == "looks like description, which \"Deskirpsi\" fills: \"keterangan\" usually holds remarks, which describe an app only when nothing else does; to add it: --map \"Keterangan=description\"")
    }

    /// A typo'd maintenance cost is a yearly running cost, like the header spelt right: no
    /// "if it is a build or procurement budget" caveat.
    @Test func aMisspeltCostHeaderGetsTheReadingOfTheCorrectOne() throws {
        let typo = Self.columns(try Self.read(Self.register))["Biaya Pemelihraan (Rp)"]
        let right = Self.columns(try Self.read(Self.register.replacingOccurrences(of: "Pemelihraan", with: "Pemeliharaan")))["Biaya Pemeliharaan (Rp)"]
        #expect(right?.destination == "annual_cost" && right?.suggestion == nil)
        #expect(typo?.destination == "annual_cost")
        #expect(typo?.suggestion == "read as Biaya Pemeliharaan (Rp)")
        #expect(try Self.read(Self.register).applications.map(\.application.annualCost) == [37_300_000, 15_000_000, 25_000_000])
    }

    /// Two columns for one field: the header spelt right wins over one that needs a typo
    /// corrected, whichever comes first, and the report says why.
    @Test func aHeaderSpeltRightWinsOverATypoOfIt() throws {
        let batch = try Self.read("Nama Aplikais;Nama Aplikasi;OPD\nSIMPEG lama;SIMPEG;BKD\n")
        #expect(batch.applications[0].application.name == "SIMPEG")
        let loser = Self.columns(batch)["Nama Aplikais"]
        #expect(loser?.destination == "attributes")
        #expect(loser?.suggestion == "read as Nama Aplikasi; looks like name, which \"Nama Aplikasi\" fills: spelt right, where this header is name only when read as \"Nama Aplikasi\"; to swap: --map \"Nama Aplikais=name\"")
    }

    /// The column report says why the other of two cost columns went to attributes.
    @Test func theColumnReportSaysWhyTheOtherColumnLost() throws {
        let batch = try Self.read("Nama Aplikasi;Biaya Pemeliharaan (Rp);annual_cost_idr\nSIMPEG;1000000;2000000\n")
        #expect(batch.applications[0].application.annualCost == 2_000_000)
        #expect(Self.columns(batch)["Biaya Pemeliharaan (Rp)"]?.suggestion
            == "looks like annual_cost, which \"annual_cost_idr\" fills: a closer spelling of annual_cost, \"annual_cost\" before \"biaya_pemeliharaan\"; to swap: --map \"Biaya Pemeliharaan (Rp)=annual_cost\"")
    }

    /// Only a word one edit from exactly one known word (two for long words) is corrected; short
    /// words, known words and words far from any stay as written.
    @Test(arguments: [
        ("deskirpsi", "deskripsi"), ("pemelihraan", "pemeliharaan"), ("penguna", "pengguna"), ("keteranagn", "keterangan"),
        ("propinsi", "provinsi"), ("anggraan", "anggaran"),
        ("model", nil), ("penggunaan", nil), ("pengembang", nil), ("pengadaan", nil), ("keterangan", nil), ("catatan", nil),
    ] as [(String, String?)])
    func onlyNearTyposOfKnownWordsAreCorrected(typed: String, known: String?) {
        #expect(HeaderTypos.knownWord(misspelt: typed) == known)
    }

    /// A typo'd number header over words is not that field: its cells stay text rather than
    /// stopping the import, as for any header that only resembles a field's spelling.
    @Test func aTypoOfANumberHeaderOverWordsStaysText() throws {
        let batch = try Self.read("Nama Aplikasi;Penguna\nSIMPEG;Internal\n")
        #expect(batch.applications[0].application.users == nil)
        #expect(batch.applications[0].application.attributes == ["Penguna": "Internal"])
    }
}
