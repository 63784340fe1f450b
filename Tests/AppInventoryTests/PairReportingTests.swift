import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Reported pairs (`overlap`, `export overlaps`) on short texts: near matches that rank among
/// each other's best are reported under the pair threshold, by a full analysis and an
/// incremental one alike.
@Suite("Reported pairs")
struct PairReportingTests {
    @Test func aNearMatchIsReportedOnlyWhenBothAppsRankItAmongTheirBest() {
        let rule = PairReporting(AnalysisParameters())
        #expect(rule.threshold == 0.40 && rule.mutualRank == 3 && rule.mutualFloor == 0.20)
        #expect(rule.reports(score: 0.45, rankFromA: 9, rankFromB: nil), "at the threshold, one side's top-k is enough")
        #expect(!rule.reports(score: 0.45, rankFromA: 10, rankFromB: nil), "beyond the top-k nothing is reported")
        #expect(rule.reports(score: 0.25, rankFromA: 0, rankFromB: 2), "a near match among each other's 3 best")
        #expect(!rule.reports(score: 0.25, rankFromA: 0, rankFromB: 3), "the other app has 3 closer matches")
        #expect(!rule.reports(score: 0.25, rankFromA: 0, rankFromB: nil), "one-sided: the other app does not list it")
        #expect(!rule.reports(score: 0.19, rankFromA: 0, rankFromB: 0), "under half the threshold rank is not enough")
        var off = AnalysisParameters()
        off.mutualRank = 0
        #expect(!PairReporting(off).reports(score: 0.39, rankFromA: 0, rankFromB: 0))
        #expect(PairReporting(off).explanation(pairs: 4, underThreshold: 0) == "pairs from score 0.40 (--threshold)")
    }

    /// An analysis saved before near matches were reported still reads, as one without them,
    /// so the next `analyze` reruns in full rather than trusting its pairs.
    @Test func settingsStoredWithoutTheMutualRankReadAsTheRuleOff() throws {
        let stored = #"{"threshold":0.35,"topK":10,"resolution":1,"groupMergeThreshold":0.5}"#
        let parameters = try JSONDecoder().decode(AnalysisParameters.self, from: Data(stored.utf8))
        #expect(parameters.threshold == 0.35 && parameters.mutualRank == 0)
        #expect(parameters.weights == SimilarityWeights() && parameters.groupCohesion == nil)
        #expect(parameters != AnalysisParameters())
        let current = try JSONDecoder().decode(AnalysisParameters.self, from: JSONEncoder().encode(AnalysisParameters()))
        #expect(current == AnalysisParameters(), "what is saved today reads back unchanged")
    }

    /// An analysis whose profiles had no brand discount on name trigrams is never extended
    /// incrementally: its index would keep those trigrams undiscounted.
    @Test func settingsStoredBeforeTrigramDiscountsReadAsOtherProfileRules() throws {
        var before = AnalysisParameters()
        before.profileRules = 0
        let json = String(decoding: try JSONEncoder().encode(before), as: UTF8.self).replacingOccurrences(of: #","profileRules":0"#, with: "")
            .replacingOccurrences(of: #""profileRules":0,"#, with: "")
        #expect(!json.contains("profileRules"))
        let parameters = try JSONDecoder().decode(AnalysisParameters.self, from: Data(json.utf8))
        #expect(parameters.profileRules == 1 && parameters != AnalysisParameters())
    }

    /// A register of one-line English descriptions: two look-alike pairs that share one or two
    /// words, among tools that share nothing with them.
    static let shortRegister = [
        Application(externalID: "1", name: "Thunderbird", description: "Mail reader with address book"),
        Application(externalID: "2", name: "Evolution", description: "Mail reader and calendar"),
        Application(externalID: "3", name: "KeePass", description: "Password manager"),
        Application(externalID: "4", name: "Bitwarden", description: "Password vault for devices"),
    ] + ["Raster image editor", "Audio recorder", "Media player for video files", "3D modelling suite", "Vector drawing program",
         "Spreadsheet with charts", "Weather forecast display", "Disk partition tool"]
        .enumerated().map { Application(externalID: "o\($0.offset)", name: "Tool \(Character(UnicodeScalar(65 + $0.offset)!))", description: $0.element) }

    @Test func shortTextLookAlikesAreReportedUnderTheThreshold() throws {
        let analysis = OverlapEngine.analyze(Self.shortRegister)
        func score(_ a: Int, _ b: Int, in analysis: OverlapAnalysis) -> Double? { analysis.pairs.first { $0.a == a && $0.b == b }?.score }
        let mail = try #require(score(0, 1, in: analysis), "the two mail readers are reported")
        let passwords = try #require(score(2, 3, in: analysis), "the two password tools are reported")
        #expect([mail, passwords].allSatisfy { $0 < 0.40 && $0 >= 0.20 }, "both score under the fixed threshold: \(mail), \(passwords)")
        #expect(analysis.pairs.count == 2, "apps that share nothing are never reported")
        var off = AnalysisParameters()
        off.mutualRank = 0
        let fixed = OverlapEngine.analyze(Self.shortRegister, parameters: off)
        #expect(fixed.pairs.isEmpty, "the fixed threshold alone misses both")
        #expect(fixed.groupOf == analysis.groupOf, "groups do not depend on which pairs are reported")
    }

    @Test func anIncrementalAnalysisReportsNearMatchesAsAFullOneDoes() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inventory.sqlite"), access: .create)
        func csv(_ apps: [Application]) -> String {
            "id,name,description\n" + apps.map { "\($0.externalID),\($0.name),\($0.description ?? "")" }.joined(separator: "\n") + "\n"
        }
        // Thirty more apps with made-up names and no description, so one edit is a small change.
        let syllables = ["zub", "vex", "quor", "plim", "drak", "snof"]
        var apps = Self.shortRegister + (0..<30).map {
            Application(externalID: "f\($0)", name: (syllables[$0 % 6] + syllables[($0 / 6 + $0 % 6 + 1) % 6]).capitalized)
        }
        _ = try importFiles([try folder.write("v1.csv", csv(apps))], into: database)
        let first = try AnalysisWorkflow.run(database)
        #expect(first.text(.en).contains("\npairs from score 0.40 (--threshold), or 0.20 if in each other's top 3 (--mutual-rank): "), "\(first.text(.en))")
        // A media player edited into a team calendar: its near match with the mail reader that
        // keeps a calendar scores under the threshold and is found by the incremental path.
        apps[6].description = "Calendar for teams and rooms"
        _ = try importFiles([try folder.write("v2.csv", csv(apps))], into: database)
        let incremental = try AnalysisWorkflow.run(database)
        #expect(incremental.incremental, "\(incremental.mode)")
        let fromIncremental = try SearchIndexTests.results(database).pairs
        _ = try AnalysisWorkflow.run(database, full: true)
        let fromFull = try SearchIndexTests.results(database).pairs
        let edited = try #require(try database.read { try Int64.fetchOne($0, sql: "SELECT id FROM apps WHERE external_id = 'o2'") })
        let editedPairs = fromIncremental.filter { $0.key.hasPrefix("\(edited)-") || $0.key.hasSuffix("-\(edited)") }
        #expect(editedPairs.contains { $0.value < 0.40 }, "the edited app's near matches are reported incrementally")
        #expect(Set(fromIncremental.keys) == Set(fromFull.keys))
    }
}
