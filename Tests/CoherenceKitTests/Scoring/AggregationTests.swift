import CoherenceKit
import Testing

/// Section, overall, dimension and coherence scores, computed by hand (DESIGN.md §5).
@Suite struct AggregationTests {
    typealias F = Fixture

    /// A MIPEX-style tree: areas → dimensions → indicators → sub-indicators (items), answers 0/50/100,
    /// blanks (n/a) left out, plain means at every level.
    @Test func mipexHierarchyUsesPlainMeansAndSkipsNotApplicable() {
        let framework = F.framework(
            [
                F.section(
                    "lm",
                    sections: [
                        F.section(
                            "lm-access",
                            sections: [
                                F.section(
                                    "lm-access-1", items: [F.item("q1", scale: "mipex"), F.item("q2", scale: "mipex")]),
                                F.section(
                                    "lm-access-2", items: [F.item("q3", scale: "mipex"), F.item("q4", scale: "mipex")]),
                            ]),
                        F.section(
                            "lm-support",
                            sections: [
                                F.section("lm-support-1", items: [F.item("q5", scale: "mipex")])
                            ]),
                    ]),
                F.section(
                    "fr",
                    sections: [
                        F.section(
                            "fr-elig",
                            sections: [
                                F.section(
                                    "fr-elig-1", items: [F.item("q6", scale: "mipex"), F.item("q7", scale: "mipex")]),
                                F.section("fr-elig-2", items: [F.item("q8", scale: "mipex")]),
                            ])
                    ]),
            ], defaultScale: "mipex")
        let card = Scorer.score(
            F.assessment([
                ("q1", F.level(100)), ("q2", F.level(50)), ("q3", F.level(0)), ("q4", F.na), ("q5", F.level(50)),
                ("q6", F.na), ("q7", F.na), ("q8", F.level(100)),
            ]), against: framework)
        let expected: [(String, Double?)] = [
            ("lm-access-1", 75),  // (100 + 50) / 2
            ("lm-access-2", 0),  // q3 = 0; q4 n/a is left out
            ("lm-access", 37.5),  // (75 + 0) / 2
            ("lm-support-1", 50),
            ("lm-support", 50),
            ("lm", 43.75),  // (37.5 + 50) / 2
            ("fr-elig-1", nil),  // every item n/a: no score
            ("fr-elig-2", 100),
            ("fr-elig", 100),  // the null child is ignored
            ("fr", 100),
        ]
        for (id, score) in expected {
            #expect(card.section(id)?.score == score, "\(id)")
        }
        #expect(card.overall.score == 71.875)  // (43.75 + 100) / 2
        #expect(
            card.sections.map(\.id) == [
                "lm", "lm-access", "lm-access-1", "lm-access-2", "lm-support", "lm-support-1",
                "fr", "fr-elig", "fr-elig-1", "fr-elig-2",
            ])
        #expect(card.section("lm-access-1")?.parent == "lm-access")
        #expect(card.section("lm-access-1")?.depth == 2)
        #expect(card.section("lm")?.parent == nil)
    }

    /// Weighted means of items and of sub-sections use each child's own weight.
    @Test func weightedMeanUsesChildWeights() {
        let framework = F.framework([
            F.section("a", weight: 3, items: [F.item("a1", weight: 3), F.item("a2", weight: 1)]),
            F.section("b", weight: 1, items: [F.item("b1")]),
        ])
        let card = Scorer.score(
            F.assessment([("a1", F.level(80)), ("a2", F.level(40)), ("b1", F.level(10))]),
            against: framework)
        #expect(card.section("a")?.score == 70)  // (3·80 + 1·40) / 4 = 280 / 4
        #expect(card.overall.score == 55)  // (3·70 + 1·10) / 4 = 220 / 4
    }

    /// `min` takes the weakest child; unknown and unanswered items count as 0, n/a is skipped.
    @Test func minIsTheWeakestLink() {
        let framework = F.framework(
            [
                F.section("weak", aggregate: .min, items: [F.item("w1"), F.item("w2"), F.item("w3")]),
                F.section("zero", aggregate: .min, items: [F.item("z1"), F.item("z2")]),
                F.section("strong", items: [F.item("s1")]),
            ], aggregate: .min)
        let card = Scorer.score(
            F.assessment([
                ("w1", F.level(90)), ("w2", F.level(60)), ("w3", F.na), ("z1", F.level(100)), ("z2", .unknown),
                ("s1", F.level(75)),
            ]), against: framework)
        #expect(card.section("weak")?.score == 60)  // min(90, 60); w3 n/a
        #expect(card.section("zero")?.score == 0)  // min(100, unknown = 0)
        #expect(card.overall.score == 0)  // min(60, 0, 75)
    }

    /// `flat` weighs every scored item of the subtree by its own weight, ignoring the sections between.
    @Test func flatUsesItemWeightsAcrossTheSubtree() {
        let framework = F.framework(
            [
                F.section(
                    "top", aggregate: .flat, items: [F.item("t1", weight: 2)],
                    sections: [
                        F.section("sub", weight: 100, items: [F.item("u1", weight: 1), F.item("u2", weight: 1)])
                    ]),
                F.section("other", items: [F.item("o1")]),
            ], aggregate: .flat)
        let card = Scorer.score(
            F.assessment([("t1", F.level(100)), ("u1", F.level(40)), ("u2", F.level(0)), ("o1", F.level(20))]),
            against: framework)
        #expect(card.section("sub")?.score == 20)  // mean (40 + 0) / 2
        #expect(card.section("top")?.score == 60)  // 100·(2·1 + 1·0.4 + 1·0) / (2 + 1 + 1) = 100·2.4/4
        #expect(card.overall.score == 52)  // 100·(2·1 + 0.4 + 0 + 0.2) / 5 = 100·2.6/5
    }

    /// Dimension scores use item weight × membership weight; coherence weighs dimensions.
    @Test func dimensionsUseMembershipWeightsAndCoherenceUsesDimensionWeights() {
        let framework = F.framework(
            [
                F.section(
                    "s",
                    items: [
                        F.item("i1", weight: 2, dimensions: ["nat": 1, "inter": 0.5]),
                        F.item("i2", weight: 1, dimensions: ["nat": 2]),
                        F.item("i3", dimensions: ["inst": 1]),
                    ])
            ], dimensions: [("nat", 1), ("inter", 3), ("inst", 1), ("cross", 5)])
        let card = Scorer.score(
            F.assessment([("i1", F.level(100)), ("i2", F.level(25)), ("i3", F.na)]), against: framework)
        #expect(card.dimension("nat")?.score == 62.5)  // 100·(2·1·1 + 1·2·0.25) / (2·1 + 1·2) = 100·2.5/4
        #expect(card.dimension("inter")?.score == 100)  // only i1: 100·(2·0.5·1)/(2·0.5)
        #expect(card.dimension("inst")?.score == nil)  // i3 is n/a
        #expect(card.dimension("cross")?.score == nil)  // no members
        #expect(card.coherence.score == 90.625)  // (1·62.5 + 3·100) / (1 + 3) = 362.5 / 4
    }

    @Test(arguments: [
        (0.0, "Requires further progress"), (39.999, "Requires further progress"), (40, "Partially meets"),
        (70, "Meets"), (89.9, "Meets"), (90, "Fully meets"), (100, "Fully meets"),
    ])
    func bandIsTheGreatestMinNotAbove(score: Double, band: String) {
        let framework = F.framework(
            [F.section("s", items: [F.item("i")])],
            bands: [(0, "Requires further progress"), (40, "Partially meets"), (70, "Meets"), (90, "Fully meets")])
        let card = Scorer.score(F.assessment([("i", F.level(score))]), against: framework)
        #expect(card.overall.band == band)
        #expect(card.section("s")?.band == band)
    }
}
