/// Renders a what-if for a terminal: the changed answers, then the scorecard before and after,
/// side by side, and the findings, gaps and capacity plan that move.
public enum WhatIfText {
    /// The what-if, ending with a newline.
    ///
    /// - Parameter whatIf: The what-if to render.
    /// - Returns: The text for a terminal.
    public static func render(_ whatIf: WhatIf) -> String {
        let (before, after) = (whatIf.before, whatIf.after)
        var lines = [
            "\(after.country.name) (\(after.country.code)), \(after.period), \(after.status.rawValue)",
            "framework \(after.framework.id) \(after.framework.version)",
            "",
            "what if",
        ]
        let itemWidth = whatIf.changes.map(\.item.count).max() ?? 0
        for change in whatIf.changes {
            var line = "  " + pad(change.item, itemWidth) + "  \(change.beforeText) → \(change.afterText)"
            if change.after.status == .notApplicable, change.afterText != "n/a" {
                line += "  (does not apply to this country's profile: the change moves nothing)"
            }
            lines.append(line)
        }
        var rows: [(name: String, before: BandedScore, after: BandedScore)] = [
            ("overall", before.overall, after.overall), ("coherence", before.coherence, after.coherence),
        ]
        let firstDimension = rows.count
        for (was, now) in zip(before.dimensions, after.dimensions) {
            rows.append(
                (
                    "  " + now.id, BandedScore(score: was.score, band: was.band),
                    BandedScore(score: now.score, band: now.band)
                ))
        }
        let firstSection = rows.count
        for (was, now) in zip(before.sections, after.sections) {
            rows.append(
                (
                    String(repeating: "  ", count: now.depth + 1) + now.id,
                    BandedScore(score: was.score, band: was.band), BandedScore(score: now.score, band: now.band)
                ))
        }
        let nameWidth = max(rows.map(\.name.count).max() ?? 0, 9)
        let beforeWidth = rows.map { banded($0.before).count }.max() ?? 0
        lines.append("")
        lines.append(pad("", nameWidth) + "  " + pad("before", beforeWidth) + "  after")
        for (index, row) in rows.enumerated() {
            if index == firstDimension, firstDimension < firstSection { lines.append("dimensions") }
            if index == firstSection, firstSection < rows.count { lines.append("sections") }
            var line = pad(row.name, nameWidth) + "  " + pad(banded(row.before), beforeWidth) + "  " + banded(row.after)
            if let was = row.before.score, let now = row.after.score, was != now {
                line += "  (" + (now > was ? "+" : "") + decimal(now - was) + ")"
            }
            lines.append(trimmed(line))
        }
        let findings = whatIf.findingChanges
        if !findings.isEmpty {
            lines.append("")
            lines.append("findings")
            for change in findings {
                let verb =
                    change.before == .triggered
                    ? "clears" : change.after == .triggered ? "appears" : "becomes \(change.after.rawValue)"
                lines.append(
                    "  \(change.finding.rule) \(verb) (\(change.before.rawValue) → \(change.after.rawValue), "
                        + "\(change.finding.severity.rawValue)): \(change.finding.title)")
            }
        }
        let gaps = whatIf.gapChanges
        if !gaps.isEmpty {
            lines.append("")
            lines.append("gaps")
            let width = gaps.map(\.item.count).max() ?? 0
            for gap in gaps {
                let closes = (gap.after ?? 0) == 0 && (gap.before ?? 0) > 0 ? "  closes" : ""
                lines.append(
                    "  " + pad(gap.item, width) + "  " + decimal(gap.before) + " → " + decimal(gap.after) + closes)
            }
        }
        let plan = whatIf.planChanges
        if !plan.isEmpty {
            lines.append("")
            lines.append("capacity plan (priority)")
            let width = plan.map(\.capacity.count).max() ?? 0
            for entry in plan {
                let what = entry.before == nil ? "  enters the plan" : entry.after == nil ? "  leaves the plan" : ""
                lines.append(
                    "  " + pad(entry.capacity, width) + "  " + decimal(entry.before, places: 2) + " → "
                        + decimal(entry.after, places: 2) + what)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "61.3 Partially meets", or "—" without a score.
    private static func banded(_ score: BandedScore) -> String {
        decimal(score.score) + (score.score == nil ? "" : score.band.map { " \($0)" } ?? "")
    }

    private static func trimmed(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line.removeLast() }
        return String(line)
    }

    private static func decimal(_ value: Double?, places: Int = 1) -> String {
        ScorecardText.decimal(value, places: places)
    }
    private static func pad(_ s: String, _ width: Int) -> String { ScorecardText.pad(s, width) }
}
