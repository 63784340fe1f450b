extension ImportBatch {
    /// Refuses an id that two files of one import both use: the second would silently
    /// overwrite the first. Each clash names both places.
    public static func checkDistinctIDs(_ batches: [ImportBatch]) throws(ImportError) {
        // Ids within one file were checked as it was read.
        guard batches.count > 1 else { return }
        var firstSeen: [String: (file: String, row: Int)] = [:]
        var issues: [ImportIssue] = []
        for batch in batches {
            var own: [String: (file: String, row: Int)] = [:]
            for imported in batch.applications {
                let id = imported.application.externalID
                if let first = firstSeen[id] {
                    issues.append(ImportIssue(file: batch.file, row: imported.sourceRow, message: "id \"\(id.excerpt)\" is also on \(first.file):\(first.row); ids must be unique across the files of one import (or add --id-prefix-from-file to keep each file's ids apart)"))
                } else {
                    own[id] = (batch.file, imported.sourceRow)
                }
            }
            firstSeen.merge(own) { first, _ in first }
        }
        if !issues.isEmpty { throw ImportError(issues) }
    }
}
