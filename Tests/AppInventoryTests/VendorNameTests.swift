import Testing
@testable import AppInventoryCore

/// Products of one vendor that do different jobs must not pair on the vendor's name, neither on
/// the word nor on the letters that spell it (docs/overlap.md, section 2, "Brand words"); two of
/// its products that do one job still pair.
@Suite("Vendor names")
struct VendorNameTests {
    /// One vendor, Quillbyte, selling a ledger, an image editor, a password vault and two mail
    /// products; other vendors' products for the same jobs; and families of one job each, so
    /// that the median term is one job's.
    static let register: [Application] = [
        ("Quillbyte Ledger", "General ledger and accounts payable for finance staff"),
        ("Quillbyte Canvas", "Raster image editing and photo retouching"),
        ("Quillbyte Vault", "Password manager keeping credentials in an encrypted vault"),
        ("Quillbyte Mail Server", "Email server with mailboxes and spam filtering"),
        ("Quillbyte Mail Relay", "Email relay for mailboxes with spam filtering"),
        ("Fernway Accounts", "General ledger and accounts payable for the finance office"),
        ("Harbor Books", "Accounts payable, receivable and general ledger"),
        ("Pixelmoss", "Photo retouching and raster image editing"),
        ("KeyKeep", "Encrypted password vault for team credentials"),
        ("Postmark Mailer", "Email server with spam filtering"),
        ("Ticket Desk Pro", "Help desk tickets, queues and service levels"),
        ("Ticket Desk Cloud", "Help desk tickets, queues and service levels"),
        ("Ticket Desk Lite", "Help desk tickets, queues and service levels"),
        ("Survey Builder Web", "Online forms, questionnaires and survey results"),
        ("Survey Builder Mobile", "Online forms, questionnaires and survey results"),
        ("Survey Builder Kiosk", "Online forms, questionnaires and survey results"),
        ("Fleet Tracker North", "Vehicle locations, routes and fuel use"),
        ("Fleet Tracker South", "Vehicle locations, routes and fuel use"),
        ("Fleet Tracker East", "Vehicle locations, routes and fuel use"),
        ("Library Catalog Main", "Book catalogue, loans and library members"),
        ("Library Catalog Branch", "Book catalogue, loans and library members"),
        ("Library Catalog School", "Book catalogue, loans and library members"),
    ].enumerated().map { Application(externalID: "V-\($0.offset)", name: $0.element.0, description: $0.element.1) }

    static func index(_ name: String) -> Int { register.firstIndex { $0.name == name }! }

    static let search = NeighbourSearch(profiles: ProfileBuilder.build(register), weights: SimilarityWeights(), topK: 10, threshold: 0)

    @Test func theLettersOfAVendorNameAreDiscountedLikeTheWord() {
        let profiles = Self.search.profiles
        let characters = SimilarityField.characters.rawValue
        let factors = profiles.model.brandFactors[characters]
        let factor = { (gram: String) -> Float in
            let id = profiles.vocabulary[characters].firstIndex(of: gram)!
            return id < factors.count ? factors[id] : 1
        }
        #expect(factor("uil") < 0.5, "the letters spelling Quillbyte name products of four jobs")
        #expect(factor("ick") == 1, "the letters spelling Ticket name one job")
    }

    @Test func productsOfOneVendorDoingDifferentJobsDoNotPairOnItsName() {
        let search = Self.search
        let ledger = Self.index("Quillbyte Ledger"), canvas = Self.index("Quillbyte Canvas")
        let letters = search.score(ledger, canvas).components[SimilarityField.characters.rawValue] ?? 0
        #expect(letters < 0.2, "the letters of the two names agree only in the vendor's name: \(letters)")
        #expect(search.similarity(ledger, Self.index("Fernway Accounts")) > search.similarity(ledger, canvas),
                "a ledger is more like another vendor's ledger than like its own vendor's image editor")
        #expect(search.similarity(canvas, Self.index("Pixelmoss")) > search.similarity(canvas, Self.index("Quillbyte Vault")))
        let analysis = OverlapEngine.analyze(Self.register)
        #expect(analysis.groupOf[ledger] == nil || analysis.groupOf[ledger] != analysis.groupOf[canvas])
    }

    @Test func productsOfOneVendorDoingOneJobStillPair() {
        let server = Self.index("Quillbyte Mail Server"), relay = Self.index("Quillbyte Mail Relay")
        #expect(Self.search.similarity(server, relay) >= AnalysisParameters().threshold)
        let analysis = OverlapEngine.analyze(Self.register)
        #expect(analysis.groupOf[server] != nil && analysis.groupOf[server] == analysis.groupOf[relay])
    }
}
