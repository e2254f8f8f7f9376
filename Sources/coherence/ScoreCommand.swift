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

    /// Loads, scores and writes one assessment at a time, so memory stays flat in the number of
    /// files. Output is spooled and printed only when every file loaded: an invalid file leaves
    /// stdout empty, as if the scorecards had all been built first.
    func run() throws {
        let files = try Console.inputFiles(assessments, requireSome: true)
        var library = FrameworkLibrary(directory: frameworks)
        var batch = ScoringBatch()
        let gate = ScoreGate(failUnder: failUnder, failOn: failOn)
        var failure: ExitCode?
        var gateFailures: [ScoreGate.Failure] = []
        var json = ScorecardJSON.Stream(count: files.count)
        try OutputSpool.with { spool in
            for (index, path) in files.enumerated() {
                let loaded: (assessment: Assessment, framework: Framework)
                do throws(InputError) {
                    loaded = try InputFile.assessment(at: path, library: &library)
                } catch {
                    Console.report(error)
                    failure = Console.worst(failure, Exit.code(for: error))
                    continue
                }
                // Once a file has failed nothing will be printed, but later files are still checked.
                guard failure == nil else { continue }
                let card = batch.score(loaded.assessment, against: loaded.framework)
                render(card, index: index, json: &json, to: &spool)
                gateFailures += gate.failures(in: [card])
            }
            if let failure { throw failure }
            if format == .json { json.finish { spool.write($0) } }
            try spool.copyToStandardOutput()
        }
        for failure in gateFailures { Console.error("error: \(failure)") }
        if !gateFailures.isEmpty { throw Exit.gateFailed }
    }

    /// Spools scorecard number `index` with what separates it from the one before; the pieces add up
    /// to `ScorecardText.render(cards)` or `ScorecardJSON.render(cards)`. JSON goes to the spool as
    /// bytes, straight from the stream's buffer.
    private func render(_ card: Scorecard, index: Int, json: inout ScorecardJSON.Stream, to spool: inout OutputSpool) {
        switch format {
        case .text: spool.write((index > 0 ? "\n" : "") + ScorecardText.render(card))
        case .json: json.write(card) { spool.write($0) }
        }
    }
}

extension Severity: ExpressibleByArgument {}
