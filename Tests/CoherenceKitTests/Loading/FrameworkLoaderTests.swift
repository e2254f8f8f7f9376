import CoherenceKit
import Foundation
import Testing
import YAML

@Suite struct FrameworkLoaderTests {
    @Test func loadsEveryPartOfTheSample() throws {
        let framework = try Sample.loadFramework()
        #expect(framework.id == "demo")
        #expect(framework.version == "1.0")
        #expect(framework.defaultScale == "maturity")
        #expect(framework.defaultTarget == 3)
        #expect(framework.scales.map(\.id) == ["maturity", "yes-no", "percent"])
        #expect(framework.scale("percent")?.kind == .range(min: 0, max: 100))
        #expect(framework.dimensions.map(\.weight) == [1, 2])
        #expect(framework.bands.map(\.label) == ["Low", "High"])
        #expect(framework.profile.map(\.type) == [.bool, .list])
        #expect(framework.allItems.map(\.id) == ["COOP-01", "COOP-02", "GOV-01"])
        #expect(
            framework.allSections.map { "\($0.section.id)<\($0.parent ?? "-")" } == ["coop<-", "gov<-", "gov-law<gov"])

        let coop = framework.allItems[0]
        #expect(coop.rubric == [0: "None", 3: "Regular participation"])
        #expect(
            coop.dimensions == [
                Membership(dimension: "interstate", weight: 1), Membership(dimension: "national", weight: 0.5),
            ])
        #expect(framework.allItems[1].dimensions == [Membership(dimension: "interstate", weight: 1)])
        // The expression starts one column past the opening quote: `applies_if: "` ends at column 21.
        #expect(
            framework.allItems[1].appliesIf
                == SourceExpression("profile.origin", at: Location(file: "demo.yaml", line: 43, column: 22)))
        #expect(framework.allItems[2].evidence == .required)
        #expect(framework.sections[1].aggregate == .min)
        #expect(framework.rules[0].severity == .high)
    }

    @Test func targetsComeFromTheItemThenTheDefaultThenTheScaleMaximum() throws {
        let framework = try Sample.loadFramework()
        let items = framework.allItems
        #expect(framework.target(of: items[0]) == 3)  // framework default_target on the default scale
        #expect(framework.target(of: items[1]) == 1)  // yes-no has no default: its maximum
        #expect(framework.target(of: items[2]) == 80)  // the item's own target
    }

    @Test(arguments: [
        // (what to replace, replacement, expected first diagnostic)
        (
            "  title: Demo checklist\n", "  title: Demo checklist\n  titel: x\n",
            "5:3: unknown key 'titel' in the framework header: did you mean 'title'?"
        ),
        (
            "      - id: COOP-02\n", "      - id: COOP-01\n",
            "39:13: duplicate id 'COOP-01': item ids must be unique across sections, items, rules and dimensions"
        ),
        ("weight: 2}", "weight: 0}", "21:59: the weight of dimension 'interstate' must be greater than 0, found 0"),
        (
            "scale: yes-no\n", "scale: yes-no\n        effort: 0\n",
            "42:17: the effort of item 'COOP-02' must be greater than 0, found 0"
        ),
        (
            "scale: yes-no\n", "scale: yes-no\n        effort: 2e12\n",
            "42:17: the effort of item 'COOP-02' must be a finite number from -1000000000000 to 1000000000000 (10^12), found 2e12"
        ),
        (
            "{value: 3, label: Implemented}", "{value: 2, label: Implemented}",
            "13:17: level values of scale 'maturity' must be distinct and ascending: 2 follows 2"
        ),
        (
            "{value: 4, label: Monitored}", "{value: 4, label: adopted}",
            "14:27: duplicate label 'adopted' in scale 'maturity': labels must be unique, ignoring case"
        ),
        (
            "{value: 4, label: Monitored}", "{value: 4, label: Unknown}",
            "14:27: 'Unknown' cannot be a level label: answers use it to mean not known"
        ),
        (
            "  - {min: 50, label: High}", "  - {min: 0, label: High}",
            "24:11: bands must be in ascending order of min: 0 follows 0"
        ),
        (
            "  - {min: 0, label: Low}", "  - {min: 10, label: Low}",
            "23:11: the first band must start at min 0, found 10"
        ),
        (
            "            target: 80", "            target: 180",
            "55:21: 180 is not a value of scale 'percent' for the target of item 'GOV-01': use a number from 0 to 100"
        ),
        (
            "default_target: 3", "default_target: 7",
            "6:19: default_target 7 is not a value of scale 'maturity' (0 Absent, 1 Initiated, 2 Adopted, 3 Implemented, 4 Monitored)"
        ),
        (
            "scale: yes-no", "scale: yes-now",
            "41:16: unknown scale 'yes-now' in item 'COOP-02' (did you mean 'yes-no'?): defined scales are 'maturity', 'yes-no', 'percent'"
        ),
        (
            "dimensions: [interstate]", "dimensions: [interstat]",
            "42:22: unknown dimension 'interstat' in item 'COOP-02' (did you mean 'interstate'?)"
        ),
        (
            "capacity: [emm-labour]\n      - id: COOP-02", "capacity: [emm-labor]\n      - id: COOP-02",
            "38:20: unknown capacity module 'emm-labor' in item 'COOP-01' (did you mean 'emm-labour'?)"
        ),
        (
            "levels: {0: None, 3: Regular participation}", "levels: {0: None, 5: Regular participation}",
            "36:27: 5 is not a value of scale 'maturity' for the levels of item 'COOP-01': use 0 Absent, 1 Initiated, 2 Adopted, 3 Implemented, 4 Monitored"
        ),
        (
            "    severity: high", "    severity: hihg",
            "61:15: unknown severity 'hihg' in rule 'R-01' (did you mean 'high'?): use info, low, medium, high or critical"
        ),
        (
            "    aggregate: min", "    aggregate: median",
            "46:16: unknown aggregate 'median' for section 'gov': use mean, min or flat"
        ),
        (
            "rcps: {type: list}", "rcps: {type: lst}",
            "27:16: unknown type 'lst' for profile field 'rcps' (did you mean 'list'?): use bool, string, number or list"
        ),
        (
            "  id: demo", "  id: Demo!",
            "2:7: the framework id 'Demo!' is not a valid id: use lower-case letters, digits and '-', starting with a letter or digit"
        ),
        (
            "      - id: COOP-01\n", "      - id: 1COOP\n",
            "34:13: an item id '1COOP' is not a valid id: use letters, digits, '_', '.' and '-', starting with a letter"
        ),
        (
            "    items:\n      - id: COOP-01", "    itms:\n      - id: COOP-01",
            "33:5: unknown key 'itms' in section 'coop': did you mean 'items'?"
        ),
    ])
    func reportsEachMistakeWhereItIs(original: String, replacement: String, expected: String) {
        let errors = Sample.frameworkErrors(Sample.replacing(original, with: replacement, in: Sample.framework))
        #expect(errors.first == expected, "all: \(errors)")
    }

    @Test func suggestsQuotesWhenACommaSplitsAText() {
        let text = Sample.replacing(
            "rcps: {type: list}", with: "rcps: {type: list, title: Processes (Colombo, Bali)}", in: Sample.framework)
        #expect(
            Sample.frameworkErrors(text) == [
                "27:49: unknown key 'Bali)' in profile field 'rcps': expected one of: type, title; if 'Bali)' belongs to the text before it, put that text in quotes"
            ])
    }

    @Test(arguments: [
        (
            "level('COOP-02') == 1", "level('COOP-2') == 1",
            "60:12: when: unknown item 'COOP-2' (did you mean 'COOP-02'?)"
        ),
        (
            "level('COOP-02') == 1", "levle('COOP-02') == 1",
            "60:12: when: unknown function 'levle' (did you mean 'level'?)"
        ),
        ("level('COOP-02') == 1 &&", "level('COOP-02') == 1 && (", "60:"),
        (
            "applies_if: \"profile.origin\"", "applies_if: \"profile.orign\"",
            "43:30: applies_if: unknown profile field 'orign' (did you mean 'origin'?)"
        ),
        (
            "applies_if: \"profile.origin\"", "applies_if: \"section('coop') > 50.0\"",
            "43:22: applies_if: section() cannot be used in applies_if, which decides what is scored"
        ),
    ])
    func reportsExpressionErrorsInsideTheFile(original: String, replacement: String, expectedStart: String) {
        let errors = Sample.frameworkErrors(Sample.replacing(original, with: replacement, in: Sample.framework))
        #expect(errors.first?.hasPrefix(expectedStart) == true, "all: \(errors)")
    }

    @Test func aRuleConcernsTheItemsItsConditionNamesUnlessItSaysOtherwise() throws {
        #expect(try Sample.loadFramework().rules[0].items == ["COOP-02", "COOP-01"])
    }

    @Test func reportsEveryErrorOfAFileInOneRun() {
        var text = Sample.replacing(
            "  title: Demo checklist\n", with: "  title: Demo checklist\n  titel: x\n", in: Sample.framework)
        text = Sample.replacing("scale: yes-no", with: "scale: nope", in: text)
        text = Sample.replacing("severity: high", with: "severity: extreme", in: text)
        #expect(Sample.frameworkErrors(text).count == 3)
    }

    @Test func notesTheFirstDefinitionOfADuplicate() throws {
        let text = Sample.replacing("      - id: COOP-02\n", with: "      - id: COOP-01\n", in: Sample.framework)
        do {
            _ = try FrameworkLoader.parse(text, file: "demo.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.all.first?.notes.map(\.description) == ["demo.yaml:34:13: note: 'COOP-01' first defined here"])
        }
    }

    @Test func aSectionNeedsItemsOrSections() {
        let text = Sample.replacing(
            "  - id: gov\n    title: Governance\n",
            with: "  - id: empty\n    title: Empty\n  - id: gov\n    title: Governance\n",
            in: Sample.framework)
        #expect(
            Sample.frameworkErrors(text) == [
                "44:5: section 'empty' has neither items nor sections: add 'items', 'sections', or both"
            ])
    }

    @Test func aRuleNamingAnUnknownItemInItsItemsListIsAnError() {
        let text = Sample.replacing(
            "    dimensions: [interstate]\n    finding:",
            with: "    dimensions: [interstate]\n    items: [COOP-1]\n    finding:",
            in: Sample.framework)
        #expect(
            Sample.frameworkErrors(text) == ["63:13: unknown item 'COOP-1' in rule 'R-01' (did you mean 'COOP-01'?)"])
    }
}

