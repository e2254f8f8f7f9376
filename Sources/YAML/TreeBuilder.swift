/// Assembles parse events into a `Node` tree, checking keys, aliases, depth and the node budget.
///
/// Knows nothing of libyaml: `YAMLParser` feeds it one event at a time. Fatal problems (a limit
/// passed, an undefined alias) are thrown; problems the parse can continue past (duplicate or
/// non-scalar keys) are collected in `problems` so one run reports all of them.
struct TreeBuilder: ~Copyable {
    /// An anchored node and what an alias to it costs.
    private struct Anchor {
        var node: Node
        /// Nodes in the subtree, the node itself included.
        var count: Int
        /// Collection levels in the subtree: 0 for a scalar.
        var height: Int
    }

    /// A collection being read. Its finished nodes are on `nodes` from `start` on; a mapping's
    /// alternate key, value, key, value.
    private struct Frame {
        var location: Location
        var anchor: String?
        var isMapping: Bool
        var start: Int
        /// Whether the key on top of `nodes` was rejected, so its pair is dropped.
        var pendingKeyRejected = false
        /// The mapping's keys, once it has `TreeBuilder.keyIndexThreshold` pairs; smaller mappings
        /// are searched directly. Keys are equal as Swift strings are, by canonical equivalence, in
        /// the set as in the search.
        var keys: Set<String>?
        var count = 1
        var height = 1

        /// The place of `current` while no collection is open.
        static let none = Frame(
            location: Location(file: "", line: 0, column: 0), anchor: nil, isMapping: false, start: 0)
    }

    /// Mappings with fewer pairs than this find a duplicate key by a scan of their pairs, which is
    /// cheaper than hashing; larger ones keep a set of their keys, so a huge mapping stays linear.
    static let keyIndexThreshold = 16

    let limits: Limits
    /// The collections enclosing `current`, outermost first.
    private var stack: [Frame] = []
    /// The innermost open collection while `depth` > 0, kept out of `stack` so that it is changed
    /// in place, without an array access per field.
    private var current = Frame.none
    /// Open collections.
    private var depth = 0
    /// The finished nodes of all open collections, innermost last.
    private var nodes = NodeStack()
    private var anchors: [String: Anchor] = [:]
    private var nodeCount = 0
    /// Whether an alias has been expanded, so the node budget's message can name aliases.
    private var expandedAliases = false
    /// The finished top-level node of the document.
    private(set) var root: Node?
    /// Problems that did not stop the parse, in document order.
    private(set) var problems: [Diagnostic] = []

    init(limits: Limits) {
        self.limits = limits
    }

    mutating func scalar(
        _ scalar: consuming Scalar, anchor: consuming String?, at location: consuming Location
    ) throws(Diagnostic) {
        try spend(1, at: location)
        // A key is checked by its text before the text moves into its node: reading it back out
        // of the node would copy it.
        let isKey = depth > 0 && current.isMapping && (nodes.count - current.start) % 2 == 0
        let accepted = isKey && accept(keyText: scalar.text, at: location)
        // Moved into the node: without `consume` the scalar was copied in and the original released.
        finish(
            Node(.scalar(consume scalar), at: consume location), anchor: anchor, count: 1, height: 0, keyChecked: isKey,
            keyAccepted: accepted)
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
        expandedAliases = true
        finish(anchored.node, anchor: nil, count: anchored.count, height: anchored.height)
    }

    mutating func startCollection(
        isMapping: Bool, anchor: consuming String?, at location: consuming Location
    ) throws(Diagnostic) {
        if depth + 1 > limits.maxDepth { throw depthError(at: location, expandingAlias: nil) }
        try spend(1, at: location)
        var frame = Frame(location: location, anchor: anchor, isMapping: isMapping, start: nodes.count)
        swap(&frame, &current)
        if depth > 0 { stack.append(frame) }
        depth += 1
    }

    mutating func endCollection() {
        guard depth > 0 else { return }
        depth -= 1
        var frame = stack.popLast() ?? .none
        swap(&frame, &current)
        let content: Node.Content =
            frame.isMapping ? .mapping(nodes.popPairs(from: frame.start)) : .sequence(nodes.popNodes(from: frame.start))
        finish(Node(content, at: frame.location), anchor: frame.anchor, count: frame.count, height: frame.height)
    }

    /// Counts nodes against the budget.
    private mutating func spend(_ count: Int, at location: Location, alias: String? = nil) throws(Diagnostic) {
        nodeCount += count
        guard nodeCount > limits.maxNodes else { return }
        // Aliases are only blamed when the file has some: a large file without any is just large.
        let remedy =
            alias != nil || expandedAliases
            ? "use fewer aliases or split the content into smaller files"
            : "split the content into smaller files"
        let cause = alias.map { " when the alias '*\($0)' is expanded" } ?? ""
        throw .error("the document has more than \(limits.maxNodes) nodes\(cause): \(remedy)", at: location)
    }

