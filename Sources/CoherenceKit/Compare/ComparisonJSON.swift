/// The comparison as JSON, schema `coherence.comparison/1` (DESIGN.md §7).
///
/// `assessments` hold `country`, `name`, `period`, `overall`, `coherence`, `dimensions` and `sections`
/// (id → unrounded score or null), plus `framework_version`, `status` and `ranks`. Added top-level
/// fields: `framework`, `versions`, `shared_items` (the ids compared on, with counts), `rank_rule`,
/// `common_gaps`.
public enum ComparisonJSON {
    /// The comparison as one JSON object.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The rendered text.
    public static func render(_ comparison: Comparison) -> String {
        document(comparison).rendered() + "\n"
    }

    static let rankRule =
        "competition: 1 = highest, equal scores share a rank, the next rank skips (1, 2, 2, 4); null scores are unranked"

    static func document(_ comparison: Comparison) -> JSONText {
        .object([
            ("schema", .string("coherence.comparison/1")),
            ("framework", .string(comparison.framework)),
            ("versions", .strings(comparison.versions)),
            (
                "shared_items",
                .object([
                    ("count", .integer(comparison.sharedItems.count)),
                    ("of", .integer(comparison.allItemCount)),
                    ("summary", .string(comparison.sharedItemsSummary)),
                    ("ids", .strings(comparison.sharedItems)),
                ])
            ),
            ("rank_rule", .string(rankRule)),
            ("assessments", .array(comparison.entries.map { assessment($0, comparison) })),
            (
                "common_gaps",
                .array(
                    comparison.commonGaps.map { gap in
                        .object([
                            ("item", .string(gap.item)), ("question", .string(gap.question)),
                            ("gapped", .integer(gap.gapped)), ("scored", .integer(gap.scored)),
                            ("mean_gap", .double(gap.meanGap)),
                        ])
                    })
            ),
            ("changes", .array(comparison.changes.map(change))),
        ])
    }

    static func assessment(_ entry: ComparisonEntry, _ comparison: Comparison) -> JSONText {
        func scores(
            _ columns: [Column], _ table: [String: RankedScore], _ part: KeyPath<RankedScore, Double?>
        ) -> JSONText {
            .object(columns.map { ($0.id, .number(table[$0.id]?[keyPath: part] ?? nil)) })
        }
        func ranks(_ columns: [Column], _ table: [String: RankedScore]) -> JSONText {
            .object(columns.map { ($0.id, rank(table[$0.id]?.rank)) })
        }
        return .object([
            ("country", .string(entry.country.code)),
            ("name", .string(entry.country.name)),
            ("period", .string(entry.period)),
            ("framework_version", .string(entry.frameworkVersion)),
            ("status", .string(entry.status.rawValue)),
            ("overall", .number(entry.overall.score)),
            ("coherence", .number(entry.coherence.score)),
            ("dimensions", scores(comparison.dimensions, entry.dimensions, \.score)),
            ("sections", scores(comparison.sections, entry.sections, \.score)),
            (
                "ranks",
                .object([
                    ("overall", rank(entry.overall.rank)),
                    ("coherence", rank(entry.coherence.rank)),
                    ("dimensions", ranks(comparison.dimensions, entry.dimensions)),
                    ("sections", ranks(comparison.sections, entry.sections)),
                ])
            ),
        ])
    }

    static func change(_ change: PeriodChange) -> JSONText {
        func scores(_ list: [ScoreChange]) -> JSONText {
            .object(list.map { ($0.id, score($0)) })
        }
        func findings(_ list: [FindingChange]) -> JSONText {
            .array(
                list.map {
                    .object([
                        ("rule", .string($0.rule)), ("title", .string($0.title)),
                        ("severity", .string($0.severity.rawValue)),
                    ])
                })
        }
        return .object([
            ("country", .string(change.country.code)),
            ("name", .string(change.country.name)),
            ("from", .string(change.from)),
            ("to", .string(change.to)),
            ("overall", score(change.overall)),
            ("coherence", score(change.coherence)),
            ("dimensions", scores(change.dimensions)),
            ("sections", scores(change.sections)),
            ("items_improved", .array(change.improved.map(item))),
            ("items_regressed", .array(change.regressed.map(item))),
            ("items_status_changed", .array(change.statusChanged.map(item))),
            ("findings_appeared", findings(change.appeared)),
            ("findings_resolved", findings(change.resolved)),
        ])
    }

    static func score(_ change: ScoreChange) -> JSONText {
        .object([("from", .number(change.from)), ("to", .number(change.to)), ("delta", .number(change.delta))])
    }

    static func item(_ change: ItemChange) -> JSONText {
        .object([
            ("item", .string(change.item)),
            (
                "from",
                .object([
                    ("status", .string(change.fromStatus.rawValue)), ("value", .level(change.fromValue)),
                    ("score", .number(change.fromScore)),
                ])
            ),
            (
                "to",
                .object([
                    ("status", .string(change.toStatus.rawValue)), ("value", .level(change.toValue)),
                    ("score", .number(change.toScore)),
                ])
            ),
        ])
    }

    static func rank(_ value: Int?) -> JSONText {
        value.map(JSONText.integer) ?? .null
    }
}
