/// The exact search behind ``ReformPlanner``: for a node of a ``MetricShape``, every choice of
/// steps that no other choice beats on both cost and score (its Pareto frontier).
///
/// Why it is exact: a parent's score never falls when a child's score rises (weights are positive,
/// and `min` is monotone), and costs add up. So an optimal plan can replace each child's choice by
/// a frontier point that costs no more and scores no less, and still be optimal: the frontier of a
/// node is built from its children's frontiers alone, and nothing optimal is lost.
///
/// - An item's frontier is its ladder: `k` steps cost `k·effort` and score `100·s_k`.
/// - A weighted sum merges its terms one by one: every pair of points (costs add, scores add,
///   times the term's weight), then the dominated points are dropped. This is the classic
///   Pareto-list dynamic program for knapsack problems (Nemhauser–Ullmann): exact for any efforts
///   and unevenly spaced levels, where a greedy is not.
/// - A `min` node reaches score σ at the least cost when each child reaches σ at its least cost:
///   for each score σ some child can reach, the sum of each child's cheapest point at or above σ.
///
/// The frontier's size is at most the number of distinct plan costs (with equal efforts, the number
/// of steps possible plus one), so the work grows with items × steps × frontier size: see
/// BENCHMARKS.md. Choices are kept as a tree of traces, so only the plans finally chosen are read out.
struct ParetoFrontier {
    /// A choice: what it costs and the node's score with it; `trace` indexes ``Traces``.
    struct Point {
        var cost: Double
        var score: Double
        var trace: Int
    }

    /// How each point's choice was made: one item's steps, or the union of several choices.
    struct Traces {
        enum Node {
            case none
            case steps(item: Int, count: Int)
            case join(Int, Int)
            case joinAll([Int])
        }

        private(set) var nodes: [Node] = [.none]

        mutating func add(_ node: Node) -> Int {
            nodes.append(node)
            return nodes.count - 1
        }

        /// The number of steps per item position the trace at `index` takes (absent: none).
        func steps(of index: Int) -> [Int: Int] {
            var result: [Int: Int] = [:]
            var pending = [index]
            while let next = pending.popLast() {
                switch nodes[next] {
                case .none: break
                case .steps(let item, let count): result[item] = count
                case .join(let a, let b): pending += [a, b]
                case .joinAll(let all): pending += all
                }
            }
            return result
        }
    }

    let ladders: [ItemLadder]
    var traces = Traces()

    init(ladders: [ItemLadder]) {
        self.ladders = ladders
    }

    /// The frontier of `shape`: points in ascending cost and strictly ascending score.
    ///
    /// With `need`, only the points that can still reach `need` are kept, for a sum at the root:
    /// after each term is merged, a point that would stay below `need` even with every remaining
    /// term at its highest score is dropped (a bound, so nothing that reaches `need` is lost).
    /// The caller passes no more than the highest score the shape can reach.
    mutating func frontier(of shape: MetricShape, need: Double? = nil) -> [Point] {
        switch shape {
        case .sum(let items, let lowest):
            var terms: [(points: [Point], weight: Double)] = lowest.map { (frontier(of: $0.shape), $0.coefficient) }
            terms = items.map { (itemFrontier($0.position), $0.coefficient) } + terms
            // The most the terms after each one can add.
            var rest = [Double](repeating: 0, count: terms.count + 1)
            for index in terms.indices.reversed() {
                rest[index] = rest[index + 1] + terms[index].weight * (terms[index].points.last?.score ?? 0)
            }
            var points = [Point(cost: 0, score: 0, trace: 0)]
            for (index, term) in terms.enumerated() {
                points = merge(points, term.points, weight: term.weight)
                if let need {
                    let floor = need - rest[index + 1] - 1e-7
                    points.removeAll { $0.score < floor }
                }
            }
            return points
        case .lowest(let children):
            return lowest(children.map { frontier(of: $0) })
        }
    }

    /// The highest score `shape` can reach, every item at the top of its ladder.
    func highest(_ shape: MetricShape) -> Double {
        switch shape {
        case .sum(let items, let lowest):
            items.reduce(0) { $0 + $1.coefficient * 100 * (ladders[$1.position].fractions.last ?? 0) }
                + lowest.reduce(0) { $0 + $1.coefficient * highest($1.shape) }
        case .lowest(let children):
            children.map(highest).min() ?? 0
        }
    }

    /// An item's ladder as points: `k` steps cost `k·effort` and score `100·s_k`.
    private mutating func itemFrontier(_ position: Int) -> [Point] {
        let ladder = ladders[position]
        return ladder.fractions.indices.map { count in
            Point(
                cost: Double(count) * ladder.effort, score: 100 * ladder.fractions[count],
                trace: count == 0 ? 0 : traces.add(.steps(item: position, count: count)))
        }
    }

    /// Every sum of a point of `a` and a point of `b` (its score times `weight`), without the
    /// dominated ones.
    private mutating func merge(_ a: [Point], _ b: [Point], weight: Double) -> [Point] {
        if b.count == 1 {
            return a.map {
                Point(
                    cost: $0.cost + b[0].cost, score: $0.score + weight * b[0].score, trace: join($0.trace, b[0].trace))
            }
        }
        var candidates: [(cost: Double, score: Double, a: Int, b: Int)] = []
        candidates.reserveCapacity(a.count * b.count)
        for i in a.indices {
            for j in b.indices {
                candidates.append((a[i].cost + b[j].cost, a[i].score + weight * b[j].score, i, j))
            }
        }
        candidates.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.score > $1.score }
        var result: [Point] = []
        for candidate in candidates where result.last.map({ candidate.score > $0.score }) ?? true {
            result.append(
                Point(
                    cost: candidate.cost, score: candidate.score,
                    trace: join(a[candidate.a].trace, b[candidate.b].trace)))
        }
        return result
    }

    /// The frontier of the lowest of several children: for each score σ a child reaches, every
    /// child's cheapest point at or above σ.
    private mutating func lowest(_ children: [[Point]]) -> [Point] {
        var thresholds = children.flatMap { $0.map(\.score) }
        thresholds.sort()
        var cursors = [Int](repeating: 0, count: children.count)
        var result: [Point] = []
        for threshold in thresholds {
            var cost = 0.0
            var score = Double.infinity
            for child in children.indices {
                while cursors[child] < children[child].count, children[child][cursors[child]].score < threshold {
                    cursors[child] += 1
                }
                guard cursors[child] < children[child].count else { return result }
                cost += children[child][cursors[child]].cost
                score = min(score, children[child][cursors[child]].score)
            }
            if let last = result.last, !(score > last.score) { continue }
            let trace = traces.add(.joinAll(children.indices.map { children[$0][cursors[$0]].trace }))
            if let last = result.last, last.cost >= cost { result.removeLast() }
            result.append(Point(cost: cost, score: score, trace: trace))
        }
        return result
    }

    private mutating func join(_ a: Int, _ b: Int) -> Int {
        if a == 0 { return b }
        if b == 0 { return a }
        return traces.add(.join(a, b))
    }
}
