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

    /// Imported first without an id column, then with one ("Kode Aplikasi" added): the same
    /// apps take their codes in place, with their decisions, instead of the inventory doubling.
    @Test func reimportingWithAnIdColumnGivesTheAppsTheirCodesInPlace() throws {
        let cli = try CommandRunner()
        let first = try cli.write("daftar.csv", """
            Nama Aplikasi;OPD Pengelola;Deskripsi
            SIMPEG;BKPSDM;Data kepegawaian dan kenaikan pangkat
            e-Kinerja;BKPSDM;Sasaran kinerja pegawai
            Lapor Bupati;Diskominfo;Pengaduan masyarakat

            """)
        #expect(try cli.run(["import", first, "--agency", "Pemerintah Kabupaten Banyumas"]).status == 0)
        let simpeg = try cli.run(["sql", "SELECT external_id FROM apps WHERE name = 'SIMPEG'", "--format", "csv"]).stdout
            .split(separator: "\n").last.map(String.init) ?? ""
        #expect(simpeg.hasPrefix("auto-"), "\(simpeg)")
        #expect(try cli.run(["decide", "retain", simpeg, "--reason", "data induk", "--by", "Sari"]).status == 0)
        let coded = try cli.write("daftar-kode.csv", """
            Kode Aplikasi;Nama Aplikasi;OPD Pengelola;Deskripsi
            BMS-001;SIMPEG;BKPSDM;Data kepegawaian dan kenaikan pangkat
            BMS-002;e-Kinerja;BKPSDM;Sasaran kinerja pegawai
            BMS-003;Lapor Bupati;Diskominfo;Pengaduan masyarakat
            BMS-004;SIMDA Keuangan;BPKAD;Penatausahaan keuangan daerah

            """)
        let dry = try cli.run(["import", coded, "--agency", "Pemerintah Kabupaten Banyumas", "--dry-run"])
        #expect(dry.stderr.contains("daftar-kode.csv: 3 apps that an earlier import stored without an id (one made from agency and name) would now take this file's id"), "\(dry.stderr)")
        let again = try cli.run(["import", coded, "--agency", "Pemerintah Kabupaten Banyumas"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("4 rows, 1 inserted, 3 updated, 0 unchanged"), "\(again.stderr)")
        #expect(again.stderr.contains("3 apps that an earlier import stored without an id (one made from agency and name) now take this file's id, updated in place (decisions kept)"),
                "\(again.stderr)")
        let apps = try cli.run(["sql", "SELECT count(*), sum(external_id LIKE 'auto-%') FROM apps", "--format", "csv"]).stdout
        #expect(apps.hasSuffix("4,0\n"), "no app twice: \(apps)")
        let decisions = try cli.run(["decisions"]).stdout
        #expect(decisions.contains("BMS-001"), "the decision follows the app to its code: \(decisions)")
    }

    /// An agency whose region the tool does not know ("Pemkab X") still says its level, and the
    /// import says its province is unknown instead of leaving the report's "Unknown" unexplained.
    @Test func anAgencyOfAnUnknownRegionKeepsItsLevelAndTheImportSaysSo() throws {
        let cli = try CommandRunner()
        let file = try cli.write("daftar.csv", "Nama Aplikasi,Deskripsi\nSIMPEG,Data pegawai\ne-Kinerja,Kinerja pegawai\n")
        let result = try cli.run(["import", file, "--agency", "Pemkab Antah Berantah"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("2 rows of an agency (\"Pemkab Antah Berantah\") name no region this tool knows: their province is unknown"), "\(result.stderr)")
        let apps = try cli.run(["sql", "SELECT DISTINCT level FROM apps", "--format", "csv"]).stdout
        #expect(apps.hasSuffix("regency\n"), "\(apps)")
        let known = try cli.run(["import", try cli.write("sleman.csv", "Nama Aplikasi\nSIMPEG\n"), "--agency", "Pemkab Sleman"])
        #expect(!known.stderr.contains("no region this tool knows"), "\(known.stderr)")
    }
}
