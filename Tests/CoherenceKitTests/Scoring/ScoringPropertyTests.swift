import CoherenceKit
import TestSupport
import Testing

/// Properties of §5 over a few hundred generated frameworks and assessments, each reproducible from its seed.
@Suite struct ScoringPropertyTests {
    static let seeds: [UInt64] = Array(1...300)

    /// A generated framework and assessment for `seed`.
    static func sample(_ seed: UInt64, aggregations: [Aggregation] = Aggregation.allCases) -> (Framework, Assessment) {
        var random = RandomScoring(seed: seed)
        random.aggregations = aggregations
        let framework = random.framework()
        return (framework, random.assessment(of: framework))
    }

    @Test(arguments: seeds)
    func everyScoreIsBetween0And100(seed: UInt64) {
        let (framework, assessment) = Self.sample(seed)
        let card = Scorer.score(assessment, against: framework)
        let scores =
            card.allScores.values.compactMap { $0 } + card.items.compactMap(\.score) + card.items.compactMap(\.gap)
        #expect(scores.allSatisfy { $0 >= 0 && $0 <= 100 + 1e-9 }, "seed \(seed)")
        #expect(card.items.compactMap(\.priority).allSatisfy { $0 >= 0 }, "seed \(seed)")
        let c = card.coverage
        #expect(c.applicable + c.notApplicable == c.items && c.answered + c.unknown + c.unanswered == c.applicable)
        #expect(Scorer.score(assessment, against: framework) == card, "scoring is deterministic")
    }

    /// Multiplying the weights of one level by the same constant changes no score: the top-level
    /// sections, the dimensions, the memberships, or every item and section weight at once.
    @Test(arguments: seeds)
    func scalingOneLevelOfWeightsChangesNothing(seed: UInt64) {
        let (framework, assessment) = Self.sample(seed)
        let scores = Scorer.score(assessment, against: framework).allScores
        var topLevel = framework
        topLevel.sections = framework.sections.map {
            var copy = $0
            copy.weight *= 7
            return copy
        }
        var dimensionWeights = framework
        dimensionWeights.dimensions = framework.dimensions.map {
            var d = $0
            d.weight *= 0.3
            return d
        }
        let memberships = framework.mapSections { section in
            var copy = section
            copy.items = section.items.map { item in
                var changed = item
                changed.dimensions = item.dimensions.map { Membership(dimension: $0.dimension, weight: $0.weight * 4) }
                return changed
            }
            return copy
        }
        let everything = framework.mapSections { section in
            var copy = section
            copy.weight *= 2.5
            copy.items = section.items.map {
                var item = $0
                item.weight *= 2.5
                return item
            }
            return copy
        }
        for variant in [topLevel, dimensionWeights, memberships, everything] {
            #expect(nearlyEqual(Scorer.score(assessment, against: variant).allScores, scores), "seed \(seed)")
        }
    }

    /// Under mean and min, multiplying the weights of one section's children (items and
    /// sub-sections, the siblings it averages) by the same constant changes no section or overall
    /// score (dimensions weigh items across sections, so they may change).
    @Test(arguments: seeds)
    func scalingOneSectionsChildrenChangesNothing(seed: UInt64) {
        let (framework, assessment) = Self.sample(seed, aggregations: [.mean, .min])
        func sectionScores(_ card: Scorecard) -> [String: Double?] {
            card.allScores.filter { $0.key.hasPrefix("section ") || $0.key == "overall" }
        }
        let scores = sectionScores(Scorer.score(assessment, against: framework))
        let chosen = framework.allSections[Int(seed) % framework.allSections.count].section.id
        let scaled = framework.mapSections { section in
            guard section.id == chosen else { return section }
            var copy = section
            copy.items = section.items.map {
                var item = $0
                item.weight *= 3
                return item
            }
            copy.sections = section.sections.map {
                var child = $0
                child.weight *= 3
                return child
            }
            return copy
        }
        #expect(nearlyEqual(sectionScores(Scorer.score(assessment, against: scaled)), scores), "seed \(seed)")
    }

    /// An extra not-applicable item changes no score.
    @Test(arguments: seeds)
    func addingANotApplicableItemChangesNothing(seed: UInt64) {
        let (framework, assessment) = Self.sample(seed)
        let before = Scorer.score(assessment, against: framework)
        var target = Int(seed) % framework.allSections.count
        let extended = framework.mapSections { section in
            defer { target -= 1 }
            guard target == 0 else { return section }
            var copy = section
            copy.items.insert(
                Fixture.item("extra", dimensions: ["nat": 1, "inst": 2]), at: Int(seed) % (section.items.count + 1))
            return copy
        }
        var answered = assessment
        answered.answers.append(Answer(item: "extra", response: .notApplicable(reason: nil), location: Fixture.here))
        let after = Scorer.score(answered, against: extended)
        #expect(after.allScores == before.allScores, "seed \(seed)")
        #expect(after.coverage.notApplicable == before.coverage.notApplicable + 1)
        #expect(after.plan == before.plan)
    }

    /// Reordering items and sections changes no score.
    @Test(arguments: seeds)
    func reorderingChangesNothing(seed: UInt64) {
        let (framework, assessment) = Self.sample(seed)
        let scores = Scorer.score(assessment, against: framework).allScores
        var generator = SeededGenerator(seed: seed &* 31)
        var shuffled = framework.mapSections { section in
            var copy = section
            copy.items.shuffle(using: &generator)
            copy.sections.shuffle(using: &generator)
            return copy
        }
        shuffled.sections.shuffle(using: &generator)
        shuffled.dimensions.reverse()
        var reordered = assessment
        reordered.answers.reverse()
        #expect(nearlyEqual(Scorer.score(reordered, against: shuffled).allScores, scores), "seed \(seed)")
    }

    /// Under mean and flat, raising one answer never lowers a section, overall or dimension score.
    @Test(arguments: seeds)
    func raisingAnAnswerNeverLowersScores(seed: UInt64) throws {
        let (framework, assessment) = Self.sample(seed, aggregations: [.mean, .flat])
        let before = Scorer.score(assessment, against: framework)
        var random = RandomScoring(seed: seed &* 7)
        let candidates = assessment.answers.indices.filter {
            if case .level = assessment.answers[$0].response { return true } else { return false }
        }
        guard let index = candidates.randomElement(using: &random.generator) else { return }
        let answer = assessment.answers[index]
        guard case .level(let value) = answer.response,
            let item = framework.allItems.first(where: { $0.id == answer.item })
        else { return }
        let scale = framework.scale(of: item)
        let higher = scale.levels.isEmpty ? scale.max : scale.levels.last { $0.value > value }?.value ?? value
        var raised = assessment
        raised.answers[index].response = .level(max(value, higher))
        let after = Scorer.score(raised, against: framework)
        for (key, score) in before.allScores {
            guard let score, let new = after.allScores[key] ?? nil else { continue }
            #expect(new >= score - 1e-9, "seed \(seed): \(key) fell from \(score) to \(new)")
        }
    }
}
