import ArgumentParser
import CoherenceKit

/// `coherence score`: scorecards for assessments, as text or JSON, with optional gates.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score assessments: overall and coherence scores, findings, gaps and the capacity plan.",
        discussion: """
            Prints, for each assessment, the overall score and the policy-coherence index (0–100, with \
            their bands), the four coherence dimensions, every section, the coherence findings that \
            answers trigger or leave undetermined, the largest gaps, and how many items were answered. \
            --format json gives every number unrounded for other tools (schema coherence.scorecard/1). \
            --fail-under and --fail-on make a script stop when a review falls short.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Assessment files, or folders of them.")
    var assessments: [String]

    @Option(help: "The folder where assessments' frameworks are found.")
    var frameworks = "Frameworks"

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Exit with status 1 when an overall score is below this (0–100).", valueName: "score"))
    var failUnder: Double?

    @Option(help: ArgumentHelp(
        "Exit with status 1 when a triggered finding has this severity or higher.",
        valueName: "severity"))
    var failOn: Severity?

    func validate() throws {
        if let failUnder, !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under must be a score from 0 to 100, got \(failUnder)")
        }
    }

    func run() throws {
        let loaded = try Console.loadAssessments(assessments, frameworks: frameworks)
        guard !loaded.isEmpty else {
            Console.error("error: no assessment files (.yaml, .yml) in \(assessments.joined(separator: ", "))")
            throw Exit.missingInput
        }
        let cards = Scorer.score(loaded)
        switch format {
        case .text: Console.print(ScorecardText.render(cards), terminator: "")
        case .json: Console.print(ScorecardJSON.render(cards), terminator: "")
        }
        let failures = ScoreGate(failUnder: failUnder, failOn: failOn).failures(in: cards)
        for failure in failures {
            Console.error("error: \(failure)")
        }
        if !failures.isEmpty { throw Exit.gateFailed }
    }
}

extension Severity: ExpressibleByArgument {}
