/// Renders a scorecard as a compact terminal summary.
///
/// Scores are rounded to one decimal for people; the JSON form keeps them exact. Nothing is
/// recomputed here: every number comes from the scorecard.
public enum ScorecardText {
    /// How many of the largest gaps the summary lists.
    public static let topGapCount = 10

    /// The summary of `card`, ending with a newline.
    ///
    /// - Parameter card: The scorecard to summarise.
    /// - Returns: The overall and coherence scores, dimensions, sections, findings and the largest gaps, as text for a
    ///   terminal.
    public static func render(_ card: Scorecard) -> String {
        var lines: [String] = []
        lines.append("\(card.country.name) (\(card.country.code)), \(card.period), \(card.status.rawValue)")
        lines.append("framework \(card.framework.id) \(card.framework.version)")
        lines.append("")
        lines.append("overall    " + banded(card.overall))
        lines.append("coherence  " + banded(card.coherence))
        if !card.dimensions.isEmpty {
            lines.append("")
            lines.append("dimensions")
            let width = card.dimensions.map(\.id.count).max() ?? 0
            for d in card.dimensions {
                lines.append("  " + pad(d.id, width) + "  " + banded(BandedScore(score: d.score, band: d.band)))
            }
        }
        if !card.sections.isEmpty {
            lines.append("")
            lines.append("sections")
            let width = card.sections.map { $0.depth * 2 + $0.id.count }.max() ?? 0
            for s in card.sections {
                let name = String(repeating: "  ", count: s.depth) + s.id
                lines.append("  " + pad(name, width) + "  " + banded(BandedScore(score: s.score, band: s.band)))
            }
        }
        let shown = card.findings.filter { $0.status != .clear }
        if !shown.isEmpty {
            lines.append("")
            lines.append("findings")
            for f in shown {
                var line = "  \(f.status.rawValue) \(f.severity.rawValue) \(f.rule): \(f.title)"
                if let reason = f.reason { line += " (\(reason))" }
                lines.append(line)
            }
        }
        // Highest priority first; document order among equals.
        let gaps = card.items.enumerated().filter { ($0.element.gap ?? 0) > 0 }
            .sorted { a, b in
                let (pa, pb) = (a.element.priority ?? 0, b.element.priority ?? 0)
                return pa != pb ? pa > pb : a.offset < b.offset
            }
            .prefix(topGapCount).map(\.element)
        if !gaps.isEmpty {
            lines.append("")
            lines.append("top gaps (by priority)")
            let width = gaps.map(\.id.count).max() ?? 0
            for i in gaps {
                lines.append(
                    "  " + pad(i.id, width) + "  gap " + padLeft(decimal(i.gap), 5) + "  priority "
                        + padLeft(decimal(i.priority, places: 2), 5) + "  (\(i.status.rawValue))")
            }
        }
        let c = card.coverage
        lines.append("")
        lines.append(
            "coverage   \(c.items) items: \(c.answered) answered, \(c.unknown) unknown, \(c.unanswered) unanswered, "
                + "\(c.notApplicable) not applicable; \(c.withEvidence) with evidence")
        for w in card.warnings {
            lines.append("warning: item '\(w.item)': \(w.message)" + (w.location.map { " (\($0))" } ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Several summaries separated by a blank line.
    ///
    /// - Parameter cards: The scorecards, in the order to print them.
    /// - Returns: Each summary, in order, a blank line between two.
    public static func render(_ cards: [Scorecard]) -> String {
        cards.map(render).joined(separator: "\n")
    }

    /// " 61.3  Partially meets", the score right-aligned, or "    —" without a score.
    private static func banded(_ score: BandedScore) -> String {
        padLeft(decimal(score.score), 5) + (score.score == nil ? "" : score.band.map { "  \($0)" } ?? "")
    }

    /// `value` with `places` decimals, rounded half away from zero; "—" when absent.
    static func decimal(_ value: Double?, places: Int = 1) -> String {
        guard let value, value.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (value * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 a double has no fraction left to show, and beyond Int's range no Int holds it:
        // inputs are bounded far below this (DESIGN.md §9), but a formatter never traps.
        guard rounded.magnitude < 0x1p53 else { return LevelText.format(value) }
        let negative = rounded < 0
        let digits = String(Int(abs(rounded)))
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        let whole = padded.dropLast(places)
        let fraction = padded.suffix(places)
        return (negative ? "-" : "") + whole + (places > 0 ? "." + fraction : "")
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.count))
    }

    static func padLeft(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
