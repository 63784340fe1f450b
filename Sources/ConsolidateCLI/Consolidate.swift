import ArgumentParser

@main
struct Consolidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Find overlapping government applications and plan their consolidation.",
        discussion: """
            Keep an inventory of applications in SQLite, see which ones do the same job and why, \
            and plan how to merge them into a handful of shared platforms.

            Start with `consolidate demo` for a tour on the shipped samples, or:
              consolidate import register.csv        load an inventory export (CSV or JSON)
              consolidate stats                      counts and data completeness
              consolidate search "absensi pegawai"   find apps by words
              consolidate sql "SELECT …"             query the inventory directly (docs/schema.md)

            Every command works on the database given by --db, $CONSOLIDATE_DB, or ./inventory.sqlite.
            """,
        subcommands: [
            DemoCommand.self, ImportCommand.self, StatsCommand.self, SearchCommand.self, SQLCommand.self,
            AnalyzeCommand.self, OverlapCommand.self, CheckCommand.self, PlatformsCommand.self, PlanCommand.self,
            DecideCommand.self, DecisionsCommand.self, ReportCommand.self, EvaluateCommand.self, ExportCommand.self, SampleCommand.self,
        ]
    )
}
