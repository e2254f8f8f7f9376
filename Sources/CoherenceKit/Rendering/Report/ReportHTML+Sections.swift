/// The findings, gaps, plan, evidence, divergence and appendix sections of the HTML report.
extension ReportHTML {
    static func findings(_ r: GapReport) -> String {
        var html = open("findings", "Coherence findings")
        let groups = r.triggeredByDimension
        guard !groups.isEmpty else {
            return html + para("No coherence rule is triggered by these answers.") + "</section>\n"
        }
        for (dimension, findings) in groups {
            html += "<h3>\(dimension.map { e($0.title) } ?? "Other findings")</h3>\n"
            for f in findings {
                let severity = f.finding.severity.rawValue
                html += "<div class=\"finding severity-\(severity)\">\n"
                html += para(
                    "<span class=\"badge\">\(severity)</span> <strong>\(e(f.finding.rule)) — \(e(f.finding.title))</strong>",
                    class: "finding-title")
                let others = r.otherDimensions(of: f)
                if !others.isEmpty {
                    html += para("<strong>Also concerns:</strong> " + others.map(e).joined(separator: ", "))
                }
                html += para("<strong>Finding:</strong> \(e(f.finding.finding))")
                if let recommendation = f.finding.recommendation {
                    html += para("<strong>Recommendation:</strong> \(e(recommendation))")
                }
                if !f.items.isEmpty {
                    html += table(
                        ["Item", "Question", "Answer"], text: [1],
                        f.items.map { [id($0.id), e($0.question), e($0.answer)] })
                }
                html += "</div>\n"
            }
        }
        return html + "</section>\n"
    }

    static func undetermined(_ r: GapReport) -> String {
        var html = open("undetermined", "Undetermined findings")
        guard !r.undetermined.isEmpty else {
            return html + para("Every coherence rule could be evaluated.") + "</section>\n"
        }
        html += para("These rules could not be evaluated, usually because an item they read has no answer.")
        html += table(
            ["Rule", "Title", "Severity", "Why", "What would decide it"], text: [1, 3, 4],
            r.undetermined.map { f in
                [
                    id(f.finding.rule), e(f.finding.title), f.finding.severity.rawValue, e(f.finding.reason ?? "—"),
                    e(f.decidingText),
                ]
            })
        return html + "</section>\n"
    }

    static func gaps(_ r: GapReport) -> String {
        var html = open("gaps", "Prioritised gaps")
        let gaps = r.gaps
        guard !gaps.isEmpty else { return html + para("No item falls short of its target.") + "</section>\n" }
        html += para(e(GapReport.priorityExplanation))
        html += table(
            ["#", "Item", "Question", "Answer → target", "Weight × gap/100 × (1 + bonus) = priority", "Findings"],
            numeric: [0], text: [2], class: "gaps",
            gaps.enumerated().map { n, item in
                [
                    String(n + 1), id(item.id), e(item.question), e(item.answer) + " → " + e(item.targetLabel),
                    item.priorityFactorsHTML.map {
                        "\($0)<br>= <strong>\(ReportText.priority(item.score.priority))</strong>"
                    } ?? "—", e(item.score.priorityFactors?.findings.joined(separator: ", ") ?? ""),
                ]
            })
        return html + "</section>\n"
    }

    static func plan(_ r: GapReport) -> String {
        var html = open("plan", "Capacity-building plan")
        guard !r.plan.isEmpty else { return html + para("No capacity-building module is called for.") + "</section>\n" }
        html += para(
            "Modules called for by the gaps and findings above; a module's priority is the sum of its items' priorities."
        )
        html += table(
            ["Priority", "Module", "Reference", "Items", "Findings"], numeric: [0], text: [1],
            r.plan.map { p in
                [
                    ReportText.priority(p.entry.priority),
                    "<strong>\(e(p.entry.title))</strong> (\(e(p.entry.capacity)))"
                        + (p.description.map { "<br>\(e($0))" } ?? ""),
                    e(p.reference ?? "—"), e(p.entry.items.joined(separator: ", ")),
                    e(p.entry.findings.joined(separator: ", ")),
                ]
            })
        return html + "</section>\n"
    }

    static func nextBand(_ r: GapReport) -> String {
        guard let path = r.nextBand else { return "" }
        var html = open("next-band", "Path to the next band") + para(e(path.sentence))
        guard !path.steps.isEmpty else { return html + "</section>\n" }
        html += table(
            ["#", "Item", "Question", "Answer → after", "Cost", "Coherence after", "Findings"],
            numeric: [0, 4, 5], text: [2], class: "path",
            path.steps.enumerated().map { n, s in
                [
                    String(n + 1), id(s.step.item), e(r.pathQuestion(at: n)), e(s.fromText) + " → " + e(s.toText),
                    ReportText.plain(s.step.cost), "<strong>\(ReportText.score(s.step.scoreAfter))</strong>",
                    findings(s),
                ]
            })
        return html + "</section>\n"
    }

