import CoherenceKit
import Testing
import YAML

/// Every refusal of `consolidate`, with its message and the place it points at.
@Suite struct ConsolidationRefusalTests {
    /// The diagnostics thrown when consolidating `responses`.
    func refusal(_ responses: [LocatedAssessment], in workspace: Workspace) throws -> [Diagnostic] {
        do {
            _ = try Consolidator().consolidate(responses, output: workspace.path("out.yaml"))
        } catch {
            return error.all
        }
        Issue.record("expected a refusal")
        return []
    }

    @Test func differentCountries() throws {
        let workspace = try Workspace()
        let first = try workspace.assessment("a.yaml", respondent: "mol", answers: ["A: 1"])
        let second = try workspace.assessment(
            "b.yaml", respondent: "moi", country: "KSM", countryName: "Kesmark", answers: ["A: 1"])
        let diagnostics = try refusal([first, second], in: workspace)
        let diagnostic = try #require(diagnostics.first)
        #expect(
            diagnostic.message == "country 'KSM (Kesmark)' differs from 'VLR (Valoria)' in \(first.path): "
                + "consolidate merges responses of one country, framework version and period")
        // Line 4 is `  country: {...}`; the value starts at column 12.
        #expect(diagnostic.location == Location(file: second.path, line: 4, column: 12))
        #expect(diagnostic.notes.first?.location == Location(file: first.path, line: 4, column: 12))
    }

    @Test func differentPeriods() throws {
        let workspace = try Workspace()
        let first = try workspace.assessment("a.yaml", respondent: "mol", answers: [])
        let second = try workspace.assessment("b.yaml", respondent: "moi", period: "2025", answers: [])
        let diagnostic = try #require(try refusal([first, second], in: workspace).first)
        #expect(diagnostic.message.hasPrefix("period '2025' differs from '2026' in \(first.path)"))
        #expect(diagnostic.location == Location(file: second.path, line: 5, column: 11))
    }

    @Test func differentFrameworkVersions() throws {
        let workspace = try Workspace()
        let first = try workspace.assessment("a.yaml", respondent: "mol", answers: [])
        let second = try workspace.assessment("b.yaml", respondent: "moi", version: "2", answers: [])
        let diagnostic = try #require(try refusal([first, second], in: workspace).first)
        #expect(diagnostic.message.hasPrefix("framework version '2' differs from '1' in \(first.path)"))
        #expect(diagnostic.location == Location(file: second.path, line: 3, column: 22))
    }

    @Test func aResponseWithoutRespondent() throws {
        let workspace = try Workspace()
        let first = try workspace.assessment("a.yaml", respondent: "mol", answers: [])
        let national = try workspace.assessment("b.yaml", respondent: nil, answers: [])
        let diagnostic = try #require(try refusal([first, national], in: workspace).first)
        #expect(diagnostic.message.hasPrefix("this file names no 'respondent'"))
        #expect(diagnostic.location.file == national.path)
        #expect(diagnostic.location.line == 2)
    }

    @Test func twoResponsesOfOneRespondent() throws {
        let workspace = try Workspace()
        let first = try workspace.assessment("a.yaml", respondent: "mol", answers: [])
        let again = try workspace.assessment("b.yaml", respondent: "mol", answers: [])
        let diagnostic = try #require(try refusal([first, again], in: workspace).first)
        #expect(
            diagnostic.message
                == "respondent 'mol' already answered in \(first.path): give each ministry's response once")
        #expect(diagnostic.location == Location(file: again.path, line: 6, column: 15))
        #expect(diagnostic.notes.first?.location == Location(file: first.path, line: 6, column: 15))
    }

    @Test func fewerThanTwoResponses() throws {
        let workspace = try Workspace()
        let only = try workspace.assessment("a.yaml", respondent: "mol", answers: [])
        let diagnostic = try #require(try refusal([only], in: workspace).first)
        #expect(diagnostic.message.hasPrefix("consolidate needs at least two responses, found one"))
    }

    @Test func conflictingProfilesNameBothFiles() throws {
        let workspace = try Workspace()
        let first = try workspace.assessment("a.yaml", respondent: "mol", profile: "  origin: true", answers: [])
        let second = try workspace.assessment("b.yaml", respondent: "moi", profile: "  origin: false", answers: [])
        let diagnostic = try #require(try refusal([first, second], in: workspace).first)
        #expect(
            diagnostic.message == "profile field 'origin' is false here but true in \(first.path): "
                + "the responses must agree on the country profile")
        // Lines 1–6 are the header, 7–8 the respondents, 9 `profile:`, 10 `  origin: false`.
        #expect(diagnostic.location == Location(file: second.path, line: 10, column: 11))
        #expect(diagnostic.notes.first?.location.file == first.path)
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let workspace = try Workspace()
        let first = try workspace.assessment("a.yaml", respondent: "mol", answers: [])
        let second = try workspace.assessment("b.yaml", respondent: "mol", period: "2025", answers: [])
        // A period that differs and a repeated respondent.
        #expect(try refusal([first, second], in: workspace).count == 2)
    }

    @Test func theOutputMayNotBeAnInput() throws {
        let workspace = try Workspace()
        let input = try workspace.write("a.yaml", "x")
        #expect(throws: OutputError.self) {
            try OutputFile.checkNotAnInput(workspace.path("./a.yaml"), inputs: [input])
        }
    }
}
