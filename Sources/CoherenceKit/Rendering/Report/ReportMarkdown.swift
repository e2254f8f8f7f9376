/// Renders a gap report as Markdown that reads well on GitHub and other common viewers.
///
/// Every user string goes through `ReportText.markdown`, so `|`, line breaks and markup characters in
/// titles, questions, answers or notes cannot break a table or inject HTML.
public enum ReportMarkdown {
    /// The report as Markdown, ending with a newline.
    ///
    /// - Parameter report: The report to render.
    /// - Returns: The text of the report's file.
    public static func render(_ report: GapReport) -> String {
        var out = MarkdownWriter()
        header(report, into: &out)
        summary(report, into: &out)
        dimensions(report, into: &out)
        sections(report, into: &out)
        crosswalkProfile(report, into: &out)
        findings(report, into: &out)
        undetermined(report, into: &out)
        gaps(report, into: &out)
        plan(report, into: &out)
        nextBand(report, into: &out)
        evidence(report, into: &out)
        unresolved(report, into: &out)
        divergence(report, into: &out)
        warnings(report, into: &out)
        appendix(report, into: &out)
        return out.text
    }

    static func t(_ text: String) -> String { ReportText.markdown(text) }
    static func c(_ text: String) -> String { ReportText.markdown(text, inCell: true) }

    private static func header(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(1, t(r.subject) + " — migration policy gap report")
        var facts = [
            "Framework: **\(t(r.frameworkTitle))** (\(t(r.scorecard.framework.id)) version \(t(r.scorecard.framework.version)))"
        ]
        if let date = r.date { facts.append("Date: \(t(date))") }
        facts.append("Status: \(r.scorecard.status.rawValue)")
        if let respondent = r.respondent { facts.append("Respondent: \(t(respondent))") }
        out.paragraph(facts.joined(separator: " · "))
    }

    private static func summary(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(2, "Summary")
        let card = r.scorecard
        out.table(
            ["Measure", "Score", "Band"], right: [1],
            [
                ["Overall", ReportText.score(card.overall.score), c(card.overall.band ?? "—")],
                ["Coherence index", ReportText.score(card.coherence.score), c(card.coherence.band ?? "—")],
            ])
        out.list(r.summarySentences.map(t))
        out.heading(3, "Most important findings")
        if r.findingSentences.isEmpty { out.paragraph("No coherence finding is triggered.") }
        out.list(r.findingSentences.map(t), numbered: true)
        out.heading(3, "Largest gaps")
        if r.gapSentences.isEmpty { out.paragraph("No item falls short of its target.") }
        out.list(r.gapSentences.map(t), numbered: true)
    }

    private static func dimensions(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(2, "Coherence dimensions")
        guard !r.scorecard.dimensions.isEmpty else {
            return out.paragraph("The framework defines no coherence dimension.")
        }
        out.table(
            ["Dimension", "Score", "Band", "Weight"], right: [1, 3],
            r.scorecard.dimensions.map { d in
                [
                    c(d.title), ReportText.score(d.score), c(d.band ?? (d.score == nil ? "not scored" : "—")),
                    ReportText.plain(d.weight),
                ]
            })
    }

    private static func sections(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(2, "Sections")
        out.table(
            ["Section", "Score", "Band", "Weight", "Combined by"], right: [1, 3],
            r.scorecard.sections.map { s in
                [
                    String(repeating: "&emsp;", count: s.depth) + c(s.title), ReportText.score(s.score),
                    c(s.band ?? (s.score == nil ? "not scored" : "—")), ReportText.plain(s.weight),
                    s.aggregate.rawValue,
                ]
            })
    }

    private static func crosswalkProfile(_ r: GapReport, into out: inout MarkdownWriter) {
        guard let profile = r.crosswalkProfile else { return }
        out.heading(2, "Profile: " + t(profile.title))
        out.paragraph(t(profile.summary) + ". " + t(CrosswalkFormat.method))
        out.table(
            ["Target", "Score", "Items"], right: [1, 2],
            zip(profile.targets, profile.cells).map { target, cell in
                [
                    "\(c(target.id)). \(c(target.title))",
                    cell.items == 0 ? "not covered" : (cell.score == nil ? "not scored" : ReportText.score(cell.score)),
                    "\(cell.items)",
                ]
            })
    }

    private static func findings(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(2, "Coherence findings")
        let groups = r.triggeredByDimension
        guard !groups.isEmpty else { return out.paragraph("No coherence rule is triggered by these answers.") }
        for (dimension, findings) in groups {
            out.heading(3, dimension.map { c($0.title) } ?? "Other findings")
            for f in findings {
                out.paragraph(
                    "**\(t(f.finding.rule)) — \(t(f.finding.title))** (\(f.finding.severity.rawValue) severity)")
                let others = r.otherDimensions(of: f)
                if !others.isEmpty { out.paragraph("Also concerns: " + others.map(t).joined(separator: ", ")) }
                out.paragraph("Finding: " + t(f.finding.finding))
                if let recommendation = f.finding.recommendation {
                    out.paragraph("Recommendation: " + t(recommendation))
                }
                if !f.items.isEmpty {
                    out.table(
                        ["Item", "Question", "Answer"], right: [],
                        f.items.map { [c($0.id), c($0.question), c($0.answer)] })
                }
            }
        }
    }

