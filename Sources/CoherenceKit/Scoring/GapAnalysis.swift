/// Targets, gaps, priorities and the capacity plan of one assessment (DESIGN.md §5).
///
/// Pure arithmetic over item facts and findings; the scorer calls it after the findings are known,
/// since a triggered finding raises the priority of the items it names.
struct GapAnalysis: Sendable {
    let framework: Framework
    let facts: [String: ItemFacts]
    let findings: [Finding]

    /// Every item's score, target, gap and priority, in document order.
    func itemScores() -> [ItemScore] {
        let triggered = findings.filter { $0.status == .triggered }
        var result: [ItemScore] = []
        for (section, _) in framework.allSections {
            for item in section.items {
                result.append(itemScore(item, in: section.id, triggered: triggered))
            }
        }
        return result
    }

    /// The capacity plan: one entry per module named by a gapped item or a triggered finding.
    func plan(items: [ItemScore]) -> [PlanEntry] {
        var order: [String] = []
        var entries: [String: PlanEntry] = [:]
        func entry(_ id: String) -> PlanEntry {
            if let existing = entries[id] { return existing }
            order.append(id)
            let title = framework.capacityModule(id)?.title ?? id
            return PlanEntry(capacity: id, title: title, priority: 0, items: [], findings: [])
        }
        for item in items {
            guard let gap = item.gap, gap > 0 else { continue }
            for module in unique(item.capacity) {
                var current = entry(module)
                current.items.append(item.id)
                current.priority += item.priority ?? 0
                entries[module] = current
            }
        }
        for finding in findings where finding.status == .triggered {
            for module in unique(finding.capacity) {
                var current = entry(module)
                current.findings.append(finding.rule)
                entries[module] = current
            }
        }
        return order.compactMap { entries[$0] }.sorted {
            $0.priority != $1.priority ? $0.priority > $1.priority : $0.capacity < $1.capacity
        }
    }

    // MARK: - Items

    private func itemScore(_ item: Item, in section: String, triggered: [Finding]) -> ItemScore {
        let facts = facts[item.id]!
        let scale = framework.scale(of: item)
        let targetValue = framework.target(of: item)
        let t = scale.normalize(targetValue)
        var gap: Double?
        var priority: Double?
        var factors: PriorityFactors?
        if let s = facts.fraction {
            let itemGap = max(0, t - s) * 100
            let naming = triggered.filter { $0.items.contains(item.id) }
            let severityWeight = naming.reduce(0) { $0 + $1.severity.weight }
            gap = itemGap
            priority = item.weight * (itemGap / 100) * (1 + severityWeight)
            factors = PriorityFactors(
                weight: item.weight, gap: itemGap, findings: naming.map(\.rule), severityWeight: severityWeight)
        }
        return ItemScore(
            id: item.id, section: section, status: facts.status, notApplicableReason: facts.notApplicableReason,
            value: facts.value, score: facts.score, weight: item.weight, targetValue: targetValue,
            targetSource: targetSource(of: item), target: 100 * t, gap: gap, priority: priority,
            priorityFactors: factors, hasEvidence: facts.hasEvidence, capacity: item.capacity)
    }

    /// Which of the three sources of §5 gives the item its target.
    private func targetSource(of item: Item) -> TargetSource {
        if item.target != nil { return .item }
        if item.scale == framework.defaultScale, framework.defaultTarget != nil { return .frameworkDefault }
        return .scaleMaximum
    }

    /// `ids` without repeats, first occurrence kept.
    private func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
