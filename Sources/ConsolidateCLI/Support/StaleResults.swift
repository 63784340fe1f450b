import AppInventory

/// Says when the inventory changed after the analysis (and so the plan) a command shows.
enum StaleResults {
    static func warn(_ db: InventoryDatabase, showing what: String) throws {
        if try AnalysisStore(db).inventoryChangedSinceAnalysis() == true {
            Output.note("warning: the inventory changed after the analysis behind this \(what); run `consolidate plan` (or `analyze`) for current results")
        }
    }
}
