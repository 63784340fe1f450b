import Foundation
import GRDB
import Testing
@testable import AppInventory
@testable import AppInventoryCore

@Suite("Search index: check and incremental analysis")
struct SearchIndexTests {
    /// A generated inventory of `count` apps, imported and analysed once.
    static func analysedInventory(_ folder: TemporaryFolder, count: Int = 600) throws -> InventoryDatabase {
        let database = try InventoryDatabase(path: folder.path("inventory.sqlite"), access: .create)
        try importFiles([try folder.write("sample.csv", SampleGenerator(seed: 5).csv(count: count, labels: false))], into: database)
        let summary = try AnalysisWorkflow.run(database)
        #expect(!summary.incremental && summary.mode.contains("the first analysis of this inventory"))
        return database
    }

    @Test func checkOfAnAnalysedAppFindsTheNeighboursAndScoresAnalyzeFound() throws {
        let folder = try TemporaryFolder()
        let database = try Self.analysedInventory(folder)
        let apps = try ApplicationStore(database).fetchAll()
        let analysis = OverlapEngine.analyze(apps.map(\.application))
        let profiles = try #require(analysis.searchIndex?.profiles)
        var extender = ProfileExtender(profiles)
        let description = SimilarityField.description.rawValue
        var compared = 0
        for position in stride(from: 0, to: apps.count, by: 23) {
            // The documented exception: the build raises family-template holders' description confidence to 1.
            guard extender.profile(apps[position].application).confidence[description] == profiles.confidence[description][position] else { continue }
            // One more look-alike than analyze keeps, for the app's own stored copy, which comes first.
            let result = try CheckWorkflow.run(database, proposal: apps[position].application, minScore: AnalysisParameters().threshold,
                                               limit: 2 * AnalysisParameters().topK + 1)
            #expect(result.note == nil, "the stored index is used")
            // Check scores a larger pool than analyze: it finds what analyze found, with the same
            // scores, unless it found better look-alikes that push them out of its list.
            let found = Array(result.pairs.filter { $0.b != position }.prefix(AnalysisParameters().topK))
            let expected = analysis.neighbours[position]
            let scores = Dictionary(found.map { ($0.b, $0.score) }, uniquingKeysWith: { a, _ in a })
            for (rank, neighbour) in expected.enumerated() {
                #expect(rank < found.count && found[rank].score >= neighbour.score, "app \(position): no worse look-alike at rank \(rank)")
                if let last = found.last, neighbour.score > last.score {
                    #expect(scores[neighbour.index] == neighbour.score, "app \(position): check finds \(neighbour.index) with analyze's score")
                }
            }
            compared += 1
        }
        #expect(compared >= 20)
    }

    /// What `check` finds does not depend on how many it shows: the first of ten is the one
    /// shown alone, and the ten are the first of fifty.
    @Test func checkFindsTheSameLookAlikesWhateverItsLimit() throws {
        let folder = try TemporaryFolder()
        let database = try Self.analysedInventory(folder, count: 3_000)
        let proposals = [Application(externalID: "(proposal)", name: "SIMRS", description: "Sistem informasi manajemen rumah sakit"),
                         Application(externalID: "(proposal)", name: "Sistem Informasi Kepegawaian"),
                         Application(externalID: "(proposal)", name: "e-Aduan", description: "Pengaduan masyarakat")]
        for proposal in proposals {
            func found(_ limit: Int) throws -> [String] {
                try CheckWorkflow.run(database, proposal: proposal, minScore: 0.3, limit: limit).pairs.map { "\($0.b) \($0.score)" }
            }
            let ten = try found(10)
            #expect(try found(1) == Array(ten.prefix(1)), "\(proposal.name)")
            #expect(Array(try found(50).prefix(ten.count)) == ten, "\(proposal.name)")
        }
    }