/// One framework and one assessment that set every key of DESIGN.md §3–4.
@Suite struct EveryFieldTests {
    static func framework() throws -> Framework {
        let (text, path) = try YAMLFixture.read("loading", "every-field")
        return try FrameworkLoader.parse(text, file: path)
    }

    @Test func everyFrameworkFieldLoads() throws {
        let framework = try Self.framework()
        #expect(framework.description == "A framework that sets each key once.")
        #expect(framework.source == "Written for the loader tests")
        #expect(framework.aggregate == .min)
        #expect(framework.scale("share")?.kind == .range(min: 0, max: 1))
        #expect(framework.scale("maturity")?.levels.last?.meaning == "Results are measured")
        #expect(framework.dimensions.map(\.weight) == [1, 2, 0.5, 1])
        #expect(framework.dimensions[0].description == "Within government")
        #expect(framework.profile.map(\.type) == [.bool, .string, .number, .list])
        #expect(framework.capacity[0].reference == "EMM Vol. 2")
        #expect(framework.capacity[0].description == "Bilateral agreements, recruitment and protection abroad")

        let cooperation = framework.sections[0]
        #expect(cooperation.description == "Dialogue among states")
        #expect(cooperation.weight == 2)
        #expect(cooperation.aggregate == .flat)
        #expect(cooperation.reference == "IAMM III.1")
        #expect(cooperation.sections.map(\.id) == ["labour"])

        let coop = cooperation.items[0]
        #expect(coop.guidance == "Meeting records; the foreign ministry knows.")
        // A rubric may name a level by its value or by its label.
        #expect(coop.rubric == [0: "No participation", 3: "Regular participation with a focal point"])
        #expect(coop.weight == 2)
        #expect(coop.effort == 2.5)
        #expect(framework.allItems[1].effort == 1)  // default
        #expect(coop.target == 4)  // written as the label Monitored
        #expect(coop.evidence == .required)
        #expect(coop.references == ["IAMM CU-10", "EMM 2.4"])
        #expect(coop.appliesIf?.text == "size(profile.rcps) > 0 || profile.region == 'south'")

        let items = framework.allItems
        #expect(items.map(\.id) == ["COOP-01", "LAB-01", "LAB-02", "DAT-01"])
        #expect(items[1].references == ["IAMM EP labour"])  // a single text is a list of one
        #expect(items[1].dimensions == [Membership(dimension: "interstate"), Membership(dimension: "national")])
        #expect(items[2].target == 0.9)
        #expect(items[2].capacity == ["emm-labour", "emm-data"])
        #expect(framework.target(of: items[3]) == 3)

        #expect(framework.rules[0].items == ["LAB-02"])  // as written, not the ids the condition names
        #expect(framework.rules[0].severity == .critical)
        #expect(framework.rules[1].items == ["COOP-01"])
        #expect(framework.rules[1].recommendation == nil)
    }

