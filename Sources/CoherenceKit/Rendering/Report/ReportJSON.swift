/// Renders a gap report as JSON: the `coherence.scorecard/1` object with a `report` member added.
///
/// The scorecard part is `ScorecardJSON`'s, unchanged; `report` adds what people read in the other
/// formats: the framework title, the summary sentences, questions and answer labels, the gap order,
/// undetermined findings with what would decide them, the ministries' divergence and, when a GCM
/// crosswalk links the framework, `crosswalk_profile` (every target with its score and coverage).
public enum ReportJSON {
    /// The report as a JSON object, ending with a newline.
    ///
    /// - Parameter report: The report to render.
    /// - Returns: The text of the report's file.
    public static func render(_ report: GapReport) -> String {
        var writer = JSONByteWriter(capacity: 1 << 17)
        writer.scorecard(report.scorecard) { writer in
            writer.key("report")
            writer.value(extra(report))
        }
        writer.raw("\n")
        return writer.text
    }

    /// The path to the next band: the band, and the plan as `coherence.plan/1` writes it with what
    /// each step does to the findings; null without one.
    private static func nextBand(_ path: NextBandPath?) -> JSONText {
        guard let path else { return .null }
        let plan =
            path.plan.map { reform in
                ReformPlanJSON.object(reform, schema: false) { index in
                    [
                        ("clears", .strings(path.steps[index].clears)),
                        ("triggers", .strings(path.steps[index].triggers)),
                    ]
                }
            } ?? .null
        return .object([
            ("band", .string(path.next?.label)), ("min", .number(path.next?.min)), ("summary", .string(path.sentence)),
            ("plan", plan),
        ])
    }

    private static func extra(_ r: GapReport) -> JSONText {
        var members: [(String, JSONText)] = [
            ("framework_title", .string(r.frameworkTitle)),
            ("date", .string(r.date)),
            ("respondent", .string(r.respondent)),
            ("summary", .strings(r.summarySentences)),
            ("top_findings", .strings(r.findingSentences)),
            ("top_gaps", .strings(r.gapSentences)),
            ("gaps", .strings(r.gaps.map(\.id))),
            (
                "items",
                .array(
                    r.items.map { item in
                        .object([
                            ("id", .string(item.id)), ("question", .string(item.question)),
                            ("answer", .string(item.answer)),
                            ("target", .string(item.targetLabel)), ("evidence_required", .bool(item.evidenceRequired)),
                            ("evidence", .strings(item.evidence)), ("note", .string(item.note)),
                            ("by", .string(item.by)),
                        ])
                    })
            ),
            (
                "undetermined",
                .array(
                    r.undetermined.map { f in
                        .object([
                            ("rule", .string(f.finding.rule)), ("reason", .string(f.finding.reason)),
                            ("decide", .strings(f.undecidedItems.map(\.id))), ("advice", .string(f.decidingText)),
                        ])
                    })
            ),
            ("missing_evidence", .strings(r.missingEvidence.map(\.id))),
            ("next_band", nextBand(r.nextBand)),
        ]
        if let divergence = r.divergence {
            members.append(
                (
                    "divergence",
                    .array(
                        divergence.rows.map { row in
                            .object([
                                ("item", .string(row.item)), ("spread", .double(row.spread)),
                                (
                                    "answers",
                                    .array(
                                        zip(divergence.respondents, row.cells).compactMap { respondent, cell in
                                            cell.answer.map {
                                                .object([
                                                    ("respondent", .string(respondent.id)),
                                                    ("name", .string(respondent.name)),
                                                    ("answer", .string($0)),
                                                ])
                                            }
                                        })
                                ),
                            ])
                        })
                ))
        } else {
            members.append(("divergence", .null))
        }
        if let profile = r.crosswalkProfile {
            // The crosswalk's targets in order, each with the score and coverage `compare --by` would show.
            members.append(
                (
                    "crosswalk_profile",
                    .object([
                        ("crosswalk", .string(profile.crosswalk)), ("title", .string(profile.title)),
                        (
                            "targets",
                            .array(
                                zip(profile.targets, profile.cells).map { target, cell in
                                    .object([
                                        ("id", .string(target.id)), ("title", .string(target.title)),
                                        ("score", .number(cell.score)),
                                        ("items", .integer(cell.items)), ("scored", .integer(cell.scored)),
                                    ])
                                })
                        ),
                    ])
                ))
        }
        return .object(members)
    }
}
