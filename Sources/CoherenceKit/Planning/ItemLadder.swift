/// The values an item can be raised to, one step at a time (DESIGN.md §12).
///
/// A step raises the item one level of its scale, or a tenth of a range scale's span (capped at its
/// maximum). An unknown or unanswered item starts at the scale's lowest value, so its first step
/// leads to the second level. Each step costs the item's `effort`.
struct ItemLadder: Sendable {
    /// The answered value now; nil when the item is unknown or unanswered.
    let from: Double?
    /// The value after each step, ascending; empty when the item is at the top or cannot move.
    let rungs: [Double]
    /// The score fraction now, then after each step: `fraction(0)` is the item's fraction today.
    let fractions: [Double]
    let effort: Double

    /// The ladder of an item on `scale` whose facts are `facts`; no rungs when `movable` is false
    /// or the item is not applicable.
    init(facts: ItemFacts, scale: Scale, effort: Double, movable: Bool) {
        from = facts.value
        self.effort = effort
        guard movable, let current = facts.fraction else {
            rungs = []
            fractions = [facts.fraction ?? 0]
            return
        }
        let start = facts.value ?? scale.min
        var rungs: [Double] = []
        switch scale.kind {
        case .levels(let levels):
            rungs = levels.map(\.value).filter { $0 > start }
        case .range(let min, let max):
            let step = (max - min) / 10
            var previous = start
            // Ten steps span the scale; a value a rounding error short of the maximum is the
            // maximum, and the guard stops a step too small to move a large value.
            for count in 1...10 where previous < max {
                var next = start + Double(count) * step
                if next >= max - step * 1e-9 { next = max }
                guard next > previous else { break }
                rungs.append(next)
                previous = next
            }
        }
        self.rungs = rungs
        fractions = [current] + rungs.map(scale.normalize)
    }

    /// How many steps the item can take.
    var steps: Int { rungs.count }

    /// The value the item holds after `steps` steps; `from` when none.
    func value(after steps: Int) -> Double? {
        steps == 0 ? from : rungs[steps - 1]
    }
}
