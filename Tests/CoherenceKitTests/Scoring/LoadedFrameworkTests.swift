import CoherenceKit
import Foundation
import Testing
import YAML

/// A MIPEX-style framework and assessment read from YAML fixtures by the real loader, scored by hand.
@Suite struct LoadedFrameworkTests {
    static func scorecard() throws -> Scorecard {
        let (frameworkText, frameworkPath) = try YAMLFixture.read("scoring", "mipex")
        let framework = try FrameworkLoader.parse(frameworkText, file: frameworkPath)
        let (assessmentText, assessmentPath) = try YAMLFixture.read("scoring", "mipex-valoria")
        let assessment = try AssessmentFile(text: assessmentText, file: assessmentPath).assessment(against: framework)
        return Scorer.score(assessment, against: framework)
    }

    @Test func expressionsOfTheFixtureAreSound() throws {
        let (text, path) = try YAMLFixture.read("scoring", "mipex")
        #expect(ExpressionChecker.diagnostics(for: try FrameworkLoader.parse(text, file: path)).isEmpty)
    }

    @Test func sectionsOverallAndBands() throws {
        let card = try Self.scorecard()
        let expected: [(String, Double?)] = [
            ("lm-access-1", 75),  // (100 + 50) / 2
            ("lm-access-2", 0),  // LM-2a = 0; LM-2b answered 100 but applies_if ('colombo' in rcps) is false
            ("lm-access", 37.5),  // (75 + 0) / 2
            ("lm", 37.5),
            ("fr-elig", 0),  // min(FR-1 100, FR-2 unknown 0, FR-3 unanswered 0)
            ("fr", 0),
        ]
        for (id, score) in expected { #expect(card.section(id)?.score == score, "\(id)") }
        #expect(card.overall == BandedScore(score: 18.75, band: "Critically unfavourable"))  // (37.5 + 0) / 2
    }

    @Test func dimensionsAndCoherence() throws {
        let card = try Self.scorecard()
        #expect(card.dimension("national")?.score == 75)  // 100·(1·1·1 + 1·1·0.5) / (1 + 1)
        #expect(card.dimension("interstate")?.score == 50)  // LM-1b only (LM-2b is n/a)
        #expect(card.coherence == BandedScore(score: 56.25, band: "Halfway favourable"))  // (1·75 + 3·50) / 4
    }

    @Test func statesGapsAndPriorities() throws {
        let card = try Self.scorecard()
        let expected: [(String, ItemStatus, Double?, Double?)] = [
            // id, status, gap, priority — every target is the scale maximum (no default_target) except FR-2's 50
            ("LM-1a", .answered, 0, 0),
            ("LM-1b", .answered, 50, 0.5),  // 1 · 0.5 · 1
            ("LM-2a", .answered, 100, 2),  // 1 · 1 · (1 + high 1): R-ACCESS names it
            ("LM-2b", .notApplicable, nil, nil),
            ("FR-1", .answered, 0, 0),
            ("FR-2", .unknown, 50, 0.5),  // target 50 → t = 0.5; s = 0
            ("FR-3", .unanswered, 100, 1),  // applies_if profile.destination is true; R-UNKNOWN is undetermined
        ]
        for (id, status, gap, priority) in expected {
            let item = try #require(card.item(id))
            #expect(item.status == status, "\(id)")
            #expect(item.gap == gap, "\(id)")
            #expect(item.priority == priority, "\(id)")
        }
        #expect(
            card.item("LM-2b")?.notApplicableReason
                == "does not apply to this country's profile (applies_if: 'colombo' in profile.rcps)")
        #expect(card.item("FR-2")?.targetSource == .item)
        #expect(card.item("LM-1a")?.targetSource == .scaleMaximum)
        #expect(
            card.coverage
                == Coverage(
                    items: 7, applicable: 6, answered: 4, unknown: 1, unanswered: 1, notApplicable: 1, withEvidence: 1))
        #expect(card.warnings.isEmpty)
    }

    @Test func findingsAndPlan() throws {
        let card = try Self.scorecard()
        #expect(card.finding("R-ACCESS")?.status == .triggered)
        #expect(card.finding("R-ACCESS")?.items == ["LM-1a", "LM-2a"])
        #expect(card.finding("R-FAMILY")?.status == .undetermined)
        #expect(card.finding("R-FAMILY")?.reason?.contains("item 'FR-2' is unknown") == true)
        #expect(card.finding("R-UNKNOWN")?.reason?.contains("item 'FR-3' is unanswered") == true)
        // emm-labour: LM-2a (gap 100, priority 2) and R-ACCESS; emm-family: FR-1 has no gap, no finding names it.
        #expect(
            card.plan == [
                PlanEntry(
                    capacity: "emm-labour", title: "Labour migration management", priority: 2, items: ["LM-2a"],
                    findings: ["R-ACCESS"])
            ])
    }
}
