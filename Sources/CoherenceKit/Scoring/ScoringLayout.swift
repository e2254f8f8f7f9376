/// What scoring needs from a framework that does not depend on the assessment, worked out once
/// per framework, so that scoring an assessment reads items, sections, dimensions and rules by
/// position and looks nothing up by id.
///
/// Positions are those of `Framework.allItems`, `Framework.allSections`, `Framework.dimensions`
/// and `Framework.rules`. Ids are unique, as the loader ensures.
struct ScoringLayout: Sendable {
    /// An item, with what its score, target, priority and plan entries need.
    struct ItemEntry: Sendable {
        let id: String
        /// The id of the section that holds the item.
        let section: String
        let weight: Double
        let scale: Scale
        /// The target value on the item's scale, and where it comes from.
        let targetValue: Double
        let targetSource: TargetSource
        /// `t`, the target normalized like a score, in [0, 1].
        let target: Double
        /// The capacity-module ids the item names, as written.
        let capacity: [String]
        /// Where in `itemModules` the positions of the capacity modules the item names are.
        let modules: Range<Int>
        /// Where in `itemRules` the positions of the rules that name the item are.
        let rules: Range<Int>
    }

    /// A section, with its children by position.
    struct SectionEntry: Sendable {
        let id: String
        let title: String
        /// The id of the enclosing section; nil at the top level.
        let parent: String?
        /// 0 for a top-level section, 1 for its children, and so on.
        let depth: Int
        let weight: Double
        let aggregate: Aggregation
        /// Whether an unknown or unanswered item in the subtree leaves the section unscored.
        let incomplete: IncompleteAnswers
        /// Positions of the section's own items, in document order.
        let items: [Int]
        /// Positions of its sub-sections, in document order.
        let sections: [Int]
        /// Positions of every item in its subtree, in document order, when it aggregates `flat`.
        let flatItems: [Int]
    }

    /// A capacity module an item or a rule names, with the title a plan entry shows.
    struct Module: Sendable {
        let id: String
        let title: String
    }

    /// An item's share in a dimension: `w_i·m_id`.
    struct Member: Sendable {
        let position: Int
        let weight: Double
    }

    let items: [ItemEntry]
    /// The positions in `modules` of the capacity modules each item names, without repeats, item
    /// after item: kept in one array so that reading an item's modules retains no array of its own.
    let itemModules: [Int]
    /// The positions of the rules whose `items` name each item, in rule order, item after item.
    let itemRules: [Int]
    /// The position of each item by id, for the functions expressions call.
    let itemPositions: [String: Int]
    let sections: [SectionEntry]
    /// Positions of the top-level sections.
    let topSections: [Int]
    let sectionPositions: [String: Int]
    /// Each dimension's members with membership > 0, in document order.
    let dimensions: [[Member]]
    let dimensionPositions: [String: Int]
    /// Each dimension's weight in the coherence index.
    let dimensionWeights: [Double]
    /// Every capacity module an item or a rule names.
    let modules: [Module]
    /// Positions in `modules` of the capacity modules each rule names, without repeats.
    let ruleModules: [[Int]]

    init(_ framework: Framework) {
        var modules: [Module] = []
        var modulePositions: [String: Int] = [:]
        func positions(ofModules ids: [String]) -> [Int] {
            var result: [Int] = []
            for id in ids {
                let position = modulePositions[id] ?? modules.count
                if position == modules.count {
                    modulePositions[id] = position
                    modules.append(Module(id: id, title: framework.capacityModule(id)?.title ?? id))
                }
                if !result.contains(position) { result.append(position) }
            }
            return result
        }

        var namingRules: [String: [Int]] = [:]
        for (position, rule) in framework.rules.enumerated() {
            for id in rule.items where namingRules[id]?.last != position {
                namingRules[id, default: []].append(position)
            }
        }
        var items: [ItemEntry] = []
        var itemModules: [Int] = []
        var itemRules: [Int] = []
        for (section, _) in framework.allSections {
            for item in section.items {
                let scale = framework.scale(of: item)
                let targetValue = framework.target(of: item)
                let targetSource: TargetSource =
                    if item.target != nil {
                        .item
                    } else if item.scale == framework.defaultScale, framework.defaultTarget != nil {
                        .frameworkDefault
                    } else { .scaleMaximum }
                let target = scale.normalize(targetValue)
                let modulesStart = itemModules.count
                itemModules += positions(ofModules: item.capacity)
                let rulesStart = itemRules.count
                itemRules += namingRules[item.id] ?? []
                items.append(
                    ItemEntry(
                        id: item.id, section: section.id, weight: item.weight, scale: scale, targetValue: targetValue,
                        targetSource: targetSource, target: target, capacity: item.capacity,
                        modules: modulesStart..<itemModules.count, rules: rulesStart..<itemRules.count))
            }
        }
        self.items = items
        self.itemModules = itemModules
        self.itemRules = itemRules
        itemPositions = framework.tree.itemPositions
        ruleModules = framework.rules.map { positions(ofModules: $0.capacity) }
        self.modules = modules

        // Sections and their items come in document order: a section's items follow those of the
        // sections before it, and its sub-sections follow it.
        var sections: [SectionEntry] = []
        var sectionPositions: [String: Int] = [:]
        var children: [[Int]] = []
        var topSections: [Int] = []
        var firstItem = 0
        for (position, (section, parent)) in framework.allSections.enumerated() {
            sectionPositions[section.id] = position
            children.append([])
            var depth = 0
            if let parent, let parentPosition = sectionPositions[parent] {
                children[parentPosition].append(position)
                depth = sections[parentPosition].depth + 1
            } else {
                topSections.append(position)
            }
            sections.append(
                SectionEntry(
                    id: section.id, title: section.title, parent: parent, depth: depth, weight: section.weight,
                    aggregate: section.aggregate, incomplete: section.incomplete,
                    items: Array(firstItem..<firstItem + section.items.count), sections: [], flatItems: []))
            firstItem += section.items.count
        }
        /// The positions of every item in the subtree of the section at `position`, in document order.
        func subtreeItems(_ position: Int) -> [Int] {
            sections[position].items + children[position].flatMap(subtreeItems)
        }
        self.sections = sections.indices.map { position in
            let entry = sections[position]
            return SectionEntry(
                id: entry.id, title: entry.title, parent: entry.parent, depth: entry.depth, weight: entry.weight,
                aggregate: entry.aggregate, incomplete: entry.incomplete, items: entry.items,
                sections: children[position],
                flatItems: entry.aggregate == .flat ? subtreeItems(position) : [])
        }
        self.topSections = topSections
        self.sectionPositions = sectionPositions

        dimensions = framework.dimensions.map { dimension in
            framework.allItems.indices.compactMap { position in
                let item = framework.allItems[position]
                guard let membership = item.dimensions.first(where: { $0.dimension == dimension.id }),
                    membership.weight > 0
                else { return nil }
                return Member(position: position, weight: item.weight * membership.weight)
            }
        }
        dimensionWeights = framework.dimensions.map(\.weight)
        dimensionPositions = Dictionary(
            framework.dimensions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
