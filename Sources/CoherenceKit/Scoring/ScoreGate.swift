/// The gates of `coherence score`: a minimum overall score and a maximum finding severity.
public struct ScoreGate: Sendable, Hashable {
    /// Why a scorecard fails a gate.
    public enum Failure: Sendable, Hashable, CustomStringConvertible {
        /// The overall score is below the minimum.
        case scoreBelow(country: Country, period: String, score: Double, minimum: Double)
        /// A triggered finding is at least as severe as the limit.
        case findingAtLeast(country: Country, period: String, rule: String, severity: Severity, limit: Severity)

        public var description: String {
            switch self {
            case .scoreBelow(let country, let period, let score, let minimum):
                "\(country.code) \(period): overall score \(score) is below \(minimum) (--fail-under)"
            case .findingAtLeast(let country, let period, let rule, let severity, let limit):
                "\(country.code) \(period): finding '\(rule)' is triggered with severity \(severity.rawValue), "
                    + "at least \(limit.rawValue) (--fail-on)"
            }
        }
    }

    /// Scorecards whose overall score is below this fail; a scorecard with no overall score passes.
    public var failUnder: Double?
    /// Scorecards with a triggered finding of this severity or higher fail.
    public var failOn: Severity?

    public init(failUnder: Double? = nil, failOn: Severity? = nil) {
        self.failUnder = failUnder
        self.failOn = failOn
    }

    /// Every gate failure of `cards`, in input order; empty when all pass.
    public func failures(in cards: [Scorecard]) -> [Failure] {
        var result: [Failure] = []
        for card in cards {
            if let failUnder, let score = card.overall.score, score < failUnder {
                result.append(.scoreBelow(country: card.country, period: card.period, score: score, minimum: failUnder))
            }
            if let failOn {
                for finding in card.findings where finding.status == .triggered && finding.severity >= failOn {
                    result.append(
                        .findingAtLeast(
                            country: card.country, period: card.period, rule: finding.rule, severity: finding.severity,
                            limit: failOn))
                }
            }
        }
        return result
    }
}
