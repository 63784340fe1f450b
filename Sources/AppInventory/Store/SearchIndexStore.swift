import Foundation
import GRDB

/// Stores the ``SearchIndex`` of the latest analysis (tables `search_index`, `search_fields`
/// and `search_neighbours`, docs/schema.md) so `check` and the next `analyze` load it instead
/// of rebuilding every profile. Vectors are kept per field in compressed-row form: one
/// little-endian BLOB of offsets, one of term ids and one of weights for all apps, which
/// load in a few copies. Neighbour lists, most of the index, are kept one row per app, so an
/// incremental analysis writes only the lists it changed.
struct SearchIndexStore {
    /// The stored fields in order: the similarity fields, then the context.
    static let fieldNames = SimilarityField.allCases.map(\.label) + ["context"]

    /// Which analysis an index belongs to and which apps it describes, without its vectors.
    struct Header {
        var runID: Int64
        /// The full analysis whose statistics the index uses (itself unless incremental).
        var fullRunID: Int64
        /// Apps profiled against those statistics by incremental analyses since.
        var reprofiled: Int
        /// Internal app ids and content fingerprints, in analysis order.
        var appIDs: [Int64]
        var hashes: [String]
        /// False when the index lacks an app's neighbour list: `check` can use it, an incremental
        /// `analyze` cannot.
        var hasNeighbours: Bool
        /// False for an index saved before brand-discount medians were stored: an incremental
        /// `analyze` could not recompute the discounts its edits touch.
        var hasBrandMedians: Bool
    }

    /// How the inventory differs from the apps an index describes.
    struct Changes: Equatable {
        /// Positions in the index whose app was edited or removed.
        var changed: [Int] = []
        var removed: [Int] = []
        /// The internal ids of the removed apps.
        var removedIDs: [Int64] = []
        /// Apps the index does not hold.
        var added: [Int64] = []
        /// Per app now, in id order: its position in the index (nil: new).
        var formerPosition: [Int?] = []
        var count: Int { changed.count + removed.count + added.count }
    }

    /// The stored content hashes of the apps `ids`, in that order ("" for an app not stored).
    static func storedHashes(of ids: [Int64], _ db: Database) throws -> [String] {
        var hashOf: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, content_hash FROM apps") { hashOf[row[0]] = row[1] }
        return ids.map { hashOf[$0] ?? "" }
    }

