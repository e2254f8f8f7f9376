import CEL

/// The variables and functions a framework's expressions see when they run (DESIGN.md §6).
///
/// Built by the scorer from one assessment's profile and item facts; rules also see section and
/// dimension scores, which `applies_if` may not read (they depend on which items apply).
struct ExpressionHost: Sendable {
    /// Where an expression runs: the functions it may call differ.
    enum Context: Sendable {
        case appliesIf
        case rule
    }

    var context: Context
    var facts: [String: ItemFacts]
    /// `profile`, `country` and `period`, built once per assessment by ``variables(of:)``.
    var variables: [String: Value]
    /// Section scores by id (a section without a score is absent); ids of every section.
    var sectionScores: [String: Double] = [:]
    var sectionIDs: Set<String> = []
    /// Dimension scores by id (a dimension without a score is absent); ids of every dimension.
    var dimensionScores: [String: Double] = [:]
    var dimensionIDs: Set<String> = []

    /// The variables an assessment gives its expressions: `profile`, `country` and `period`.
    static func variables(of assessment: Assessment) -> [String: Value] {
        var profile = ValueMap()
        // A declared field the assessment leaves out stays absent, so reading it is CEL's no-such-key error.
        for (key, value) in assessment.profile.sorted(by: { $0.key < $1.key }) {
            profile[.string(key)] = Self.value(of: value)
        }
        return [
            "profile": .map(profile),
            "country": .map(["code": .string(assessment.country.code), "name": .string(assessment.country.name)]),
            "period": .string(assessment.period),
        ]
    }

    /// The activation: the variables and the host functions over the current item facts.
    func activation() -> Activation {
        let facts = facts
        var functions: [String: @Sendable ([Value]) -> Result<Value, CELError>] = [
            "level": { arguments in
                Self.item(named: "level", arguments, in: facts).flatMap { id, fact in
                    Self.requireAnswered(id, fact).map { _ in Self.number(fact.value ?? 0) }
                }
            },
            "score": { arguments in
                Self.item(named: "score", arguments, in: facts).flatMap { id, fact in
                    Self.requireAnswered(id, fact).map { _ in .double(fact.score ?? 0) }
                }
            },
            "answered": { arguments in
                Self.item(named: "answered", arguments, in: facts).map { .bool($1.status == .answered) }
            },
            "applicable": { arguments in
                Self.item(named: "applicable", arguments, in: facts).map { .bool($1.status != .notApplicable) }
            },
            "unknown": { arguments in
                Self.item(named: "unknown", arguments, in: facts).map { .bool($1.status == .unknown) }
            },
            "has_evidence": { arguments in
                Self.item(named: "has_evidence", arguments, in: facts).map { .bool($1.hasEvidence) }
            },
        ]
        switch context {
        case .appliesIf:
            for name in ["section", "dimension"] {
                functions[name] = { _ in .failure(CELError("\(name)() cannot be used in applies_if")) }
            }
        case .rule:
            let sections = (sectionScores, sectionIDs)
            let dimensions = (dimensionScores, dimensionIDs)
            functions["section"] = { Self.aggregate("section", $0, scores: sections.0, ids: sections.1) }
            functions["dimension"] = { Self.aggregate("dimension", $0, scores: dimensions.0, ids: dimensions.1) }
        }
        return Activation(variables: variables, functions: functions)
    }

    // MARK: - Functions

    /// The id and facts of the item a one-argument item function names.
    private static func item(
        named function: String, _ arguments: [Value], in facts: [String: ItemFacts]
    ) -> Result<(String, ItemFacts), CELError> {
        guard arguments.count == 1, case .string(let id) = arguments[0] else {
            return .failure(CELError("\(function)() expects one item id (a string)"))
        }
        guard let fact = facts[id] else { return .failure(CELError("no item '\(id)'")) }
        return .success((id, fact))
    }

    /// Success when the item has a level; otherwise the error `level` and `score` report.
    private static func requireAnswered(_ id: String, _ fact: ItemFacts) -> Result<Void, CELError> {
        switch fact.status {
        case .answered: .success(())
        case .unanswered: .failure(CELError("item '\(id)' is unanswered"))
        case .unknown: .failure(CELError("item '\(id)' is unknown"))
        case .notApplicable: .failure(CELError("item '\(id)' is not applicable"))
        }
    }

    /// `section(id)` or `dimension(id)`: the score, or an error when the id is unknown or unscored.
    private static func aggregate(
        _ kind: String, _ arguments: [Value], scores: [String: Double], ids: Set<String>
    ) -> Result<Value, CELError> {
        guard arguments.count == 1, case .string(let id) = arguments[0] else {
            return .failure(CELError("\(kind)() expects one \(kind) id (a string)"))
        }
        guard ids.contains(id) else { return .failure(CELError("no \(kind) '\(id)'")) }
        guard let score = scores[id] else { return .failure(CELError("\(kind) '\(id)' has no score")) }
        return .success(.double(score))
    }

    // MARK: - Values

    /// A number as CEL sees an answer: an int when integral, else a double.
    static func number(_ value: Double) -> Value {
        if value == value.rounded(), let integer = Int64(exactly: value) { return .int(integer) }
        return .double(value)
    }

    /// A profile value as a CEL value.
    static func value(of profileValue: ProfileValue) -> Value {
        switch profileValue {
        case .bool(let b): .bool(b)
        case .string(let s): .string(s)
        case .number(let n): number(n)
        case .list(let items): .list(items.map { .string($0) })
        }
    }
}
