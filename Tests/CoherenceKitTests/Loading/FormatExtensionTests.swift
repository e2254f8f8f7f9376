import CoherenceKit
import Testing
import YAML

/// The framework keys a method such as SDG 10.7.2 needs (`allow_na`, `incomplete`, a band's
/// `code` and `meaning`): each loads, and each mistake is reported where it is.
@Suite struct FormatExtensionTests {
    @Test func theNewKeysLoad() throws {
        var text = Sample.replacing(
            "  default_target: 3\n", with: "  default_target: 3\n  incomplete: unscored\n", in: Sample.framework)
        text = Sample.replacing(
            "    title: Cooperation\n", with: "    title: Cooperation\n    incomplete: unscored\n", in: text)
        text = Sample.replacing(
            "        capacity: [emm-labour]\n", with: "        capacity: [emm-labour]\n        allow_na: false\n",
            in: text)
        text = Sample.replacing(
            "  - {min: 50, label: High}", with: "  - {min: 50, label: High, code: 2, meaning: Half or more}", in: text)
        let framework = try Sample.loadFramework(text)
        #expect(framework.incomplete == .unscored)
        #expect(framework.sections.map(\.incomplete) == [.unscored, .zero])
        #expect(framework.allItems.map(\.allowsNotApplicable) == [false, true, true])
        #expect(framework.bandEntry(for: 75)?.code == 2)
        #expect(framework.bandEntry(for: 75)?.meaning == "Half or more")
        #expect(framework.bandEntry(for: 10)?.code == nil)
    }

    @Test(arguments: [
        (
            "  default_target: 3\n", "  default_target: 3\n  incomplete: unscorred\n",
            "7:15: unknown value 'unscorred' for the incomplete of the framework (did you mean 'unscored'?): use zero (unknown and unanswered items score 0) or unscored (no score while any is unknown or unanswered)"
        ),
        (
            "    aggregate: min\n", "    aggregate: min\n    incomplete: never\n",
            "47:17: unknown value 'never' for the incomplete of section 'gov': use zero (unknown and unanswered items score 0) or unscored (no score while any is unknown or unanswered)"
        ),
        (
            "        applies_if: \"profile.origin\"\n",
            "        applies_if: \"profile.origin\"\n        allow_na: false\n",
            "43:21: item 'COOP-02' has allow_na: false, so it applies to every country, and an applies_if that could exclude it: remove one of them"
        ),
        (
            "        capacity: [emm-labour]\n", "        capacity: [emm-labour]\n        allow_na: no\n",
            "39:19: expected true or false for the allow_na of item 'COOP-01', found a string"
        ),
        (
            "  - {min: 50, label: High}", "  - {min: 50, label: High, code: 1}\n  - {min: 80, label: Top, code: 1}",
            "25:33: band 'Top' has code 1, already the code of band 'High': give each band its own code"
        ),
        (
            "  - {min: 50, label: High}", "  - {min: 50, label: High, code: two}",
            "24:34: expected a number for the code of band 'High', found a string"
        ),
    ])
    func reportsEachMistakeWhereItIs(original: String, replacement: String, expected: String) {
        let errors = Sample.frameworkErrors(Sample.replacing(original, with: replacement, in: Sample.framework))
        #expect(errors.first == expected, "all: \(errors)")
    }

    @Test func anItemThatMustApplyCannotBeAnsweredNotApplicable() throws {
        let framework = try Sample.loadFramework(
            Sample.replacing(
                "        capacity: [emm-labour]\n", with: "        capacity: [emm-labour]\n        allow_na: false\n",
                in: Sample.framework))
        for answer in ["n/a", "{status: n/a, reason: Not our field}"] {
            let text = Sample.replacing("  COOP-01: Adopted", with: "  COOP-01: \(answer)", in: Sample.assessment)
            #expect(throws: Diagnostics.self) {
                try AssessmentFile(text: text, file: "a.yaml").assessment(against: framework)
            }
            do {
                _ = try AssessmentFile(text: text, file: "a.yaml").assessment(against: framework)
            } catch {
                let first = try #require(error.all.first)
                #expect(
                    "\(first.location.line):\(first.location.column): \(first.message)"
                        == "12:12: 'COOP-01' must not be answered n/a: framework 'demo' asks it of every country; answer a level, or unknown"
                )
            }
        }
        let unknown = Sample.replacing("  COOP-01: Adopted", with: "  COOP-01: unknown", in: Sample.assessment)
        _ = try AssessmentFile(text: unknown, file: "a.yaml").assessment(against: framework)
    }
}
