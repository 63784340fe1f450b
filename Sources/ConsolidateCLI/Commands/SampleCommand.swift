import AppInventory
import ArgumentParser

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Generate a realistic synthetic inventory as CSV.",
        discussion: """
            Ministries, provinces, regencies and cities (real names) each run their own apps for \
            the same business functions, named and described in the messy ways real registers use. \
            The same --seed always gives the same file. --labels adds a `true_function` column, the \
            function each app was generated for, so `consolidate evaluate` can score the engine.

            Example: consolidate sample --apps 30000 --labels --output sample-30k.csv
            """
    )

    @Option(help: "Number of applications.")
    var apps = 1000

    @Option(help: "Random seed; the same seed gives the same inventory.")
    var seed: UInt64 = 42

    @Flag(help: "Add the true_function column.")
    var labels = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard (1...2_000_000).contains(apps) else { throw ValidationError("--apps must be between 1 and 2,000,000") }
    }

    func run() throws {
        try Output.write(SampleGenerator(seed: seed).csv(count: apps, labels: labels), to: output)
        if let output { Output.note("wrote \(apps.grouped) apps to \(output)") }
    }
}