    private static func undetermined(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(2, "Undetermined findings")
        guard !r.undetermined.isEmpty else { return out.paragraph("Every coherence rule could be evaluated.") }
        out.paragraph("These rules could not be evaluated, usually because an item they read has no answer.")
        out.table(
            ["Rule", "Title", "Severity", "Why", "What would decide it"], right: [],
            r.undetermined.map { f in
                [
                    c(f.finding.rule), c(f.finding.title), f.finding.severity.rawValue, c(f.finding.reason ?? "—"),
                    c(f.decidingText),
                ]
            })
    }

    private static func gaps(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(2, "Prioritised gaps")
        let gaps = r.gaps
        guard !gaps.isEmpty else { return out.paragraph("No item falls short of its target.") }
        out.paragraph(GapReport.priorityExplanation)
        out.table(
            ["#", "Item", "Question", "Answer → target", "Weight × gap/100 × (1 + bonus) = priority", "Findings"],
            right: [0],
            gaps.enumerated().map { n, item in
                [
                    String(n + 1), c(item.id), c(item.question), c(item.answer) + " → " + c(item.targetLabel),
                    item.priorityFormula ?? "—", c(item.score.priorityFactors?.findings.joined(separator: ", ") ?? ""),
                ]
            })
    }

    private static func plan(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(2, "Capacity-building plan")
        guard !r.plan.isEmpty else { return out.paragraph("No capacity-building module is called for.") }
        out.table(
            ["Priority", "Module", "Reference", "Items", "Findings"], right: [0],
            r.plan.map { p in
                [
                    ReportText.priority(p.entry.priority), c(p.entry.title) + " (" + c(p.entry.capacity) + ")",
                    c(p.reference ?? "—"),
                    c(p.entry.items.joined(separator: ", ")), c(p.entry.findings.joined(separator: ", ")),
                ]
            })
    }

    private static func nextBand(_ r: GapReport, into out: inout MarkdownWriter) {
        guard let path = r.nextBand else { return }
        out.heading(2, "Path to the next band")
        out.paragraph(t(path.sentence))
        guard !path.steps.isEmpty else { return }
        out.table(
            ["#", "Item", "Question", "Answer → after", "Cost", "Coherence after", "Findings"], right: [0, 4, 5],
            path.steps.enumerated().map { n, s in
                [
                    String(n + 1), c(s.step.item), c(r.pathQuestion(at: n)), c(s.fromText) + " → " + c(s.toText),
                    ReportText.plain(s.step.cost), ReportText.score(s.step.scoreAfter), c(s.findingsText),
                ]
            })
    }

    private static func evidence(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(2, "Evidence required but missing")
        let missing = r.missingEvidence
        guard !missing.isEmpty else { return out.paragraph("Every item that requires evidence has some.") }
        out.table(["Item", "Question", "Answer"], right: [], missing.map { [c($0.id), c($0.question), c($0.answer)] })
    }

    private static func unresolved(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(2, "Unknown and unanswered items")
        let items = r.unresolved
        guard !items.isEmpty else { return out.paragraph("Every applicable item is answered.") }
        out.table(
            ["Item", "Question", "Section", "Status"], right: [],
            items.map {
                [c($0.id), c($0.question), c($0.sectionTitle), $0.statusText]
            })
    }

    private static func divergence(_ r: GapReport, into out: inout MarkdownWriter) {
        guard let table = r.divergence else { return }
        out.heading(2, "Where ministries disagree")
        out.paragraph(
            "Answers that differ between respondents, most disputed first. The spread is the distance between "
                + "the highest and lowest answer as a share of the scale.")
        out.table(
            ["Item", "Question", "Spread"] + table.respondents.map { c($0.name) }, right: [2],
            table.rows.map { row in
                [c(row.item), c(row.question), ReportText.score(row.spread * 100) + "%"]
                    + row.cells.map { c($0.answer ?? "—") }
            })
    }

    private static func warnings(_ r: GapReport, into out: inout MarkdownWriter) {
        guard !r.scorecard.warnings.isEmpty else { return }
        out.heading(2, "Warnings")
        out.list(r.scorecard.warnings.map { "\(t($0.item)): \(t($0.message))" })
    }

    private static func appendix(_ r: GapReport, into out: inout MarkdownWriter) {
        out.heading(2, "Appendix: every item")
        for section in r.sections where !section.items.isEmpty {
            out.heading(3, c(section.score.title))
            out.table(
                ["Item", "Question", "Answer", "Score", "Evidence", "Note"], right: [3],
                section.items.map { item in
                    [
                        c(item.id), c(item.question), c(item.answer), ReportText.score(item.score.score),
                        item.evidence.map(c).joined(separator: "<br>"), c(item.noteText),
                    ]
                })
        }
    }
}