    /// Replaces any stored index with `index`, the result of analysis `runID` of the apps `ids`,
    /// whose stored content hashes were `hashes` when they were analysed. `previous`, the index
    /// as stored before, spares writing the neighbour lists that are the same at the same position.
    static func save(_ index: SearchIndex, runID: Int64, ids: [Int64], hashes: [String], previous: SearchIndex? = nil, db: Database) throws {
        try db.execute(sql: "DELETE FROM search_fields; DELETE FROM search_index;")
        try saveNeighbours(index, previous: previous, db: db)
        let profiles = index.profiles
        let model = profiles.model
        let hashes = hashes.map { $0.prefix(hashLength) }
        let displayForms = profiles.displayForms.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }
        let expansions = model.expansions.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value.joined(separator: " "))" }
        // Encoding the fields and the feature phrases is most of saving the index: each is
        // encoded on its own core, then written in order.
        let encoded = ParallelSlots<EncodedField?>.map(fieldNames.count, chunk: 1, { encode(field: $0, of: profiles) }, placeholder: nil)
        try db.execute(sql: """
            INSERT INTO search_index(run_id, apps, statistics_apps, full_run_id, reprofiled, language, app_ids, content_hashes,
                corpus_roots, display_forms, expansions, feature_phrases, link_offsets, links, background)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, X'', X'', ?)
            """, arguments: [
                runID, ids.count, model.apps, index.statisticsRunID ?? runID, index.reprofiled, model.normalizer?.language == .english ? "english" : "indonesian",
                LittleEndianBlob.encode(ids), hashes.joined(separator: "\n"),
                (model.normalizer?.corpusRoots ?? []).sorted().joined(separator: "\n"), displayForms.joined(separator: "\n"),
                expansions.joined(separator: "\n"), encoded[0]!.featurePhrases,
                index.background,
            ])
        let insert = try db.makeStatement(sql: """
            INSERT INTO search_fields(run_id, field, vocabulary, document_frequency, brand_factors, brand_median, median_norm, offsets, terms,
                weights, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (f, name) in fieldNames.enumerated() {
            let field = encoded[f]!
            try insert.execute(arguments: [runID, name, field.vocabulary, field.frequency, field.brandFactors, field.brandMedian, field.medianNorm,
                                           field.offsets, field.terms, field.weights, field.confidence])
        }
    }

    /// One `search_fields` row as written (the first also carries the feature phrases, which
    /// are encoded beside it).
    private struct EncodedField: Sendable {
        var vocabulary: String
        var frequency: Data
        var brandFactors: Data
        var brandMedian: Double
        var medianNorm: Double
        var offsets: Data
        var terms: Data
        var weights: Data
        var confidence: Data
        var featurePhrases = ""
    }

    /// Field `f` of ``fieldNames`` (the last: the context) of `profiles`, encoded for its row.
    private static func encode(field f: Int, of profiles: ProfileSet) -> EncodedField {
        let model = profiles.model
        let isContext = f == SimilarityField.allCases.count
        let vectors = isContext ? profiles.context : profiles.vectors[f]
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(vectors.count + 1)
        for vector in vectors { offsets.append(offsets.last! + Int32(vector.terms.count)) }
        var field = EncodedField(
            vocabulary: (isContext ? model.contextTerms : profiles.vocabulary[f]).joined(separator: "\n"),
            frequency: LittleEndianBlob.encode(isContext ? model.contextHolders : profiles.documentFrequency[f]),
            brandFactors: LittleEndianBlob.encode(isContext ? [] : model.brandFactors[f]), brandMedian: isContext ? 0 : model.brandMedians[f],
            medianNorm: Double(isContext ? 0 : model.medianNorms[f]),
            offsets: LittleEndianBlob.encode(offsets), terms: LittleEndianBlob.encode(vectors.flatMap { $0.terms }),
            weights: LittleEndianBlob.encode(vectors.flatMap { $0.weights }), confidence: LittleEndianBlob.encode(isContext ? [] : profiles.confidence[f]))
        if f == 0 { field.featurePhrases = profiles.featurePhrases.map { $0.joined(separator: "\t") }.joined(separator: "\n") }
        return field
    }

    /// Characters of `apps.content_hash` kept per app: enough to tell an edit, a quarter of the size.
    static let hashLength = 16

    /// The stored index's header; nil when no analysis stored one.
    static func header(_ db: Database) throws -> Header? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT run_id, full_run_id, reprofiled, app_ids, content_hashes,
                background IS NOT NULL AND (SELECT count(*) FROM search_neighbours) = apps,
                NOT EXISTS (SELECT 1 FROM search_fields f WHERE f.run_id = search_index.run_id AND f.brand_median IS NULL)
            FROM search_index
            """) else { return nil }
        let hashes: String = row[4]
        return Header(runID: row[0], fullRunID: row[1], reprofiled: row[2], appIDs: LittleEndianBlob.int64s(row[3]),
                      hashes: Self.split(hashes, "\n"), hasNeighbours: row[5], hasBrandMedians: row[6])
    }

    /// How the inventory has changed since the index was made: edited, removed and new apps.
    static func changes(since header: Header, _ db: Database) throws -> Changes {
        var (ids, hashes) = ([Int64](), [String]())
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, content_hash FROM apps WHERE \(ApplicationStore.inInventory) ORDER BY id")
        while let row = try cursor.next() {
            ids.append(row[0])
            hashes.append(row[1])
        }
        return changes(since: header, ids: ids, hashes: hashes)
    }

    /// How the inventory, apps `ids` (in id order) with stored content hashes `hashes`, differs
    /// from the apps the index describes.
    static func changes(since header: Header, ids: [Int64], hashes: [String]) -> Changes {
        var position: [Int64: Int] = [:]
        position.reserveCapacity(header.appIDs.count)
        for (index, id) in header.appIDs.enumerated() { position[id] = index }
        var present = [Bool](repeating: false, count: header.appIDs.count)
        var changes = Changes()
        changes.formerPosition = ids.indices.map { app in
            guard let old = position[ids[app]] else {
                changes.added.append(ids[app])
                return nil
            }
            present[old] = true
            if old >= header.hashes.count || hashes[app].prefix(hashLength) != header.hashes[old] { changes.changed.append(old) }
            return old
        }
        changes.changed.sort()
        for (old, id) in header.appIDs.enumerated() where !present[old] {
            changes.removed.append(old)
            changes.removedIDs.append(id)
        }
        return changes
    }

    /// The stored index with its vectors, vocabularies and statistics, and with its neighbour
    /// lists when `neighbours` is true: `check` scores a proposal against the vectors alone, so
    /// it leaves the lists (a third of the index) unread, and the index it gets has none.
    static func load(_ header: Header, _ db: Database, neighbours: Bool = true) throws -> SearchIndex {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT apps, statistics_apps, language, corpus_roots, display_forms, expansions, feature_phrases, background
            FROM search_index WHERE run_id = ?
            """, arguments: [header.runID]) else { throw corrupt("no index for analysis \(header.runID)") }
        let apps: Int = row[0]
        let language: String = row[2]
        let roots: String = row[3]
        var displayForms: [String: String] = [:]
        for line in Self.split(row[4], "\n") where !line.isEmpty {
            guard let tab = line.firstIndex(of: "\t") else { throw corrupt("display form \"\(line)\"") }
            displayForms[String(line[..<tab])] = String(line[line.index(after: tab)...])
        }
        var model = ProfileModel()
        model.apps = row[1]
        for line in Self.split(row[5], "\n") where !line.isEmpty {
            guard let tab = line.firstIndex(of: "\t") else { throw corrupt("acronym expansion \"\(line)\"") }
            model.expansions[String(line[..<tab])] = line[line.index(after: tab)...].split(separator: " ").map(String.init)
        }
        model.normalizer = TextNormalizer(language: language == "english" ? .english : .indonesian,
                                          corpusRoots: Set(Self.split(roots, "\n").filter { !$0.isEmpty }), displayForms: displayForms,
                                          joinsCompounds: true)
        let phraseText: String = row[6]
        var fetchedLists: [(links: Data, scores: Data)] = []
        if neighbours {
            fetchedLists.reserveCapacity(apps)
            let rows = try Row.fetchCursor(db, sql: "SELECT position, links, scores FROM search_neighbours ORDER BY position")
            while let row = try rows.next() {
                guard (row[0] as Int) == fetchedLists.count else { throw corrupt("neighbour list \(row[0] as Int)") }
                fetchedLists.append((row[1], row[2]))
            }
            guard fetchedLists.count == apps else { throw corrupt("\(fetchedLists.count) neighbour lists for \(apps) apps") }
        }
        let storedLists = fetchedLists
        let rows = try Row.fetchAll(db, sql: """
            SELECT field, vocabulary, document_frequency, brand_factors, median_norm, offsets, terms, weights, confidence, brand_median
            FROM search_fields WHERE run_id = ?
            """, arguments: [header.runID])
        let fields = try fieldNames.map { name in
            guard let field = rows.first(where: { ($0[0] as String) == name }) else { throw corrupt("field \(name) missing") }
            return StoredField(vocabulary: field[1], frequency: field[2], brandFactors: field[3], medianNorm: field[4], offsets: field[5],
                               terms: field[6], weights: field[7], confidence: field[8], brandMedian: field[9])
        }
        // Decoding is most of loading the index: the fields, the feature phrases and chunks of
        // neighbour lists are decoded on all cores, each into its own slot.
        let decoded = ParallelSlots<DecodedField?>(repeating: nil, count: fields.count)
        let phraseSlot = ParallelSlots<[[String]]>(repeating: [], count: 1)
        let lists = ParallelSlots<(links: [Int32], scores: [Double])>(repeating: ([], []), count: storedLists.count)
        let listChunk = 2048
        ParallelSlots<Int>.forEach(fields.count + 1 + (storedLists.count + listChunk - 1) / listChunk) { job in
            if job < fields.count {
                decoded.set(job, fields[job].decoded(apps: apps))
            } else if job == fields.count {
                phraseSlot.set(0, apps == 0 ? [] : Self.split(phraseText, "\n").map { Self.split($0, "\t").filter { !$0.isEmpty } })
            } else {
                let start = (job - fields.count - 1) * listChunk
                for position in start..<min(storedLists.count, start + listChunk) {
                    lists.set(position, (LittleEndianBlob.int32s(storedLists[position].links), LittleEndianBlob.doubles(storedLists[position].scores)))
                }
            }
        }
        let phrases = phraseSlot.values[0]
        guard phrases.count == apps else { throw corrupt("\(phrases.count) feature lists for \(apps) apps") }
        let decodedLists = lists.values
        if let damaged = decodedLists.firstIndex(where: { $0.links.count != $0.scores.count }) { throw corrupt("neighbour list \(damaged)") }
        let (links, scores) = (decodedLists.map(\.links), decodedLists.map(\.scores))

        var profiles = ProfileSet(vectors: [], vocabulary: [], documentFrequency: [], confidence: [], featurePhrases: phrases)
        profiles.displayForms = displayForms
        let decodedFields = decoded.values
        for (f, name) in fieldNames.enumerated() {
            guard let field = decodedFields[f] else { throw corrupt("field \(name) does not fit its vocabulary") }
            if f == SimilarityField.allCases.count {
                profiles.context = field.vectors
                (model.contextTerms, model.contextHolders) = (field.vocabulary, field.frequency)
            } else {
                guard field.confidence.count == apps else { throw corrupt("field \(name) has \(field.confidence.count) confidences for \(apps) apps") }
                profiles.vectors.append(field.vectors)
                profiles.vocabulary.append(field.vocabulary)
                profiles.documentFrequency.append(field.frequency)
                profiles.confidence.append(field.confidence)
                model.brandFactors[f] = field.brandFactors
                model.medianNorms.append(Float(fields[f].medianNorm))
                model.brandMedians[f] = fields[f].brandMedian ?? 0
            }
        }
        profiles.model = model
        return SearchIndex(profiles: profiles, links: links, scores: scores, background: row[7] ?? 0, statisticsRunID: header.fullRunID,
                           reprofiled: header.reprofiled)
    }

    /// The parts of `text` between `separator`s, empty ones kept: split by bytes, as the index
    /// stores tens of thousands of lines a check reads on every call, where splitting by
    /// characters weighs every grapheme.
    static func split(_ text: String, _ separator: Unicode.Scalar) -> [String] {
        text.utf8.split(separator: UInt8(separator.value), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// One `search_fields` row as stored.
    private struct StoredField: Sendable {
        var vocabulary: String
        var frequency: Data
        var brandFactors: Data?
        var medianNorm: Double
        var offsets: Data
        var terms: Data
        var weights: Data
        var confidence: Data?
        var brandMedian: Double?

        /// The field's words, statistics and per-app vectors; nil when they do not fit together.
        func decoded(apps: Int) -> DecodedField? {
            let vocabulary = self.vocabulary.isEmpty ? [] : SearchIndexStore.split(self.vocabulary, "\n")
            let frequency = LittleEndianBlob.int32s(self.frequency)
            let offsets = LittleEndianBlob.int32s(self.offsets)
            let terms = LittleEndianBlob.int32s(self.terms)
            let weights = LittleEndianBlob.floats(self.weights)
            guard vocabulary.count == frequency.count, offsets.count == apps + 1, terms.count == weights.count,
                  Int(offsets.last ?? 0) == terms.count, terms.allSatisfy({ $0 >= 0 && Int($0) < vocabulary.count }) else { return nil }
            let vectors = (0..<apps).map { app in
                let range = Int(offsets[app])..<Int(offsets[app + 1])
                return SparseVector(terms: Array(terms[range]), weights: Array(weights[range]))
            }
            return DecodedField(vocabulary: vocabulary, frequency: frequency, vectors: vectors, confidence: confidence.map(LittleEndianBlob.floats) ?? [],
                                brandFactors: brandFactors.map(LittleEndianBlob.floats) ?? [])
        }
    }

    private struct DecodedField: Sendable {
        var vocabulary: [String]
        var frequency: [Int32]
        var vectors: [SparseVector]
        var confidence: [Float]
        var brandFactors: [Float]
    }

    /// Writes each app's neighbour list and scores in its own row: all of them, or with
    /// `previous` only those that differ from its list at the same position.
    private static func saveNeighbours(_ index: SearchIndex, previous: SearchIndex?, db: Database) throws {
        if previous == nil { try db.execute(sql: "DELETE FROM search_neighbours") }
        try db.execute(sql: "DELETE FROM search_neighbours WHERE position >= ?", arguments: [index.links.count])
        let write = try db.makeStatement(sql: "INSERT OR REPLACE INTO search_neighbours(position, links, scores) VALUES (?, ?, ?)")
        for position in index.links.indices {
            if let previous, position < previous.links.count, previous.links[position] == index.links[position],
               previous.scores[position] == index.scores[position] { continue }
            try write.execute(arguments: [position, LittleEndianBlob.encode(index.links[position]), LittleEndianBlob.encode(index.scores[position])])
        }
    }

    private static func corrupt(_ what: String) -> StoreError {
        .sql(message: "the stored search index is damaged (\(what)); run `consolidate analyze --full` to rebuild it")
    }
}
