import Testing

@testable import CoherenceKit

/// Consolidation of answered values, n/a and unknown, spreads, evidence, notes and respondents.
@Suite struct ConsolidatorTests {
    /// Three responses (mol, moi, mfa) with one answer line each per item, "" for no answer.
    static func consolidate(
        _ rows: [(String, [String])], method: ConsolidationMethod = .median, in workspace: Workspace
    ) throws -> Assessment {
        let respondents = ["mol", "moi", "mfa"]
        var responses: [LocatedAssessment] = []
        for (index, respondent) in respondents.enumerated() {
            let answers = rows.compactMap { item, given in given[index].isEmpty ? nil : "\(item): \(given[index])" }
            responses.append(try workspace.assessment("\(respondent).yaml", respondent: respondent, answers: answers))
        }
        return try Consolidator(method: method).consolidate(responses, output: workspace.path("national.yaml"))
    }

    @Test(arguments: [
        // Sorted 1, 2, 3, 4: lower median = element (4 − 1) / 2 = 1 → 2; min 1; max 4.
        ([4.0, 1, 3, 2], ConsolidationMethod.median, 2.0),
        ([4.0, 1, 3, 2], .min, 1),
        ([4.0, 1, 3, 2], .max, 4),
        // Sorted 1, 3: the lower of the two middle values is 1, not their mean 2.
        ([3.0, 1], .median, 1),
        // Sorted 1, 2, 3: the middle one.
        ([3.0, 1, 2], .median, 2),
        ([7.0], .median, 7),
    ])
    func statistic(values: [Double], method: ConsolidationMethod, expected: Double) {
        #expect(method.apply(to: values) == expected)
    }

    @Test func noValuesHaveNoStatistic() {
        #expect(ConsolidationMethod.median.apply(to: []) == nil)
    }

    @Test(arguments: [
        // A: 1, 3, 4 → median 3, min 1, max 4. B: 1 and 2 (mfa silent) → lower median 1, min 1, max 2.
        (ConsolidationMethod.median, 3.0, 1.0),
        (.min, 1, 1),
        (.max, 4, 2),
    ])
    func methodsOverResponses(method: ConsolidationMethod, a: Double, b: Double) throws {
        let workspace = try Workspace()
        let result = try Self.consolidate(
            [("A", ["1", "3", "Monitored"]), ("B", ["1", "Adopted", ""])],
            method: method, in: workspace)
        #expect(result.answer(to: "A")?.response == .level(a))
        #expect(result.answer(to: "B")?.response == .level(b))
    }

    @Test(arguments: [
        // Every response says n/a → n/a.
        (["n/a", "n/a", "n/a"], Answer.Response?.some(.notApplicable(reason: nil))),
        // Levels win over n/a and unknown: median of 2 and 4 is the lower, 2.
        (["n/a", "2", "4"], .some(.level(2))),
        (["unknown", "3", ""], .some(.level(3))),
        // No level, someone unknown → unknown.
        (["unknown", "n/a", ""], .some(.unknown)),
        (["unknown", "", ""], .some(.unknown)),
        // Not every response says n/a, nobody gives a level or unknown → stays unanswered.
        (["n/a", "", "n/a"], nil),
    ])
    func notApplicableAndUnknown(given: [String], expected: Answer.Response?) throws {
        let workspace = try Workspace()
        let result = try Self.consolidate([("A", given)], in: workspace)
        #expect(result.answer(to: "A")?.response == expected)
    }

    @Test func silenceIsNotDisagreement() throws {
        let workspace = try Workspace()
        // mol and moi agree on A, mfa says nothing: no divergence. B: only mfa answered.
        let result = try Self.consolidate([("A", ["2", "2", ""]), ("B", ["", "", "3"])], in: workspace)
        #expect(result.divergence.isEmpty)
    }

    @Test func anItemLeftUnansweredAlthoughSomeoneAnsweredItIsRecorded() throws {
        let workspace = try Workspace()
        // n/a from mol and mfa, nothing from moi: not every response says n/a, so A stays unanswered.
        let result = try Self.consolidate([("A", ["n/a", "", "n/a"])], in: workspace)
        #expect(result.answer(to: "A") == nil)
        #expect(result.divergence.first?.answers.map(\.answer) == ["n/a", "unanswered", "n/a"])
    }

    @Test func nobodyAnsweredStaysUnanswered() throws {
        let workspace = try Workspace()
        let result = try Self.consolidate([("A", ["1", "1", "1"])], in: workspace)
        #expect(result.answer(to: "C") == nil)
        #expect(!result.divergence.contains { $0.item == "C" })
        // Everyone agrees on A: no divergence.
        #expect(result.divergence.isEmpty)
    }

