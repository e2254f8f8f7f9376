import CoherenceKit
import Foundation
import Testing
import YAML

/// The written consolidation is an ordinary assessment: it loads back with the same content.
@Suite struct ConsolidatedYAMLTests {
    static let hostile = [
        "plain text",
        "key: value # not a comment",
        "\"double\" and 'single' quotes",
        "back\\slash and \\n not a newline",
        "line one\nline two\n",
        "  leading and trailing spaces  ",
        "n/a", "unknown", "yes", "No", "null", "~", "true", "3", "2026.1", "1e3", "0x1F",
        "- looks like a list", "[flow, list]", "{flow: map}", "&anchor *alias !tag",
        "tab\there", "bell\u{07} and escape\u{1B}", "Ünïcødé — “quoted” 🌍", "%directive", "@at `tick`",
        "---", "...", "#hash", "colon at end:",
    ]

    /// Writes `assessment`, then loads the file back against the same framework.
    func roundTrip(_ assessment: Assessment, in workspace: Workspace, framework: Framework) throws -> Assessment {
        let text = ConsolidatedYAML.render(assessment, framework: framework, method: .median)
        let path = try workspace.write("national.yaml", text)
        return try LocatedAssessment.load(path, library: &workspace.library).assessment
    }

    @Test func consolidatedOutputLoadsBackAsAnAssessment() throws {
        let workspace = try Workspace()
        let responses = [
            try workspace.assessment(
                "a.yaml", respondent: "mol", date: "2026-10-01", profile: "  origin: true\n  rcps: [bali, colombo]",
                answers: ["A: {level: 3, evidence: [Decree 1], note: Done}", "B: n/a", "D: 42.5", "C: unknown"]),
            try workspace.assessment(
                "b.yaml", respondent: "moi", answers: ["A: 1", "B: {status: n/a, reason: None}", "D: 80"]),
        ]
        let national = try Consolidator().consolidate(responses, output: workspace.path("national.yaml"))
        let loaded = try roundTrip(national, in: workspace, framework: responses[0].framework)
        #expect(loaded.respondent == nil)
        #expect(loaded.respondents.map(\.id) == ["mol", "moi"])
        #expect(loaded.date == "2026-10-01")
        #expect(loaded.profile == national.profile)
        // A: lower median of 3 and 1 → 1. B: both n/a. C: unknown. D: lower median of 42.5 and 80 → 42.5.
        #expect(loaded.answers.map(\.item) == ["A", "B", "C", "D"])
        #expect(
            loaded.answers.map(\.response) == [.level(1), .notApplicable(reason: "moi: None"), .unknown, .level(42.5)])
        #expect(loaded.answer(to: "A")?.evidence == ["Decree 1"])
        #expect(loaded.answer(to: "A")?.note == "mol: Done")
        #expect(loaded.answer(to: "C")?.by == "mol")
        // A and D differ; B is n/a for both; only mol answered C (silence is not disagreement).
        // A: (3 − 1) / 4 = 0.5. D: (80 − 42.5) / 100 = 0.375.
        #expect(loaded.divergence.map(\.item) == ["A", "D"])
        #expect(loaded.divergence.map(\.spread) == [0.5, 0.375])
        #expect(loaded.divergence[0].answers.map(\.answer) == ["3", "1"])
    }

    @Test(arguments: hostile)
    func hostileStringsRoundTrip(text: String) throws {
        let workspace = try Workspace()
        let framework = try LocatedAssessment.load(
            try workspace.write(
                "seed.yaml",
                "assessment: {framework: test, framework_version: \"1\", country: {code: VLR, name: V}, period: \"1\"}\n"
            ),
            library: &workspace.library
        ).framework
        let here = workspace.assessmentLocation
        let assessment = Assessment(
            framework: "test", frameworkVersion: "1", country: Country(code: "VLR", name: text), period: text,
            respondents: [Respondent(id: "mol", name: text), Respondent(id: "moi", name: "Interior")],
            profile: ["region": .string(text), "rcps": .list([text, "x"])],
            answers: [
                Answer(
                    item: "A", response: .level(2), evidence: [text, "second"], note: text, by: "mol", location: here),
                Answer(item: "B", response: .notApplicable(reason: text), location: here),
            ],
            divergence: [Divergence(item: "A", answers: [("mol", "2"), ("moi", "n/a")], spread: 0)],
            location: here)
        let loaded = try roundTrip(assessment, in: workspace, framework: framework)
        #expect(loaded.country.name == text)
        #expect(loaded.period == text)
        #expect(loaded.respondents.first?.name == text)
        #expect(loaded.profile["region"] == .string(text))
        #expect(loaded.profile["rcps"] == .list([text, "x"]))
        #expect(loaded.answer(to: "A")?.evidence == [text, "second"])
        #expect(loaded.answer(to: "A")?.note == text)
        #expect(loaded.answer(to: "B")?.response == .notApplicable(reason: text))
        #expect(loaded.divergence.first?.answers.map(\.answer) == ["2", "n/a"])
    }
}

extension Workspace {
    var assessmentLocation: YAML.Location { YAML.Location(file: path("x.yaml"), line: 1, column: 1) }
}
