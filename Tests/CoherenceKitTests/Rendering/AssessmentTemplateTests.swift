import CoherenceKit
import FoundationEssentials
import Testing
import YAML

@Suite struct AssessmentTemplateTests {
    func render(name: String = "Valoria", respondents: [Respondent] = []) throws -> String {
        let framework = try Sample.loadFramework()
        return AssessmentTemplate(
            framework: framework, country: Country(code: "VLR", name: name), period: "2026",
            respondents: respondents
        ).render()
    }

    @Test func loadsBackAsAnAssessmentWithNothingAnswered() throws {
        let text = try render(respondents: [Respondent(id: "mol", name: "Ministry of Labour")])
        let assessment = try AssessmentFile(text: text, file: "t.yaml").assessment(against: Sample.loadFramework())
        #expect(assessment.answers.isEmpty)
        #expect(assessment.profile.isEmpty)
        #expect(assessment.period == "2026")
        #expect(assessment.respondents == [Respondent(id: "mol", name: "Ministry of Labour")])
    }

    @Test func showsEachQuestionWithItsRubricAndAnEmptyAnswer() throws {
        let text = try render()
        #expect(
            text.contains(
                """
                  # COOP-01: Does the state take part in a regional consultative process?
                  # 0 Absent: None
                  # 1 Initiated
                  # 2 Adopted
                  # 3 Implemented: Regular participation
                  # 4 Monitored
                  COOP-01:
                """))
        #expect(
            text.contains(
                "  # a number from 0 to 100\n  # Evidence required: cite the document that shows it.\n  GOV-01:\n"))
        #expect(text.contains("  # Applies if: profile.origin\n  COOP-02:\n"))
    }

    @Test func saysWhereNotApplicableIsNoAnswer() throws {
        let framework = try Sample.loadFramework(
            Sample.replacing(
                "        capacity: [emm-labour]\n", with: "        capacity: [emm-labour]\n        allow_na: false\n",
                in: Sample.framework))
        let text = AssessmentTemplate(
            framework: framework, country: Country(code: "VLR", name: "Valoria"), period: "2026"
        ).render()
        #expect(
            text.contains(
                "  # Asked of every country: answer a level, or unknown; n/a is not an answer here.\n  COOP-01:\n"))
        #expect(text.components(separatedBy: "Asked of every country").count == 2)
    }

    @Test(arguments: ["Valoria: \"North\" #1", "yes", "2026", "- dash", "a\nb", "{x}", "  padded "])
    func keepsAwkwardNamesIntact(name: String) throws {
        let text = try render(name: name)
        let assessment = try AssessmentFile(text: text, file: "t.yaml").assessment(against: Sample.loadFramework())
        #expect(assessment.country.name == name)
    }
}
