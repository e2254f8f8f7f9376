/// The cheapest set of one-step reforms that lifts a metric to a target (DESIGN.md §12).
public struct ReformPlan: Sendable, Hashable {
    /// One step: one item raised by one level (or a tenth of a range scale).
    public struct Step: Sendable, Hashable {
        /// The id of the item the step raises.
        public var item: String
        /// The value before the step; nil for an unknown or unanswered item's first step.
        public var from: Double?
        /// The value after the step.
        public var to: Double
        /// The item's effort.
        public var cost: Double
        /// The metric once this step and every step before it are taken.
        public var scoreAfter: Double

        /// Creates a step.
        ///
        /// - Parameters:
        ///   - item: The id of the item the step raises.
        ///   - from: The value before the step; nil for an unknown or unanswered item's first step.
        ///   - to: The value after the step.
        ///   - cost: The item's effort.
        ///   - scoreAfter: The metric once this step and every step before it are taken.
        public init(item: String, from: Double?, to: Double, cost: Double, scoreAfter: Double) {
            self.item = item
            self.from = from
            self.to = to
            self.cost = cost
            self.scoreAfter = scoreAfter
        }
    }

    /// The score the plan lifts.
    public var metric: ScoreMetric
    /// The score the plan aims at, on 0–100.
    public var target: Double
    /// The metric's score today.
    public var start: Double
    /// Whether the steps reach the target; when not, they reach the highest score possible.
    public var reached: Bool
    /// The sum of the steps' costs.
    public var cost: Double
    /// The steps, the one that gains most first, each item's steps in ascending order.
    public var steps: [Step]
    /// Items no step may change because some `applies_if` reads them (raising them could change
    /// which items are scored), in document order.
    public var held: [String]

    /// Creates a plan from its parts; ``ReformPlanner`` works it out.
    ///
    /// - Parameters:
    ///   - metric: The score the plan lifts.
    ///   - target: The score the plan aims at, on 0–100.
    ///   - start: The metric's score today.
    ///   - reached: Whether the steps reach the target; when not, they reach the highest score possible.
    ///   - cost: The sum of the steps' costs.
    ///   - steps: The steps, the one that gains most first, each item's steps in ascending order.
    ///   - held: Items no step may change because some `applies_if` reads them (raising them could change which items
    ///     are scored), in document order.
    public init(
        metric: ScoreMetric, target: Double, start: Double, reached: Bool, cost: Double, steps: [Step], held: [String]
    ) {
        self.metric = metric
        self.target = target
        self.start = start
        self.reached = reached
        self.cost = cost
        self.steps = steps
        self.held = held
    }

    /// The metric's score once every step is taken; `start` when there is none.
    public var end: Double { steps.last?.scoreAfter ?? start }

    /// The answers the plan changes, each item at its final value, in the order of its last step.
    public var answers: [(item: String, value: Double)] {
        var final: [String: Double] = [:]
        var order: [String] = []
        for step in steps {
            if final[step.item] == nil { order.append(step.item) }
            final[step.item] = step.to
        }
        return order.map { ($0, final[$0]!) }
    }
}
