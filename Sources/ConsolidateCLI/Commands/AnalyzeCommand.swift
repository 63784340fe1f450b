import AppInventory
import ArgumentParser
import Foundation

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find apps that do the same job and group them.",
        discussion: """
            Compares every app with its most similar apps (names, descriptions, features, data), \
            keeps pairs scoring at least --threshold (and near matches that rank among each \
            other's best, see --mutual-rank), and groups them into overlap groups. The \
            result replaces the previous analysis; see it with `consolidate overlap`, or query \
            overlap_pairs, overlap_groups and group_members with SQL. Method and weights: docs/overlap.md.

            Under what it found it prints three short lines in --lang: whether the run was full or \
            incremental and why, from which score pairs are reported, and the mean \
            similarity at which groups join. After a re-import that changed a few apps, only what \
            they touch is recomputed; --full recomputes everything.

            When nothing changed since the latest analysis (the inventory, these settings and the \
            separate/merge decisions), it says the results are current, naming that analysis \
            and its date, and records nothing: plans and the report go on using it. --full \
            analyses again all the same.

            Examples:
              consolidate analyze
              consolidate analyze --threshold 0.5 --top-k 15
              consolidate analyze --weights name=0.5,description=0.2
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Lowest score (0-1) for two apps to count as overlapping.")
    var threshold = AnalysisParameters().threshold

    @Option(help: "Neighbours kept per app.")
    var topK = AnalysisParameters().topK

    @Option(help: "Also report pairs from half --threshold when each app is among the other's this many best matches (0 = never).")
    var mutualRank = AnalysisParameters().mutualRank

    @Option(help: ArgumentHelp("Field weights, e.g. name=0.3,description=0.4,features=0.2,data=0.05,characters=0.05 (the defaults).", valueName: "field=weight,…"))
    var weights: String?

    @Option(help: "Group granularity: scales the calibrated group threshold; above 1 gives smaller, tighter groups.")
    var resolution = AnalysisParameters().resolution

    @Option(name: .customLong("group-cohesion"), help: "Mean pairwise similarity (0-1) at which groups join, instead of calibrating it to the inventory.")
    var groupCohesion: Double?

    @Option(name: .customLong("merge-groups"), help: "Merge linked groups whose centroids are at least this similar (1 = never).")
    var mergeGroups = AnalysisParameters().groupMergeThreshold

    @Flag(help: "Recompute every profile and neighbour list, even when only a few apps or none changed since the last analysis.")
    var full = false

    @Option(help: "Language of the progress lines and the summary: en or id.")
    var lang: Language = .en

    func validate() throws {
        guard (0...1).contains(mergeGroups) else { throw ValidationError("--merge-groups must be between 0 and 1") }
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
        guard (1...200).contains(topK) else { throw ValidationError("--top-k must be between 1 and 200") }
        guard (0...topK).contains(mutualRank) else { throw ValidationError("--mutual-rank must be between 0 and --top-k (\(topK))") }
        guard resolution > 0, resolution.isFinite else { throw ValidationError("--resolution must be a positive finite number, such as 1.5") }
        if let groupCohesion, !(0...1).contains(groupCohesion) { throw ValidationError("--group-cohesion must be between 0 and 1") }
        if let weights {
            let parsed: SimilarityWeights
            do { parsed = try SimilarityWeights(parsing: weights) } catch { throw ValidationError("\(error)") }
            guard [parsed.name, parsed.description, parsed.features, parsed.data, parsed.characters].allSatisfy(\.isFinite) else {
                throw ValidationError("--weights takes finite numbers such as name=0.4; got \"\(weights)\"")
            }
        }
    }

    func run() throws {
        var parameters = AnalysisParameters()
        parameters.threshold = threshold
        parameters.topK = topK
        parameters.mutualRank = mutualRank
        parameters.resolution = resolution
        parameters.groupMergeThreshold = mergeGroups
        parameters.groupCohesion = groupCohesion
        if let weights { parameters.weights = try SimilarityWeights(parsing: weights) }
        let db = try database.open(.write)
        let progress = ProgressLines(language: lang, write: Output.note)
        progress.note(try AnalysisWorkflow.runUnlessCurrent(db, parameters: parameters, full: full, progress: progress.report).text(lang))
    }
}
