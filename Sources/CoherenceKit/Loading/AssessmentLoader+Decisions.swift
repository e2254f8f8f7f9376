public import YAML

/// Reading the decision log of a workshop's national assessment, and single answers given elsewhere
/// than in a file (the workshop server's JSON answers).
extension AssessmentLoader {
    mutating func readDecisions(_ node: Node) -> [Decision] {
        guard let pairs = node.mapping(of: "item ids for 'decisions'", into: &diagnostics) else { return [] }
        return pairs.compactMap { pair in
            let id = pair.key.scalar?.text ?? ""
            guard framework.item(id) != nil else {
                diagnostics.append(
                    .error(
                        "unknown item '\(id)' in 'decisions'\(Suggestion.hint(for: id, in: framework.sortedItemIDs))",
                        at: pair.key.location))
                return nil
            }
            guard
                let fields = MappingReader(
                    pair.value, subject: "the decision on '\(id)'",
                    keys: ["answer", "rationale", "at", "dissent"],
                    required: ["answer", "rationale"], diagnostics: &diagnostics),
                let answer = fields["answer"]?.text("the decided answer to '\(id)'", into: &diagnostics),
                let rationale = fields["rationale"]?.text(
                    "the rationale of the decision on '\(id)'", into: &diagnostics)
            else { return nil }
            let at = fields["at"]?.text("the time of the decision on '\(id)'", into: &diagnostics)
            let dissent = fields["dissent"]?.text("the dissent on '\(id)'", into: &diagnostics)
            return Decision(item: id, answer: answer, rationale: rationale, at: at, dissent: dissent)
        }
    }

    /// One answer to item `item` of `framework`, read from `node` as an assessment file's `answers`
    /// reads it (a value or label, `n/a`, `unknown`, or a mapping with details); nil when `node` is
    /// empty. `respondents` are those an answer's `by` may name.
    public static func answer(
        _ node: Node, to item: Item, of framework: Framework, respondents: [Respondent] = []
    ) throws(Diagnostics) -> Answer? {
        var loader = AssessmentLoader(framework: framework)
        loader.respondents = respondents
        var answers: [Answer] = []
        loader.readAnswer(node, to: item.id, on: framework.scale(of: item), at: node.location, into: &answers)
        guard loader.diagnostics.isEmpty else { throw Diagnostics(loader.diagnostics) }
        return answers.first
    }
}