    /// "clears R-01; triggers R-05", each rule id kept whole.
    private static func findings(_ step: NextBandPath.Step) -> String {
        var parts: [String] = []
        if !step.clears.isEmpty { parts.append("clears " + step.clears.map(id).joined(separator: ", ")) }
        if !step.triggers.isEmpty { parts.append("triggers " + step.triggers.map(id).joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    static func evidence(_ r: GapReport) -> String {
        var html = open("evidence", "Evidence required but missing")
        let missing = r.missingEvidence
        guard !missing.isEmpty else {
            return html + para("Every item that requires evidence has some.") + "</section>\n"
        }
        html += table(
            ["Item", "Question", "Answer"], text: [1], missing.map { [id($0.id), e($0.question), e($0.answer)] })
        return html + "</section>\n"
    }

    static func unresolved(_ r: GapReport) -> String {
        var html = open("unresolved", "Unknown and unanswered items")
        let items = r.unresolved
        guard !items.isEmpty else { return html + para("Every applicable item is answered.") + "</section>\n" }
        html += table(
            ["Item", "Question", "Section", "Status"], text: [1, 2],
            items.map {
                [id($0.id), e($0.question), e($0.sectionTitle), $0.statusText]
            })
        return html + "</section>\n"
    }

    static func divergence(_ r: GapReport) -> String {
        guard let divergence = r.divergence else { return "" }
        var html = open("divergence", "Where ministries disagree")
        html += para(
            "Answers that differ between respondents, most disputed first. Darker cells are higher answers; "
                + "the spread is the distance between the highest and lowest answer as a share of the scale.")
        html += ReportCharts.heatmap(divergence)
        html += table(
            ["Item", "Question", "Spread"] + divergence.respondents.map { e($0.name) }, numeric: [2], text: [1],
            class: "divergence",
            divergence.rows.map { row in
                [id(row.item), e(row.question), ReportText.score(row.spread * 100) + "%"]
                    + row.cells.map { e($0.answer ?? "—") }
            })
        return html + "</section>\n"
    }

    /// An item or rule id, kept on one line.
    static func id(_ text: String) -> String {
        "<span class=\"id\">\(e(text))</span>"
    }

    static func warnings(_ r: GapReport) -> String {
        guard !r.scorecard.warnings.isEmpty else { return "" }
        return open("warnings", "Warnings") + list(r.scorecard.warnings.map { "\(e($0.item)): \(e($0.message))" })
            + "</section>\n"
    }

    static func appendix(_ r: GapReport) -> String {
        var html = open("appendix", "Appendix: every item")
        for section in r.sections where !section.items.isEmpty {
            html += "<h3>\(e(section.score.title))</h3>\n"
            html += table(
                ["Item", "Question", "Answer", "Score", "Evidence", "Note"], numeric: [3], text: [1, 4, 5],
                class: "appendix",
                section.items.map { item in
                    [
                        id(item.id), e(item.question), e(item.answer), ReportText.score(item.score.score),
                        item.evidence.map(e).joined(separator: "<br>"), e(item.noteText),
                    ]
                })
        }
        return html + "</section>\n"
    }
}

extension ReportHTML {
    /// The assessment on every target of a crosswalk (the GCM objectives) as a grid, with its table.
    static func crosswalkProfile(_ r: GapReport) -> String {
        guard let profile = r.crosswalkProfile else { return "" }
        var html = open("profile", "Profile: " + e(profile.title))
        html += para(e(profile.summary) + ". " + e(CrosswalkFormat.method))
        let tiles = zip(profile.targets, profile.cells).map { ReportCharts.Tile(id: $0.id, title: $0.title, cell: $1) }
        html += ReportCharts.grid(tiles, title: profile.title, chartId: "profile")
        html += table(
            ["Target", "Score", "Items"], numeric: [1, 2], text: [0],
            zip(profile.targets, profile.cells).map { target, cell in
                [
                    "\(e(target.id)). \(e(target.title))",
                    cell.items == 0 ? "not covered" : (cell.score == nil ? "not scored" : ReportText.score(cell.score)),
                    "\(cell.items)",
                ]
            })
        return html + "</section>\n"
    }
}
