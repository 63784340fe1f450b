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
        #expect(analyzed.stderr.contains("analysed 5 apps: 4 of them in 2 overlap groups of apps that seem to do the same job (2 look-alike pairs)"), "\(analyzed.stderr)")

        let listed = try cli.run(["overlap"]).stdout
        #expect(listed.hasPrefix("Analysis of 20") && listed.contains(" UTC: 5 apps, 2 look-alike pairs, 2 overlap groups covering 4 apps\n"),
                "the same words and counts as analyze, the time as people write it: \(listed)")

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
        // The table's headings are words that wrap, so a 100-column terminal keeps names whole.
        let table = try cli.run(["check", "--name", "Sistem Persuratan Dinas", "--description", "Surat keluar dan disposisi"], environment: ["COLUMNS": "100"])
        #expect(table.stdout.contains("description") && !table.stdout.contains("description_score"))
        #expect(table.stdout.contains("e-Office ") && table.stdout.contains("Pemerintah ") && table.stdout.contains("Kabupaten "), "\(table.stdout)")
    }

    /// An official reading Indonesian gets the overlap and stats tables in Indonesian: headers,
    /// levels, grouped thousands with dots and decimal commas; CSV keeps the stored names.
    /// A group's table shows --limit members and says how many more there are and how to see
    /// them; CSV lists every member.
    @Test func aGroupsTableShowsLimitMembersAndSaysHowManyMore() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["analyze"]).status == 0)
        let table = try cli.run(["overlap", "--group", "1", "--limit", "1"]).stdout
        #expect(table.contains("Group 1: 2 apps") && table.contains("… and 1 more: `consolidate overlap --group 1 --limit 2` shows them all"), "\(table)")
        let csv = try cli.run(["overlap", "--group", "1", "--limit", "1", "--format", "csv"]).stdout
        #expect(csv.split(separator: "\n").count >= 3 && !csv.contains("… and"), "every member and the pairs: \(csv)")
    }

    /// A register of product names only (no agency, user count or cost) lists its groups with
    /// those columns empty, not as "0 agencies, annual cost 0".
    @Test func aGroupsUnknownCountsAreEmptyNotZero() throws {
        let cli = try CommandRunner()
        try cli.write("products.csv", """
            name,description
            AutoCAD 2019,Computer aided design and drafting
            AutoCAD 2020,Computer aided design and drafting
            AutoCAD 2021,Computer aided design and drafting

            """)
        #expect(try cli.run(["import", "products.csv"]).status == 0)
        #expect(try cli.run(["analyze"]).status == 0)
        let listed = try cli.run(["overlap"]).stdout
        let row = try #require(listed.split(separator: "\n").first { $0.hasPrefix("1 ") }, "\(listed)")
        let cells = row.split(separator: " ", omittingEmptySubsequences: true)
        #expect(cells[1] == "3" && cells[2...5].allSatisfy { $0 == "-" }, "apps 3, then agencies, levels, users and cost unknown: \(row)")
    }

    @Test func overlapAndStatsSpeakIndonesianWhenAsked() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", """
            id,name,agency,level,users,annual_cost,description,features
            A1,SIMPEG Kabupaten Bantul,Pemkab Bantul,regency,1500,250000000,Pengelolaan data kepegawaian dan kenaikan pangkat,Data pegawai;Kenaikan pangkat
            A2,SIMPEG Kota Malang,Pemkot Malang,city,2500,300000000,Data kepegawaian ASN dan mutasi pegawai,Data pegawai;Mutasi

            """)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["analyze"]).status == 0)

        let groups = try cli.run(["overlap", "--lang", "id"]).stdout
        #expect(groups.hasPrefix("Analisis 20") && groups.contains(" UTC: 2 aplikasi, 1 pasangan aplikasi serupa, 1 kelompok aplikasi serupa mencakup 2 aplikasi\n"), "\(groups)")
        #expect(groups.contains("kelompok") && groups.contains("biaya tahunan") && groups.contains("550.000.000") && groups.contains("4.000"), "\(groups)")
        #expect(!groups.contains("annual_cost") && !groups.contains("550,000,000"))

        let members = try cli.run(["overlap", "--group", "1", "--lang", "id"]).stdout
        #expect(members.hasPrefix("Kelompok 1: 2 aplikasi") && members.contains("kabupaten") && members.contains("kota") && members.contains("ya"), "\(members)")
        #expect(members.contains("Pasangan paling mirip:") && members.contains("skor nama"), "\(members)")
        let score = try #require(members.split(separator: "\n").first { $0.hasPrefix("A1") && $0.contains("A2") })
        #expect(score.contains("0,") && !score.contains("0."), "scores with a decimal comma: \(score)")

        let csv = try cli.run(["overlap", "--group", "1", "--lang", "id", "--format", "csv"]).stdout
        #expect(csv.hasPrefix("id,name,agency,level,users,annual_cost,representative\n") && csv.contains(",regency,1500,250000000,"), "\(csv)")

        let stats = try cli.run(["stats", "--lang", "id"]).stdout
        #expect(stats.contains("Inventaris: 2 aplikasi dari 2 instansi, 4.000 pengguna, Rp 550 jt per tahun"), "\(stats)")
        #expect(stats.contains("Per tingkat pemerintahan\n  kota       1\n  kabupaten  1") && stats.contains("Kelengkapan (mutu data"), "\(stats)")

        let platforms = try cli.run(["platforms", "--lang", "id"]).stdout
        #expect(platforms.contains("wajib") && platforms.contains("nasional-wajib") && platforms.contains("pemilik") && !platforms.contains("national-mandatory"), "\(platforms)")
        let platformsCSV = try cli.run(["platforms", "--lang", "id", "--format", "csv"]).stdout
        #expect(platformsCSV.hasPrefix("platform,kind,mandatory,scope,owner,functions,basis\n") && platformsCSV.contains(",national-mandatory,yes,"), "scripts keep the codes")
        let found = try cli.run(["search", "kepegawaian", "--lang", "id"]).stdout
        #expect(found.contains("nama") && found.contains("instansi") && found.contains("kecocokan") && found.contains("(2 baris)"), "\(found)")
    }

    @Test func analyzeAndCheckSayHowTheyRan() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        let proposal = ["check", "--name", "Sistem Persuratan Dinas", "--description", "Surat keluar dan disposisi", "--format", "csv"]
        func ids(_ output: String) -> [Substring] { output.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } } }
        let unanalysed = try cli.run(proposal)
        #expect(unanalysed.status == 0)
        #expect(unanalysed.stderr.contains("no analysis has stored a search index yet") && unanalysed.stderr.contains("slower"))
        #expect(!ids(unanalysed.stdout).isEmpty)

        #expect(try cli.run(["analyze"]).stderr.contains("full analysis: the first analysis of this inventory (no earlier one kept the search index"))
        let indexed = try cli.run(proposal)
        #expect(indexed.status == 0 && !indexed.stderr.contains("slower"), "the stored index is used")
        #expect(ids(indexed.stdout) == ids(unanalysed.stdout))

        try cli.write("register.csv", Self.register.replacingOccurrences(of: "Promosi destinasi wisata", with: "Promosi wisata"))
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(proposal).stderr.contains("the inventory changed since the last analysis (1 edited, 0 added, 0 removed)"))
        let small = try cli.run(["analyze"])
        #expect(small.stderr.contains("full analysis: 1 app changed since the last full analysis, more than 5% of the inventory"))
        #expect(try cli.run(["analyze", "--full"]).stderr.contains("full analysis: asked with --full"))
    }

    /// `analyze` with nothing changed says the results are current and records no analysis, so
    /// the plan keeps the analysis it was made from; --full analyses again all the same, and a
    /// changed setting or app analyses as before.
    @Test func analyzingAgainWithNothingChangedRecordsNothing() throws {
        let cli = try CommandRunner()
        try cli.write("register.csv", Self.register)
        #expect(try cli.run(["import", "register.csv"]).status == 0)
        #expect(try cli.run(["analyze"]).status == 0)
        #expect(try cli.run(["plan"]).status == 0)
        func runs() throws -> String { try cli.run(["sql", "SELECT count(*) AS runs, max(id) AS latest FROM analysis_runs", "--format", "csv"]).stdout }
        #expect(try runs() == "runs,latest\n1,1\n")

        let again = try cli.run(["analyze"])
        #expect(again.status == 0)
        #expect(again.stderr.hasPrefix("the results are current: analysis 1 of ") && again.stderr.contains(" UTC was made on the inventory")
                && again.stderr.contains("(5 apps, 2 overlap groups, 2 look-alike pairs); nothing analysed or recorded"), "\(again.stderr)")
        #expect(again.stderr.split(separator: "\n").count == 1 && again.stdout.isEmpty)
        let indonesian = try cli.run(["analyze", "--lang", "id"]).stderr
        #expect(indonesian.hasPrefix("hasil analisis masih berlaku: analisis 1 tanggal ") && indonesian.contains("tidak ada yang dianalisis atau dicatat"), "\(indonesian)")
        #expect(try runs() == "runs,latest\n1,1\n")
        #expect(!(try cli.run(["plan"]).stderr.contains("analysing first")), "the plan still finds its analysis")
        #expect(try cli.run(["sql", "SELECT DISTINCT analysis_run_id FROM plans", "--format", "csv"]).stdout == "analysis_run_id\n1\n")

        #expect(try cli.run(["analyze", "--threshold", "0.5"]).stderr.hasPrefix("analysed 5 apps"), "other settings analyse")
        #expect(try cli.run(["analyze", "--full"]).stderr.contains("full analysis: asked with --full"))
        #expect(try runs() == "runs,latest\n3,3\n")
    }
}
