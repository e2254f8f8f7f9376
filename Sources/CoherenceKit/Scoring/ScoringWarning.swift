public import YAML

/// A problem met while scoring that did not stop it.
public struct ScoringWarning: Sendable, Hashable {
    /// The item concerned.
    public var item: String
    /// What went wrong, such as "applies_if: no such key: 'rcps'".
    public var message: String
    /// Where the expression concerned starts in the framework file, when known.
    public var location: Location?

    public init(item: String, message: String, location: Location? = nil) {
        self.item = item
        self.message = message
        self.location = location
    }
}
