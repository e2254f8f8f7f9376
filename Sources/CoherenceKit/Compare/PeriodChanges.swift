/// The changes between consecutive periods of each country, from scorecards sorted by country, then period.
struct PeriodChanges {
    let cards: [Scorecard]
    /// Each card's items by id, in the same order as `cards`.
    let itemTables: [[String: ItemScore]]
    let sharedItems: [String]
    let dimensions: [Column]
    let sections: [Column]

    /// Every change, by country code, then period: one per pair of consecutive periods.
    func all() -> [PeriodChange] {
        var changes: [PeriodChange] = []
        for index in cards.indices.dropFirst() where cards[index].country.code == cards[index - 1].country.code {
            changes.append(change(from: index - 1, to: index))
        }
        return changes
    }

    private func change(from a: Int, to b: Int) -> PeriodChange {
        let before = cards[a]
        let after = cards[b]
        var improved: [ItemChange] = []
        var regressed: [ItemChange] = []
        var statusChanged: [ItemChange] = []
        for id in sharedItems {
            guard let old = itemTables[a][id], let new = itemTables[b][id] else { continue }
            let change = ItemChange(
                item: id, fromStatus: old.status, toStatus: new.status, fromValue: old.value, toValue: new.value,
                fromScore: old.score, toScore: new.score)
            if let from = old.score, let to = new.score, from != to {
                if to > from { improved.append(change) } else { regressed.append(change) }
            } else if old.status != new.status {
                statusChanged.append(change)
            }
        }
        let oldFindings = Dictionary(before.findings.map { ($0.rule, $0) }, uniquingKeysWith: { first, _ in first })
        var appeared: [FindingChange] = []
        var resolved: [FindingChange] = []
        for finding in after.findings {
            guard let old = oldFindings[finding.rule] else { continue }
            let change = FindingChange(rule: finding.rule, title: finding.title, severity: finding.severity)
            if finding.status == .triggered, old.status != .triggered { appeared.append(change) }
            if finding.status == .clear, old.status == .triggered { resolved.append(change) }
        }
        return PeriodChange(
            country: after.country, from: before.period, to: after.period,
            overall: ScoreChange(id: "overall", from: before.overall.score, to: after.overall.score),
            coherence: ScoreChange(id: "coherence", from: before.coherence.score, to: after.coherence.score),
            dimensions: dimensions.map {
                ScoreChange(id: $0.id, from: before.dimension($0.id)?.score, to: after.dimension($0.id)?.score)
            },
            sections: sections.map {
                ScoreChange(id: $0.id, from: before.section($0.id)?.score, to: after.section($0.id)?.score)
            },
            improved: improved, regressed: regressed, statusChanged: statusChanged, appeared: appeared,
            resolved: resolved)
    }
}
