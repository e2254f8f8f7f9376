import CoherenceKit
import YAML

/// A framework and assessment whose every user-written string is hostile, for the escaping tests.
enum HostileReport {
    /// A string with HTML, Markdown and CSV metacharacters, tagged so each field can be found.
    static func text(_ tag: String) -> String {
        "<script>alert(1)</script>\(tag) \"q\" 'a' & </td> | x\ny, \"c,d\""
    }

    /// The tags of the fields that carry hostile text, each of which must appear (escaped) in the
    /// human formats.
    static let tags = [
        "country", "framework-title", "section-title", "dimension-title", "band", "capacity-title",
        "capacity-reference", "question", "level-label", "rule-title", "finding", "recommendation", "evidence",
        "note", "respondent", "next-band",
    ]

    static let here = Location(file: "hostile.yaml", line: 1, column: 1)

    static func report() -> GapReport {
        let scale = Scale(
            id: "levels",
            kind: .levels([
                Level(value: 0, label: "No"), Level(value: 1, label: text("level-label")),
                Level(value: 2, label: "Full"),
            ]), location: here)
        let items = [
            Item(
                id: "A-01", question: text("question"), scale: "levels", target: 2,
                dimensions: [Membership(dimension: "d1")], evidence: .required, capacity: ["cap"], location: here),
            Item(
                id: "A-02", question: "Plain question?", scale: "levels", target: 2,
                dimensions: [Membership(dimension: "d1")], location: here),
        ]
        let framework = Framework(
            id: "hostile", version: "1", title: text("framework-title"), defaultScale: "levels", scales: [scale],
            dimensions: [Dimension(id: "d1", title: text("dimension-title"), location: here)],
            bands: [
                Band(min: 0, label: text("band"), location: here),
                Band(min: 90, label: text("next-band"), location: here),
            ],
            capacity: [
                CapacityModule(
                    id: "cap", title: text("capacity-title"), reference: text("capacity-reference"),
                    description: text("capacity-description"), location: here)
            ],
            sections: [Section(id: "s1", title: text("section-title"), items: items, location: here)],
            rules: [
                Rule(
                    id: "R-1", title: text("rule-title"), when: SourceExpression("level('A-01') == 1", at: here),
                    severity: .high, dimensions: ["d1"], items: ["A-01"], finding: text("finding"),
                    recommendation: text("recommendation"), capacity: ["cap"], location: here),
                Rule(
                    id: "R-2", title: text("undetermined-title"),
                    when: SourceExpression("level('A-02') == 1", at: here),
                    severity: .low, items: ["A-02"], finding: text("undetermined-finding"), location: here),
            ],
            location: here)
        let assessment = Assessment(
            framework: "hostile", frameworkVersion: "1", country: Country(code: "HST", name: text("country")),
            period: "2026/27", date: text("date"),
            respondents: [Respondent(id: "r1", name: text("respondent")), Respondent(id: "r2", name: "Other")],
            answers: [
                Answer(
                    item: "A-01", response: .level(1), evidence: [text("evidence")], note: text("note"),
                    by: "r1", location: here)
            ],
            divergence: [
                Divergence(item: "A-01", answers: [("r1", text("divergent-answer")), ("r2", "No")], spread: 0.5)
            ],
            location: here)
        // With its path to the next band, whose steps show the hostile level label and question.
        return GapReport(assessment, against: CompiledFramework(framework))
    }
}
