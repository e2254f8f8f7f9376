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
        /// Where each scalar key of the mapping was first written.
        var keys: [String: Location] = [:]
        var count = 1
        var height = 1
    }

    let limits: Limits
    private var stack: [Frame] = []
    private var anchors: [String: Anchor] = [:]
    private var nodeCount = 0
    /// The finished top-level node of the document.
    private(set) var root: Node?
    /// Problems that did not stop the parse, in document order.
    private(set) var problems: [Diagnostic] = []

    init(limits: Limits) {
        self.limits = limits
    }

    mutating func scalar(_ scalar: Scalar, anchor: String?, at location: Location) throws(Diagnostic) {
        try spend(1, at: location)
        let node = Node(.scalar(scalar), at: location)
        finish(node, anchor: anchor, count: 1, height: 0)
    }

    mutating func alias(_ name: String, at location: Location) throws(Diagnostic) {
        guard let anchored = anchors[name] else {
            throw .error(
                "undefined alias '*\(name)': define the anchor '&\(name)' on a node before this alias",
                at: location)
        }
        if stack.count + anchored.height > limits.maxDepth {
            throw depthError(at: location, expandingAlias: name)
        }
        try spend(anchored.count, at: location, alias: name)
        finish(anchored.node, anchor: nil, count: anchored.count, height: anchored.height)
    }

    mutating func startCollection(isMapping: Bool, anchor: String?, at location: Location) throws(Diagnostic) {
        if stack.count + 1 > limits.maxDepth { throw depthError(at: location, expandingAlias: nil) }
        try spend(1, at: location)
        stack.append(Frame(location: location, anchor: anchor, isMapping: isMapping))
    }

    mutating func endCollection() {
        guard let frame = stack.popLast() else { return }
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
    private mutating func finish(_ node: Node, anchor: String?, count: Int, height: Int) {
        if let anchor { anchors[anchor] = Anchor(node: node, count: count, height: height) }
        guard var frame = stack.popLast() else {
            root = node
            return
        }
        frame.count += count
        frame.height = max(frame.height, height + 1)
        if !frame.isMapping {
            frame.items.append(node)
        } else if let key = frame.pendingKey {
            if !frame.pendingKeyRejected { frame.pairs.append(Node.Pair(key: key, value: node)) }
            frame.pendingKey = nil
            frame.pendingKeyRejected = false
        } else {
            frame.pendingKey = node
            frame.pendingKeyRejected = !accept(key: node, in: &frame)
        }
        stack.append(frame)
    }

    /// Checks a mapping key: it must be a scalar, and not repeat an earlier key of the mapping.
    private mutating func accept(key: Node, in frame: inout Frame) -> Bool {
        guard case .scalar(let scalar) = key.content else {
            problems.append(
                .error(
                    "a mapping key must be a single value, not \(key.kindDescription): "
                        + "write the key as plain text",
                    at: key.location))
            return false
        }
        if let first = frame.keys[scalar.text] {
            problems.append(
                .error(
                    "duplicate key '\(scalar.text)': remove it or rename it",
                    at: key.location, notes: [.note("first defined here", at: first)]))
            return false
        }
        frame.keys[scalar.text] = key.location
        return true
    }
}
