import CoherenceKit
import YAML

/// Small builders for frameworks and assessments in scoring tests, so each test shows only what matters.
enum Fixture {
    static let here = Location(file: "test.yaml", line: 1, column: 1)

    /// A 0–100 numeric scale, the default in these tests.
    static let percent = Scale(id: "percent", kind: .range(min: 0, max: 100), location: here)
    /// Levels 0…4.
    static let maturity = Scale(
        id: "maturity",
        kind: .levels((0...4).map { Level(value: Double($0), label: "L\($0)") }), location: here)
    /// MIPEX-style answers: 0, 50 or 100.
    static let mipex = Scale(
        id: "mipex",
        kind: .levels([
            Level(value: 0, label: "No"), Level(value: 50, label: "Partly"),
            Level(value: 100, label: "Yes"),
        ]), location: here)
    /// Unevenly spaced levels, for reform plans: 0, 1, 5, 6, 10.
    static let uneven = Scale(
        id: "uneven", kind: .levels([0, 1, 5, 6, 10].map { Level(value: $0, label: "U\(Int($0))") }), location: here)
    /// A 0–1 numeric scale, whose plan steps are tenths.
    static let share = Scale(id: "share", kind: .range(min: 0, max: 1), location: here)
    static let yesNo = Scale(
        id: "yes-no", kind: .levels([Level(value: 0, label: "No"), Level(value: 1, label: "Yes")]), location: here)

    static func item(
        _ id: String, scale: String = "percent", weight: Double = 1, effort: Double = 1, target: Double? = nil,
        dimensions: [String: Double] = [:], appliesIf: String? = nil, capacity: [String] = []
    ) -> Item {
        Item(
            id: id, question: "\(id)?", scale: scale, weight: weight, effort: effort, target: target,
            dimensions: dimensions.sorted { $0.key < $1.key }.map { Membership(dimension: $0.key, weight: $0.value) },
            appliesIf: appliesIf.map { SourceExpression($0, at: Location(file: "test.yaml", line: 9, column: 17)) },
            capacity: capacity, location: here)
    }

    static func section(
        _ id: String, weight: Double = 1, aggregate: Aggregation = .mean, items: [Item] = [], sections: [Section] = []
    ) -> Section {
        Section(
            id: id, title: "Section \(id)", weight: weight, aggregate: aggregate, items: items, sections: sections,
            location: here)
    }

    static func rule(
        _ id: String, when: String, severity: Severity = .medium, items: [String]? = nil, capacity: [String] = []
    ) -> Rule {
        // Without `items`, a rule concerns the items its expression names, as the loader decides.
        let expression = SourceExpression(when, at: Location(file: "test.yaml", line: 20, column: 11))
        return Rule(
            id: id, title: "Rule \(id)", when: expression, severity: severity,
            items: items ?? ExpressionChecker.itemsNamed(by: expression), finding: "Finding \(id).", capacity: capacity,
            location: here)
    }

    static func framework(
        _ sections: [Section], defaultScale: String = "percent", defaultTarget: Double? = nil,
        aggregate: Aggregation = .mean, dimensions: [(String, Double)] = [], bands: [(Double, String)] = [],
        profile: [(String, ProfileField.FieldType)] = [], capacity: [String] = [], rules: [Rule] = []
    ) -> Framework {
        Framework(
            id: "test", version: "1", title: "Test framework", defaultScale: defaultScale, defaultTarget: defaultTarget,
            aggregate: aggregate, scales: [percent, maturity, mipex, yesNo, uneven, share],
            dimensions: dimensions.map {
                Dimension(id: $0.0, title: "Dimension \($0.0)", weight: $0.1, location: here)
            },
            bands: bands.map { Band(min: $0.0, label: $0.1, location: here) },
            profile: profile.map { ProfileField(id: $0.0, type: $0.1, location: here) },
            capacity: capacity.map { CapacityModule(id: $0, title: "Module \($0)", location: here) },
            sections: sections, rules: rules, location: here)
    }

    /// An assessment of Valoria with `answers` in order.
    static func assessment(
        _ answers: [(String, Answer.Response)], evidence: Set<String> = [], profile: [String: ProfileValue] = [:]
    ) -> Assessment {
        Assessment(
            framework: "test", frameworkVersion: "1", country: Country(code: "VLR", name: "Valoria"), period: "2026",
            profile: profile,
            answers: answers.map {
                Answer(
                    item: $0.0, response: $0.1, evidence: evidence.contains($0.0) ? ["doc"] : [],
                    location: here)
            },
            location: here)
    }

    /// `.level(v)`, shorter.
    static func level(_ value: Double) -> Answer.Response { .level(value) }
    static let na = Answer.Response.notApplicable(reason: nil)
}
