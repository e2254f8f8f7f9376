/// Bounds that keep a hostile YAML file from exhausting memory or time (DESIGN §9).
///
/// Every bound is inclusive: a file of exactly `maxFileSize` bytes, a tree exactly `maxDepth`
/// collections deep and a tree of exactly `maxNodes` nodes are accepted; one more is an error.
public struct Limits: Sendable, Hashable {
    /// The largest file, in bytes, that is parsed at all. Checked before parsing.
    public var maxFileSize: Int
    /// The deepest nesting of mappings and sequences, counted after alias expansion.
    public var maxDepth: Int
    /// The most nodes (scalars, sequences and mappings, keys included) after alias expansion.
    public var maxNodes: Int

    public init(maxFileSize: Int = 16 * 1024 * 1024, maxDepth: Int = 64, maxNodes: Int = 100_000) {
        self.maxFileSize = maxFileSize
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    /// 16 MiB, 64 levels, 100,000 nodes.
    public static let `default` = Limits()
}
