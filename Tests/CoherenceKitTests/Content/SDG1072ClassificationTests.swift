import CoherenceKit
import Foundation
import Testing
import YAML

/// The shipped SDG 10.7.2 framework classifies each policy domain, and the overall reading, as the
/// indicator's method does: the domain value is the mean of its five sub-category values times 100,
/// classified 1 Requires further progress (< 40), 2 Partially meets (40 to < 80), 3 Meets (80 to
/// < 100), 4 Fully meets (100); a domain with an unknown or unanswered question is not classified.
/// Every expected value below is worked out by hand from the answers, not by the engine.
@Suite struct SDG1072ClassificationTests {
    static let framework = Result { try ShippedContentTests.framework("sdg-10-7-2") }

    /// Scores an assessment whose answers are `answers` (item id → answer as written in a file).
    static func scorecard(_ answers: [(String, String)]) throws -> Scorecard {
        let framework = try framework.get()
        var text = """
            assessment:
              framework: sdg-10-7-2
              framework_version: "2026.1"
              country: {code: VLR, name: Valoria}
              period: "2026"
            answers:

            """
        for (item, answer) in answers { text += "  \(item): \(answer)\n" }
        let assessment = try AssessmentFile(text: text, file: "a.yaml").assessment(against: framework)
        return Scorer.score(assessment, against: framework)
    }

    /// The five answers `values` to domain `domain`'s sub-categories, in order.
    static func domain(_ domain: Int, _ values: [String]) -> [(String, String)] {
        values.enumerated().map { ("D\(domain).\($0.offset + 1)", $0.element) }
    }

    static func classification(of section: String, in card: Scorecard) throws -> (Double?, String?, Double?) {
        let framework = try framework.get()
        let score = try #require(card.sections.first { $0.id == section }).score
        return (score, framework.band(for: score), framework.bandEntry(for: score)?.code)
    }

