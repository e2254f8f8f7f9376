import CoherenceKit
import Testing
import YAML

@Suite struct AssessmentLoaderTests {
    func load(_ text: String = Sample.assessment) throws -> Assessment {
        try AssessmentFile(text: text, file: "a.yaml").assessment(against: Sample.loadFramework())
    }

    @Test func loadsTheSample() throws {
        let assessment = try load()
        #expect(assessment.country == Country(code: "VLR", name: "Valoria"))
        #expect(assessment.period == "2026")
        #expect(assessment.date == "2026-10-14")
        #expect(assessment.status == .draft)
        #expect(assessment.respondents == [Respondent(id: "mol", name: "Ministry of Labour")])
        #expect(assessment.profile == ["origin": .bool(true), "rcps": .list(["colombo-process"])])
        #expect(assessment.answers.map(\.item) == ["COOP-01", "COOP-02", "GOV-01"])
        #expect(assessment.answers.map(\.response) == [.level(2), .notApplicable(reason: nil), .level(55.5)])
        let detailed = try #require(assessment.answer(to: "GOV-01"))
        #expect(detailed.evidence == ["Training report 2026"])
        #expect(detailed.note == "Two courses held")
        #expect(detailed.by == "mol")
    }

    @Test(arguments: [
        ("COOP-01: 3", Answer.Response.level(3)),
        ("COOP-01: monitored", .level(4)),
        ("COOP-01: Unknown", .unknown),
        ("COOP-01: N/A", .notApplicable(reason: nil)),
        ("COOP-01: {status: n/a, reason: No land borders}", .notApplicable(reason: "No land borders")),
        ("COOP-01: {status: unknown}", .unknown),
        ("COOP-01: {level: Initiated, evidence: Decree 1}", .level(1)),
    ])
    func readsEachFormOfAnswer(line: String, expected: Answer.Response) throws {
        let assessment = try load(Sample.replacing("COOP-01: Adopted", with: line, in: Sample.assessment))
        #expect(assessment.answer(to: "COOP-01")?.response == expected)
    }

    @Test func anEmptyAnswerIsUnanswered() throws {
        let assessment = try load(Sample.replacing("COOP-01: Adopted", with: "COOP-01:", in: Sample.assessment))
        #expect(assessment.answer(to: "COOP-01") == nil)
    }

    @Test(arguments: [
        (
            "COOP-01: Adopted", "COOP-1: Adopted",
            "12:3: unknown item 'COOP-1' (did you mean 'COOP-01'?): framework 'demo' 1.0 has no such item"
        ),
        (
            "COOP-01: Adopted", "COOP-01: 7",
            "12:12: 7 is outside the scale of the answer to 'COOP-01': use 0 Absent, 1 Initiated, 2 Adopted, 3 Implemented, 4 Monitored"
        ),
        (
            "COOP-01: Adopted", "COOP-01: Adoptd",
            "12:12: 'Adoptd' is not an answer to 'COOP-01' (did you mean 'Adopted'?): use 0 Absent, 1 Initiated, 2 Adopted, 3 Implemented, 4 Monitored, n/a or unknown"
        ),
        (
            "level: 55.5", "level: 120",
            "15:12: 120 is outside the scale of the answer to 'GOV-01': use a number from 0 to 100"
        ),
        (
            "code: VLR", "code: vl",
            "4:19: country code 'vl' must be three upper-case letters (ISO 3166-1 alpha-3 style, such as 'VLR')"
        ),
        (
            "framework_version: \"1.0\"", "framework_version: \"0.9\"",
            "3:22: the assessment is for version '0.9' of framework 'demo', but the framework found is version '1.0'"
        ),
        (
            "status: draft", "status: final!",
            "7:11: unknown status 'final!' (did you mean 'final'?): use draft or final"
        ),
        (
            "date: 2026-10-14", "date: 14/10/2026",
            "6:9: date '14/10/2026' must be written YYYY-MM-DD, such as 2026-10-14"
        ),
        (
            "by: mol", "by: moi",
            "18:9: unknown respondent 'moi' in the answer to 'GOV-01' (did you mean 'mol'?): listed respondents are 'mol'"
        ),
        ("origin: true", "origin: yes", "10:19: expected true or false for profile field 'origin', found a string"),
        (
            "rcps: [colombo-process]", "rcp: [colombo-process]",
            "10:25: unknown profile field 'rcp' (did you mean 'rcps'?): declared fields are 'origin', 'rcps'"
        ),
        (
            "rcps: [colombo-process]", "rcps: colombo-process",
            "10:31: expected a list for profile field 'rcps', found a string"
        ),
        (
            "rcps: [colombo-process]", "rcps: [colombo-process, [bali-process]]",
            "10:49: expected text for profile field 'rcps', found a list"
        ),
        (
            "    note: Two courses held", "    notes: Two courses held",
            "17:5: unknown key 'notes' in the answer to 'GOV-01': did you mean 'note'?"
        ),
        (
            "answers:\n  COOP-01: Adopted\n  COOP-02: n/a\n  GOV-01:\n    level: 55.5\n"
                + "    evidence: [\"Training report 2026\"]\n    note: Two courses held\n    by: mol\n",
            "answers: [COOP-01]\n",
            "11:10: expected a mapping of item ids to answers for 'answers', found a list"
        ),
        (
            "    by: mol", "    by: mol\ndivergence: [COOP-01]",
            "19:13: expected a mapping of item ids for 'divergence', found a list"
        ),
        (
            "    by: mol", "    by: mol\ndivergence:\n  COOP-01: {spread: 0.5, answers: [mol]}",
            "20:35: expected a mapping of respondents to answers, found a list"
        ),
    ])
    func reportsEachMistakeWhereItIs(original: String, replacement: String, expected: String) throws {
        let errors = try Sample.assessmentErrors(Sample.replacing(original, with: replacement, in: Sample.assessment))
        #expect(errors.first == expected, "all: \(errors)")
    }

    @Test func findsTheFrameworkOfAnAssessment() throws {
        let reference = try AssessmentFile(text: Sample.assessment, file: "a.yaml").frameworkReference()
        #expect(reference.id == "demo")
        #expect(reference.version == "1.0")
    }

    @Test func saysAFrameworkFileIsNotAnAssessment() throws {
        let file = try AssessmentFile(text: Sample.framework, file: "f.yaml")
        #expect(throws: Diagnostics.self) { try file.frameworkReference() }
    }
}
