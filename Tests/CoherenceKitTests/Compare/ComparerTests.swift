import Foundation
import Testing
import YAML

@testable import CoherenceKit

/// Scores side by side, ranks with ties, common gaps, changes between periods, and shared items.
///
/// The test framework (see `Workspace`): maturity 0–4 (score v/4·100, default target 3 → 75), items
/// A, B, C in section `policy`, D (percent, target 100) and E in `data`; overall = mean of the sections;
/// national = A, B, D; interstate = B, C; rule R-1 triggers when A ≥ 3 and B ≤ 1.
@Suite struct ComparerTests {
    static let same = ["A: 2", "B: 2", "C: 2", "D: 50", "E: 2"]

    /// KSM and ORV 2026 with the same answers, VLR 2025 and 2026 (and 2027 when asked).
    static func regional(in workspace: Workspace, with2027: Bool = false) throws -> [LocatedAssessment] {
        var inputs = [
            try workspace.assessment(
                "vlr-2026.yaml", respondent: nil, answers: ["A: 4", "B: 1", "C: 2", "D: 50", "E: 2"]),
            try workspace.assessment(
                "ksm.yaml", respondent: nil, country: "KSM", countryName: "Kesmark", answers: same),
            try workspace.assessment(
                "vlr-2025.yaml", respondent: nil, period: "2025",
                answers: ["A: 1", "B: 3", "C: unknown", "D: n/a", "E: 2"]),
            try workspace.assessment(
                "orv.yaml", respondent: nil, country: "ORV", countryName: "Orvania", answers: same),
        ]
        if with2027 {
            inputs.append(
                try workspace.assessment(
                    "vlr-2027.yaml", respondent: nil, period: "2027",
                    answers: ["A: 4", "B: 3", "C: 2", "D: 50", "E: 2"]))
        }
        return inputs
    }

    static let rankCases: [RankCase] = [
        // Competition ranking: 70, 70 share 1; 50 has two above it → 3; 40 → 4.
        ([50.0, 70, 70, 40], [3, 1, 1, 4]),
        // Null scores are unranked and do not count.
        ([nil, 10, 10, 5], [nil, 1, 1, 3]),
        ([80, 80, 80], [1, 1, 1]),
        // Within 1e-9 is a tie.
        ([60, 60 + 1e-12, 59], [1, 1, 3]),
        ([], []),
    ]

    @Test(arguments: rankCases)
    func ranks(_ rankCase: RankCase) {
        #expect(Ranking.ranks(rankCase.0) == rankCase.1)
    }

    typealias RankCase = ([Double?], [Int?])

