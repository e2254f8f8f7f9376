import CoherenceKit
import Testing

/// A report item reads the answer (its text, evidence, note and author) from the assessment's
/// answer, and what scoring decided (status, gap, priority) from the scorecard.
@Suite struct ReportItemTests {
    /// Three items on the 0–4 maturity scale; `C` applies only to countries of origin.
    static let framework = Fixture.framework(
        [
            Fixture.section(
                "s",
                items: [
                    Fixture.item("A", scale: "maturity", target: 4), Fixture.item("B", scale: "maturity", target: 4),
                    Fixture.item("C", scale: "maturity", target: 4, appliesIf: "profile.origin"),
                    Fixture.item("D", scale: "maturity", target: 4),
                ])
        ], profile: [("origin", .bool)])

    static let here = Fixture.here

    /// A answered with evidence, a note and an author; B unknown; C answered but excluded by its
    /// `applies_if`, with evidence; D unanswered.
    static let assessment = Assessment(
        framework: "test", frameworkVersion: "1", country: Country(code: "VLR", name: "Valoria"), period: "2026",
        respondents: [Respondent(id: "mol", name: "Ministry of Labour")], profile: ["origin": .bool(false)],
        answers: [
            Answer(
                item: "A", response: .level(2), evidence: ["Decree 12/2026", "Minutes"], note: "Two courses held",
                by: "mol", location: here),
            Answer(item: "B", response: .unknown, by: "mfa", location: here),
            Answer(item: "C", response: .level(3), evidence: ["Agreement text"], location: here),
        ],
        location: here)

    static func items() -> [String: ReportItem] {
        let report = GapReport(assessment, against: CompiledFramework(framework))
        return Dictionary(uniqueKeysWithValues: report.items.map { ($0.id, $0) })
    }

    @Test func answeredItemShowsTheFilesAnswer() throws {
        let a = try #require(Self.items()["A"])
        #expect(a.answer == "L2 (2)")
        #expect(a.targetLabel == "L4 (4)")
        #expect(a.evidence == ["Decree 12/2026", "Minutes"])
        #expect(a.note == "Two courses held")
        #expect(a.by == "Ministry of Labour")
        #expect(a.noteText == "Two courses held (answered by Ministry of Labour)")
        // What scoring made of it: (4 − 2)/4 = 50 points short of the target.
        #expect(a.score.status == .answered)
        #expect(a.score.gap == 50)
    }

    @Test func unknownAndUnansweredItemsSayWhichTheyAre() throws {
        let items = Self.items()
        let b = try #require(items["B"])
        #expect(b.answer == "unknown")
        #expect(b.by == "mfa", "a respondent the file does not list is named by its id")
        let d = try #require(items["D"])
        #expect(d.answer == "unanswered")
        #expect(d.given == nil)
        #expect(d.evidence.isEmpty && d.note == nil && d.by == nil)
    }

    /// An `applies_if` that is false makes the item not applicable whatever the answer; the
    /// answer's own evidence is still the file's.
    @Test func excludedItemIsNotApplicableButKeepsItsEvidence() throws {
        let c = try #require(Self.items()["C"])
        #expect(c.answer == "not applicable")
        #expect(c.score.status == .notApplicable)
        #expect(c.noteText.hasPrefix("Not applicable: does not apply to this country's profile"))
        #expect(c.given?.response == .level(3))
        #expect(c.evidence == ["Agreement text"])
    }

    /// The scorecard's evidence flag and the report's evidence list come from the same answer.
    @Test func evidenceAgreesWithTheScorecard() {
        for item in Self.items().values {
            #expect(item.score.hasEvidence == !item.evidence.isEmpty, "\(item.id)")
        }
    }
}
