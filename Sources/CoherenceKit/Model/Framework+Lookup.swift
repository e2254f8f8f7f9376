/// Lookups over a framework's tree, for loaders, scorers and renderers.
extension Framework {
    /// Every item in document order (depth first: a section's items, then its sub-sections).
    public var allItems: [Item] { tree.items }

    /// Every section in document order, each with the id of its parent (nil at the top).
    public var allSections: [(section: Section, parent: String?)] { tree.sections }

    /// The first item with id `id`, found through an index kept with the flattened items.
    public func item(_ id: String) -> Item? { tree.itemPositions[id].map { tree.items[$0] } }

    /// The ids of every item, without repeats, sorted.
    var sortedItemIDs: [String] { tree.itemPositions.keys.sorted() }

    public func scale(_ id: String) -> Scale? { scales.first { $0.id == id } }

    public func dimension(_ id: String) -> Dimension? { dimensions.first { $0.id == id } }

    public func capacityModule(_ id: String) -> CapacityModule? { capacity.first { $0.id == id } }

    /// The scale an item answers on.
    public func scale(of item: Item) -> Scale {
        guard let scale = scale(item.scale) else {
            preconditionFailure("item '\(item.id)' names scale '\(item.scale)', which a loaded framework always has")
        }
        return scale
    }

    /// An item's target value: its own, else the default target when it uses the default scale, else
    /// its scale's maximum (DESIGN.md §5).
    public func target(of item: Item) -> Double {
        if let target = item.target { return target }
        if item.scale == defaultScale, let defaultTarget { return defaultTarget }
        return scale(of: item).max
    }

    /// The label of the band with the greatest `min` ≤ `score`; nil without bands or score.
    public func band(for score: Double?) -> String? {
        bandEntry(for: score)?.label
    }

    /// The band with the greatest `min` ≤ `score`, with its code and meaning; nil without bands or score.
    public func bandEntry(for score: Double?) -> Band? {
        guard let score else { return nil }
        return bands.last { $0.min <= score }
    }
}
