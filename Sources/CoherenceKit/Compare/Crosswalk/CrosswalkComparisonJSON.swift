/// The crosswalk comparison as JSON, schema `coherence.crosswalk-comparison/1`:
/// `{"schema", "crosswalk": {"id", "title"}, "targets": [{"id", "title"}], "assessments": [{"country",
/// "name", "period", "framework", "framework_version", "targets": {id: {"score", "items", "scored"}}}]}`;
/// `score` is unrounded, null when no linked item is scored.
public enum CrosswalkComparisonJSON {
    /// The crosswalk comparison as one JSON object.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The rendered text.
    public static func render(_ comparison: CrosswalkComparison) -> String {
        JSONText.object([
            ("schema", .string("coherence.crosswalk-comparison/1")),
            ("crosswalk", .object([("id", .string(comparison.crosswalk)), ("title", .string(comparison.title))])),
            ("method", .string(CrosswalkFormat.method)),
            (
                "targets",
                .array(comparison.targets.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) })
            ),
            (
                "assessments",
                .array(
                    comparison.entries.map { entry in
                        .object([
                            ("country", .string(entry.country.code)),
                            ("name", .string(entry.country.name)),
                            ("period", .string(entry.period)),
                            ("framework", .string(entry.framework)),
                            ("framework_version", .string(entry.frameworkVersion)),
                            (
                                "targets",
                                .object(
                                    zip(comparison.targets, entry.cells).map { target, cell in
                                        (
                                            target.id,
                                            .object([
                                                ("score", .number(cell.score)), ("items", .integer(cell.items)),
                                                ("scored", .integer(cell.scored)),
                                            ])
                                        )
                                    })
                            ),
                        ])
                    })
            ),
        ]).rendered() + "\n"
    }
}
