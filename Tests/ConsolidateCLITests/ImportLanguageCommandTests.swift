import Foundation
import Testing

/// `import --lang id` speaks to an Indonesian planner as the other commands do: what was
/// understood of the register, the summary and the messages about bad cells, each at its
/// FILE:ROW:COLUMN as in English.
@Suite("consolidate import in Indonesian")
struct ImportLanguageCommandTests {
    @Test func aRegisterImportsWithIndonesianNotesAndSummary() throws {
        let cli = try CommandRunner()
        let path = IntakeCommandTests.registers.appendingPathComponent("daftar-aplikasi-semarang.xlsx").path
        let dry = try cli.run(["import", path, "--agency", "Pemkot Semarang", "--dry-run", "--lang", "id"])
        #expect(dry.status == 0, "\(dry.stderr)")
        for line in ["daftar-aplikasi-semarang.xlsx: judul kolom ditemukan di baris 3; baris 1-2 dilewati (tentukan dengan --header-row N)\n",
                     "daftar-aplikasi-semarang.xlsx: satu baris jumlah dilewati, tidak diimpor sebagai aplikasi: baris 13 (\"JUMLAH\")\n",
                     "\n  kolom:\n", "Nama Aplikasi           → name   mis. \"SIMPEG Kota Semarang\"",
                     "Biaya Pemeliharaan (Rp) → attributes (tampaknya annual_cost, yang sudah diisi \"annual_cost_idr\": ejaan yang lebih dekat dengan annual_cost",
                     "; untuk menukarnya: --map \"Biaya Pemeliharaan (Rp)=annual_cost\")",
                     "\nakan diimpor \(path): 13 baris lembar dibaca, 9 aplikasi, 9 baru, 0 diperbarui, 0 tetap\n",
                     "\nuji coba (--dry-run): tidak ada yang ditulis\n"] {
            #expect(dry.stderr.contains(line), "\(line)\n\(dry.stderr)")
        }
        #expect(!dry.stderr.contains("header found") && !dry.stderr.contains("would import") && !dry.stderr.contains("columns:"), "\(dry.stderr)")

        let imported = try cli.run(["import", path, "--agency", "Pemkot Semarang", "--lang", "id"])
        #expect(imported.status == 0 && imported.stderr.contains("\ndiimpor \(path): 13 baris lembar dibaca, 9 aplikasi, 9 baru, 0 diperbarui, 0 tetap\n"),
                "\(imported.stderr)")
        let english = try cli.run(["import", path, "--agency", "Pemkot Semarang"])
        #expect(english.stderr.contains("\nimported \(path): 13 sheet rows read, 9 rows, 0 inserted, 0 updated, 9 unchanged\n"), "English by default: \(english.stderr)")
    }

    @Test func badCellsAreNamedAtTheirLocationInIndonesian() throws {
        let cli = try CommandRunner()
        let bad = try cli.write("bad.csv", "id,name,users,annual_cost\nA2,SIAK,banyak,Rp 1.2.3\nA3,,4,\n")
        let indonesian = try cli.run(["import", bad, "--lang", "id"])
        #expect(indonesian.status != 0)
        for line in ["bad.csv:2:users: seharusnya bilangan bulat, tertulis \"banyak\"",
                     "bad.csv:2:annual_cost: seharusnya jumlah seperti 37300000, \"Rp 37.300.000\" atau \"1.250,5\", tertulis \"Rp 1.2.3\"",
                     "bad.csv:3:name: nama aplikasi kosong; setiap baris perlu nama", "3 masalah ditemukan; tidak ada yang diimpor.",
                     "bad.csv: judul kolom diambil dari baris 1 (tentukan dengan --header-row N)\n", "\n  kolom:\n    id          → external_id\n",
                     "bad.csv: tanpa instansi: daftar ini tidak punya kolom instansi, --agency tidak diberikan"] {
            #expect(indonesian.stderr.contains(line), "\(line)\n\(indonesian.stderr)")
        }
        let english = try cli.run(["import", bad])
        #expect(english.stderr.contains("bad.csv:2:users: expected a whole number, found \"banyak\"") && english.stderr.contains("3 problems found; nothing was imported."))
        #expect(!FileManager.default.fileExists(atPath: cli.path("inventory.sqlite")), "nothing was written")
    }

    /// The parser's own refusals (a value it cannot read, a mistyped option, a missing file)
    /// say what went wrong in Indonesian under --lang id, quoting options as typed.
    @Test func theParsersRefusalsSpeakIndonesian() throws {
        let cli = try CommandRunner()
        let value = try cli.run(["plan", "--target", "abc", "--lang", "id"])
        #expect(value.status != 0 && value.stderr.hasPrefix("Kesalahan: nilai 'abc' tidak sah untuk '--target <target>'"), "\(value.stderr)")
        #expect(value.stderr.contains("Penggunaan: consolidate plan") && value.stderr.contains("Lihat 'consolidate plan --help' untuk keterangan lebih lanjut."))
        let option = try cli.run(["plan", "--targt", "3", "--lang", "id"])
        #expect(option.stderr.hasPrefix("Kesalahan: opsi '--targt' tidak dikenal; maksud Anda '--target'?"), "\(option.stderr)")
        let missing = try cli.run(["import", "--lang", "id"])
        #expect(missing.stderr.hasPrefix("Kesalahan: argumen '<file> ...' belum diberikan"), "\(missing.stderr)")
        #expect(try cli.run(["plan", "--target", "abc"]).stderr.hasPrefix("Error: The value 'abc' is invalid"), "English without --lang id")
    }

    /// A header guessed wrong is the commonest first error: it says so in Indonesian too.
    @Test func aHeaderWithoutANameColumnIsNamedInIndonesian() throws {
        let cli = try CommandRunner()
        let file = try cli.write("r.csv", "Tahun 2025;Biaya\n2019;Rp 1.000\n")
        let result = try cli.run(["import", file, "--lang", "id"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("r.csv:1: tidak ada kolom berisi nama aplikasi; seharusnya ada judul kolom seperti name, nama atau nama_aplikasi")
                && result.stderr.contains("; kolomnya \"Tahun 2025\", \"Biaya\""), "\(result.stderr)")
        #expect(result.stderr.contains("Kesalahan: ") && !result.stderr.contains("Error: "), "the prefix speaks Indonesian too: \(result.stderr)")
        #expect(try cli.run(["import", file]).stderr.contains("Error: "), "and English without --lang id")
    }

    /// Files that are not a table, values outside a vocabulary and options written wrong are
    /// explained in Indonesian too, at the same locations.
    @Test func structuralAndVocabularyErrorsSpeakIndonesian() throws {
        let cli = try CommandRunner()
        let quote = try cli.write("kutip.csv", "Nama Aplikasi,Deskripsi\n\"SIMPEG,ok\n")
        let json = try cli.write("rusak.json", "[{\"nama\": \"x\"")
        let status = try cli.write("status.csv", "Nama Aplikasi,Status\nA,aktif\nB,zzz\n,\nC,aktif\nD,\n")
        let wide = try cli.write("lebar.csv", "Nama Aplikasi,Deskripsi\nSIMPEG,Data pegawai,lebih\n")
        // Saved by an older Windows Excel: "Kantor Pariwisata Bal\u{e9}" in Windows-1252.
        let latin = cli.path("latin.csv")
        try Data("Nama Aplikasi\nKantor Pariwisata Bal".utf8 + [0xE9, 0x0A]).write(to: URL(fileURLWithPath: latin))
        let cases: [([String], String)] = [
            (["import", quote], "kutip.csv:2:Nama Aplikasi: tanda kutip tidak ditutup: sel berkutip dimulai di sini dan tidak pernah berakhir"),
            (["import", json], "rusak.json: bukan JSON yang sah pada "),
            (["import", status], "status.csv:3:Status: 1 baris berisi nilai status di luar kosakatanya (active/aktif, development/pengembangan"),
            (["import", status, "--value-map", "status:zzz=bogus"], "--value-map: \"zzz=bogus\" harus berbentuk DARI=KE dengan KE sebuah nilai status"),
            (["import", status, "--map", "Status=bogus"], "--map Status=bogus: bidang tidak dikenal; bidangnya "),
            (["import", wide], "lebar.csv:2:column 3: seharusnya 2 kolom seperti judulnya, tertulis 3"),
            (["import", latin], "latin.csv: baris 2 bukan UTF-8 yang sah; bila berkas berasal dari Excel Windows, jalankan lagi dengan --encoding cp1252"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments + ["--lang", "id"])
            #expect(result.status != 0 && result.stderr.contains(message), "\(message)\n\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: cli.path("inventory.sqlite")), "nothing was written")
        }
        #expect(try cli.run(["import", quote]).stderr.contains("kutip.csv:2:Nama Aplikasi: unclosed quote"), "English without --lang id")
        let workbook = IntakeCommandTests.registers.appendingPathComponent("daftar-aplikasi-semarang.xlsx").path
        let sheet = try cli.run(["import", workbook, "--sheet", "Rekap", "--lang", "id"])
        #expect(sheet.status != 0 && sheet.stderr.contains("daftar-aplikasi-semarang.xlsx: tidak punya lembar bernama \"Rekap\"; lembarnya "), "\(sheet.stderr)")
    }
}
