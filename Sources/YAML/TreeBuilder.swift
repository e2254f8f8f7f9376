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
        /// Where each scalar key of the mapping was first written, once the mapping has
        /// `TreeBuilder.keyIndexThreshold` pairs; smaller mappings are searched directly.
        var keys: [String: Location]?
        var count = 1
        var height = 1
    }

    /// Mappings with fewer pairs than this find a duplicate key by a scan of their pairs, which is
    /// cheaper than hashing; larger ones index their keys, so a huge mapping stays linear.
    static let keyIndexThreshold = 16

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
    ///
    /// The open collection is changed in place on the stack, so its arrays are not copied.
    private mutating func finish(_ node: Node, anchor: String?, count: Int, height: Int) {
        if let anchor { anchors[anchor] = Anchor(node: node, count: count, height: height) }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].count += count
        stack[top].height = max(stack[top].height, height + 1)
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            if !stack[top].pendingKeyRejected { stack[top].pairs.append(Node.Pair(key: key, value: node)) }
            stack[top].pendingKey = nil
            stack[top].pendingKeyRejected = false
        } else {
            let problem = Self.check(key: node, in: &stack[top])
            stack[top].pendingKey = node
            stack[top].pendingKeyRejected = problem != nil
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
        if let first = firstLocation(of: scalar.text, in: &frame) {
            return .error(
                "duplicate key '\(scalar.text)': remove it or rename it",
                at: key.location, notes: [.note("first defined here", at: first)])
        }
        frame.keys?[scalar.text] = key.location
        return nil
    }

    /// Where `text` was first used as a key of the mapping, or nil when it is new.
    ///
    /// Every accepted key is in `pairs` by the time the next key is read, so the pairs are the
    /// mapping's keys in order; past the threshold they are indexed once and the index kept up.
    private static func firstLocation(of text: String, in frame: inout Frame) -> Location? {
        if let keys = frame.keys { return keys[text] }
        if frame.pairs.count < keyIndexThreshold {
            for pair in frame.pairs {
                if case .scalar(let existing) = pair.key.content, existing.text == text { return pair.key.location }
            }
            return nil
        }
        var keys: [String: Location] = [:]
        keys.reserveCapacity(frame.pairs.count * 2)
        for pair in frame.pairs {
            if case .scalar(let existing) = pair.key.content, keys[existing.text] == nil {
                keys[existing.text] = pair.key.location
            }
        }
        frame.keys = keys
        return keys[text]
    }
}
