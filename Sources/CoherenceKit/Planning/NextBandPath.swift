/// The gap report's "path to the next band": the cheapest plan (``ReformPlanner``) that lifts the
/// coherence index into the band above its own, with the findings each step clears or triggers.
public struct NextBandPath: Sendable {
    /// One step of the plan, as the report shows it.
    public struct Step: Sendable {
        /// The step of the reform plan.
        public var step: ReformPlan.Step
        /// The answer before and after the step, as people read it: `Adopted (2)`, `unknown`.
        public var fromText: String
        /// The answer after the step, as people read it.
        public var toText: String
        /// Rules whose finding is triggered before the step and no longer after it, in rule order.
        public var clears: [String]
        /// Rules whose finding is triggered after the step and was not before, in rule order.
        public var triggers: [String]

        /// "clears; triggers R-05", or "" when the step moves no finding.
        public var findingsText: String {
            var parts: [String] = []
            if !clears.isEmpty { parts.append("clears " + clears.joined(separator: ", ")) }
            if !triggers.isEmpty { parts.append("triggers " + triggers.joined(separator: ", ")) }
            return parts.joined(separator: "; ")
        }
    }

    /// The coherence index today, with its band.
    public var coherence: BandedScore
    /// The band above today's; nil when the index is already in the highest band.
    public var next: Band?
    /// The plan to reach `next.min`; nil when there is no band above.
    public var plan: ReformPlan?
    /// The plan's steps, as the report shows them; empty when there is no band above.
    public var steps: [Step]

    /// The path for `assessment`, scored as `card`; nil when the framework has no bands or the
    /// coherence index has no score.
    ///
    /// - Parameters:
    ///   - assessment: The assessment the plan starts from.
    ///   - compiled: The framework the assessment answers, compiled for scoring.
    ///   - card: The scorecard of `assessment` against `compiled`.
    public init?(_ assessment: Assessment, against compiled: CompiledFramework, scorecard card: Scorecard) {
        let framework = compiled.framework
        guard let score = card.coherence.score, !framework.bands.isEmpty else { return nil }
        coherence = card.coherence
        next = framework.bands.first { $0.min > score }
        guard let next,
            case .success(let plan) = ReformPlanner.plan(
                assessment, against: compiled, metric: .coherence, target: next.min)
        else {
            plan = nil
            steps = []
            return
        }
        self.plan = plan
        var changes: [AnswerChange] = []
        let rules = framework.rules
        var before = card.findings.map(\.status)
        steps = plan.steps.map { step in
            let item = framework.item(step.item)!
            let scale = framework.scale(of: item)
            let was = changes.last { $0.item == step.item }?.response ?? assessment.answer(to: step.item)?.response
            changes.append(AnswerChange(item: step.item, response: .level(step.to)))
            let after = Scorer.ruleStatuses(of: assessment.changing(changes), against: compiled)
            defer { before = after }
            return Step(
                step: step, fromText: WhatIf.answerText(was, scale: scale),
                toText: WhatIf.answerText(.level(step.to), scale: scale),
                clears: rules.indices.filter { before[$0] == .triggered && after[$0] != .triggered }.map {
                    rules[$0].id
                },
                triggers: rules.indices.filter { before[$0] != .triggered && after[$0] == .triggered }.map {
                    rules[$0].id
                }
            )
        }
    }

    /// One sentence on what the path is: the band it reaches, how many steps and at what cost, or
    /// why there is none.
    public var sentence: String {
        let now = ReportText.score(coherence.score)
        let band = coherence.band.map { " (\($0))" } ?? ""
        guard let next, let plan else {
            return "The coherence index, \(now)\(band), is already in the highest band."
        }
        let cost = LevelText.format(plan.cost)
        let count = plan.steps.count == 1 ? "1 step" : "\(plan.steps.count) steps"
        if plan.reached {
            return "The coherence index is \(now)\(band). The cheapest way to reach \(next.label) "
                + "(\(LevelText.format(next.min))) takes \(count) of one level, at a cost of \(cost) "
                + "(each step costs its item's effort), the step that gains most first."
        }
        return
            "The coherence index is \(now)\(band). \(next.label) (\(LevelText.format(next.min))) cannot be reached by "
            + "raising answers: at most \(ReportText.score(plan.end)), in \(count) at a cost of \(cost)."
    }
}
