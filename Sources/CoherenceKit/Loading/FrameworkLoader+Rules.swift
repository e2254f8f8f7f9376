import YAML

/// Reading coherence rules.
extension FrameworkLoader {
    static let ruleKeys = [
        "id", "title", "when", "severity", "dimensions", "items", "finding", "recommendation", "capacity",
    ]

    mutating func readRules(_ node: Node, items: [Item]) -> [Rule] {
        let itemIds = items.map(\.id)
        return node.list(for: "'rules'", into: &diagnostics).compactMap { element in
            guard
                let fields = MappingReader(
                    element, subject: element.subject("rule"), keys: Self.ruleKeys,
                    required: ["id", "title", "when", "severity", "finding"], diagnostics: &diagnostics),
                let id = fields["id"]?.identifier("a rule id", .name, into: &diagnostics)
            else { return nil }
            let subject = "rule '\(id)'"
            let defined = define(id, kind: "rule", at: fields["id"]!.location)
            let title = fields["title"]?.text("the title of \(subject)", limit: .label, into: &diagnostics)
            let when = fields["when"].flatMap { node in
                node.text("the condition of \(subject)", into: &diagnostics).map {
                    SourceExpression($0, at: node.textLocation)
                }
            }
            var severity: Severity?
            if let node = fields["severity"], let text = node.text("the severity of \(subject)", into: &diagnostics) {
                severity = Severity(rawValue: text)
                if severity == nil {
                    diagnostics.append(
                        .error(
                            "unknown severity '\(text)' in \(subject)\(Suggestion.hint(for: text, in: Severity.allCases.map(\.rawValue))): use info, low, medium, high or critical",
                            at: node.location))
                }
            }
            let dimensions =
                fields["dimensions"].map {
                    references($0, key: "dimensions", among: dimensionIds, what: "dimension", in: subject)
                } ?? []
            let named = fields["items"].map { references($0, key: "items", among: itemIds, what: "item", in: subject) }
            let capacity =
                fields["capacity"].map {
                    references($0, key: "capacity", among: capacityIds, what: "capacity module", in: subject)
                } ?? []
            let finding = fields["finding"]?.text("the finding of \(subject)", into: &diagnostics)
            guard defined, let title, let when, let severity, let finding else { return nil }
            return Rule(
                id: id, title: title, when: when, severity: severity, dimensions: dimensions,
                items: named ?? ExpressionChecker.itemsNamed(by: when), finding: finding,
                recommendation: fields["recommendation"]?.text("the recommendation of \(subject)", into: &diagnostics),
                capacity: capacity, location: element.location)
        }
    }
}
