import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Who owns a register's apps when no column says: its title, a ministry's as much as a
/// regency's; and a register imported before its owner was known, imported again with it.
@Suite("Register owner")
struct RegisterOwnerTests {
    static let ministryRegister = """
        DAFTAR APLIKASI KEMENTERIAN KELAUTAN DAN PERIKANAN;;;
        Keadaan per Desember 2024;;;
        No;Nama Aplikasi;Deskripsi;OPD Pengelola
        1;SIMPEG KKP;Manajemen data kepegawaian pegawai kementerian;Biro SDM Aparatur
        2;E-LOGBOOK;Log tangkapan ikan nelayan;Ditjen Perikanan Tangkap

        """

    @Test func aMinistryNamedInTheTitleOwnsTheAppsAsACentralAgency() throws {
        let batch = try InventoryFileReader.read(data: Data(Self.ministryRegister.utf8), file: "daftar-kkp.csv")
        let apps = batch.applications.map(\.application)
        #expect(apps.allSatisfy { $0.agency == "Kementerian Kelautan dan Perikanan" && $0.level == .central && $0.province == "Pusat" }, "\(apps)")
        #expect(batch.notes.contains("the title above the header names Kementerian Kelautan dan Perikanan: the agency of its rows is Kementerian Kelautan dan Perikanan, level central (say otherwise with --agency)"), "\(batch.notes)")
    }

    @Test(arguments: [
        ("DAFTAR APLIKASI KEMENTERIAN KELAUTAN DAN PERIKANAN", "Kementerian Kelautan dan Perikanan"),
        ("DAFTAR APLIKASI BADAN PUSAT STATISTIK TAHUN 2024", "Badan Pusat Statistik"),
        ("Inventaris Aplikasi Kementerian Kesehatan - Pusdatin", "Kementerian Kesehatan"),
        ("Daftar aplikasi Kemenkes (per Juni 2025)", "Kemenkes"),
        ("DAFTAR APLIKASI LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH", "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah"),
        ("DAFTAR APLIKASI BADAN PENDAPATAN DAERAH", nil),
        ("DAFTAR APLIKASI PEMERINTAH KABUPATEN BANYUMAS", nil),
        ("TAHUN 2025", nil),
    ] as [(String, String?)])
    func aTitleNamesACentralAgency(title: String, agency: String?) {
        #expect(AgencyName.centralAgency(inTitle: title) == agency)
    }

    /// A regency's own unit in the title ("BADAN PENDAPATAN DAERAH KABUPATEN BANYUMAS") leaves
    /// the regency as the owner.
    @Test func aRegionalUnitInTheTitleLeavesTheRegionalGovernmentTheOwner() throws {
        let register = "DAFTAR APLIKASI BADAN KEUANGAN KABUPATEN BANYUMAS;;\nNama Aplikasi;Deskripsi;OPD\nSIMDA;Keuangan daerah;BPKAD\n"
        let app = try InventoryFileReader.read(data: Data(register.utf8), file: "daftar.csv").applications[0].application
        #expect(app.agency == "Pemerintah Kabupaten Banyumas" && app.level == .regency)
    }

    /// A ministry's office in a regency is the ministry's, not the regency government's.
    @Test func aMinistrysOfficeInARegionIsTheMinistrys() throws {
        let register = "DAFTAR APLIKASI KEMENTERIAN AGAMA KABUPATEN BANYUMAS;;\nNama Aplikasi;Deskripsi;OPD\nSIMKAH;Pencatatan nikah;KUA\n"
        let batch = try InventoryFileReader.read(data: Data(register.utf8), file: "daftar.csv")
        #expect(batch.applications[0].application.agency == "Kementerian Agama Kabupaten Banyumas")
        #expect(batch.notes.contains("the title above the header names Kementerian Agama Kabupaten Banyumas: the agency of its rows is Kementerian Agama Kabupaten Banyumas (say otherwise with --agency)"), "\(batch.notes)")
    }

