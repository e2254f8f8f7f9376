/// Targets, gaps, priorities and the capacity plan of one assessment (DESIGN.md §5).
///
/// Pure arithmetic over item facts and findings; the scorer calls it after the findings are known,
/// since a triggered finding raises the priority of the items it names.
struct GapAnalysis: Sendable {
    let layout: ScoringLayout
    /// Facts by item position.
    let facts: [ItemFacts]
    /// Findings by rule position.
    let findings: [Finding]

    /// Every item's score, target, gap and priority, in document order.
    func itemScores() -> [ItemScore] {
        layout.items.indices.map(itemScore)
    }

    /// The capacity plan: one entry per module named by a gapped item or a triggered finding.
    func plan(items: [ItemScore]) -> [PlanEntry] {
        // Entries in the order they are opened; `entryOf` finds a module's entry.
        var entries: [PlanEntry] = []
        var entryOf = [Int?](repeating: nil, count: layout.modules.count)
        func entry(_ module: Int) -> Int {
            if let existing = entryOf[module] { return existing }
            entryOf[module] = entries.count
            entries.append(PlanEntry(
                capacity: layout.modules[module].id, title: layout.modules[module].title, priority: 0, items: [],
                findings: []))
            return entries.count - 1
        }
        for position in items.indices {
            guard let gap = items[position].gap, gap > 0 else { continue }
            for module in layout.items[position].modules {
                let index = entry(module)
                entries[index].items.append(items[position].id)
                entries[index].priority += items[position].priority ?? 0
            }
        }
        for rule in findings.indices where findings[rule].status == .triggered {
            for module in layout.ruleModules[rule] {
                entries[entry(module)].findings.append(findings[rule].rule)
            }
        }
        return entries.sorted {
            $0.priority != $1.priority ? $0.priority > $1.priority : $0.capacity < $1.capacity
        }
    }

    // MARK: - Items

    /// The item at `position`; the layout's entry is read in place, field by field, not copied.
    private func itemScore(_ position: Int) -> ItemScore {
        let facts = facts[position]
        let weight = layout.items[position].weight
        var gap: Double?
        var priority: Double?
        var factors: PriorityFactors?
        if let s = facts.fraction {
            let itemGap = max(0, layout.items[position].target - s) * 100
            var naming: [String] = []
            var severityWeight = 0.0
            for rule in layout.items[position].rules where findings[rule].status == .triggered {
                naming.append(findings[rule].rule)
                severityWeight += findings[rule].severity.weight
            }
            gap = itemGap
            priority = weight * (itemGap / 100) * (1 + severityWeight)
            factors = PriorityFactors(weight: weight, gap: itemGap, findings: naming, severityWeight: severityWeight)
        }
        return ItemScore(
            id: layout.items[position].id, section: layout.items[position].section, status: facts.status,
            notApplicableReason: facts.notApplicableReason, value: facts.value, score: facts.score, weight: weight,
            targetValue: layout.items[position].targetValue, targetSource: layout.items[position].targetSource,
            target: 100 * layout.items[position].target, gap: gap, priority: priority, priorityFactors: factors,
            hasEvidence: facts.hasEvidence, capacity: layout.items[position].capacity)
    }
}
