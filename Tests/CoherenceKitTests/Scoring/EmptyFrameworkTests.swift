import CoherenceKit
import Testing

/// Frameworks with nothing to score in some part still score, with nulls where nothing is scored.
@Suite struct EmptyFrameworkTests {
    typealias F = Fixture

    @Test func noDimensionsRulesOrBands() {
        let card = Scorer.score(
            F.assessment([("i", F.level(30))]), against: F.framework([F.section("s", items: [F.item("i")])]))
        #expect(card.overall == BandedScore(score: 30, band: nil))
        #expect(card.coherence == BandedScore(score: nil, band: nil))
        #expect(card.dimensions.isEmpty)
        #expect(card.findings.isEmpty)
        #expect(card.plan.isEmpty)  // the item names no capacity module
    }

    @Test func everyItemNotApplicable() {
        let framework = F.framework(
            [
                F.section(
                    "s", items: [F.item("i", dimensions: ["d": 1], capacity: ["m"])],
                    sections: [
                        F.section("t", aggregate: .min, items: [F.item("j")])
                    ]), F.section("u", aggregate: .flat, items: [F.item("k")]),
            ],
            aggregate: .flat, dimensions: [("d", 1)], bands: [(0, "Low"), (50, "High")], capacity: ["m"])
        let card = Scorer.score(F.assessment([("i", F.na), ("j", F.na), ("k", F.na)]), against: framework)
        #expect(card.overall == BandedScore(score: nil, band: nil))
        #expect(card.coherence.score == nil)
        #expect(card.sections.allSatisfy { $0.score == nil && $0.band == nil })
        #expect(card.dimensions.map(\.score) == [nil])
        #expect(card.plan.isEmpty)
        #expect(card.coverage.notApplicable == 3)
        #expect(card.coverage.applicable == 0)
    }

    @Test func noSectionsAtAll() {
        let card = Scorer.score(F.assessment([]), against: F.framework([], dimensions: [("d", 1)]))
        #expect(card.overall.score == nil)
        #expect(card.items.isEmpty && card.sections.isEmpty)
        #expect(
            card.coverage
                == Coverage(
                    items: 0, applicable: 0, answered: 0, unknown: 0, unanswered: 0, notApplicable: 0, withEvidence: 0))
        #expect(ScorecardJSON.render(card).contains("\"overall\": {\n    \"score\": null"))
        #expect(!ScorecardText.render(card).isEmpty)
    }

    /// An empty section and an empty section tree have no score and do not drag their parent down.
    @Test func emptySectionsAreIgnored() {
        let framework = F.framework([
            F.section(
                "s", items: [F.item("i")],
                sections: [F.section("empty"), F.section("nested", sections: [F.section("leaf")])])
        ])
        let card = Scorer.score(F.assessment([("i", F.level(80))]), against: framework)
        #expect(card.section("empty")?.score == nil)
        #expect(card.section("nested")?.score == nil)
        #expect(card.section("s")?.score == 80)
        #expect(card.overall.score == 80)
    }

    /// Scoring several assessments keeps input order and matches scoring each alone.
    @Test func batchScoringMatchesSingleScoring() {
        let framework = F.framework([F.section("s", items: [F.item("i")])])
        let assessments = [10.0, 90, 40].map { F.assessment([("i", F.level($0))]) }
        let cards = Scorer.score(assessments, against: framework)
        #expect(cards.map(\.overall.score) == [10, 90, 40])
        #expect(cards == assessments.map { Scorer.score($0, against: framework) })
    }
}
