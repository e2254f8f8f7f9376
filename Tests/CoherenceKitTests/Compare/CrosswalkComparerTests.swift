import CoherenceKit
import Foundation
import Testing
import YAML

/// `compare --by CROSSWALK` (DESIGN.md §13): each target's score is the weighted mean of the scores
/// of the linked items; unscored and uncovered targets are shown as such. Expected numbers are
/// worked out by hand in the comments.
@Suite struct CrosswalkComparerTests {
    static let other = """
        framework:
          id: other
          version: "1"
          title: Another checklist
          default_scale: maturity
        scales:
          maturity:
            levels: [{value: 0, label: Absent}, {value: 1, label: Initiated}, {value: 2, label: Adopted},
                     {value: 3, label: Implemented}, {value: 4, label: Monitored}]
          yes-no:
            levels: [{value: 0, label: "No"}, {value: 1, label: "Yes"}]
        sections:
          - id: all
            title: All
            items:
              - {id: X, question: X?, weight: 2}
              - {id: Y, question: Y?}
              - {id: Z, question: Z?, scale: yes-no}
              - {id: W, question: W?}

        """

    static let crosswalk = """
        crosswalk:
          id: goals
          title: Goals
        targets:
          - {id: "1", title: First goal}
          - {id: "2", title: Second goal}
          - {id: "3", title: Third goal}
        links:
          test: {A: ["1"], B: ["1", "2"], D: ["2"]}
          other: {X: ["1"], Y: ["1"], Z: ["2"], W: ["3"]}

        """

    static func comparison() throws -> CrosswalkComparison {
        let workspace = try Workspace()
        try workspace.write("Frameworks/other.yaml", other)
        // Valoria on 'test': A = 4 (100), B = 1 (25), D = 40 on 0–100 (40); C and E unanswered.
        let valoria = try workspace.assessment("v.yaml", respondent: nil, answers: ["A: 4", "B: 1", "D: 40"])
        let path = try workspace.write(
            "k.yaml",
            """
            assessment:
              framework: other
              framework_version: "1"
              country: {code: KSM, name: Kesmark}
              period: "2026"
            answers:
              X: 3
              Y: 1
              Z: "Yes"
              W: n/a

            """)
        let kesmark = try LocatedAssessment.load(path, library: &workspace.library)
        let crosswalk = try CrosswalkLoader.load(
            YAMLParser().parse(crosswalk, file: "goals.yaml"), library: &workspace.library)
        return try CrosswalkComparer.compare([valoria, kesmark], by: crosswalk)
    }

    @Test func eachTargetIsTheWeightedMeanOfItsLinkedItems() throws {
        let comparison = try Self.comparison()
        #expect(comparison.entries.map(\.country.code) == ["KSM", "VLR"])
        let kesmark = comparison.entries[0].cells
        let valoria = comparison.entries[1].cells
        // Valoria, target 1: A 100 and B 25, weights 1 and 1: (100 + 25) / 2 = 62.5, two items.
        #expect(valoria[0] == .init(score: 62.5, items: 2, scored: 2))
        // Target 2: B 25 and D 40: (25 + 40) / 2 = 32.5.
        #expect(valoria[1] == .init(score: 32.5, items: 2, scored: 2))
        // Target 3: no item of 'test' carries it.
        #expect(valoria[2] == .init(score: nil, items: 0, scored: 0))
        // Kesmark, target 1: X 75 (weight 2) and Y 25 (weight 1): (2·75 + 25) / 3 = 175 / 3.
        #expect(kesmark[0] == .init(score: 175.0 / 3.0, items: 2, scored: 2))
        // Target 2: Z Yes = 100.
        #expect(kesmark[1] == .init(score: 100, items: 1, scored: 1))
        // Target 3: W is carried but not applicable: not scored.
        #expect(kesmark[2] == .init(score: nil, items: 1, scored: 0))
    }

    @Test func everyFormatShowsTheSameNumbers() throws {
        let comparison = try Self.comparison()
        let text = ComparisonOutput.text.render(comparison)
        #expect(
            text.contains("62.5 (2 items)") && text.contains("58.3 (2 items)") && text.contains("not covered")
                && text.contains("not scored (1 item)"))
        let markdown = ComparisonOutput.md.render(comparison)
        #expect(markdown.contains("| 1. First goal | 58.3 (2 items) | 62.5 (2 items) |"))
        #expect(markdown.contains("| 3. Third goal | not scored (1 item) | not covered |"))
        let csv = ComparisonOutput.csv.render(comparison)
        #expect(csv.contains("VLR,Valoria,2026,test,1,2,Second goal,32.5,2,2\r\n"))
        #expect(csv.contains("KSM,Kesmark,2026,other,1,3,Third goal,,1,0\r\n"))
        let json = ComparisonOutput.json.render(comparison)
        #expect(json.contains("\"schema\": \"coherence.crosswalk-comparison/1\""))
        let html = ComparisonOutput.html.render(comparison)
        #expect(html.contains("62.5 <span class=\"items\">(2)</span>") && html.contains("not covered"))
    }

    @Test func refusesAFrameworkTheCrosswalkDoesNotLink() throws {
        let workspace = try Workspace()
        try workspace.write("Frameworks/other.yaml", Self.other)
        let valoria = try workspace.assessment("v.yaml", respondent: nil, answers: ["A: 4"])
        let onlyOther = Self.crosswalk.replacingOccurrences(
            of: "  test: {A: [\"1\"], B: [\"1\", \"2\"], D: [\"2\"]}\n", with: "")
        let crosswalk = try CrosswalkLoader.load(
            YAMLParser().parse(onlyOther, file: "goals.yaml"), library: &workspace.library)
        do {
            _ = try CrosswalkComparer.compare([valoria], by: crosswalk)
            Issue.record("compared an assessment of a framework the crosswalk does not link")
        } catch {
            #expect(
                error.all.map(\.message) == ["crosswalk 'goals' links no item of framework 'test': it links 'other'"])
            #expect(error.all.first?.location.line == 2)
        }
    }

    @Test func refusesOneCountryPeriodAndFrameworkTwice() throws {
        let workspace = try Workspace()
        let first = try workspace.assessment("v1.yaml", respondent: nil, answers: ["A: 4"])
        let second = try workspace.assessment("v2.yaml", respondent: nil, answers: ["A: 1"])
        let crosswalk = try CrosswalkLoader.load(
            YAMLParser().parse(
                Self.crosswalk.replacingOccurrences(
                    of: "  other: {X: [\"1\"], Y: [\"1\"], Z: [\"2\"], W: [\"3\"]}\n", with: ""),
                file: "goals.yaml"),
            library: &workspace.library)
        do {
            _ = try CrosswalkComparer.compare([first, second], by: crosswalk)
            Issue.record("compared the same country, period and framework twice")
        } catch {
            #expect(error.all.first?.message.hasPrefix("VLR 2026 is assessed twice against 'test'") == true)
            #expect(error.all.first?.notes.first?.message == "first given here")
        }
    }
}
