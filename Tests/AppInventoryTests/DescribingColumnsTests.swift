import Foundation
import Testing
@testable import AppInventoryCore

/// Registers spread what an app does over several columns ("Deskripsi", "Fungsi Aplikasi",
/// "Manfaat", "Fitur", "Modul"); all of it feeds the text the analysis compares.
@Suite("Columns that describe the app")
struct DescribingColumnsTests {
    static let register = """
        Nama Aplikasi;Deskripsi;Fungsi Aplikasi;Manfaat;Fitur;Modul;Keterangan
        SIMPEG Lobar;Aplikasi kepegawaian;Mengelola data pegawai, cuti dan mutasi;Data pegawai akurat;Cuti, Mutasi;Absensi, cuti;Dipakai semua OPD
        e-Surat;-;Surat masuk dan surat keluar;;Disposisi;;
        Lapor;Pengaduan masyarakat.;Pengaduan;;;;Uji coba

        """

    static func read(_ text: String, overrides: [String: String] = [:]) throws -> ImportBatch {
        try InventoryFileReader.read(data: Data(text.utf8), file: "daftar.csv", options: ImportOptions(columnOverrides: overrides))
    }

    @Test func everyColumnThatDescribesTheAppJoinsTheDescriptionAndTheFeatures() throws {
        let batch = try Self.read(Self.register)
        let apps = batch.applications.map(\.application)
        #expect(apps[0].description == "Aplikasi kepegawaian. Mengelola data pegawai, cuti dan mutasi. Data pegawai akurat")
        #expect(apps[0].features == ["Cuti", "Mutasi", "Absensi"], "one list, each feature once")
        // An empty lead gives way; a part whose words are already there adds nothing.
        #expect(apps[1].description == "Surat masuk dan surat keluar")
        #expect(apps[2].description == "Pengaduan masyarakat.")
        // Remarks are not what the app does while another column says it.
        #expect(apps[0].attributes == ["Keterangan": "Dipakai semua OPD"])
        let columns = Dictionary(uniqueKeysWithValues: batch.columns.map { ($0.column, $0) })
        #expect(columns.mapValues(\.destination) == ["Nama Aplikasi": "name", "Deskripsi": "description", "Fungsi Aplikasi": "description", "Manfaat": "description",
                                                     "Fitur": "features", "Modul": "features", "Keterangan": "attributes"])
        #expect(columns["Deskripsi"]?.suggestion == "\"Deskripsi\", \"Fungsi Aplikasi\" and \"Manfaat\" joined as one description, in that order")
        #expect(columns["Manfaat"]?.suggestion == "joined after \"Deskripsi\"; to leave it out: --map \"Manfaat=attributes\"")
        #expect(columns["Modul"]?.suggestion == "joined after \"Fitur\"; to leave it out: --map \"Modul=attributes\"")
        #expect(columns["Keterangan"]?.suggestion == "looks like description, which \"Deskripsi\" fills: \"keterangan\" usually holds remarks, which describe an app only when nothing else does; to add it: --map \"Keterangan=description\"")
    }

    @Test func aColumnCanBeLeftOutOrAddedWithMap() throws {
        let batch = try Self.read(Self.register, overrides: ["Manfaat": "attributes", "Keterangan": "description"])
        let app = batch.applications[0].application
        #expect(app.description == "Aplikasi kepegawaian. Mengelola data pegawai, cuti dan mutasi. Dipakai semua OPD")
        #expect(app.attributes == ["Manfaat": "Data pegawai akurat"])
    }

    @Test func remarksAloneStillDescribeTheApp() throws {
        let batch = try Self.read("Nama Aplikasi;OPD;Keterangan\nSIMPEG;BKD;Data pegawai\n")
        #expect(batch.applications[0].application.description == "Data pegawai")
    }

    /// Two staff apps with vague descriptions and their job written under "Fungsi Aplikasi":
    /// the analysis now sees the job, so the pair scores higher than when the column is left out.
    @Test func theFunctionColumnFeedsTheOverlapAnalysis() throws {
        let register = """
            Nama Aplikasi;Deskripsi;Fungsi Aplikasi
            SIMPEG Lobar;Aplikasi daerah;Pengelolaan data pegawai, cuti, mutasi dan kenaikan pangkat
            Sistem Kepegawaian Mataram;Aplikasi daerah;Pengelolaan data pegawai, cuti, mutasi dan kenaikan pangkat ASN
            e-Surat;Aplikasi daerah;Surat masuk, surat keluar dan disposisi pimpinan
            Lapor;Aplikasi daerah;Pengaduan masyarakat dan tindak lanjut aduan
            SIMDA Keuangan;Aplikasi daerah;Penatausahaan keuangan daerah dan laporan anggaran
            e-Retribusi;Aplikasi daerah;Pembayaran retribusi pasar dan parkir

            """
        func score(_ overrides: [String: String]) throws -> Double {
            let apps = try Self.read(register, overrides: overrides).applications.map(\.application)
            return OverlapEngine.analyze(apps).pairs.first { ($0.a, $0.b) == (0, 1) }?.score ?? 0
        }
        let joined = try score([:])
        let leftOut = try score(["Fungsi Aplikasi": "attributes"])
        #expect(joined > leftOut, "joined \(joined), left out \(leftOut)")
    }
}