    @Test func everyAssessmentFieldLoads() throws {
        let (text, path) = try YAMLFixture.read("loading", "every-field-assessment")
        let assessment = try AssessmentFile(text: text, file: path).assessment(against: Self.framework())
        #expect(assessment.period == "2026-H1")
        #expect(assessment.status == .final)
        #expect(
            assessment.profile == [
                "origin": .bool(true), "region": .string("south"), "remittances_gdp": .number(9.5),
                "rcps": .list(["colombo-process", "abu-dhabi-dialogue"]),
            ])
        let coop = try #require(assessment.answer(to: "COOP-01"))
        #expect(coop.response == .level(3))
        #expect(coop.evidence == ["Focal point appointment letter, 2026", "Meeting records"])
        #expect(coop.by == "mfa")
        #expect(assessment.answer(to: "LAB-01")?.response == .level(1))
        #expect(assessment.answer(to: "LAB-02")?.response == .unknown)
        #expect(
            assessment.answer(to: "DAT-01")?.response
                == .notApplicable(reason: "Covered by the statistics office review"))
        let divergence = try #require(assessment.divergence.first)
        #expect(divergence.item == "COOP-01")
        #expect(divergence.spread == 0.5)
        #expect(divergence.answers.map { "\($0.respondent)=\($0.answer)" } == ["mol=Adopted", "mfa=Monitored"])
    }
}
