/// Assembles parse events into a `Node` tree, checking keys, aliases, depth and the node budget.
///
/// Knows nothing of libyaml: `YAMLParser` feeds it one event at a time. Fatal problems (a limit
/// passed, an undefined alias) are thrown; problems the parse can continue past (duplicate or
/// non-scalar keys) are collected in `problems` so one run reports all of them.
struct TreeBuilder {
    /// An anchored node and what an alias to it costs.
    private struct Anchor {
        var node: Node
        /// Nodes in the subtree, the node itself included.
        var count: Int
        /// Collection levels in the subtree: 0 for a scalar.
        var height: Int
    }

    /// A collection being read.
    private struct Frame {
        var location: Location
        var anchor: String?
        var isMapping: Bool
        var items: [Node] = []
        var pairs: [Node.Pair] = []
        /// A key whose value has not been read yet.
        var pendingKey: Node?
        /// Whether the pending key was rejected, so its pair is dropped.
        var pendingKeyRejected = false
        /// The mapping's keys by text, once it has `TreeBuilder.keyIndexThreshold` pairs; smaller
        /// mappings are searched directly.
        var keys: KeyIndex?
        var count = 1
        var height = 1

        /// The place of `current` while no collection is open.
        static let none = Frame(location: Location(file: "", line: 0, column: 0), anchor: nil, isMapping: false)
    }

    /// Mappings with fewer pairs than this find a duplicate key by a scan of their pairs, which is
    /// cheaper than hashing; larger ones index their keys, so a huge mapping stays linear.
    static let keyIndexThreshold = 16

    let limits: Limits
    /// The collections enclosing `current`, outermost first.
    private var stack: [Frame] = []
    /// The innermost open collection while `depth` > 0, kept out of `stack` so that it is changed
    /// in place, without an array access per field.
    private var current = Frame.none
    /// Open collections.
    private var depth = 0
    private var anchors: [String: Anchor] = [:]
    private var nodeCount = 0
    /// The finished top-level node of the document.
    private(set) var root: Node?
    /// Problems that did not stop the parse, in document order.
    private(set) var problems: [Diagnostic] = []

    init(limits: Limits) {
        self.limits = limits
    }

    mutating func scalar(_ scalar: consuming Scalar, anchor: String?, at location: consuming Location) throws(Diagnostic) {
        try spend(1, at: location)
        finish(Node(.scalar(scalar), at: location), anchor: anchor, count: 1, height: 0)
    }

    mutating func alias(_ name: String, at location: Location) throws(Diagnostic) {
        guard let anchored = anchors[name] else {
            throw .error(
                "undefined alias '*\(name)': define the anchor '&\(name)' on a node before this alias",
                at: location)
        }
        if depth + anchored.height > limits.maxDepth {
            throw depthError(at: location, expandingAlias: name)
        }
        try spend(anchored.count, at: location, alias: name)
        finish(anchored.node, anchor: nil, count: anchored.count, height: anchored.height)
    }

    mutating func startCollection(isMapping: Bool, anchor: consuming String?, at location: consuming Location) throws(Diagnostic) {
        if depth + 1 > limits.maxDepth { throw depthError(at: location, expandingAlias: nil) }
        try spend(1, at: location)
        var frame = Frame(location: location, anchor: anchor, isMapping: isMapping)
        swap(&frame, &current)
        if depth > 0 { stack.append(frame) }
        depth += 1
    }

    mutating func endCollection() {
        guard depth > 0 else { return }
        depth -= 1
        var frame = stack.popLast() ?? .none
        swap(&frame, &current)
        let content: Node.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        finish(Node(content, at: frame.location), anchor: frame.anchor, count: frame.count, height: frame.height)
    }

    /// Counts nodes against the budget.
    private mutating func spend(_ count: Int, at location: Location, alias: String? = nil) throws(Diagnostic) {
        nodeCount += count
        guard nodeCount > limits.maxNodes else { return }
        let cause = alias.map { " when the alias '*\($0)' is expanded" } ?? ""
        throw .error(
            "the document has more than \(limits.maxNodes) nodes\(cause): "
                + "use fewer aliases or split the content into smaller files",
            at: location)
    }

    private func depthError(at location: Location, expandingAlias alias: String?) -> Diagnostic {
        let cause = alias.map { " when the alias '*\($0)' is expanded" } ?? ""
        return .error(
            "nesting is deeper than \(limits.maxDepth) levels\(cause): flatten the structure",
            at: location)
    }

    /// Records a finished node as the root, a sequence item, a key or a value.
    private mutating func finish(_ node: consuming Node, anchor: String?, count: Int, height: Int) {
        if let anchor { anchors[anchor] = Anchor(node: copy node, count: count, height: height) }
        guard depth > 0 else {
            root = node
            return
        }
        current.count += count
        current.height = max(current.height, height + 1)
        if !current.isMapping {
            current.items.append(node)
        } else if let key = current.pendingKey.take() {
            if !current.pendingKeyRejected { current.pairs.append(Node.Pair(key: key, value: node)) }
            current.pendingKeyRejected = false
        } else {
            let problem = Self.check(key: node, in: &current)
            current.pendingKey = node
            current.pendingKeyRejected = problem != nil
            if let problem { problems.append(problem) }
        }
    }

    /// Checks a mapping key: it must be a scalar, and not repeat an earlier key of the mapping.
    /// Returns the problem when the key is rejected.
    private static func check(key: Node, in frame: inout Frame) -> Diagnostic? {
        guard case .scalar(let scalar) = key.content else {
            return .error(
                "a mapping key must be a single value, not \(key.kindDescription): "
                    + "write the key as plain text",
                at: key.location)
        }
        if let first = firstPair(keyed: scalar.text, in: &frame) {
            return .error(
                "duplicate key '\(scalar.text)': remove it or rename it",
                at: key.location, notes: [.note("first defined here", at: frame.pairs[first].key.location)])
        }
        frame.keys?.insert(scalar.text, at: frame.pairs.count)
        return nil
    }

    /// The position of the pair whose key is `text`, or nil when the key is new to the mapping.
    ///
    /// Every accepted key is in `pairs` by the time the next key is read, so the pairs are the
    /// mapping's keys in order; past the threshold they are indexed once and the index kept up.
    private static func firstPair(keyed text: String, in frame: inout Frame) -> Int? {
        if frame.keys == nil {
            if frame.pairs.count < keyIndexThreshold {
                return frame.pairs.firstIndex { $0.key.scalar?.text == text }
            }
            var keys = KeyIndex(capacity: frame.pairs.count * 2)
            for (position, pair) in frame.pairs.enumerated() {
                if let existing = pair.key.scalar?.text { keys.insert(existing, at: position) }
            }
            frame.keys = keys
        }
        return frame.keys!.position(of: text, count: frame.pairs.count) { frame.pairs[$0].key.scalar?.text }
    }
}
