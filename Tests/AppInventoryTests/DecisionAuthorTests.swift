import Testing
@testable import AppInventory

/// One person is one author of decisions, however the name is typed on the command line or
/// signed in on the web.
@Suite("Decision authors")
struct DecisionAuthorTests {
    @Test func aNameDifferingOnlyInCaseIsTheSamePerson() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("r.csv", "id,name\nA,SIMPEG\nB,SIAK\nC,SIMRS\nD,SIPD\n")], into: database)
        _ = try WebUserStore(database).add("sari", role: .planner, passwordHash: "x")
        let store = DecisionStore(database)
        #expect(try store.record(.retain, "A", reason: nil, by: "Sari").decidedBy == "sari", "the web user's name")
        #expect(try store.record(.retain, "B", reason: nil, by: " Budi ").decidedBy == "Budi")
        #expect(try store.record(.retain, "C", reason: nil, by: "BUDI").decidedBy == "Budi", "the earlier author's spelling")
        #expect(try store.record(.retain, "D", reason: nil, by: "  ").decidedBy == nil)
        try store.undo(1, by: "budi")
        #expect(try store.withdrawn().first?.undoneBy == "Budi")
        #expect(Set(try store.decisions().compactMap(\.decidedBy)) == ["Budi"])
    }
}
