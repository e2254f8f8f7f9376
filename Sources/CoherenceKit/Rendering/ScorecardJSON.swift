/// Renders scorecards as JSON, schema `coherence.scorecard/1` (DESIGN.md §8).
///
/// Field names and order follow §8; added fields come after the normative ones in each object.
/// Scores are unrounded; `null` where nothing is scored or a field does not apply.
public enum ScorecardJSON {
    public static let schema = "coherence.scorecard/1"

    /// One scorecard as a JSON object, or several as an array in input order; ends with a newline.
    ///
    /// Written straight to bytes; the same text as `object(for:)` rendered, without building the tree.
    public static func render(_ scorecards: [Scorecard]) -> String {
        var writer = JSONByteWriter(capacity: scorecards.count << 17)
        if scorecards.count == 1 {
            writer.scorecard(scorecards[0])
        } else {
            writer.array(scorecards) { $0.scorecard($1) }
        }
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }

    /// Appends one scorecard as a JSON object whose lines after the first are indented by `indent`.
    ///
    /// The same text as `object(for: card).write(to: &text, indent: indent)`.
    public static func write(_ card: Scorecard, to text: inout String, indent: String = "") {
        var writer = JSONByteWriter(indent: Array(indent.utf8), capacity: 1 << 17)
        writer.scorecard(card)
        text += String(decoding: writer.bytes, as: UTF8.self)
    }

    /// One scorecard as a JSON object; ends with a newline.
    public static func render(_ scorecard: Scorecard) -> String {
        render([scorecard])
    }

    /// The JSON object of one scorecard, for renderers that embed it.
    public static func object(for card: Scorecard) -> JSONText {
        .object([
            ("schema", .string(schema)),
            ("framework", .object([("id", .string(card.framework.id)), ("version", .string(card.framework.version))])),
            (
                "assessment",
                .object([
                    ("country", .object([("code", .string(card.country.code)), ("name", .string(card.country.name))])),
                    ("period", .string(card.period)),
                    ("status", .string(card.status.rawValue)),
                ])
            ),
            ("overall", banded(card.overall)),
            ("coherence", banded(card.coherence)),
            ("dimensions", .array(card.dimensions.map(dimension))),
            ("sections", .array(card.sections.map(section))),
            ("items", .array(card.items.map(item))),
            ("findings", .array(card.findings.map(finding))),
            ("coverage", coverage(card.coverage)),
            ("plan", .array(card.plan.map(planEntry))),
            ("warnings", .array(card.warnings.map(warning))),
        ])
    }

    // MARK: - Parts

    private static func banded(_ score: BandedScore) -> JSONText {
        .object([("score", .number(score.score)), ("band", .string(score.band))])
    }

    private static func dimension(_ d: DimensionScore) -> JSONText {
        .object([
            ("id", .string(d.id)), ("score", .number(d.score)), ("band", .string(d.band)),
            ("title", .string(d.title)), ("weight", .double(d.weight)),
        ])
    }

    private static func section(_ s: SectionScore) -> JSONText {
        .object([
            ("id", .string(s.id)), ("parent", .string(s.parent)), ("score", .number(s.score)), ("band", .string(s.band)),
            ("title", .string(s.title)), ("weight", .double(s.weight)), ("aggregate", .string(s.aggregate.rawValue)),
        ])
    }

    private static func item(_ i: ItemScore) -> JSONText {
        let factors: JSONText = i.priorityFactors.map { f in
            .object([
                ("weight", .double(f.weight)), ("gap", .double(f.gap)), ("findings", .strings(f.findings)),
                ("severity_weight", .double(f.severityWeight)),
            ])
        } ?? .null
        return .object([
            ("id", .string(i.id)), ("section", .string(i.section)), ("status", .string(i.status.rawValue)),
            ("value", i.value.map(levelValue) ?? .null), ("score", .number(i.score)), ("gap", .number(i.gap)),
            ("priority", .number(i.priority)),
            ("target", .double(i.target)), ("target_value", levelValue(i.targetValue)),
            ("target_source", .string(i.targetSource.rawValue)), ("weight", .double(i.weight)),
            ("priority_factors", factors), ("evidence", .bool(i.hasEvidence)),
            ("reason", .string(i.notApplicableReason)),
        ])
    }

    private static func finding(_ f: Finding) -> JSONText {
        .object([
            ("rule", .string(f.rule)), ("status", .string(f.status.rawValue)), ("severity", .string(f.severity.rawValue)),
            ("items", .strings(f.items)), ("reason", .string(f.reason)), ("title", .string(f.title)),
        ])
    }

    private static func coverage(_ c: Coverage) -> JSONText {
        .object([
            ("items", .integer(c.items)), ("applicable", .integer(c.applicable)), ("answered", .integer(c.answered)),
            ("unknown", .integer(c.unknown)), ("unanswered", .integer(c.unanswered)),
            ("not_applicable", .integer(c.notApplicable)), ("with_evidence", .integer(c.withEvidence)),
        ])
    }

    private static func warning(_ w: ScoringWarning) -> JSONText {
        .object([
            ("item", .string(w.item)), ("message", .string(w.message)),
            ("location", .string(w.location?.description)),
        ])
    }

    private static func planEntry(_ p: PlanEntry) -> JSONText {
        .object([
            ("capacity", .string(p.capacity)), ("priority", .double(p.priority)), ("items", .strings(p.items)),
            ("findings", .strings(p.findings)), ("title", .string(p.title)),
        ])
    }

    /// A value on an item's scale: an integer when whole (`2`), else a double (`2.5`).
    private static func levelValue(_ value: Double) -> JSONText {
        if value == value.rounded(), let integer = Int(exactly: value) { return .integer(integer) }
        return .double(value)
    }
}
