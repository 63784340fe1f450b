import Testing
@testable import AppInventoryCore

/// Groups are formed from each app's vector blended with its nearest look-alikes'
/// (docs/overlap.md, section 5, "Shared look-alikes"): two one-line descriptions of one job in
/// different words meet through the products that use both sets of words.
@Suite("Neighbour blend")
struct NeighbourBlendTests {
    /// Four building-control products: the first two describe the job in words they do not
    /// share, the other two in both sets of words. A payroll pair and a library pair are apps
    /// of other jobs, which share neither words nor look-alikes with them.
    static let register: [Application] = [
        ("Voltaro Climate", "HVAC controllers for air handlers"),
        ("Kestrel Zones", "Thermostat zoning and occupancy schedules"),
        ("Ambrose Building Suite", "HVAC controllers, thermostat zoning and occupancy schedules"),
        ("Corvid Facility Control", "Air handlers, thermostat zoning and HVAC controllers"),
        ("Paywise", "Monthly payroll and salary slips"),
        ("Salaria", "Salary slips and payroll tax"),
        ("Booknest", "Library loans and book catalogue"),
        ("Shelfmark", "Book catalogue and library members"),
    ].enumerated().map { Application(externalID: "B-\($0.offset)", name: $0.element.0, description: $0.element.1) }

    static func index(_ name: String) -> Int { register.firstIndex { $0.name == name }! }

    static func blended() -> (own: [SparseVector], blended: [SparseVector]) {
        let weights = SimilarityWeights()
        let profiles = ProfileBuilder.build(register)
        let search = NeighbourSearch(profiles: profiles, weights: weights, topK: 10, threshold: 0)
        let own = profiles.combinedVectors(weights: weights)
        return (own, NeighbourBlend.vectors(own, neighbours: search.run()))
    }

    @Test func appsSharingLookAlikesButNoWordBecomeAlike() {
        let (own, blended) = Self.blended()
        let (climate, zones) = (Self.index("Voltaro Climate"), Self.index("Kestrel Zones"))
        #expect(own[climate].dot(own[zones]) == 0, "the two descriptions share no word")
        #expect(blended[climate].dot(blended[zones]) > 0.1, "both have the suite and the facility control among their best look-alikes")
    }

    @Test func appsSharingNeitherWordsNorLookAlikesStayApart() {
        let (_, blended) = Self.blended()
        let (climate, zones) = (Self.index("Voltaro Climate"), Self.index("Kestrel Zones"))
        for other in ["Paywise", "Salaria", "Booknest", "Shelfmark"] {
            // A third, weak neighbour (a shared letter trigram) may bring a trace, nothing like a look-alike's share.
            #expect(blended[climate].dot(blended[Self.index(other)]) < 0.01, "\(other) does another job")
            #expect(blended[climate].dot(blended[Self.index(other)]) < blended[climate].dot(blended[zones]) / 10)
        }
    }

    @Test func anAppStaysClosestToItself() {
        let (own, blended) = Self.blended()
        for app in own.indices {
            let length = blended[app].dot(blended[app])
            #expect(abs(length - 1) < 1e-4, "blended vectors are unit length")
            for other in own.indices where other != app {
                #expect(blended[app].dot(own[app]) > blended[app].dot(own[other]), "\(Self.register[app].name) is mostly its own words")
            }
        }
    }
}
