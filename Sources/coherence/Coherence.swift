import ArgumentParser
import CoherenceKit

@main
struct Coherence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coherence",
        abstract: "Score national migration-policy self-assessments against reference frameworks.",
        subcommands: [
            ValidateCommand.self,
            ScoreCommand.self,
            ReportCommand.self,
            TemplateCommand.self,
            ImportCommand.self,
            CompareCommand.self,
            CoverageCommand.self,
            ConsolidateCommand.self,
            WhatIfCommand.self,
            PlanCommand.self,
            ExprCommand.self,
        ]
    )
}
