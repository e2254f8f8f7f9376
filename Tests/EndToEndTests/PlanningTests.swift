import Foundation
import TestSupport
import Testing

/// `coherence whatif` and `coherence plan` run as a user would, on `ScoreTests`' mini framework:
/// A (weight 1, in `national`) and B (weight 3) on a 0–4 scale; R-ENF triggers while A ≥ 2 and
/// B ≤ 1. With A = 2 (50) and B = 1 (25): overall (50 + 3·25)/4 = 31.25, coherence 50.
@Suite struct PlanningTests {
    static func folder() throws -> TemporaryDirectory {
        try ScoreTests.folder(["a.yaml": ScoreTests.assessment(a: "2", b: "1")])
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func whatIfShowsBothScorecardsSideBySide() throws {
        let folder = try Self.folder()
        let dir = folder.url
        // B = 3 (75): overall (50 + 225)/4 = 68.75, High; R-ENF clears; B's gap 50 closes.
        let result = try Programs.run("coherence", ["whatif", "a.yaml", "--set", "B=Implemented"], in: dir)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("  B  Initiated (1) → Implemented (3)"))
        #expect(result.stdout.contains("overall     31.3 Low   68.8 High  (+37.5)"))
        #expect(result.stdout.contains("coherence   50.0 High  50.0 High"))
        #expect(result.stdout.contains("R-ENF clears (triggered → clear, high): Policy without enforcement"))
        #expect(result.stdout.contains("  B  50.0 → 0.0  closes"))
        #expect(result.stdout.contains("emm-labour  0.50 → 0.25"))
    }

    @Test func whatIfAsJSON() throws {
        let folder = try Self.folder()
        let dir = folder.url
        let result = try Programs.run(
            "coherence", ["whatif", "a.yaml", "--set", "B=3", "--set", "A=n/a", "--format", "json"], in: dir)
        #expect(result.status == 0)
        let json = try Self.json(result.stdout)
        #expect(json["schema"] as? String == "coherence.whatif/1")
        // A not applicable: overall is B alone (75); coherence has no dimension left to score.
        // R-ENF reads A, which has no level now, but B ≤ 1 is false, which decides `&&`: clear.
        let overall = try #require(json["overall"] as? [String: [String: Any]])
        #expect(overall["before"]?["score"] as? Double == 31.25)
        #expect(overall["after"]?["score"] as? Double == 75)
        #expect((json["coherence"] as? [String: [String: Any]])?["after"]?["score"] is NSNull)
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.map { $0["item"] as? String } == ["B", "A"])
        #expect((changes[1]["after"] as? [String: Any])?["status"] as? String == "not-applicable")
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(
            findings.map { "\($0["rule"] ?? "") \($0["before"] ?? "") \($0["after"] ?? "")" } == [
                "R-ENF triggered clear"
            ])
    }

    @Test func planFindsTheCheapestStepsAndPrintsPlan1() throws {
        let folder = try Self.folder()
        let dir = folder.url
        // +28.75 needed: B's steps gain 18.75 each, A's 6.25: two steps of B (cost 2) beat B + 2·A (cost 3).
        let result = try Programs.run(
            "coherence", ["plan", "a.yaml", "--target", "overall=60", "--format", "json"], in: dir)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                {
                  "schema": "coherence.plan/1",
                  "metric": "overall",
                  "target": 60.0,
                  "start": 31.25,
                  "reached": true,
                  "cost": 2.0,
                  "steps": [
                    {
                      "item": "B",
                      "from": 1,
                      "to": 2,
                      "cost": 1.0,
                      "score_after": 50.0
                    },
                    {
                      "item": "B",
                      "from": 2,
                      "to": 3,
                      "cost": 1.0,
                      "score_after": 68.75
                    }
                  ]
                }

                """)
        let text = try Programs.run("coherence", ["plan", "a.yaml", "--target", "overall=60"], in: dir)
        #expect(text.status == 0)
        #expect(text.stdout.contains("plan to lift overall from 31.3 to 60.0\nreached in 2 steps, cost 2"))
        #expect(text.stdout.contains("  1. B  1 → 2  cost 1  → 50.0"))
    }

    /// The plan's steps, set with whatif, give the plan's last score exactly.
    @Test func whatIfReplaysThePlan() throws {
        let folder = try Self.folder()
        let dir = folder.url
        let plan = try Self.json(
            try Programs.run(
                "coherence",
                ["plan", "a.yaml", "--target", "coherence=100", "--format", "json"], in: dir
            ).stdout)
        let steps = try #require(plan["steps"] as? [[String: Any]])
        #expect(steps.map { $0["item"] as? String } == ["A", "A"])
        let sets = steps.flatMap { ["--set", "\($0["item"]!)=\($0["to"]!)"] }
        let whatIf = try Self.json(
            try Programs.run("coherence", ["whatif", "a.yaml", "--format", "json"] + sets, in: dir).stdout)
        let after = (whatIf["coherence"] as? [String: [String: Any]])?["after"]?["score"] as? Double
        #expect(after == steps.last?["score_after"] as? Double)
        #expect(after == 100)
    }

    @Test(arguments: [
        (
            ["whatif", "a.yaml", "--set", "AA=3"], Int32(64),
            "error: --set AA=3: unknown item 'AA' (did you mean 'A'?): framework 'mini' 1 has no such item"
        ),
        (
            ["whatif", "a.yaml", "--set", "A=Adoptd"], 64,
            "error: --set A=Adoptd: 'Adoptd' is not an answer to 'A' (did you mean 'Adopted'?): use 0 Absent, 1 Initiated, 2 Adopted, 3 Implemented, 4 Monitored, n/a or unknown"
        ),
        (
            ["plan", "a.yaml", "--target", "overal=50"], 64,
            "error: --target overal=50: unknown metric 'overal' (did you mean 'overall'?): use overall, coherence, a dimension ('national') or a section id"
        ),
        (
            ["plan", "a.yaml", "--target", "coop=150"], 64,
            "error: --target coop=150: the target of 'coop' must be a score from 0 to 100, got 150"
        ),
        (
            ["plan", "a.yaml", "--target", "overall"], 64,
            "--target must be METRIC=SCORE, for example coherence=70, got 'overall'"
        ),
        (["whatif", "a.yaml"], 64, "give at least one answer to change with --set ITEM=ANSWER"),
        (["whatif", "missing.yaml", "--set", "A=1"], 66, "missing.yaml"),
    ])
    func refusesWithAMessageAndAnExitCode(arguments: [String], status: Int32, message: String) throws {
        let folder = try Self.folder()
        let dir = folder.url
        let result = try Programs.run("coherence", arguments, in: dir)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout == "")
    }
}
