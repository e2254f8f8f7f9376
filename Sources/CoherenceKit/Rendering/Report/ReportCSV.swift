/// Renders a gap report as CSV: a header row, then one row per item with every scored field (RFC 4180),
/// and where the path to the next band raises the item: its step numbers and the value it ends at.
///
/// Lines end with CRLF; text fields are quoted when they hold a comma, quote or line break, with
/// quotes doubled. Numbers are unrounded, as in the JSON scorecard; empty where a field does not apply.
public enum ReportCSV {
    /// The header row's column names, in order.
    public static let columns = [
        "framework", "framework_version", "country", "country_name", "period", "section", "item", "question",
        "status", "value", "label", "score", "target", "target_label", "gap", "weight", "severity_bonus", "priority",
        "findings", "evidence_required", "evidence_count", "evidence", "note", "by", "reason",
        "next_band_steps", "next_band_to",
    ]

    /// The report as CSV text.
    ///
    /// - Parameter report: The report to render.
    /// - Returns: The text of the report's file.
    public static func render(_ report: GapReport) -> String {
        let lines =
            [columns.joined(separator: ",")]
            + rows(report).map { fields in
                fields.map { ReportText.csv($0.text, isText: $0.isText) }.joined(separator: ",")
            }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One row of fields per item, in `columns` order: each field's text, and whether it is text
    /// (else a number, or empty); the spreadsheet report writes the same rows.
    static func rows(_ report: GapReport) -> [[(text: String, isText: Bool)]] {
        let card = report.scorecard
        // Which steps of the path to the next band raise each item, and to what value.
        var pathSteps: [String: [String]] = [:]
        var pathTo: [String: Double] = [:]
        for (index, step) in (report.nextBand?.steps ?? []).enumerated() {
            pathSteps[step.step.item, default: []].append(String(index + 1))
            pathTo[step.step.item] = step.step.to
        }
        return report.items.map { item in
            let s = item.score
            return [
                (card.framework.id, true), (card.framework.version, true), (card.country.code, true),
                (card.country.name, true), (card.period, true), (s.section, true), (s.id, true), (item.question, true),
                (s.status.rawValue, true), (number(s.value), false), (item.answer, true), (number(s.score), false),
                (number(s.target), false), (item.targetLabel, true), (number(s.gap), false), (number(s.weight), false),
                (number(s.priorityFactors?.severityWeight), false), (number(s.priority), false),
                ((s.priorityFactors?.findings ?? []).joined(separator: " "), true),
                (item.evidenceRequired ? "required" : "optional", true), (String(item.evidence.count), false),
                (item.evidence.joined(separator: "; "), true), (item.note ?? "", true), (item.by ?? "", true),
                (s.notApplicableReason ?? "", true),
                ((pathSteps[s.id] ?? []).joined(separator: " "), false),
                (pathTo[s.id].map(LevelText.format) ?? "", false),
            ]
        }
    }

    /// A number in Swift's shortest round-trip form (`50.0`, `61.25`); empty when absent.
    private static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return value.description
    }
}
