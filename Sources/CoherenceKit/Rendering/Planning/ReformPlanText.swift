/// Renders a reform plan for a terminal: the target, whether it is reached, and each step with
/// the metric after it (scores rounded to one decimal; the JSON keeps them exact).
public enum ReformPlanText {
    /// The plan of `card`'s assessment, ending with a newline.
    ///
    /// - Parameters:
    ///   - plan: The plan to render.
    ///   - card: The scorecard of the assessment the plan starts from, for the items' answers and titles.
    /// - Returns: The text for a terminal.
    public static func render(_ plan: ReformPlan, scorecard card: Scorecard) -> String {
        var lines = [
            "\(card.country.name) (\(card.country.code)), \(card.period), \(card.status.rawValue)",
            "framework \(card.framework.id) \(card.framework.version)",
            "",
            "plan to lift \(plan.metric.name) from \(decimal(plan.start)) to \(decimal(plan.target))",
        ]
        if plan.steps.isEmpty {
            lines.append(
                plan.reached
                    ? "already reached: no step needed"
                    : "cannot be reached: no step raises \(plan.metric.name)")
        } else {
            lines.append(
                plan.reached
                    ? "reached in \(plan.steps.count) \(plan.steps.count == 1 ? "step" : "steps"), cost \(LevelText.format(plan.cost))"
                    : "cannot be reached: the best possible is \(decimal(plan.end)), in \(plan.steps.count) steps, cost \(LevelText.format(plan.cost))"
            )
            lines.append("")
            let width = plan.steps.map(\.item.count).max() ?? 0
            let moves = plan.steps.map { "\($0.from.map(LevelText.format) ?? "—") → \(LevelText.format($0.to))" }
            let moveWidth = moves.map(\.count).max() ?? 0
            for (index, step) in plan.steps.enumerated() {
                lines.append(
                    padLeft("\(index + 1).", 4) + " " + pad(step.item, width) + "  " + pad(moves[index], moveWidth)
                        + "  cost " + LevelText.format(step.cost) + "  → " + decimal(step.scoreAfter))
            }
        }
        if !plan.held.isEmpty {
            lines.append("")
            lines.append(
                "held (an applies_if reads them, or their section is unscored while they are unknown or unanswered: raising them could change what is scored): "
                    + plan.held.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func decimal(_ value: Double) -> String { ScorecardText.decimal(value) }
    private static func pad(_ s: String, _ width: Int) -> String { ScorecardText.pad(s, width) }
    private static func padLeft(_ s: String, _ width: Int) -> String { ScorecardText.padLeft(s, width) }
}
