import Foundation
import TestSupport
import Testing

/// The worked example of CoherenceKit.docc's scoring article, scored by the built `coherence`: the
/// numbers the article computes by hand from DESIGN.md §5 are the ones the tool prints.
@Suite struct DocumentationExampleTests {
    static let article = Programs.packageRoot.appendingPathComponent(
        "Sources/CoherenceKit/CoherenceKit.docc/ScoringSemantics.md")

    /// The article's ```yaml blocks, in order: the framework, then the assessment.
    static func yamlBlocks() throws -> [String] {
        let text = try String(contentsOf: article, encoding: .utf8)
        return text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    static func number(_ object: Any?, _ key: String) -> Double? { (object as? [String: Any])?[key] as? Double }

    @Test func theWorkedExampleScoresAsComputedByHand() throws {
        let blocks = try Self.yamlBlocks()
        try #require(blocks.count == 2)
        let folder = try TemporaryDirectory(prefix: "coherence-docs")
        try folder.write("Frameworks/example.yaml", blocks[0])
        try folder.write("example-2026.yaml", blocks[1])
        let result = try Programs.run("coherence", ["score", "--format", "json", "example-2026.yaml"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let card = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])

        func close(_ actual: Double?, _ expected: Double, _ what: String) {
            #expect(
                actual.map { abs($0 - expected) < 1e-9 } == true, "\(what): \(String(describing: actual)) ≠ \(expected)"
            )
        }
        let items = Dictionary(
            uniqueKeysWithValues: try #require(card["items"] as? [[String: Any]]).map { ($0["id"] as! String, $0) })
        // Scores 75, 25, —, 60, 100; gaps 0, 50, —, 20, 0; priorities 0, 1·0.5·(1+1), —, 1·0.2·1, 0.
        for (id, score, gap, priority) in [
            ("C1", 75.0, 0.0, 0.0), ("C2", 25, 50, 1.0), ("G1", 60, 20, 0.2), ("G2", 100, 0, 0),
        ] {
            close(Self.number(items[id], "score"), score, "\(id) score")
            close(Self.number(items[id], "gap"), gap, "\(id) gap")
            close(Self.number(items[id], "priority"), priority, "\(id) priority")
        }
        #expect(items["C3"]?["status"] as? String == "not-applicable")
        #expect(items["C3"]?["score"] is NSNull)

        let sections = try #require(card["sections"] as? [[String: Any]])
        close(Self.number(sections.first { $0["id"] as? String == "coop" }, "score"), 175.0 / 3, "coop")
        close(Self.number(sections.first { $0["id"] as? String == "gov" }, "score"), 60, "gov")
        close(Self.number(card["overall"], "score"), 715.0 / 12, "overall")
        #expect((card["overall"] as? [String: Any])?["band"] as? String == "Developing")

        let dimensions = try #require(card["dimensions"] as? [[String: Any]])
        let national = dimensions.first { $0["id"] as? String == "national" }
        close(Self.number(national, "score"), 160.0 / 3, "national")
        #expect(national?["band"] as? String == "Early")
        close(Self.number(dimensions.first { $0["id"] as? String == "interstate" }, "score"), 175.0 / 3, "interstate")
        close(Self.number(card["coherence"], "score"), 170.0 / 3, "coherence index")
        #expect((card["coherence"] as? [String: Any])?["band"] as? String == "Developing")

        let findings = try #require(card["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["status"] as? String == "triggered")
        #expect(findings.first?["items"] as? [String] == ["C1", "C2"])

        let plan = try #require(card["plan"] as? [[String: Any]])
        #expect(plan.map { $0["capacity"] as? String } == ["dialogue"])
        #expect(plan.first?["items"] as? [String] == ["C2", "G1"])
        close(Self.number(plan.first, "priority"), 1.2, "plan priority")

        let coverage = try #require(card["coverage"] as? [String: Int])
        #expect(coverage["items"] == 5 && coverage["applicable"] == 4 && coverage["answered"] == 4)
        #expect(coverage["not_applicable"] == 1 && coverage["unknown"] == 0 && coverage["unanswered"] == 0)
    }
}
