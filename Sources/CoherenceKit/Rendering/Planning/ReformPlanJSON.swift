/// Renders a reform plan as JSON, schema `coherence.plan/1` (DESIGN.md §12), fields in §12's order.
public enum ReformPlanJSON {
    /// The value of the output's `schema` field.
    public static let schema = "coherence.plan/1"

    /// The plan as one JSON object, ending with a newline.
    ///
    /// - Parameter plan: The plan to render.
    /// - Returns: The JSON text, schema ``schema``, scores unrounded.
    public static func render(_ plan: ReformPlan) -> String {
        object(plan).rendered() + "\n"
    }

    /// The plan as a JSON value; reports embed it without `schema`, with `stepExtras` of each step
    /// (by index) after its own fields.
    static func object(
        _ plan: ReformPlan, schema: Bool = true, stepExtras: (Int) -> [(String, JSONText)] = { _ in [] }
    ) -> JSONText {
        var members: [(String, JSONText)] = schema ? [("schema", .string(Self.schema))] : []
        members += [
            ("metric", .string(plan.metric.name)),
            ("target", .double(plan.target)),
            ("start", .double(plan.start)),
            ("reached", .bool(plan.reached)),
            ("cost", .double(plan.cost)),
            (
                "steps",
                .array(
                    plan.steps.enumerated().map { index, step in
                        .object(
                            [
                                ("item", .string(step.item)), ("from", .level(step.from)), ("to", .level(step.to)),
                                ("cost", .double(step.cost)), ("score_after", .double(step.scoreAfter)),
                            ] + stepExtras(index))
                    })
            ),
        ]
        return .object(members)
    }
}
