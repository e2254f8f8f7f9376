import CoherenceKit
import Foundation
import Testing

/// The JSON scorecard keeps the §8 shape; the text summary shows rounded scores.
@Suite struct ScorecardRenderingTests {
    typealias F = Fixture

    static let framework = F.framework(
        [
            F.section(
                "coop",
                items: [
                    F.item("COOP-01", scale: "maturity", weight: 2, dimensions: ["national": 1], capacity: ["emm"]),
                    F.item("COOP-02", scale: "maturity"),
                ], sections: [F.section("sub", items: [F.item("COOP-03", scale: "maturity")])])
        ], defaultScale: "maturity", defaultTarget: 3, dimensions: [("national", 1), ("cross", 1)],
        bands: [(0, "Requires further progress"), (40, "Partially meets")], capacity: ["emm"])

    static let card = Scorer.score(
        F.assessment([("COOP-01", F.level(2)), ("COOP-02", F.na)], evidence: ["COOP-01"]), against: framework)

    static func decoded(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func topLevelFieldsInOrder() throws {
        let text = ScorecardJSON.render(Self.card)
        let keys = [
            "schema", "framework", "assessment", "overall", "coherence", "dimensions", "sections", "items",
            "findings", "coverage", "plan", "warnings",
        ]
        let positions = keys.map { text.range(of: "\n  \"\($0)\": ")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        let json = try Self.decoded(text)
        #expect(Set(json.keys) == Set(keys))
        #expect(json["schema"] as? String == "coherence.scorecard/1")
        #expect(text.hasSuffix("}\n"))
    }

    @Test func fieldNamesAndTypes() throws {
        let json = try Self.decoded(ScorecardJSON.render(Self.card))
        let framework = try #require(json["framework"] as? [String: Any])
        #expect(framework["id"] as? String == "test" && framework["version"] as? String == "1")
        let assessment = try #require(json["assessment"] as? [String: Any])
        let country = try #require(assessment["country"] as? [String: Any])
        #expect(country["code"] as? String == "VLR" && country["name"] as? String == "Valoria")
        #expect(assessment["period"] as? String == "2026" && assessment["status"] as? String == "draft")
        let overall = try #require(json["overall"] as? [String: Any])
        // COOP-01 = 100·2/4 = 50; COOP-03 unanswered = 0; sub = 0; coop = (2·50 + 1·0) / 3 = 33.33…
        #expect(overall["score"] as? Double == 100.0 / 3)
        #expect(overall["band"] as? String == "Requires further progress")
        let dimensions = try #require(json["dimensions"] as? [[String: Any]])
        #expect(dimensions.count == 2)
        #expect(dimensions[0]["id"] as? String == "national" && dimensions[0]["score"] as? Double == 50)
        #expect(dimensions[1]["score"] is NSNull && dimensions[1]["band"] is NSNull)
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.map { $0["id"] as? String } == ["coop", "sub"])
        #expect(sections[0]["parent"] is NSNull && sections[1]["parent"] as? String == "coop")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["COOP-01", "COOP-02", "COOP-03"])
        let first = items[0]
        #expect(first["section"] as? String == "coop" && first["status"] as? String == "answered")
        #expect(first["value"] as? Int == 2)
        #expect(first["score"] as? Double == 50 && first["gap"] as? Double == 25)  // target 3 → 75; 75 − 50
        #expect(first["priority"] as? Double == 0.5)  // 2 · 25/100 · (1 + 0)
        let na = items[1]
        #expect(na["status"] as? String == "not-applicable")
        for key in ["value", "score", "gap", "priority"] { #expect(na[key] is NSNull, "\(key)") }
        #expect(items[2]["status"] as? String == "unanswered" && items[2]["value"] is NSNull)
        let coverage = try #require(json["coverage"] as? [String: Any])
        let expected = [
            "items": 3, "applicable": 2, "answered": 1, "unknown": 0, "unanswered": 1,
            "not_applicable": 1, "with_evidence": 1,
        ]
        for (key, value) in expected { #expect(coverage[key] as? Int == value, "\(key)") }
        let plan = try #require(json["plan"] as? [[String: Any]])
        #expect(plan.count == 1)
        #expect(plan[0]["capacity"] as? String == "emm" && plan[0]["priority"] as? Double == 0.5)
        #expect(plan[0]["items"] as? [String] == ["COOP-01"] && plan[0]["findings"] as? [String] == [])
        #expect((json["findings"] as? [Any])?.isEmpty == true && (json["warnings"] as? [Any])?.isEmpty == true)
    }

    /// Scores print unrounded, integral doubles with a decimal point, values as integers.
    @Test func numbersPrintExactly() {
        let text = ScorecardJSON.render(Self.card)
        #expect(text.contains("\"score\": 33.333333333333336"))
        #expect(text.contains("\"value\": 2,"))
        #expect(text.contains("\"score\": 50.0,"))
    }

    @Test func severalScorecardsMakeAnArrayInInputOrder() throws {
        let other = Scorer.score(F.assessment([("COOP-01", F.level(4))]), against: Self.framework)
        let text = ScorecardJSON.render([Self.card, other])
        let array = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        // COOP-01 = 100, COOP-02 unanswered = 0, sub = 0: (2·100 + 1·0 + 1·0) / 4
        #expect((array[1]["overall"] as? [String: Any])?["score"] as? Double == 50)
        #expect(ScorecardJSON.render([Self.card, other]) == text)  // deterministic
    }

    /// `PieceWriter`, which the score command uses card by card, writes pieces that add up to what
    /// `render` writes for all the cards (an array for several, an object for one), also when a
    /// piece reused for a later card held a longer one before.
    @Test func streamedPiecesAddUpToTheRenderedCards() {
        var card = Self.card
        card.warnings = [
            ScoringWarning(item: "COOP-02", message: "applies_if: \"x\"", location: nil),
            ScoringWarning(item: "COOP-03", message: "m", location: nil),
        ]
        card.findings = [
            Finding(
                rule: "R1", title: "T", status: .triggered, severity: .high, items: ["COOP-01", "COOP-02"],
                dimensions: [], capacity: [], finding: "f", recommendation: "r", reason: nil)
        ]
        let other = Scorer.score(F.assessment([("COOP-01", F.level(2.5))]), against: Self.framework)
        for cards in [[card, other, card], [other]] {
            let writer = ScorecardJSON.PieceWriter(count: cards.count)
            var streamed = ""
            for (index, card) in cards.enumerated() {
                let piece = writer.piece(card, index: index)
                streamed += piece.withBytes { String(decoding: $0, as: UTF8.self) }
                writer.reuse(piece)
            }
            streamed += ScorecardJSON.ending(count: cards.count)
            #expect(streamed == ScorecardJSON.render(cards))
        }
        #expect(ScorecardJSON.render([]) == "[]\n")
    }

    @Test func stringsAreEscaped() {
        var card = Self.card
        card.country.name = "Val\"oria\\\n\u{1}"
        #expect(ScorecardJSON.render(card).contains(#""name": "Val\"oria\\\n\u0001""#))
    }

    @Test func textSummaryRoundsToOneDecimal() {
        let text = ScorecardText.render(Self.card)
        #expect(text.contains("overall     33.3  Requires further progress"))
        #expect(text.contains("  national   50.0"))
        #expect(text.contains("    sub"))
        #expect(text.contains("COOP-01"))
        #expect(text.contains("3 items: 1 answered, 0 unknown, 1 unanswered, 1 not applicable; 1 with evidence"))
    }
}
