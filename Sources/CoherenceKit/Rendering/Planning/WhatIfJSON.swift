/// Renders a what-if as JSON, schema `coherence.whatif/1`: every score before and after, unrounded,
/// and the findings, gaps and capacity-plan entries that change.
public enum WhatIfJSON {
    /// The value of the output's `schema` field.
    public static let schema = "coherence.whatif/1"

    /// The what-if as one JSON object, ending with a newline.
    ///
    /// - Parameter whatIf: The what-if to render.
    /// - Returns: The JSON text, schema ``schema``, scores unrounded.
    public static func render(_ whatIf: WhatIf) -> String {
        let (before, after) = (whatIf.before, whatIf.after)
        func pair(_ was: BandedScore, _ now: BandedScore) -> [(String, JSONText)] {
            [("before", banded(was)), ("after", banded(now))]
        }
        let value: JSONText = .object([
            ("schema", .string(schema)),
            (
                "framework",
                .object([("id", .string(after.framework.id)), ("version", .string(after.framework.version))])
            ),
            (
                "assessment",
                .object([
                    (
                        "country",
                        .object([("code", .string(after.country.code)), ("name", .string(after.country.name))])
                    ),
                    ("period", .string(after.period)), ("status", .string(after.status.rawValue)),
                ])
            ),
            (
                "changes",
                .array(
                    whatIf.changes.map { change in
                        .object([
                            ("item", .string(change.item)), ("before", answer(change.before)),
                            ("after", answer(change.after)),
                        ])
                    })
            ),
            ("overall", .object(pair(before.overall, after.overall))),
            ("coherence", .object(pair(before.coherence, after.coherence))),
            (
                "dimensions",
                .array(
                    zip(before.dimensions, after.dimensions).map { was, now in
                        .object(
                            [("id", .string(now.id))]
                                + pair(
                                    BandedScore(score: was.score, band: was.band),
                                    BandedScore(score: now.score, band: now.band)))
                    })
            ),
            (
                "sections",
                .array(
                    zip(before.sections, after.sections).map { was, now in
                        .object(
                            [("id", .string(now.id)), ("parent", .string(now.parent))]
                                + pair(
                                    BandedScore(score: was.score, band: was.band),
                                    BandedScore(score: now.score, band: now.band)))
                    })
            ),
            (
                "findings",
                .array(
                    whatIf.findingChanges.map { change in
                        .object([
                            ("rule", .string(change.finding.rule)),
                            ("severity", .string(change.finding.severity.rawValue)),
                            ("before", .string(change.before.rawValue)), ("after", .string(change.after.rawValue)),
                        ])
                    })
            ),
            (
                "gaps",
                .array(
                    whatIf.gapChanges.map { gap in
                        .object([
                            ("item", .string(gap.item)), ("before", .number(gap.before)), ("after", .number(gap.after)),
                        ])
                    })
            ),
            (
                "plan",
                .array(
                    whatIf.planChanges.map { entry in
                        .object([
                            ("capacity", .string(entry.capacity)), ("before", .number(entry.before)),
                            ("after", .number(entry.after)),
                        ])
                    })
            ),
        ])
        return value.rendered() + "\n"
    }

    private static func banded(_ score: BandedScore) -> JSONText {
        .object([("score", .number(score.score)), ("band", .string(score.band))])
    }

    /// An item's answer and score: `{"status", "value", "score"}`.
    private static func answer(_ item: ItemScore) -> JSONText {
        .object([
            ("status", .string(item.status.rawValue)), ("value", .level(item.value)), ("score", .number(item.score)),
        ])
    }
}
