/// How crosswalk-comparison renderers write a target's cell, so every format agrees.
enum CrosswalkFormat {
    /// `61.3 (4 items)`, `not scored (2 items)` when every linked item is not applicable, or
    /// `not covered` when no item of the framework carries the target.
    static func cell(_ cell: CrosswalkComparison.Cell) -> String {
        guard cell.items > 0 else { return "not covered" }
        let items = "\(cell.items) item\(cell.items == 1 ? "" : "s")"
        guard let score = cell.score else { return "not scored (\(items))" }
        return "\(ComparisonFormat.score(score)) (\(items))"
    }

    /// What the comparison covers and how a cell is computed.
    static func scope(_ comparison: CrosswalkComparison) -> String {
        let frameworks = comparison.entries.reduce(into: [String]()) {
            if !$0.contains($1.framework) { $0.append($1.framework) }
        }
        return "\(comparison.entries.count) assessment\(comparison.entries.count == 1 ? "" : "s") of "
            + frameworks.map { "'\($0)'" }.joined(separator: ", ")
            + " on the \(comparison.targets.count) targets of crosswalk '\(comparison.crosswalk)'"
    }

    static let method =
        "A target's score is the weighted mean of the 0–100 scores of the assessment's items linked to it (items not "
        + "applicable left out); (n items) is how many items of that framework carry the target."
}
