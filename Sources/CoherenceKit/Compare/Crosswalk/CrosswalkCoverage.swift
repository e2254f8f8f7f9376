/// How many items of each linked framework carry each target of a crosswalk: which objectives a
/// checklist can speak to at all, before any assessment is made.
public struct CrosswalkCoverage: Sendable, Hashable {
    /// The crosswalk's id.
    public var crosswalk: String
    /// The crosswalk's title.
    public var title: String
    /// The frameworks the crosswalk links, in its order.
    public var frameworks: [String]
    /// The crosswalk's targets, in its order.
    public var targets: [Column]
    /// `counts[target][framework]`: the number of items of that framework linked to that target.
    public var counts: [[Int]]
    /// How many distinct items of each framework carry at least one target.
    public var linkedItems: [Int]

    /// Counts, for each target of `crosswalk`, the items of each linked framework that carry it.
    ///
    /// - Parameter crosswalk: A loaded crosswalk; its `links` give the items of each framework that carry each target.
    public init(_ crosswalk: Crosswalk) {
        self.crosswalk = crosswalk.id
        title = crosswalk.title
        frameworks = crosswalk.frameworks
        targets = crosswalk.targets.map { Column(id: $0.id, title: $0.title) }
        counts = crosswalk.targets.map { target in
            crosswalk.frameworks.map { framework in
                crosswalk.links.filter { $0.framework == framework && $0.targets.contains(target.id) }.count
            }
        }
        linkedItems = crosswalk.frameworks.map { framework in
            crosswalk.links.filter { $0.framework == framework && !$0.targets.isEmpty }.count
        }
    }

    /// The targets that some of `required` (framework ids) leave uncovered, with those frameworks.
    ///
    /// - Parameter required: Framework ids, such as the frameworks a country is assessed on.
    /// - Returns: Each target some of `required` carry on no item, in the crosswalk's order, with those frameworks in
    ///   the order of `required`.
    public func gaps(among required: [String]) -> [(target: Column, frameworks: [String])] {
        zip(targets, counts).compactMap { target, row in
            let missing = zip(frameworks, row).filter { required.contains($0.0) && $0.1 == 0 }.map(\.0)
            return missing.isEmpty ? nil : (target, missing)
        }
    }

    /// A Markdown table: one row per target, one column per framework, each cell an item count.
    public var markdown: String {
        let escape = ComparisonMarkdown.escape
        var lines = [
            ComparisonMarkdown.row(["Target"] + frameworks.map(escape)),
            "|" + ([" --- |"] + frameworks.map { _ in " ---: |" }).joined(),
        ]
        for (target, row) in zip(targets, counts) {
            lines.append(
                ComparisonMarkdown.row(["\(escape(target.id)). \(escape(target.title))"] + row.map(String.init)))
        }
        lines.append(ComparisonMarkdown.row(["**Items linked to some target**"] + linkedItems.map { "**\($0)**" }))
        return lines.joined(separator: "\n") + "\n"
    }
}
