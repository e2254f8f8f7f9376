import CoherenceKit
import TestSupport

/// Small random frameworks and assessments for reform-plan properties: few items, on scales with
/// unevenly spaced levels or tenths of a range, with arbitrary efforts, every aggregation, nested
/// sections, dimensions of different weights, and items that apply only to some profiles.
struct RandomPlanning {
    var generator: SeededGenerator
    private var nextId = 0
    private var items = 0

    static let scales = ["maturity", "mipex", "yes-no", "uneven", "share"]
    static let dimensions = ["nat", "inter", "inst"]
    static let efforts: [Double] = [0.3, 0.5, 1, 1, 1.7, 2, 3.25]

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &generator)! }

    mutating func framework() -> Framework {
        items = 0
        let sections = (0..<Int.random(in: 1...3, using: &generator)).map { _ in section(depth: 0) }
        return Fixture.framework(
            sections, aggregate: pick(Aggregation.allCases),
            dimensions: Self.dimensions.map { ($0, pick([0.5, 1, 2, 3])) }, profile: [("origin", .bool)])
    }

    private mutating func section(depth: Int) -> Section {
        nextId += 1
        let id = "s\(nextId)"
        // Every section holds an item of its own, so none is empty; the framework stops growing at 6.
        let count = items < 6 ? Int.random(in: 1...3, using: &generator) : 1
        let items = (0..<count).map { _ in item() }
        let children =
            depth < 2 && self.items < 5
            ? (0..<Int.random(in: 0...2, using: &generator)).map { _ in section(depth: depth + 1) } : []
        return Fixture.section(
            id, weight: pick([0.5, 1, 2, 3]), aggregate: pick(Aggregation.allCases), items: items,
            sections: children)
    }

    private mutating func item() -> Item {
        nextId += 1
        items += 1
        var dimensions: [String: Double] = [:]
        for dimension in Self.dimensions where Bool.random(using: &generator) {
            dimensions[dimension] = pick([0.5, 1, 2])
        }
        let appliesIf = Int.random(in: 0..<6, using: &generator) == 0 ? "profile.origin" : nil
        return Fixture.item(
            "i\(nextId)", scale: pick(Self.scales), weight: pick([0.5, 1, 2, 3]), effort: pick(Self.efforts),
            dimensions: dimensions, appliesIf: appliesIf)
    }

    /// An assessment: mostly levels, some unknown, unanswered or n/a; a range item starts high
    /// enough that its tenths stay few.
    mutating func assessment(of framework: Framework) -> Assessment {
        var answers: [(String, Answer.Response)] = []
        for item in framework.allItems {
            let scale = framework.scale(of: item)
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: answers.append((item.id, .notApplicable(reason: nil)))
            case 1: answers.append((item.id, .unknown))
            case 2: break
            default:
                let value = scale.levels.isEmpty ? pick([0.55, 0.7, 0.8, 0.9, 1]) : pick(scale.levels).value
                answers.append((item.id, .level(value)))
            }
        }
        return Fixture.assessment(answers, profile: ["origin": .bool(Bool.random(using: &generator))])
    }

    /// Every metric of `framework`: overall, coherence, each dimension and each section.
    static func metrics(of framework: Framework) -> [ScoreMetric] {
        [.overall, .coherence] + framework.dimensions.map { .dimension($0.id) }
            + framework.allSections.map { .section($0.section.id) }
    }
}
