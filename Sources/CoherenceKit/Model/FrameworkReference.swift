public import YAML

/// A framework named by its id and version: what an assessment file's header names, what
/// `FrameworkLibrary` looks up, and what a scorecard says it was scored against.
public struct FrameworkReference: Sendable, Hashable {
    public var id: String
    public var version: String
    /// Where the reference is written, when it was read from a file: what a message about a
    /// framework that cannot be found points at.
    public var location: Location?

    /// A reference to version `version` of framework `id`, written at `location` when it was read.
    public init(id: String, version: String, location: Location? = nil) {
        self.id = id
        self.version = version
        self.location = location
    }
}
