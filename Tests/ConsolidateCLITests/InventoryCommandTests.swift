import Foundation
import Testing

@Suite("consolidate inventory commands")
struct InventoryCommandTests {
    @Test func importThenQueryWithSQL() throws {
        let cli = try CommandRunner()
        let file = try cli.write("opd.csv", "nama_aplikasi;instansi;pengguna\nSIMPEG;Pemkab Bantul;1.200\nSIAK;Pemkot Malang;300\n")
        let imported = try cli.run(["import", file])
        #expect(imported.status == 0)
        #expect(imported.stderr.contains("2 inserted"))
        let query = try cli.run(["sql", "SELECT name, users FROM apps ORDER BY users DESC", "--format", "csv"])
        #expect(query.stdout == "name,users\nSIMPEG,1200\nSIAK,300\n")
        let json = try cli.run(["sql", "SELECT name, users FROM apps ORDER BY users DESC LIMIT 1", "--format", "json"])
        #expect(json.stdout == "[\n  {\"name\": \"SIMPEG\", \"users\": 1200}\n]\n", "numbers stay numbers in JSON")
        let refused = try cli.run(["sql", "DROP TABLE apps"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--write"))
        for file in ["/etc/passwd", cli.path("no-such-folder/other.db")] {
            let attach = try cli.run(["sql", "ATTACH '\(file)' AS other"])
            #expect(attach.status != 0)
            #expect(attach.stderr.contains("ATTACH") && attach.stderr.contains("refused"), "\(attach.stderr)")
            #expect(!attach.stderr.contains("not a consolidate database") && !attach.stderr.contains("cannot open"), "the inventory is not blamed: \(attach.stderr)")
        }
    }

    @Test func sqlTablesCutTextWithAMarkButNeverNumbers() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["import", try cli.write("opd.csv", "nama_aplikasi;instansi\nSIMPEG;Pemkab Bantul\n")]).status == 0)
        let note = String(repeating: "kepegawaian ", count: 8)
        let table = try cli.run(["sql", "SELECT 803269000000 AS cost_before, 553888300000 AS annual_saving, 12.5 AS share, '\(note)' AS note, name FROM apps"],
                                environment: ["COLUMNS": "40"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("803269000000") && table.stdout.contains("553888300000") && table.stdout.contains("12.5"),
                "an amount read with digits missing reads 100 times too small: \(table.stdout)")
        #expect(table.stdout.contains("…") && !table.stdout.contains(note.trimmingCharacters(in: .whitespaces)), "text is cut with a visible mark")
    }

    /// `sql --lang id` prints the table an Indonesian reader expects, as the Indonesian demo
    /// shows it: headings, levels, grouped numbers and the row count in Indonesian, amounts
    /// whole however narrow the terminal; CSV keeps what scripts read.
    @Test func sqlWithALanguagePrintsTheTableForItsReaders() throws {
        let cli = try CommandRunner()
        let register = "nama_aplikasi;instansi;tingkat;biaya\nSIMPEG;Pemkab Bantul;kabupaten;803269000000\nSIAK;Pemkot Malang;kota;1500000\n"
        #expect(try cli.run(["import", try cli.write("opd.csv", register)]).status == 0)
        let query = "SELECT level, count(*) AS apps, sum(annual_cost) AS cost FROM apps GROUP BY level ORDER BY cost DESC"
        let indonesian = try cli.run(["sql", "--lang", "id", query], environment: ["COLUMNS": "24"])
        #expect(indonesian.status == 0, "\(indonesian.stderr)")
        let lines = indonesian.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines == ["tingkat aplikasi biaya", "-------- -------- ---------------", "kabupat… 1 803.269.000.000", "kota 1 1.500.000", "(2 baris)"],
                "a word is cut, never an amount: \(indonesian.stdout)")
        let english = try cli.run(["sql", query])
        #expect(english.stdout.contains("regency  1     803269000000") && english.stdout.hasSuffix("(2 rows)\n"), "as stored: \(english.stdout)")
        let csv = try cli.run(["sql", "--lang", "id", "--format", "csv", query])
        #expect(csv.stdout == "level,apps,cost\nregency,1,803269000000\ncity,1,1500000\n")
    }

    @Test func badInputExitsNonZeroWithOneLineMessages() throws {
        let cli = try CommandRunner()
        let missing = try cli.run(["import", "nowhere.csv"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("nowhere.csv: no such file"))
        #expect(missing.stderr.split(separator: "\n").count == 1)

        let notDB = try cli.write("notes.txt", String(repeating: "not a database ", count: 20))
        let wrongDB = try cli.run(["stats", "--db", notDB])
        #expect(wrongDB.status != 0)
        #expect(wrongDB.stderr.contains("is not a consolidate database"))
        #expect(wrongDB.stderr.split(separator: "\n").count == 1)

        let folder = try cli.run(["stats", "--db", cli.folder.path])
        #expect(folder.status != 0)
        #expect(folder.stderr.contains("it is a folder"))

        let noDB = try cli.run(["stats", "--db", cli.path("absent.sqlite")])
        #expect(noDB.status != 0)
        #expect(noDB.stderr.contains("no inventory database"))
    }

    @Test func badRowsAreListedAndNothingIsWritten() throws {
        let cli = try CommandRunner()
        let good = try cli.write("good.csv", "id,name\nA1,SIMPEG\n")
        #expect(try cli.run(["import", good]).status == 0)
        let before = try cli.run(["export", "apps"]).stdout
        let bad = try cli.write("bad.csv", "id,name,users\nA2,SIAK,banyak\nA3,,4\n")
        let result = try cli.run(["import", bad])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.csv:2:users: expected a whole number, found \"banyak\""))
        #expect(result.stderr.contains("bad.csv:3:name:"))
        #expect(try cli.run(["export", "apps"]).stdout == before)
    }

    @Test func sampleIsDeterministicAndImportable() throws {
        let cli = try CommandRunner()
        let first = try cli.run(["sample", "--apps", "300", "--seed", "9", "--labels"]).stdout
        let second = try cli.run(["sample", "--apps", "300", "--seed", "9", "--labels"]).stdout
        #expect(first == second)
        #expect(first.hasPrefix("id,nama_aplikasi"))
        try cli.write("s.csv", first)
        #expect(try cli.run(["import", "s.csv"]).status == 0)
        let count = try cli.run(["sql", "SELECT count(*), count(DISTINCT json_extract(attributes, '$.true_function')) FROM apps", "--format", "csv"])
        let numbers = count.stdout.split(separator: "\n")[1].split(separator: ",").compactMap { Int($0) }
        #expect(numbers[0] == 300)
        #expect(numbers[1] >= 40, "at least 40 business functions")
    }
}
