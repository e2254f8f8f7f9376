/// A ``MetricShape``'s value kept up to date while items rise one step at a time, so that the step
/// that gains most can be found without scoring the whole framework for every candidate.
///
/// Only used to order a plan's steps: the scores a plan reports come from ``ScoreAggregator``.
struct ShapeEvaluator {
    private struct Node {
        var isLowest: Bool
        var parent: Int?
        /// The node's weight in its parent, when the parent is a sum.
        var coefficient: Double
        var children: [Int]
        var value: Double
    }

    private var nodes: [Node] = []
    /// Where each item of the shape sits: its sum node and its weight there.
    private var items: [Int: (node: Int, coefficient: Double)] = [:]

    /// The evaluator of `shape` with each item's 0–100 score given by `score`.
    init(_ shape: MetricShape, score: (Int) -> Double) {
        _ = add(shape, parent: nil, coefficient: 1, score: score)
    }

    private mutating func add(_ shape: MetricShape, parent: Int?, coefficient: Double, score: (Int) -> Double) -> Int {
        let index = nodes.count
        switch shape {
        case .sum(let terms, let lowest):
            nodes.append(Node(isLowest: false, parent: parent, coefficient: coefficient, children: [], value: 0))
            var value = 0.0
            for term in terms {
                items[term.position] = (index, term.coefficient)
                value += term.coefficient * score(term.position)
            }
            for term in lowest {
                let child = add(term.shape, parent: index, coefficient: term.coefficient, score: score)
                nodes[index].children.append(child)
                value += term.coefficient * nodes[child].value
            }
            nodes[index].value = value
        case .lowest(let children):
            nodes.append(Node(isLowest: true, parent: parent, coefficient: coefficient, children: [], value: 0))
            for child in children {
                nodes[index].children.append(add(child, parent: index, coefficient: 1, score: score))
            }
            nodes[index].value = nodes[index].children.map { nodes[$0].value }.min() ?? 0
        }
        return index
    }

    /// The metric's value.
    var value: Double { nodes.first?.value ?? 0 }

    /// The metric's value if `item`'s score changed by `delta`.
    func value(ifItem item: Int, changesBy delta: Double) -> Double {
        walk(item, delta).last?.value ?? value
    }

    /// Changes `item`'s score by `delta`.
    mutating func change(_ item: Int, by delta: Double) {
        for (node, value) in walk(item, delta) { nodes[node].value = value }
    }

    /// The new value of each node from the item's up to the root.
    private func walk(_ item: Int, _ delta: Double) -> [(node: Int, value: Double)] {
        guard let (start, coefficient) = items[item] else { return [] }
        var path = [(start, nodes[start].value + coefficient * delta)]
        var node = start
        while let parent = nodes[node].parent {
            let new = path[path.count - 1].1
            let updated: Double
            if nodes[parent].isLowest {
                updated = nodes[parent].children.map { $0 == node ? new : nodes[$0].value }.min() ?? new
            } else {
                updated = nodes[parent].value + nodes[node].coefficient * (new - nodes[node].value)
            }
            path.append((parent, updated))
            node = parent
        }
        return path
    }
}
