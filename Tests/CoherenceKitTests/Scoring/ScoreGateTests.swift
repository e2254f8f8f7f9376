import CoherenceKit
import Testing

/// The gates of `coherence score`.
@Suite struct ScoreGateTests {
    typealias F = Fixture

    static let framework = F.framework(
        [F.section("s", items: [F.item("a"), F.item("b")])],
        rules: [
            F.rule("R-MED", when: "level('a') < 50", severity: .medium),
            F.rule("R-CRIT", when: "level('b') > 1000", severity: .critical),
        ])

    static let card = Scorer.score(F.assessment([("a", F.level(40)), ("b", F.level(60))]), against: framework)  // overall 50

    @Test(arguments: [(nil, nil, 0), (50.0, nil, 0), (50.01, nil, 1)] as [(Double?, Severity?, Int)])
    func failUnder(minimum: Double?, severity: Severity?, failures: Int) {
        #expect(ScoreGate(failUnder: minimum, failOn: severity).failures(in: [Self.card]).count == failures)
    }

    /// R-MED (medium) is triggered; R-CRIT is clear and never counts.
    @Test(arguments: [(Severity.info, 1), (.low, 1), (.medium, 1), (.high, 0), (.critical, 0)])
    func failOn(severity: Severity, failures: Int) {
        let found = ScoreGate(failOn: severity).failures(in: [Self.card])
        #expect(found.count == failures)
        if failures == 1 {
            #expect(
                found[0]
                    == .findingAtLeast(
                        country: Self.card.country, period: "2026", rule: "R-MED", severity: .medium, limit: severity))
        }
    }

    /// A scorecard with nothing scored has no overall score to compare, so it passes --fail-under.
    @Test func nothingScoredPassesFailUnder() {
        let card = Scorer.score(F.assessment([("a", F.na), ("b", F.na)]), against: Self.framework)
        #expect(ScoreGate(failUnder: 100).failures(in: [card]).isEmpty)
    }

    /// Host functions called with ids that are not literals are checked when they run.
    @Test func dynamicIdsAreCheckedAtRunTime() {
        let framework = F.framework(
            [F.section("s", items: [F.item("a")])],
            rules: [
                F.rule("R-ID", when: "level(country.code) > 1"), F.rule("R-TYPE", when: "answered(1)"),
                F.rule("R-SEC", when: "section(period) > 1.0"), F.rule("R-LIT", when: "level('nope') > 1"),
            ])
        let card = Scorer.score(F.assessment([("a", F.level(10))]), against: framework)
        #expect(card.finding("R-ID")?.reason?.contains("no item 'VLR'") == true)
        #expect(card.finding("R-TYPE")?.reason?.contains("answered() expects one item id") == true)
        #expect(card.finding("R-SEC")?.reason?.contains("no section '2026'") == true)
        #expect(card.finding("R-LIT")?.reason?.contains("no item 'nope'") == true)
    }
}
