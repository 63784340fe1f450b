import Foundation
import Testing

@Suite("consolidate overlap commands")
struct OverlapCommandTests {
    static let register = """
        id,name,agency,description,features
        A1,SIMPEG Kabupaten Bantul,Pemkab Bantul,Pengelolaan data kepegawaian dan kenaikan pangkat,Data pegawai;Kenaikan pangkat
        A2,SIMPEG Kota Malang,Pemkot Malang,Data kepegawaian ASN dan mutasi pegawai,Data pegawai;Mutasi
        A3,e-Office Kota Malang,Pemkot Malang,"Surat masuk, surat keluar dan disposisi elektronik",Surat masuk;Disposisi
        A4,e-Surat Bantul,Pemkab Bantul,Persuratan elektronik dengan disposisi pimpinan,Surat keluar;Disposisi
        A5,Bantul Smart Tourism,Pemkab Bantul,Promosi destinasi wisata dan kalender event,Destinasi wisata

        """

    @Test func analyzeThenReportExportAndCheck() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let before = try cli.run(["overlap"])
        #expect(before.status != 0)
        #expect(before.stderr.contains("run `consolidate analyze` first"))

        let analyzed = try cli.run(["analyze"])
        #expect(analyzed.status == 0)
        #expect(analyzed.stderr.contains("2 groups covering 4 apps"))

        let groups = try cli.run(["export", "groups"])
        let lines = groups.stdout.split(separator: "\n")
        #expect(lines.first == "app_id,app_name,group_id,group_label,is_representative")
        #expect(lines.count == 5)
        #expect(!groups.stdout.contains("A5"), "the tourism app is in no group")

        let pairs = try cli.run(["export", "overlaps", "--format", "csv"])
        #expect(pairs.stdout.hasPrefix("app_a,app_b,name_a,name_b,score,name_score,description_score,features_score"))
        #expect(pairs.stdout.contains("A1,A2,SIMPEG Kabupaten Bantul,SIMPEG Kota Malang"))

        let neighbours = try cli.run(["overlap", "--app", "A1", "--format", "csv"])
        #expect(neighbours.stdout.split(separator: "\n")[1].hasPrefix("A2,"))
        let unknown = try cli.run(["overlap", "--app", "NOPE"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no app with id \"NOPE\""))

        let check = try cli.run(["check", "--name", "Sistem Persuratan Dinas", "--description", "Surat keluar dan disposisi", "--format", "csv"])
        #expect(check.status == 0)
        let best = check.stdout.split(separator: "\n").dropFirst().first ?? ""
        #expect(best.hasPrefix("A3,") || best.hasPrefix("A4,"))
    }
}
