import YAML

/// Visits every node of a parsed tree through the public accessors, so the fuzzer covers them.
public enum FuzzWalk {
    /// Reads each node's typed value, kind and location; returns how many nodes it saw.
    @discardableResult
    public static func visit(_ node: Node) -> Int {
        _ = node.kindDescription
        _ = node.location.description
        switch node.content {
        case .scalar(let scalar):
            _ = scalar.value
            return 1
        case .sequence(let items):
            return items.reduce(1) { $0 + visit($1) }
        case .mapping(let pairs):
            return pairs.reduce(1) { $0 + visit($1.key) + visit($1.value) }
        }
    }
}