    @Test func entriesAreOrderedByCountryThenPeriodWithScoresAndRanks() throws {
        let workspace = try Workspace()
        let comparison = try Comparer.compare(try Self.regional(in: workspace))
        #expect(
            comparison.entries.map { "\($0.country.code) \($0.period)" } == [
                "KSM 2026", "ORV 2026", "VLR 2025", "VLR 2026",
            ])
        let overall = comparison.entries.map { $0.overall.score ?? -1 }
        // KSM, ORV: policy (50+50+50)/3 = 50, data (50+50)/2 = 50 → 50.
        // VLR 2025: policy (25+75+0)/3 = 33.33 (C unknown scores 0), data 50 (D n/a) → 41.67.
        // VLR 2026: policy (100+25+50)/3 = 58.33, data 50 → 54.17.
        let expected = [50, 50, 125.0 / 3, 325.0 / 6]
        #expect(zip(overall, expected).allSatisfy { abs($0 - $1) < 1e-9 })
        // 54.17 first; 50, 50 tie at 2; 41.67 is 4th.
        #expect(comparison.entries.map(\.overall.rank) == [2, 2, 4, 1])
        // Interstate (B, C): KSM, ORV 50; VLR 2025 (75+0)/2 = 37.5; VLR 2026 (25+50)/2 = 37.5 → 1, 1, 3, 3.
        #expect(comparison.entries.map { $0.dimensions["interstate"]?.rank } == [1, 1, 3, 3])
        #expect(comparison.entries.map { $0.sections["data"]?.rank } == [1, 1, 1, 1])
        #expect(comparison.dimensions.map(\.id) == ["national", "interstate"])
        #expect(comparison.sections.map(\.id) == ["policy", "data"])
    }

    @Test func commonGapsCountAssessmentsThenMeanGap() throws {
        let workspace = try Workspace()
        let inputs = try Self.regional(in: workspace).filter { $0.assessment.period == "2026" }
        let comparison = try Comparer.compare(inputs)
        // Gap = max(0, 75 − score) for maturity items, 100 − score for D.
        // D: 50, 50, 50 → 3, mean 50. B: 25, 25, 50 → 3, mean 33.3. C, E: 25 ×3 → 3, mean 25 (by id).
        // A: KSM 25, ORV 25, VLR 0 → 2, mean 25.
        #expect(comparison.commonGaps.map(\.item) == ["D", "B", "C", "E", "A"])
        #expect(comparison.commonGaps.map(\.gapped) == [3, 3, 3, 3, 2])
        #expect(abs(comparison.commonGaps[1].meanGap - 100.0 / 3) < 1e-9)
        #expect(comparison.commonGaps[4].meanGap == 25)
    }

    @Test func changesBetweenConsecutivePeriods() throws {
        let workspace = try Workspace()
        let comparison = try Comparer.compare(try Self.regional(in: workspace, with2027: true))
        // Only VLR has several periods: 2025 → 2026 and 2026 → 2027.
        #expect(comparison.changes.map { "\($0.from)→\($0.to)" } == ["2025→2026", "2026→2027"])
        let first = comparison.changes[0]
        // 54.17 − 41.67 = 12.5.
        #expect(abs((first.overall.delta ?? 0) - 12.5) < 1e-9)
        // A 1 → 4 and C unknown → 2 went up; B 3 → 1 went down; D n/a → 50 changed status; E stayed.
        #expect(first.improved.map(\.item) == ["A", "C"])
        #expect(first.regressed.map(\.item) == ["B"])
        #expect(first.statusChanged.map(\.item) == ["D"])
        #expect(first.statusChanged.first?.fromStatus == .notApplicable)
        // R-1 (A ≥ 3 and B ≤ 1) is clear in 2025 and triggered in 2026, then clear again in 2027 (B = 3).
        #expect(first.appeared.map(\.rule) == ["R-1"])
        #expect(first.resolved.isEmpty)
        let second = comparison.changes[1]
        #expect(second.resolved.map(\.rule) == ["R-1"])
        #expect(second.improved.map(\.item) == ["B"])
        // Policy 58.33 → (100+75+50)/3 = 75: +16.67.
        #expect(abs((second.sections.first { $0.id == "policy" }?.delta ?? 0) - 50.0 / 3) < 1e-9)
    }

    @Test func periodsAreOrderedByStringComparison() throws {
        let workspace = try Workspace()
        let inputs = [
            try workspace.assessment("b.yaml", respondent: nil, period: "2026-H2", answers: Self.same),
            try workspace.assessment("a.yaml", respondent: nil, period: "2026-H1", answers: Self.same),
        ]
        let comparison = try Comparer.compare(inputs)
        #expect(comparison.changes.map { "\($0.from)→\($0.to)" } == ["2026-H1→2026-H2"])
        #expect(comparison.changes[0].improved.isEmpty && comparison.changes[0].regressed.isEmpty)
    }

    @Test func versionsCompareOnSharedItems() throws {
        let workspace = try Workspace()
        let inputs = [
            try workspace.assessment("old.yaml", respondent: nil, period: "2025", answers: ["A: 1", "E: 0"]),
            try workspace.assessment("new.yaml", respondent: nil, version: "2", answers: ["A: 3", "F: 4"]),
        ]
        let comparison = try Comparer.compare(inputs)
        // Version 1 has A–E, version 2 has A–D and F: 4 shared of 6 ids, 4/6 = 66.7% → 67%.
        #expect(comparison.versions == ["1", "2"])
        #expect(comparison.sharedItems == ["A", "B", "C", "D"])
        #expect(comparison.sharedItemsSummary == "compared on 4 of 6 items (67%)")
        // E (0 → absent) and F (absent → 4) are not shared, so only A counts as improved.
        #expect(comparison.changes.first?.improved.map(\.item) == ["A"])
        #expect(!comparison.commonGaps.contains { $0.item == "E" || $0.item == "F" })
        let text = ComparisonText.render(comparison)
        #expect(text.contains("versions 1, 2: compared on 4 of 6 items (67%)"))
        #expect(text.contains("Valoria (VLR) 2025 [1]") && text.contains("Valoria (VLR) 2026 [2]"))
    }

    @Test func differentFrameworksAreRefused() throws {
        let workspace = try Workspace()
        try workspace.write(
            "Frameworks/other.yaml",
            Workspace.framework(version: "1", lastItem: "E")
                .replacingOccurrences(of: "id: test", with: "id: other"))
        let first = try workspace.assessment("a.yaml", respondent: nil, answers: [])
        let otherPath = try workspace.write(
            "b.yaml",
            """
            assessment: {framework: other, framework_version: "1", country: {code: KSM, name: K}, period: "2026"}

            """)
        let other = try LocatedAssessment.load(otherPath, library: &workspace.library)
        do {
            _ = try Comparer.compare([first, other])
            Issue.record("expected a refusal")
        } catch {
            let diagnostic = try #require(error.all.first)
            #expect(
                diagnostic.message == "framework 'other' differs from 'test' in \(first.path): "
                    + "compare assessments of one framework (its versions may differ)")
            // `assessment: {framework: ` is 24 characters: the id starts at column 25.
            #expect(diagnostic.location == Location(file: otherPath, line: 1, column: 25))
        }
    }

    @Test func aRepeatedCountryAndPeriodIsRefused() throws {
        let workspace = try Workspace()
        let first = try workspace.assessment("a.yaml", respondent: nil, answers: [])
        let second = try workspace.assessment("b.yaml", respondent: nil, answers: [])
        #expect(throws: Diagnostics.self) { try Comparer.compare([first, second]) }
    }
}
