/// The plain sentences that open every human report.
extension GapReport {
    /// Overall score, coherence index and coverage, one sentence each.
    public var summarySentences: [String] {
        let card = scorecard
        var sentences: [String] = []
        if let overall = card.overall.score {
            sentences.append(
                "\(country.name) scores \(ReportText.score(overall)) out of 100 overall"
                    + (card.overall.band.map { " (\($0))" } ?? "") + ".")
        } else if incompleteIsUnscored, card.coverage.unknown + card.coverage.unanswered > 0 {
            let unresolved = card.coverage.unknown + card.coverage.unanswered
            sentences.append(
                "\(country.name) has no overall score: this framework's method gives none while any answer is unknown or "
                    + "missing (\(unresolved) \(unresolved == 1 ? "is" : "are")), and leaves unscored each section that holds one."
            )
        } else {
            sentences.append("No item could be scored, so \(country.name) has no overall score.")
        }
        let scored = card.dimensions.filter { $0.score != nil }
        if let coherence = card.coherence.score {
            var sentence =
                "Its policy coherence index is \(ReportText.score(coherence))"
                + (card.coherence.band.map { " (\($0))" } ?? "")
            if scored.count > 1, let weakest = scored.min(by: { $0.score! < $1.score! }),
                let strongest = scored.max(by: { $0.score! < $1.score! }), weakest.id != strongest.id
            {
                sentence +=
                    "; the weakest dimension is \(weakest.title) at \(ReportText.score(weakest.score))"
                    + " and the strongest \(strongest.title) at \(ReportText.score(strongest.score))"
            }
            sentences.append(sentence + ".")
        } else if !card.dimensions.isEmpty {
            sentences.append("No coherence dimension could be scored, so there is no coherence index.")
        }
        let c = card.coverage
        var coverage = "Answered: \(c.answered) of \(ReportText.count(c.applicable, "applicable item"))"
        let missing = [(c.unknown, "unknown"), (c.unanswered, "unanswered")].filter { $0.0 > 0 }.map {
            "\($0.0) \($0.1)"
        }
        if !missing.isEmpty { coverage += " (" + missing.joined(separator: ", ") + ", counted as 0)" }
        coverage +=
            "; \(ReportText.count(c.withEvidence, "answer")) " + (c.withEvidence == 1 ? "cites" : "cite") + " evidence"
        if c.notApplicable > 0 {
            coverage +=
                "; \(ReportText.count(c.notApplicable, "item")) " + (c.notApplicable == 1 ? "does" : "do")
                + " not apply"
        }
        sentences.append(coverage + ".")
        return sentences
    }

    /// The most serious triggered findings, one sentence each; empty when none is triggered.
    public var findingSentences: [String] {
        topFindings.map { f in
            "\(f.finding.title) (\(f.finding.severity.rawValue) severity, \(f.finding.rule)): \(f.finding.finding)"
        }
    }

    /// The highest-priority gaps, one sentence each; empty when there is no gap.
    public var gapSentences: [String] {
        gaps.prefix(Self.highlightCount).map { item in
            let state: String
            switch item.score.status {
            case .answered: state = "is at \(item.answer), short of its target \(item.targetLabel)"
            case .unknown:
                state = "is unknown to the respondents, which counts as 0 against a target of \(item.targetLabel)"
            case .unanswered: state = "is unanswered, which counts as 0 against a target of \(item.targetLabel)"
            case .notApplicable: state = "does not apply"
            }
            return "\(item.id) (“\(item.question)”) \(state): "
                + "gap \(ReportText.score(item.score.gap)), priority \(ReportText.priority(item.score.priority))."
        }
    }
}

extension GapReport {
    /// How every priority in the report is made, in words.
    public static let priorityExplanation =
        "Priority = weight × gap/100 × (1 + severity bonus), where the gap is how far the item's score falls short "
        + "of its target (0–100) and the severity bonus sums the severity weights of the triggered findings that "
        + "name the item (info 0, low 0.25, medium 0.5, high 1, critical 2). Highest priority first."
}

extension ReportFinding {
    /// What answer would decide an undetermined finding: "answer COOP-02 (unanswered)", or the reason alone.
    public var decidingText: String {
        let open = undecidedItems
        guard !open.isEmpty else { return "check the reason: the items it reads are answered" }
        return open.map { item in
            switch item.score.status {
            case .notApplicable: "\(item.id) is not applicable: rewrite the rule or answer it"
            default: "answer \(item.id) (now \(item.statusText))"
            }
        }.joined(separator: "; ")
    }
}

extension ReportItem {
    /// The note with its author, for appendix tables: "Two courses held — Ministry of Labour".
    public var noteText: String {
        var parts: [String] = []
        if let reason = score.notApplicableReason { parts.append("Not applicable: \(reason)") }
        if let note { parts.append(note) }
        if let by { parts.append("(answered by \(by))") }
        return parts.joined(separator: " ")
    }
}