    /// With no owner anywhere, the hint names no kind of government: a ministry's register and
    /// an English one are not told to be a regency.
    @Test(arguments: [("Nama Aplikasi;Deskripsi\nSIMPEG;Data pegawai\n", "NAMA INSTANSI"), ("Application Name,Description\nPayroll,Pays staff\n", "AGENCY NAME")])
    func theNoAgencyHintFitsTheRegister(register: String, placeholder: String) throws {
        let notes = try InventoryFileReader.read(data: Data(register.utf8), file: "r.csv").notes
        let hint = try #require(notes.first { $0.hasPrefix("no agency:") })
        #expect(hint.contains("--agency \"\(placeholder)\"") && !hint.contains("Kabupaten"), "\(hint)")
    }

    /// The register first imported without an owner, then again with `--agency`: its apps are
    /// updated in place (internal ids and decisions kept), not imported a second time beside
    /// ownerless copies left to retire.
    @Test func reimportingWithTheOwnerUpdatesTheOwnerlessAppsInPlace() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let path = try folder.write("daftar.csv", "Nama Aplikasi;Deskripsi\nSIMPEG;Data pegawai\nE-LOGBOOK;Log tangkapan ikan\nE-LOGBOOK;Log tangkapan ikan, versi kapal\n")
        let store = ApplicationStore(database)
        _ = try store.importBatches([try InventoryFileReader.read(path: path)])
        let before = try store.fetchAll()
        #expect(before.count == 3 && before.allSatisfy { $0.application.agency == nil })
        let simpeg = try #require(before.first { $0.application.name == "SIMPEG" })
        _ = try DecisionStore(database).record(.keep, simpeg.application.externalID, reason: "own staff app", by: nil)

        let owned = try InventoryFileReader.read(path: path, options: ImportOptions(agency: "Kementerian Kelautan dan Perikanan"))
        let dry = try store.importBatches([owned], dryRun: true)[0]
        #expect(dry.inserted == 0 && dry.updated == 3 && dry.ownersGiven == 3)
        let summary = try store.importBatches([owned], replacing: .retire)[0]
        #expect(summary.inserted == 0 && summary.updated == 3 && summary.ownersGiven == 3)
        #expect(summary.removal?.removed.isEmpty == true, "nothing left behind to retire")

        let after = try store.fetchAll()
        #expect(after.count == 3)
        #expect(Set(after.map(\.id)) == Set(before.map(\.id)), "the same apps, by internal id")
        #expect(after.allSatisfy { $0.application.agency == "Kementerian Kelautan dan Perikanan" && $0.application.level == .central && $0.application.status != .retired })
        #expect(Set(after.map(\.application.externalID)) == Set(owned.applications.map(\.application.externalID)), "ids follow the agency")
        let kept = try #require(after.first { $0.id == simpeg.id })
        let decisions = try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM decisions WHERE app_a = ?", arguments: [kept.application.externalID]) }
        #expect(decisions == 1, "the decision follows the app")

        let again = try store.importBatches([owned])[0]
        #expect(again.unchanged == 3 && again.ownersGiven == 0)
    }

    /// Another file's ownerless apps are another register's: never taken over.
    @Test func ownerlessAppsOfAnotherFileAreLeftAlone() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let other = try folder.write("lain.csv", "Nama Aplikasi;Deskripsi\nSIMPEG;Data pegawai\n")
        let path = try folder.write("daftar.csv", "Nama Aplikasi;Deskripsi\nSIMPEG;Data pegawai\n")
        let store = ApplicationStore(database)
        _ = try store.importBatches([try InventoryFileReader.read(path: other)])
        let summary = try store.importBatches([try InventoryFileReader.read(path: path, options: ImportOptions(agency: "Kementerian Kesehatan"))])[0]
        #expect(summary.inserted == 1 && summary.ownersGiven == 0)
        #expect(try store.fetchAll().filter { $0.application.agency == nil }.count == 1)
    }
}
