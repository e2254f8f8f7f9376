public import YAML

/// An answer scale: named levels, or a numeric range.
public struct Scale: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Distinct values in ascending order.
        case levels([Level])
        /// Any number from `min` to `max` inclusive.
        case range(min: Double, max: Double)
    }

    public var id: String
    public var kind: Kind
    public var location: Location

    public init(id: String, kind: Kind, location: Location) {
        self.id = id
        self.kind = kind
        self.location = location
    }

    /// The lowest value an answer can take.
    public var min: Double {
        switch kind {
        case .levels(let levels): levels.first?.value ?? 0
        case .range(let min, _): min
        }
    }

    /// The highest value an answer can take.
    public var max: Double {
        switch kind {
        case .levels(let levels): levels.last?.value ?? 0
        case .range(_, let max): max
        }
    }

    /// The levels of a level scale; empty for a range.
    public var levels: [Level] {
        if case .levels(let levels) = kind { return levels }
        return []
    }

    /// Whether `value` is an answer this scale accepts.
    public func contains(_ value: Double) -> Bool {
        switch kind {
        case .levels(let levels): levels.contains { $0.value == value }
        case .range(let min, let max): value >= min && value <= max
        }
    }

    /// The level whose label matches `label`, ignoring case.
    public func level(labeled label: String) -> Level? {
        levels.first { $0.label.lowercased() == label.lowercased() }
    }

    /// The level with the given value.
    public func level(valued value: Double) -> Level? {
        levels.first { $0.value == value }
    }

    /// `value` normalized to [0, 1]: `(v − min) / (max − min)`; a one-value scale gives 1.
    public func normalize(_ value: Double) -> Double {
        let span = max - min
        return span > 0 ? (value - min) / span : 1
    }
}

/// One level of a scale.
public struct Level: Sendable, Hashable {
    public var value: Double
    public var label: String
    public var meaning: String?

    public init(value: Double, label: String, meaning: String? = nil) {
        self.value = value
        self.label = label
        self.meaning = meaning
    }
}
