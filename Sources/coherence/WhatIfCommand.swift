import ArgumentParser
import CoherenceKit

/// `coherence whatif`: an assessment scored as it is and with some answers changed.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Show what changes in the scores if some answers change.",
        discussion: """
            Scores the assessment as it is and with the answers given by --set, and shows both side \
            by side: overall, coherence, each dimension and section with its band, the findings that \
            clear or appear, the gaps that move and the capacity plan's change. The file is not \
            changed. --format json prints every score unrounded (schema coherence.whatif/1).
            """
    )

    @Argument(help: "The assessment file.")
    var assessment: String

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "An answer to change: a level value or label, n/a or unknown, as in LAB-02=3 or LAB-02=Implemented (repeatable).",
            valueName: "item=answer"))
    var changes: [String] = []

    @Option(help: "The folder where assessments' frameworks are found.")
    var frameworks = "Frameworks"

    @Option(help: "Output format: text or json.")
    var format: ScoreCommand.Format = .text

    func validate() throws {
        if changes.isEmpty { throw ValidationError("give at least one answer to change with --set ITEM=ANSWER") }
    }

    func run() throws {
        let loaded = try Console.loadAssessment(assessment, frameworks: frameworks)
        var parsed: [AnswerChange] = []
        for text in changes {
            switch AnswerChange.parse(text, in: loaded.framework.framework) {
            case .success(let change): parsed.append(change)
            case .failure(let error):
                Console.error("error: --set \(text): \(error)")
                throw Exit.usage
            }
        }
        let whatIf = WhatIf(loaded.assessment, against: loaded.framework, changes: parsed)
        Console.print(format == .json ? WhatIfJSON.render(whatIf) : WhatIfText.render(whatIf), terminator: "")
    }
}
