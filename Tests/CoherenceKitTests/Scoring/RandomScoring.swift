import CoherenceKit
import TestSupport

/// Random frameworks and assessments for property tests.
struct RandomScoring {
    var generator: SeededGenerator
    private var nextId = 0
    /// The aggregations sections may use.
    var aggregations: [Aggregation] = Aggregation.allCases

    static let scales = ["percent", "maturity", "yes-no", "mipex"]
    static let dimensions = ["nat", "inter", "inst"]

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    mutating func weight() -> Double { [0.5, 1, 1, 2, 3].randomElement(using: &generator)! }

    mutating func framework() -> Framework {
        let sections = (0..<Int.random(in: 1...3, using: &generator)).map { _ in section(depth: 0) }
        return Fixture.framework(
            sections, aggregate: aggregations.randomElement(using: &generator)!,
            dimensions: Self.dimensions.map { ($0, weight()) })
    }

    mutating func section(depth: Int) -> Section {
        nextId += 1
        let id = "s\(nextId)"
        let items = (0..<Int.random(in: 0...3, using: &generator)).map { _ in item() }
        let children =
            depth < 2 ? (0..<Int.random(in: 0...2, using: &generator)).map { _ in section(depth: depth + 1) } : []
        return Fixture.section(
            id, weight: weight(), aggregate: aggregations.randomElement(using: &generator)!, items: items,
            sections: children)
    }

    mutating func item() -> Item {
        nextId += 1
        var dimensions: [String: Double] = [:]
        for dimension in Self.dimensions where Bool.random(using: &generator) { dimensions[dimension] = weight() }
        return Fixture.item(
            "i\(nextId)", scale: Self.scales.randomElement(using: &generator)!, weight: weight(), dimensions: dimensions
        )
    }

    /// A response that `scale` accepts: mostly levels, some n/a, unknown or left out (nil).
    mutating func response(on scale: Scale) -> Answer.Response? {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: return .notApplicable(reason: nil)
        case 1: return .unknown
        case 2, 3: return nil
        default: return .level(value(on: scale))
        }
    }

    mutating func value(on scale: Scale) -> Double {
        switch scale.kind {
        case .levels(let levels): levels.randomElement(using: &generator)!.value
        case .range(let min, let max): Double(Int.random(in: Int(min)...Int(max), using: &generator))
        }
    }

    mutating func assessment(of framework: Framework) -> Assessment {
        var answers: [(String, Answer.Response)] = []
        for item in framework.allItems {
            if let response = response(on: framework.scale(of: item)) { answers.append((item.id, response)) }
        }
        return Fixture.assessment(answers)
    }
}

extension Framework {
    /// The framework with `transform` applied to every section, bottom-up.
    func mapSections(_ transform: (Section) -> Section) -> Framework {
        func visit(_ section: Section) -> Section {
            var copy = section
            copy.sections = section.sections.map(visit)
            return transform(copy)
        }
        var copy = self
        copy.sections = sections.map(visit)
        return copy
    }
}

extension Scorecard {
    /// Every section, overall, dimension and coherence score, keyed for comparison.
    var allScores: [String: Double?] {
        var result: [String: Double?] = ["overall": overall.score, "coherence": coherence.score]
        for section in sections { result["section " + section.id] = section.score }
        for dimension in dimensions { result["dimension " + dimension.id] = dimension.score }
        return result
    }
}

/// Whether two optional scores are equal up to floating-point rounding.
func nearlyEqual(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case (let a?, let b?): abs(a - b) <= 1e-9 * max(1, abs(a))
    default: false
    }
}

/// Whether two score tables are equal up to floating-point rounding.
func nearlyEqual(_ a: [String: Double?], _ b: [String: Double?]) -> Bool {
    Set(a.keys) == Set(b.keys) && a.allSatisfy { nearlyEqual($0.value, b[$0.key] ?? nil) }
}