    @Test func divergenceRecordsEveryRespondentAsWritten() throws {
        let workspace = try Workspace()
        let result = try Self.consolidate(
            [("A", ["Implemented", "n/a", ""]), ("B", ["unknown", "1", "1"])], in: workspace)
        let a = try #require(result.divergence.first { $0.item == "A" })
        #expect(a.answers.map(\.respondent) == ["mol", "moi", "mfa"])
        #expect(a.answers.map(\.answer) == ["3", "n/a", "unanswered"])
        let b = try #require(result.divergence.first { $0.item == "B" })
        #expect(b.answers.map(\.answer) == ["unknown", "1", "1"])
    }

    @Test(arguments: [
        // Maturity 0–4: (3 − 1) / (4 − 0) = 0.5.
        ("A", ["1", "3", "2"], 0.5),
        // Maturity: (4 − 0) / 4 = 1.
        ("B", ["0", "4", "n/a"], 1.0),
        // Percent 0–100: (70 − 20) / 100 = 0.5.
        ("D", ["20", "70", "45"], 0.5),
        // One answered value (the others n/a, unanswered): spread 0.
        ("A", ["2", "n/a", ""], 0.0),
    ])
    func spread(item: String, given: [String], expected: Double) throws {
        let workspace = try Workspace()
        let result = try Self.consolidate([(item, given)], in: workspace)
        let entry = try #require(result.divergence.first { $0.item == item })
        #expect(abs(entry.spread - expected) < 1e-12)
    }

    @Test func evidenceIsTheUnionInOrderOfFirstAppearance() throws {
        let workspace = try Workspace()
        let result = try Self.consolidate(
            [
                (
                    "A",
                    [
                        "{level: 2, evidence: [Decree 1, Decree 2]}",
                        "{level: 2, evidence: [Decree 2, Report 3]}",
                        "{status: n/a, evidence: [Decree 1, Law 4]}",
                    ]
                )
            ], in: workspace)
        #expect(result.answer(to: "A")?.evidence == ["Decree 1", "Decree 2", "Report 3", "Law 4"])
    }

    @Test func notesAndReasonsKeepTheirAuthor() throws {
        let workspace = try Workspace()
        let result = try Self.consolidate(
            [
                ("A", ["{level: 2, note: We have a decree}", "2", "{level: 3, note: Not applied}"]),
                ("B", ["{status: n/a, reason: No land borders}", "n/a", "{status: n/a, reason: Island state}"]),
            ], in: workspace)
        #expect(result.answer(to: "A")?.note == "mol: We have a decree\nmfa: Not applied")
        #expect(result.answer(to: "B")?.response == .notApplicable(reason: "mol: No land borders\nmfa: Island state"))
    }

    @Test func byNamesTheOnlyRespondentWhoAnswered() throws {
        let workspace = try Workspace()
        let result = try Self.consolidate([("A", ["2", "", ""]), ("B", ["2", "2", ""])], in: workspace)
        #expect(result.answer(to: "A")?.by == "mol")
        #expect(result.answer(to: "B")?.by == nil)
    }

    @Test func headerTakesTheLatestDateAndEveryRespondent() throws {
        let workspace = try Workspace()
        let responses = [
            try workspace.assessment("a.yaml", respondent: "mol", date: "2026-03-01", answers: ["A: 1"]),
            try workspace.assessment("b.yaml", respondent: "moi", answers: ["A: 1"]),
            try workspace.assessment("c.yaml", respondent: "mfa", date: "2026-11-12", answers: ["A: 1"]),
        ]
        let result = try Consolidator().consolidate(responses, output: workspace.path("out.yaml"))
        #expect(result.date == "2026-11-12")
        #expect(result.respondent == nil)
        #expect(result.status == .draft)
        #expect(result.respondents.map(\.id) == ["mol", "moi", "mfa"])
        #expect(result.country == Country(code: "VLR", name: "Valoria"))
        #expect(result.period == "2026")
    }

    @Test func profilesMergeWhereTheyAgree() throws {
        let workspace = try Workspace()
        let responses = [
            try workspace.assessment("a.yaml", respondent: "mol", profile: "  origin: true", answers: []),
            try workspace.assessment(
                "b.yaml", respondent: "moi", profile: "  origin: true\n  rcps: [bali]", answers: []),
        ]
        let result = try Consolidator().consolidate(responses, output: workspace.path("out.yaml"))
        #expect(result.profile == ["origin": .bool(true), "rcps": .list(["bali"])])
    }
}
