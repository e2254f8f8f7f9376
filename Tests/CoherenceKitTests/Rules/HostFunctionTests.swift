import CoherenceKit
import Foundation
import Testing

/// Every host function gives the same value whether its call names a literal id, which is resolved
/// once when the framework is compiled, or computes the id, which is looked up when it runs.
@Suite struct HostFunctionTests {
    typealias F = Fixture

    static let framework = F.framework(
        [
            F.section("s", items: [F.item("base", dimensions: ["d": 1]), F.item("open"), F.item("gap")]),
            F.section("t", items: [F.item("late", appliesIf: "level('base') > 40 && level('ba' + 'se') > 40")]),
        ], dimensions: [("d", 1)])

    static let assessment = F.assessment(
        [("base", F.level(50)), ("open", .unknown), ("late", F.level(10))], evidence: ["base"])

    /// A `when` per function and outcome, each written with a literal id and with one computed.
    static let expressions = [
        "level(ID_base) == 50", "score(ID_base) == 50.0", "answered(ID_base)", "!answered(ID_open)",
        "applicable(ID_late)", "unknown(ID_open)", "has_evidence(ID_base)", "!has_evidence(ID_late)",
        "section(ID_s) > 16.6 && section(ID_s) < 16.7", "section(ID_t) == 10.0", "dimension(ID_d) == 50.0",
        "level(ID_open) == 1",
        "level(ID_gap) == 1", "section(ID_none) > 0.0",
    ]

    static func findings(computed: Bool) -> [String] {
        let rules = expressions.enumerated().map { position, expression in
            F.rule("R-\(position)", when: spell(expression, computed: computed), items: [])
        }
        let card = Scorer.score(
            assessment,
            against: CompiledFramework(
                F.framework(
                    framework.sections, dimensions: [("d", 1)], rules: rules)))
        return card.findings.map { "\($0.rule): \($0.status) \($0.reason ?? "")" }
    }

    /// `ID_x` as `'x'`, or as `'' + 'x'`, which no compiler resolves.
    static func spell(_ expression: String, computed: Bool) -> String {
        var text = expression
        for id in ["base", "open", "gap", "late", "none", "s", "t", "d"] {
            text = text.replacingOccurrences(of: "ID_\(id)", with: computed ? "('' + '\(id)')" : "'\(id)'")
        }
        return text
    }

    @Test func resolvedAndComputedIdsGiveTheSameFindings() {
        let literal = Self.findings(computed: false)
        #expect(literal == Self.findings(computed: true))
        #expect(literal.filter { $0.contains("triggered") }.count == 11)
        #expect(literal[11] == "R-11: undetermined item 'open' is unknown")
        #expect(literal[12] == "R-12: undetermined item 'gap' is unanswered")
        #expect(literal[13] == "R-13: undetermined no section 'none'")
    }

    @Test func appliesIfSeesTheSameLevelResolvedOrComputed() {
        let card = Scorer.score(Self.assessment, against: CompiledFramework(Self.framework))
        #expect(card.item("late")?.status == .answered)
    }
}
