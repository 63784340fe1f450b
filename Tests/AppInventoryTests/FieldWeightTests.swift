import Testing
@testable import AppInventoryCore

/// The default field weights (docs/overlap.md, "Field weights"): a description that half
/// agrees says more about the job than a name that half agrees, since vendors and product
/// lines live in names.
@Suite("Field weights")
struct FieldWeightTests {
    /// Two products of one vendor, Harbor, doing different jobs, each beside another vendor's
    /// product for the same job described in partly other words; and families of one job each,
    /// so that the vendor word is as rare as a job word and escapes the brand discount.
    static let register: [Application] = [
        ("Harbor Ledger", "General ledger, journals and supplier invoices for the finance office"),
        ("Harbor Roster", "Duty rosters, shift swaps and overtime for nurses"),
        ("Fernway Accounts", "General ledger, journals and budget reports for councils"),
        ("Keel Shifts", "Duty rosters, shift swaps and leave requests for field crews"),
        ("Ticket Desk North", "Help desk tickets, queues and service levels"),
        ("Ticket Desk South", "Help desk tickets, queues and service levels"),
        ("Survey Builder Web", "Online forms, questionnaires and survey results"),
        ("Survey Builder Kiosk", "Online forms, questionnaires and survey results"),
        ("Fleet Tracker North", "Vehicle locations, routes and fuel use"),
        ("Fleet Tracker South", "Vehicle locations, routes and fuel use"),
        ("Library Catalog Main", "Book catalogue, loans and library members"),
        ("Library Catalog Branch", "Book catalogue, loans and library members"),
    ].enumerated().map { Application(externalID: "F-\($0.offset)", name: $0.element.0, description: $0.element.1) }

    static func index(_ name: String) -> Int { register.firstIndex { $0.name == name }! }

    @Test func aHalfAgreeingDescriptionOutweighsAHalfAgreeingName() {
        let weights = SimilarityWeights()
        let profiles = ProfileBuilder.build(Self.register)
        let search = NeighbourSearch(profiles: profiles, weights: weights, topK: 10, threshold: 0)
        let combined = profiles.combinedVectors(weights: weights)
        for (product, sameJob) in [("Harbor Ledger", "Fernway Accounts"), ("Harbor Roster", "Keel Shifts")] {
            let (a, job, vendor) = (Self.index(product), Self.index(sameJob), Self.index(product == "Harbor Ledger" ? "Harbor Roster" : "Harbor Ledger"))
            #expect(search.similarity(a, job) > search.similarity(a, vendor),
                    "\(product) is scored closer to \(sameJob) than to its vendor's other product")
            #expect(combined[a].dot(combined[job]) > combined[a].dot(combined[vendor]),
                    "\(product) is grouped by what it does, not by its vendor's name")
        }
    }
}