    /// The extender profiles an app by the build's own steps, so an app of the built inventory
    /// gets its vectors back bit for bit (confidence too, but for the documented exception).
    @Test func extenderProfilesEveryAppExactlyAsTheBuildDid() throws {
        let folder = try TemporaryFolder()
        let apps = try InventoryFileReader.read(path: folder.write("s.csv", SampleGenerator(seed: 3).csv(count: 400, labels: false)),
                                                options: ImportOptions()).applications.map(\.application)
        let profiles = ProfileBuilder.build(apps)
        var extender = ProfileExtender(profiles)
        let description = SimilarityField.description.rawValue
        var raised = 0
        for (index, app) in apps.enumerated() {
            let profile = extender.profile(app)
            for field in SimilarityField.allCases {
                let (built, extended) = (profiles.vectors[field.rawValue][index], profile.vectors[field.rawValue])
                #expect(built.terms == extended.terms && built.weights == extended.weights, "app \(index), \(field)")
                if field.rawValue == description && profile.confidence[description] != profiles.confidence[description][index] {
                    // The documented exception: the build raises family-template holders' description confidence to 1.
                    #expect(profiles.confidence[description][index] == 1)
                    raised += 1
                } else {
                    #expect(profile.confidence[field.rawValue] == profiles.confidence[field.rawValue][index], "app \(index), \(field)")
                }
            }
            #expect(profile.context.terms == profiles.context[index].terms && profile.context.weights == profiles.context[index].weights)
            #expect(profile.featurePhrases == profiles.featurePhrases[index])
        }
        #expect(raised * 4 < apps.count)
    }

    @Test func checkSaysWhenItHasToRebuildEveryProfile() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inventory.sqlite"), access: .create)
        try importFiles([try folder.write("sample.csv", SampleGenerator(seed: 5).csv(count: 200, labels: false))], into: database)
        let proposal = Application(externalID: "(proposal)", name: "Sistem Informasi Kepegawaian", description: "Data pegawai, mutasi dan kenaikan pangkat")
        let unanalysed = try CheckWorkflow.run(database, proposal: proposal, minScore: 0.3, limit: 5)
        #expect(unanalysed.note?.contains("no analysis has stored a search index yet") == true)
        #expect(unanalysed.note?.contains("slower") == true)

        _ = try AnalysisWorkflow.run(database)
        let indexed = try CheckWorkflow.run(database, proposal: proposal, minScore: 0.3, limit: 5)
        #expect(indexed.note == nil)
        #expect(Set(indexed.pairs.map(\.b)) == Set(unanalysed.pairs.map(\.b)), "the same look-alikes either way")
        #expect(!indexed.pairs.isEmpty)