    @Test(arguments: [
        // Yes/No domains: k Yes of 5 gives 20·k.
        (["No", "No", "No", "No", "No"], 0.0, "Requires further progress", 1.0),
        (["Yes", "No", "No", "No", "No"], 20, "Requires further progress", 1),
        (["Yes", "Yes", "No", "No", "No"], 40, "Partially meets", 2),  // the first threshold, exactly
        (["No", "Yes", "Yes", "Yes", "No"], 60, "Partially meets", 2),
        (["Yes", "Yes", "No", "Yes", "Yes"], 80, "Meets", 3),  // the second threshold, exactly
        (["Yes", "Yes", "Yes", "Yes", "Yes"], 100, "Fully meets", 4),  // the third, exactly
    ])
    func aYesNoDomain(answers: [String], value: Double, category: String, code: Double) throws {
        for number in 2...6 {
            let card = try Self.scorecard(Self.domain(number, answers))
            let (score, band, bandCode) = try Self.classification(of: "pd-\(number)", in: card)
            #expect(
                score == value && band == category && bandCode == code, "domain \(number): \(String(describing: score))"
            )
        }
    }

    @Test(arguments: [
        // Migrant rights: 1 regardless of status, 0.5 regular migrants only, 0 no.
        (
            [
                "Regardless of status", "Regardless of status", "Regardless of status", "Regardless of status",
                "Regardless of status",
            ],
            100.0, "Fully meets", 4.0
        ),
        (
            [
                "Regardless of status", "Regardless of status", "Regardless of status", "Regardless of status",
                "Regular migrants only",
            ],
            90, "Meets", 3
        ),  // 4.5 / 5: every right, one only for regular migrants, is not "fully"
        (
            [
                "Regardless of status", "Regardless of status", "Regardless of status", "Regular migrants only",
                "Regular migrants only",
            ],
            80, "Meets", 3
        ),  // 4 / 5, on the threshold
        (
            [
                "Regardless of status", "Regardless of status", "Regular migrants only", "Regular migrants only",
                "Regular migrants only",
            ],
            70, "Partially meets", 2
        ),
        (
            ["Regular migrants only", "Regular migrants only", "Regular migrants only", "Regular migrants only", "No"],
            40, "Partially meets", 2
        ),  // 2 / 5, on the threshold
        (
            ["Regular migrants only", "Regular migrants only", "Regular migrants only", "No", "No"],
            30, "Requires further progress", 1
        ),
        (["1", "0.5", "0", "No", "Regardless of status"], 50, "Partially meets", 2),  // values or labels alike
    ])
    func theMigrantRightsDomain(answers: [String], value: Double, category: String, code: Double) throws {
        let card = try Self.scorecard(Self.domain(1, answers))
        let (score, band, bandCode) = try Self.classification(of: "pd-1", in: card)
        #expect(score == value && band == category && bandCode == code, "\(String(describing: score))")
    }

    @Test func anUnknownOrMissingAnswerLeavesItsDomainAndTheOverallReadingUnclassified() throws {
        let complete = ["Yes", "Yes", "Yes", "Yes", "Yes"]
        // Domain 2 has four Yes and one unknown: counting the unknown as No would say Meets (80).
        var answers = Self.domain(2, ["Yes", "Yes", "Yes", "Yes", "unknown"])
        // Domain 3 is partly answered: three Yes, two questions left out.
        answers += [("D3.1", "Yes"), ("D3.2", "Yes"), ("D3.3", "Yes")]
        for number in [1, 4, 5, 6] {
            answers += Self.domain(number, number == 1 ? Array(repeating: "Regardless of status", count: 5) : complete)
        }
        let card = try Self.scorecard(answers)
        #expect(try Self.classification(of: "pd-2", in: card).0 == nil)
        #expect(try Self.classification(of: "pd-3", in: card).0 == nil)
        #expect(try Self.classification(of: "pd-4", in: card) == (100, "Fully meets", 4))
        #expect(card.overall.score == nil && card.overall.band == nil)
        #expect(card.coverage.unknown == 1 && card.coverage.unanswered == 2)
        // The report says why there is no overall score, rather than that nothing could be scored.
        let framework = try Self.framework.get()
        let text = """
            assessment: {framework: sdg-10-7-2, framework_version: "2026.1", country: {code: VLR, name: Valoria}, period: "2026"}
            """
        let report = GapReport(
            scorecard: card, framework: framework,
            assessment: try AssessmentFile(text: text, file: "a.yaml").assessment(against: framework))
        #expect(
            report.summarySentences.first == "Valoria has no overall score: this framework's method gives none while "
                + "any answer is unknown or missing (3 are), and leaves unscored each section that holds one.")
    }

    @Test func theOverallReadingIsTheMeanOfTheSixDomainValues() throws {
        var answers = Self.domain(
            1,
            [
                "Regardless of status", "Regardless of status", "Regardless of status", "Regardless of status",
                "Regular migrants only",
            ])
        answers += Self.domain(2, ["Yes", "Yes", "Yes", "Yes", "Yes"])  // 100
        answers += Self.domain(3, ["Yes", "Yes", "Yes", "No", "No"])  // 60
        answers += Self.domain(4, ["Yes", "Yes", "No", "No", "No"])  // 40
        answers += Self.domain(5, ["Yes", "No", "No", "No", "No"])  // 20
        answers += Self.domain(6, ["Yes", "Yes", "Yes", "Yes", "No"])  // 80
        let card = try Self.scorecard(answers)
        // (90 + 100 + 60 + 40 + 20 + 80) / 6 = 390 / 6 = 65: Partially meets.
        #expect(card.overall.score == 65)
        #expect(card.overall.band == "Partially meets")
        #expect(try Self.framework.get().bandEntry(for: card.overall.score)?.code == 2)

        var meets = answers.filter { !$0.0.hasPrefix("D4.") && !$0.0.hasPrefix("D5.") && !$0.0.hasPrefix("D3.") }
        for number in 3...5 { meets += Self.domain(number, ["Yes", "Yes", "Yes", "Yes", "No"]) }
        // (90 + 100 + 80 + 80 + 80 + 80) / 6 = 510 / 6 = 85: Meets.
        #expect(try Self.scorecard(meets).overall.band == "Meets")
    }

    @Test func noQuestionMayBeAnsweredNotApplicable() throws {
        let framework = try Self.framework.get()
        #expect(framework.allItems.count == 30)
        #expect(framework.allItems.allSatisfy { !$0.allowsNotApplicable })
        #expect(framework.sections.map(\.id) == ["pd-1", "pd-2", "pd-3", "pd-4", "pd-5", "pd-6"])
        #expect(framework.sections.allSatisfy { $0.items.count == 5 && $0.incomplete == .unscored })
        #expect(throws: Diagnostics.self) { try Self.scorecard([("D5.2", "n/a")]) }
    }

    @Test func theScorecardJSONCarriesEachCategorysCode() throws {
        var answers = Self.domain(1, Array(repeating: "Regardless of status", count: 5))  // 100: 4
        answers += Self.domain(2, ["Yes", "Yes", "Yes", "Yes", "No"])  // 80: 3
        answers += Self.domain(3, ["Yes", "Yes", "No", "No", "No"])  // 40: 2
        answers += Self.domain(4, ["Yes", "No", "No", "No", "No"])  // 20: 1
        answers += Self.domain(5, ["Yes", "Yes", "Yes", "Yes", "Yes"])  // 100: 4
        answers += Self.domain(6, ["Yes", "Yes", "Yes", "Yes", "Yes"])  // 100: 4
        let json = ScorecardJSON.render(try Self.scorecard(answers))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.map { $0["band_code"] as? Int } == [4, 3, 2, 1, 4, 4])
        // (100 + 80 + 40 + 20 + 100 + 100) / 6 = 440 / 6 = 73.3: Partially meets, 2.
        let overall = try #require(object["overall"] as? [String: Any])
        #expect(overall["band"] as? String == "Partially meets" && overall["band_code"] as? Int == 2)
    }

    /// The official category of a domain whose five values sum to `halves`/2, written out by hand
    /// for each of the 11 possible sums: value = 20 × sum; < 40 → 1, 40 to < 80 → 2, 80 to < 100 →
    /// 3, 100 → 4.
    static let categoryBySumInHalves: [Int: (value: Double, code: Double)] = [
        0: (0, 1), 1: (10, 1), 2: (20, 1), 3: (30, 1), 4: (40, 2), 5: (50, 2), 6: (60, 2), 7: (70, 2),
        8: (80, 3), 9: (90, 3), 10: (100, 4),
    ]

    @Test func everyYesNoPatternOfDomainSixIsClassifiedAsTheMethodSays() throws {
        // All 32 patterns of five Yes/No answers.
        for mask in 0..<32 {
            let answers = (0..<5).map { mask & (1 << $0) != 0 ? "Yes" : "No" }
            let yes = answers.filter { $0 == "Yes" }.count
            let expected = try #require(Self.categoryBySumInHalves[2 * yes])
            let (score, _, code) = try Self.classification(of: "pd-6", in: Self.scorecard(Self.domain(6, answers)))
            #expect(score == expected.value && code == expected.code, "\(answers)")
        }
    }

    @Test func everyMigrantRightsPatternIsClassifiedAsTheMethodSays() throws {
        // All 243 patterns of the three answers (0, 0.5, 1) to the five questions of domain 1.
        let labels = ["No", "Regular migrants only", "Regardless of status"]
        for pattern in 0..<243 {
            var rest = pattern
            var answers: [String] = []
            var halves = 0
            for _ in 0..<5 {
                answers.append(labels[rest % 3])
                halves += rest % 3
                rest /= 3
            }
            let expected = try #require(Self.categoryBySumInHalves[halves])
            let (score, _, code) = try Self.classification(of: "pd-1", in: Self.scorecard(Self.domain(1, answers)))
            #expect(score == expected.value && code == expected.code, "\(answers)")
        }
    }
}
