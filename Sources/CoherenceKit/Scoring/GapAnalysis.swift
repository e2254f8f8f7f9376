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
        layout.items.indices.map { position in
            let item = layout.items[position]
            let known = facts[position]
            var priorityFactors: PriorityFactors?
            if let s = known.fraction {
                let gap = max(0, item.target - s) * 100
                var naming: [String] = []
                var severityWeight = 0.0
                for slot in item.rules where findings[layout.itemRules[slot]].status == .triggered {
                    naming.append(findings[layout.itemRules[slot]].rule)
                    severityWeight += findings[layout.itemRules[slot]].severity.weight
                }
                priorityFactors = PriorityFactors(
                    weight: item.weight, gap: gap, findings: naming, severityWeight: severityWeight)
            }
            return ItemScore(
                id: item.id, section: item.section, status: known.status,
                notApplicableReason: known.notApplicableReason,
                value: known.value, score: known.score, weight: item.weight, targetValue: item.targetValue,
                targetSource: item.targetSource, target: 100 * item.target, gap: priorityFactors?.gap,
                priority: priorityFactors.map { $0.weight * ($0.gap / 100) * (1 + $0.severityWeight) },
                priorityFactors: priorityFactors, hasEvidence: known.hasEvidence, capacity: item.capacity)
        }
    }

    /// The capacity plan: one entry per module named by a gapped item or a triggered finding.
    func plan(items: [ItemScore]) -> [PlanEntry] {
        // How many gapped items name each module, so that each entry's item list is allocated once.
        let itemModules = layout.itemModules
        var itemCounts = [Int](repeating: 0, count: layout.modules.count)
        for position in items.indices {
            guard let gap = items[position].gap, gap > 0 else { continue }
            for slot in layout.items[position].modules { itemCounts[itemModules[slot]] += 1 }
        }
        // Entries in the order they are opened, at most one per module; `entryOf` finds a module's entry.
        var entries: [PlanEntry] = []
        entries.reserveCapacity(layout.modules.count)
        var entryOf = [Int?](repeating: nil, count: layout.modules.count)
        func entry(_ module: Int) -> Int {
            if let existing = entryOf[module] { return existing }
            entryOf[module] = entries.count
            var items: [String] = []
            if itemCounts[module] > 0 { items.reserveCapacity(itemCounts[module]) }
            let module = layout.modules[module]
            entries.append(PlanEntry(capacity: module.id, title: module.title, priority: 0, items: items, findings: []))
            return entries.count - 1
        }
        for position in items.indices {
            guard let gap = items[position].gap, gap > 0 else { continue }
            for slot in layout.items[position].modules {
                let index = entry(itemModules[slot])
                entries[index].items.append(items[position].id)
                entries[index].priority += items[position].priority ?? 0
            }
        }
        for rule in findings.indices where findings[rule].status == .triggered {
            for module in layout.ruleModules[rule] {
                entries[entry(module)].findings.append(findings[rule].rule)
            }
        }
        // Sorted in place, which moves the entries; `sorted` copied each one into a new array.
        entries.sort {
            $0.priority != $1.priority ? $0.priority > $1.priority : $0.capacity < $1.capacity
        }
        return entries
    }
}
