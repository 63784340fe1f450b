import Foundation
import Testing

/// A ministry's register as received: a typo'd header, its name in the title, no agency column.
@Suite("consolidate import: owners and header typos")
struct RegisterOwnerCommandTests {
    static let register = """
        DAFTAR APLIKASI KEMENTERIAN KELAUTAN DAN PERIKANAN;;;;
        Keadaan per Desember 2024;;;;
        No;Nama Aplikasi;Deskirpsi;OPD Pengelola;Biaya Pemelihraan (Rp)
        1;SIMPEG KKP;Manajemen data kepegawaian pegawai kementerian;Biro SDM Aparatur;Rp 350.000.000
        2;E-LOGBOOK;Log tangkapan ikan nelayan;Ditjen Perikanan Tangkap;200000000

        """

    @Test func theTitleNamesTheMinistryAndTyposAreReadAsTheirWords() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["import", try cli.write("kkp.csv", Self.register)])
        #expect(result.status == 0, "\(result.stderr)")
        for line in ["kkp.csv: the title above the header names Kementerian Kelautan dan Perikanan: the agency of its rows is Kementerian Kelautan dan Perikanan, level central",
                     "Deskirpsi              → description (read as Deskripsi)",
                     "Biaya Pemelihraan (Rp) → annual_cost (read as Biaya Pemeliharaan (Rp))\n"] {
            #expect(result.stderr.contains(line), "\(line): \(result.stderr)")
        }
        let apps = try cli.run(["sql", "SELECT agency, level, province, description FROM apps ORDER BY name", "--format", "csv"]).stdout
        #expect(apps.contains("Kementerian Kelautan dan Perikanan,central,Pusat,Log tangkapan ikan nelayan"), "\(apps)")
    }

    /// Imported first without an owner, then again with `--agency`: the same apps, updated in
    /// place, with nothing retired or doubled.
    @Test func reimportingWithAgencyGivesTheOwnerlessAppsTheirOwner() throws {
        let cli = try CommandRunner()
        let fixture = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/registers/daftar-kkp-tanpa-instansi.csv")
        let file = try cli.write("daftar.csv", try String(contentsOf: fixture, encoding: .utf8))
        let first = try cli.run(["import", file])
        #expect(first.stderr.contains("give one with --agency \"NAMA INSTANSI\""), "\(first.stderr)")
        let again = try cli.run(["import", file, "--agency", "Kementerian Kelautan dan Perikanan"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("5 rows, 0 inserted, 5 updated, 0 unchanged"), "\(again.stderr)")
        #expect(again.stderr.contains("daftar.csv: 5 apps that the earlier import of this file left without an owner now have one, updated in place"), "\(again.stderr)")
        let apps = try cli.run(["sql", "SELECT count(*), count(agency), sum(coalesce(status, '') = 'retired') FROM apps", "--format", "csv"]).stdout
        #expect(apps.hasSuffix("5,5,0\n"), "\(apps)")
    }
}
