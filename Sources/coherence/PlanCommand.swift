import ArgumentParser
import CoherenceKit

/// `coherence plan`: the cheapest set of one-level steps that lifts a score to a target.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Find the cheapest reforms that lift a score to a target.",
        discussion: """
            METRIC is overall, coherence, a dimension id or a section id; SCORE is 0–100. A step \
            raises one item by one level of its scale (a tenth of a range scale) and costs the \
            item's effort (default 1); unknown and unanswered items start at the lowest level, and \
            not-applicable items never change. The plan is optimal: no cheaper set of steps reaches \
            the target. Steps are listed the one that gains most first, with the score after each. \
            When the target is out of reach, the plan reaches the highest score possible. \
            --format json prints schema coherence.plan/1.
            """
    )

    @Argument(help: "The assessment file.")
    var assessment: String

    @Option(
        help: ArgumentHelp("The score to reach, as METRIC=SCORE, for example coherence=70.", valueName: "metric=score"))
    var target: String

    @Option(help: "The folder where assessments' frameworks are found.")
    var frameworks = "Frameworks"

    @Option(help: "Output format: text or json.")
    var format: ScoreCommand.Format = .text

    func validate() throws {
        guard let equals = target.lastIndex(of: "="), Double(target[target.index(after: equals)...]) != nil else {
            throw ValidationError("--target must be METRIC=SCORE, for example coherence=70, got '\(target)'")
        }
    }

    func run() throws {
        let loaded = try Console.loadAssessment(assessment, frameworks: frameworks)
        let equals = target.lastIndex(of: "=")!
        let score = Double(target[target.index(after: equals)...])!
        let plan = ScoreMetric.named(String(target[..<equals]), in: loaded.framework.framework).flatMap { metric in
            ReformPlanner.plan(loaded.assessment, against: loaded.framework, metric: metric, target: score)
        }
        switch plan {
        case .failure(let error):
            Console.error("error: --target \(target): \(error)")
            throw Exit.usage
        case .success(let plan):
            let card = Scorer.score(loaded.assessment, against: loaded.framework)
            Console.print(
                format == .json ? ReformPlanJSON.render(plan) : ReformPlanText.render(plan, scorecard: card),
                terminator: "")
        }
    }
}
