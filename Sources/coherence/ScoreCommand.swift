public import ArgumentParser
import CoherenceKit
import YAML

/// `coherence score`: scorecards for assessments, as text or JSON, with optional gates.
struct ScoreCommand: FileOperandsCommand {
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

    @OptionGroup var inputs: AssessmentInputs
    static var operands: WritableKeyPath<Self, [String]> { \.inputs.assessments }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Exit with status 1 when an overall score is below this (0–100).", valueName: "score"))
    var failUnder: Double?

    @Option(
        help: ArgumentHelp(
            "Exit with status 1 when a triggered finding has this severity or higher.",
            valueName: "severity"))
    var failOn: Severity?

    @Option(
        help: ArgumentHelp(
            "How many files to load and score at once (default: one per processor).", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let failUnder, !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under must be a score from 0 to 100, got \(failUnder)")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be 1 or more, got \(jobs)")
        }
    }

    /// What became of one file: its scorecard as it is printed, and the gates it failed; or why it
    /// could not be scored.
    private enum Outcome: Sendable {
        case scored(output: Output, gateFailures: [ScoreGate.Failure])
        case failed(InputError)
    }

    /// A scorecard as printed, with what separates it from the one before; the pieces add up to
    /// `ScorecardText.render(cards)` or `ScorecardJSON.render(cards)`.
    private enum Output: Sendable {
        case text(String)
        case json(ScorecardJSON.Piece)
    }

    /// Loads, scores and renders the files on several threads and spools the results in file
    /// order, holding at most 64 rendered scorecards at once, so memory stays flat in the number of
    /// files and the output is the same whatever the number of jobs. Output is printed only when every file
    /// loaded: an invalid file leaves stdout empty, as if the scorecards had all been built first.
    func run() throws {
        let files = try Console.inputFiles(inputs.assessments, requireSome: true)
        let session = ScoringSession(library: FrameworkLibrary(directory: inputs.frameworks))
        let gate = ScoreGate(failUnder: failUnder, failOn: failOn)
        let format = format
        // JSON pieces go back to the writer once spooled, so the few dozen waiting at once are reused.
        // JSON allows DEL and C1 controls unescaped: they are escaped as in all terminal output.
        let pieces = ScorecardJSON.PieceWriter(count: files.count, escapingTerminalControls: true)
        var failure: ExitCode?
        var gateFailures: [ScoreGate.Failure] = []
        try OutputSpool.with { spool in
            OrderedWork.run(count: files.count, jobs: jobs ?? OrderedWork.availableJobs, window: 64) {
                index -> Outcome in
                do throws(InputError) {
                    let card = try session.score(fileAt: files[index])
                    let output: Output =
                        switch format {
                        case .text:
                            .text(((index > 0 ? "\n" : "") + ScorecardText.render(card)).escapingControlCharacters)
                        case .json: .json(pieces.piece(card, index: index))
                        }
                    return .scored(output: output, gateFailures: gate.failures(in: [card]))
                } catch {
                    return .failed(error)
                }
            } deliver: { (_, outcome: Outcome) in
                switch outcome {
                case .failed(let error):
                    Console.report(error)
                    failure = Console.worst(failure, Exit.code(for: error))
                case .scored(.text(let text), let failures):
                    // Once a file has failed nothing will be printed, but later files are still checked.
                    guard failure == nil else { break }
                    spool.write(text)
                    gateFailures += failures
                case .scored(.json(let piece), let failures):
                    if failure == nil {
                        piece.withBytes { spool.write($0) }
                        gateFailures += failures
                    }
                    pieces.reuse(piece)
                }
            }
            if let failure { throw failure }
            if format == .json { spool.write(ScorecardJSON.ending(count: files.count)) }
            try spool.copyToStandardOutput()
        }
        for failure in gateFailures { Console.error("error: \(failure)") }
        if !gateFailures.isEmpty { throw Exit.gateFailed }
    }
}

extension Severity: ExpressibleByArgument {}