        try database.write { db in try db.execute(sql: "UPDATE apps SET description = 'Diubah', content_hash = 'edited' WHERE id = 7") }
        let stale = try CheckWorkflow.run(database, proposal: proposal, minScore: 0.3, limit: 5)
        #expect(stale.note?.contains("the inventory changed since the last analysis (1 edited, 0 added, 0 removed)") == true)
        #expect(stale.note?.contains("run `consolidate analyze`") == true)
    }

    /// An edit made outside an import (`sql --write`, any SQLite client) leaves the content hash
    /// as it was; the edit marks replace it, so the edit counts as a change like a re-import's.
    @Test func editsOutsideAnImportAreSeenAsChanges() throws {
        let folder = try TemporaryFolder()
        let database = try Self.analysedInventory(folder, count: 200)
        #expect(try AnalysisStore(database).inventoryChangedSinceAnalysis() == false)
        try database.write { db in
            try db.execute(sql: "UPDATE apps SET description = 'Arsip surat masuk dan keluar' WHERE id = 7")
            try db.execute(sql: "INSERT INTO app_features(app_id, position, feature) VALUES (9, 99, 'disposisi surat')")
            try db.execute(sql: "UPDATE apps SET source_row = 1234 WHERE id = 11")
        }
        #expect(try AnalysisStore(database).inventoryChangedSinceAnalysis() == true)
        let proposal = Application(externalID: "(proposal)", name: "e-Arsip", description: "Surat keluar dan arsip")
        let note = try CheckWorkflow.run(database, proposal: proposal, minScore: 0.3, limit: 5).note
        #expect(note?.contains("(2 edited, 0 added, 0 removed)") == true, "\(note ?? "no note")")
        let again = try AnalysisWorkflow.run(database)
        #expect(again.incremental && again.mode.contains("2 apps changed (2 edited"), "\(again.mode)")
        #expect(try AnalysisStore(database).inventoryChangedSinceAnalysis() == false)

        // An import stores the true hash itself: importing the apps as they are changes nothing.
        let stored = try ApplicationStore(database).fetchAll()
        let written = try database.read { db in try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, agency_as_written FROM apps").map { ($0[0] as Int64, $0[1] as String?) }) }
        let batch = stored.enumerated().map { ImportedApplication(application: $1.application, sourceRow: $0 + 2, agencyAsWritten: written[$1.id] ?? nil) }
        let summary = try ApplicationStore(database).importBatches([ImportBatch(file: "again.csv", sha256: "again", format: "csv", applications: batch,
                                                                                linesRead: batch.count, notes: [], columns: [])])
        #expect(summary[0].updated == 2 && summary[0].inserted == 0, "the two edited apps are written again with their true hashes")
        let reimported = try AnalysisWorkflow.run(database)
        #expect(reimported.mode.contains("2 apps changed (2 edited"), "\(reimported.mode)")
        #expect(try AnalysisWorkflow.run(database).mode.contains("no app changed"))
    }

    /// Edits 6 apps, adds 3 and removes 1 by re-importing, then analyses incrementally and in full.
    @Test func incrementalAnalysisAfterAReimportMatchesAFullOne() throws {
        let folder = try TemporaryFolder()
        let database = try Self.analysedInventory(folder)
        let stored = try ApplicationStore(database).fetchAll()
        let written = try database.read { db in try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, agency_as_written FROM apps").map { ($0[0] as Int64, $0[1] as String?) }) }
        var batch = stored.enumerated().map { ImportedApplication(application: $1.application, sourceRow: $0 + 2, agencyAsWritten: written[$1.id] ?? nil) }
        for (edited, source) in [(3, 310), (50, 420), (120, 9), (200, 555), (333, 77), (480, 140)] {
            batch[edited].application.name = stored[source].application.name + " Terpadu"
            batch[edited].application.description = stored[source].application.description
            batch[edited].application.features = stored[source].application.features
        }
        let extra = try InventoryFileReader.read(path: folder.write("more.csv", SampleGenerator(seed: 9).csv(count: 3, labels: false)), options: ImportOptions())
        for var app in extra.applications {
            app.application.externalID = "NEW-" + app.application.externalID
            batch.append(app)
        }
        _ = try ApplicationStore(database).importBatches([ImportBatch(file: "v2.csv", sha256: "v2", format: "csv", applications: batch, linesRead: batch.count, notes: [], columns: [])])
        _ = try ApplicationStore(database).remove([stored[250].application.externalID], reason: "merged")

        let before = try Self.stored(database)
        let copy = folder.path("copy.sqlite")
        try database.backup(to: copy)
        let incremental = try AnalysisWorkflow.run(database)
        #expect(incremental.incremental)
        let after = try Self.stored(database)
        #expect(incremental.pairs == after.pairs.count && incremental.groups == after.groups.count)
        // The same again on a copy: the incremental path is deterministic too.
        _ = try AnalysisWorkflow.run(InventoryDatabase(path: copy, access: .write))
        #expect(try Self.stored(InventoryDatabase(path: copy, access: .write)) == after)

        // Only what the changes touch is written: most pair rows and groups keep the analysis that wrote them.
        let newRun = try #require(try database.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM analysis_runs") })
        let rewrittenPairs = after.pairs.values.filter { $0.run == newRun }.count
        #expect(rewrittenPairs > 0 && rewrittenPairs * 5 < after.pairs.count, "\(rewrittenPairs) of \(after.pairs.count) pair rows rewritten")
        let left = after.groups.filter { $0.value.run != newRun }
        #expect(!left.isEmpty && left.allSatisfy { before.groups[$0.key] == $0.value }, "\(left.count) of \(after.groups.count) groups left as they were")
        let sizes = try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM overlap_groups g WHERE size <> (SELECT count(*) FROM group_members WHERE group_id = g.id)")
        }
        #expect(sizes == 0, "every group's size is its number of members")
        #expect(incremental.mode.contains("incremental: 10 apps changed (6 edited, 3 added, 1 removed)"), "\(incremental.mode)")
        let fromIncremental = try Self.results(database)
        let full = try AnalysisWorkflow.run(database, full: true)
        #expect(!full.incremental && full.mode.contains("--full"))
        let fromFull = try Self.results(database)

        // The documented approximation: statistics (but for the brand discounts the edits move)
        // and the words read as slips stay those of the last full analysis, so a few pairs near
        // the threshold differ and a few scores move.
        let common = Set(fromFull.pairs.keys).intersection(fromIncremental.pairs.keys)
        #expect(Double(common.count) >= 0.985 * Double(max(fromFull.pairs.count, fromIncremental.pairs.count)))
        let differences = common.map { abs(fromFull.pairs[$0]! - fromIncremental.pairs[$0]!) }
        // The figures docs/overlap.md quotes.
        print("pairs: full \(fromFull.pairs.count), incremental \(fromIncremental.pairs.count), common \(common.count); "
              + "more than 0.01 apart: \(differences.filter { $0 > 0.01 }.count), at most \(differences.max() ?? 0)")
        #expect(differences.filter { $0 > 0.01 }.count <= common.count / 10)
        #expect(differences.allSatisfy { $0 <= 0.05 })
        let apps = Array(fromFull.group.keys)
        #expect(ClusteringEvaluation.adjustedRandIndex(apps.map { Int(fromFull.group[$0]!) }, apps.map { Int(fromIncremental.group[$0]!) }) >= 0.98)
        for edited in [3, 50, 120, 200, 333, 480].map({ stored[$0].id }) {
            let pairs = Set(fromFull.pairs.keys.filter { $0.hasPrefix("\(edited)-") || $0.hasSuffix("-\(edited)") })
            #expect(pairs.isSubset(of: fromIncremental.pairs.keys), "edited app \(edited) keeps every look-alike a full analysis finds")
        }

        let again = try AnalysisWorkflow.run(database)
        #expect(again.incremental && again.mode.contains("no app changed"))
    }

    /// A stored analysis row by row: pairs ("low-high" app ids) and groups (by id) with the analysis that wrote them.
    struct StoredRows: Equatable {
        struct Entry: Equatable {
            var run: Int64
            var content: String
        }
        var pairs: [String: Entry] = [:]
        var groups: [Int64: Entry] = [:]
    }

    static func stored(_ database: InventoryDatabase) throws -> StoredRows {
        try database.read { db in
            var rows = StoredRows()
            for row in try GRDB.Row.fetchAll(db, sql: "SELECT app_a, app_b, run_id, score, shared_terms FROM overlap_pairs") {
                rows.pairs["\(row[0] as Int64)-\(row[1] as Int64)"] = StoredRows.Entry(run: row[2], content: "\(row[3] as Double) \(row[4] as String)")
            }
            for row in try GRDB.Row.fetchAll(db, sql: """
                SELECT g.id, g.run_id, g.label, g.representative_app, g.size, (SELECT group_concat(app_id) FROM (SELECT app_id FROM group_members WHERE group_id = g.id ORDER BY app_id))
                FROM overlap_groups g
                """) {
                rows.groups[row[0]] = StoredRows.Entry(run: row[1], content: "\(row[2] as String) \(row[3] as Int64) \(row[4] as Int) \(row[5] as String)")
            }
            return rows
        }
    }

    @Test func analyzeSaysWhyItRunsInFull() throws {
        let folder = try TemporaryFolder()
        let database = try Self.analysedInventory(folder, count: 200)
        try database.write { db in try db.execute(sql: "DELETE FROM search_neighbours WHERE position = 7") }
        let older = try AnalysisWorkflow.run(database)
        #expect(!older.incremental && older.mode.contains("the stored search index lacks neighbour lists"), "\(older.mode)")
        let again = try AnalysisWorkflow.run(database)
        #expect(again.incremental && again.mode.contains("no app changed"), "\(again.mode)")
        try database.write { db in try db.execute(sql: "UPDATE search_fields SET brand_median = NULL") }
        let withoutMedians = try AnalysisWorkflow.run(database)
        #expect(!withoutMedians.incremental && withoutMedians.mode.contains("no brand-discount medians"), "\(withoutMedians.mode)")
        var settings = AnalysisParameters()
        settings.topK = 5
        let other = try AnalysisWorkflow.run(database, parameters: settings)
        #expect(!other.incremental && other.mode.contains("the settings or profile rules differ"), "\(other.mode)")
        let asked = try AnalysisWorkflow.run(database, parameters: settings, full: true)
        #expect(!asked.incremental && asked.mode.contains("asked with --full"), "\(asked.mode)")
    }

    /// Stored pairs ("low-high" app ids → score) and each app's group (apps alone get their own id, negated).
    static func results(_ database: InventoryDatabase) throws -> (pairs: [String: Double], group: [Int64: Int64]) {
        try database.read { db in
            var pairs: [String: Double] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT app_a, app_b, score FROM overlap_pairs") { pairs["\(row[0] as Int64)-\(row[1] as Int64)"] = row[2] }
            var group: [Int64: Int64] = [:]
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM apps") { group[id] = -id }
            // Group ids are renumbered by size; the representative names a group whatever its number.
            for row in try Row.fetchAll(db, sql: "SELECT m.app_id, g.representative_app FROM group_members m JOIN overlap_groups g ON g.id = m.group_id") {
                group[row[0]] = row[1]
            }
            return (pairs, group)
        }
    }
}
