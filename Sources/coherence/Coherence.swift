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

    /// The commands that take any number of file names (see `FileOperands`).
    static let fileCommands: [any FileOperandsCommand.Type] = [
        ValidateCommand.self, ScoreCommand.self, ReportCommand.self, ImportCommand.self, CompareCommand.self,
        ConsolidateCommand.self,
    ]

    /// Parses the command line and runs the command, as swift-argument-parser's `main()` does, with
    /// the file names of a command that takes many parsed in linear time.
    static func main() {
        let operands = FileOperands(Array(CommandLine.arguments.dropFirst()), commands: fileCommands)
        do {
            var command = operands.unfolded(try parseAsRoot(operands.arguments))
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