    private func depthError(at location: Location, expandingAlias alias: String?) -> Diagnostic {
        let cause = alias.map { " when the alias '*\($0)' is expanded" } ?? ""
        return .error(
            "nesting is deeper than \(limits.maxDepth) levels\(cause): flatten the structure",
            at: location)
    }

    /// Records a finished node as the root, a sequence item, a key or a value. A key that was
    /// checked already says so, and whether it was accepted.
    private mutating func finish(
        _ node: consuming Node, anchor: consuming String?, count: Int, height: Int, keyChecked: Bool = false,
        keyAccepted: Bool = false
    ) {
        if let anchor { anchors[anchor] = Anchor(node: copy node, count: count, height: height) }
        guard depth > 0 else {
            root = node
            return
        }
        current.count += count
        current.height = max(current.height, height + 1)
        if !current.isMapping {
            nodes.push(node)
        } else if (nodes.count - current.start) % 2 == 1 {
            // A value: its key is on top.
            if current.pendingKeyRejected {
                _ = nodes.pop()
                current.pendingKeyRejected = false
            } else {
                nodes.push(node)
            }
        } else {
            let accepted = keyChecked ? keyAccepted : accept(key: node)
            nodes.push(node)
            current.pendingKeyRejected = !accepted
        }
    }

    /// Checks a key of the current mapping that was not a scalar event (a collection or an alias):
    /// true when it is accepted, else its problem is recorded.
    private mutating func accept(key: borrowing Node) -> Bool {
        guard case .scalar(let scalar) = key.content else {
            problems.append(
                .error(
                    "a mapping key must be a single value, not \(key.kindDescription): "
                        + "write the key as plain text",
                    at: key.location))
            return false
        }
        return accept(keyText: scalar.text, at: key.location)
    }

    /// Checks that a scalar key of the current mapping does not repeat an earlier key of the
    /// mapping: true when it is accepted, else its problem is recorded.
    private mutating func accept(keyText text: String, at location: Location) -> Bool {
        let pairs = (nodes.count - current.start) / 2
        guard isRepeated(text, pairs: pairs) else { return true }
        let first = (0..<pairs).first { nodes.isScalar(at: current.start + 2 * $0, text: text) } ?? 0
        problems.append(
            .error(
                "duplicate key '\(text)': remove it or rename it",
                at: location, notes: [.note("first defined here", at: nodes[current.start + 2 * first].location)]))
        return false
    }

    /// Whether `text` is the key of one of the current mapping's first `pairs`; when it is not, it
    /// is recorded as one of the mapping's keys.
    ///
    /// Every accepted key is on `nodes` by the time the next key is read, so they are the
    /// mapping's keys in order; past the threshold they are put in a set once and the set kept up.
    private mutating func isRepeated(_ text: String, pairs: Int) -> Bool {
        let start = current.start
        if current.keys == nil {
            if pairs < Self.keyIndexThreshold {
                return (0..<pairs).contains { nodes.isScalar(at: start + 2 * $0, text: text) }
            }
            var keys = Set<String>(minimumCapacity: pairs * 2)
            for position in 0..<pairs {
                if let existing = nodes[start + 2 * position].scalar?.text { keys.insert(existing) }
            }
            current.keys = keys
        }
        return !current.keys!.insert(text).inserted
    }
}

/// Nodes in one growing buffer, taken off the top into arrays of exactly their count: a
/// collection's nodes are moved, not copied, into the array its node holds.
private struct NodeStack: ~Copyable {
    private var base: UnsafeMutablePointer<Node>
    /// Room for an assessment's answers (a hundred pairs, two nodes each) without growing.
    private var capacity = 256
    private(set) var count = 0

    init() {
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    subscript(position: Int) -> Node {
        unsafeAddress { UnsafePointer(base + position) }
    }

    /// Whether the node at `position` is a scalar whose text is `text`, read in place.
    func isScalar(at position: Int, text: String) -> Bool {
        guard case .scalar(let scalar) = base[position].content else { return false }
        return scalar.text == text
    }

    mutating func push(_ node: consuming Node) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: node)
        count += 1
    }

    mutating func pop() -> Node {
        count -= 1
        return (base + count).move()
    }

    /// The nodes from `start` on, in order, as an array; they leave the stack.
    mutating func popNodes(from start: Int) -> [Node] {
        // Appending to a reserved array: `init(unsafeUninitializedCapacity:)` is not specialized.
        var items: [Node] = []
        items.reserveCapacity(count - start)
        for position in start..<count { items.append((base + position).move()) }
        count = start
        return items
    }

    /// The nodes from `start` on, key, value, key, value, as pairs; they leave the stack.
    mutating func popPairs(from start: Int) -> [Node.Pair] {
        var pairs: [Node.Pair] = []
        pairs.reserveCapacity((count - start) / 2)
        for position in stride(from: start, to: count - 1, by: 2) {
            pairs.append(Node.Pair(key: (base + position).move(), value: (base + position + 1).move()))
        }
        count = start
        return pairs
    }
}
