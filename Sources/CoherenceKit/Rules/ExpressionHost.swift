import CEL

/// The variables and functions a framework's expressions see when they run (DESIGN.md §6).
///
/// One host serves every expression of one assessment. Its functions read the facts and scores
/// as they are when called, so the scorer changes them in place (an item excluded by its
/// `applies_if`, then the scores for the rules) instead of building a new activation each time.
/// Rules also see section and dimension scores, which `applies_if` may not read.
///
/// Not `Sendable`: a host belongs to one `Scorer.score` call, which alone changes it, between
/// evaluations, on its own thread.
final class ExpressionHost: FunctionHost {
    /// Where an expression runs: the functions it may call differ.
    enum Context: Sendable {
        case appliesIf
        case rule
    }

    var context = Context.appliesIf
    /// Facts by item position.
    var facts: [ItemFacts]
    /// Scores by section and by dimension position; nil where there is none.
    var sectionScores: [Double?] = []
    var dimensionScores: [Double?] = []
    /// Where the functions find items, sections and dimensions by id.
    private let layout: ScoringLayout

    init(layout: ScoringLayout, facts: [ItemFacts]) {
        self.layout = layout
        self.facts = facts
    }

    /// The variables an assessment gives its expressions, in the order of ``variables(of:)``: the
    /// plans resolve them to these positions (``CEL/EvaluationPlan/init(_:variables:resolving:)``).
    static let variableNames = ["profile", "country", "period"]

    /// The values of ``variableNames`` for `assessment`, in that order.
    ///
    /// Expressions find them by position only (``CEL/Activation/resolvedVariables``): a name that
    /// is not resolved is a comprehension variable or an unknown name, which no dictionary of
    /// these three would have found either.
    static func variables(of assessment: Assessment) -> [Value] {
        var profile = ValueMap()
        profile.reserveCapacity(assessment.profile.count)
        // A declared field the assessment leaves out stays absent, so reading it is CEL's no-such-key error.
        for (key, value) in assessment.profile.sorted(by: { $0.key < $1.key }) {
            profile[.string(key)] = Self.value(of: value)
        }
        return [
            .map(profile),
            .map(["code": .string(assessment.country.code), "name": .string(assessment.country.name)]),
            .string(assessment.period),
        ]
    }

    /// A call of a host function with a literal id that names an item, section or dimension of
    /// `layout`, resolved to the function and the position the id names, so that scoring looks
    /// neither up; nil for any other call (see ``CEL/EvaluationPlan/init(_:variables:resolving:)``).
    static func resolve(_ name: String, _ argument: Value, in layout: ScoringLayout) -> ResolvedCall? {
        guard let function = HostFunction(name: name), case .string(let id) = argument else { return nil }
        let position =
            switch function {
            case .section: layout.sectionPositions[id]
            case .dimension: layout.dimensionPositions[id]
            default: layout.itemPositions[id]
            }
        return position.map { ResolvedCall(function: function.rawValue, position: $0) }
    }

    // MARK: - Functions

    /// The value of the host function `name` called with `arguments`; nil when there is none.
    func call(_ name: String, _ arguments: [Value]) -> Result<Value, CELError>? {
        guard let function = HostFunction(name: name) else { return nil }
        return call(function, arguments.count == 1 ? arguments[0] : nil)
    }

    /// The value of a call ``resolve(_:_:in:)`` resolved.
    func call(_ call: ResolvedCall, _ argument: Value) -> Result<Value, CELError>? {
        HostFunction(rawValue: call.function).map { self.call($0, at: call.position, argument) }
    }

    /// The value of `function` called with `argument`; nil when a call passes no argument or several.
    private func call(_ function: HostFunction, _ argument: Value?) -> Result<Value, CELError> {
        switch function {
        case .section:
            aggregate("section", argument, positions: layout.sectionPositions).flatMap {
                call(function, at: $0, argument)
            }
        case .dimension:
            aggregate("dimension", argument, positions: layout.dimensionPositions).flatMap {
                call(function, at: $0, argument)
            }
        default: item(named: function, argument).flatMap { call(function, at: $0, argument) }
        }
    }

    /// The value of `function` called with `argument`, which names the item, section or dimension
    /// at `position`.
    ///
    /// Item functions read the item's facts in place by position: returning the facts (and the
    /// id) as a value copied them for every call.
    private func call(_ function: HostFunction, at position: Int, _ argument: Value?) -> Result<Value, CELError> {
        switch function {
        case .level, .score:
            if let error = Self.missingLevel(argument, facts[position].status) { return .failure(error) }
            return .success(
                function == .level ? Self.number(facts[position].value ?? 0) : .double(facts[position].score ?? 0))
        case .answered: return .success(.bool(facts[position].status == .answered))
        case .applicable: return .success(.bool(facts[position].status != .notApplicable))
        case .unknown: return .success(.bool(facts[position].status == .unknown))
        case .hasEvidence: return .success(.bool(facts[position].hasEvidence))
        case .section: return score("section", argument, scores: sectionScores, at: position)
        case .dimension: return score("dimension", argument, scores: dimensionScores, at: position)
        }
    }

    /// The position of the item an item function's argument names.
    private func item(named function: HostFunction, _ argument: Value?) -> Result<Int, CELError> {
        guard case .string(let id)? = argument else {
            return .failure(CELError("\(function.name)() expects one item id (a string)"))
        }
        guard let position = layout.itemPositions[id] else { return .failure(CELError("no item '\(id)'")) }
        return .success(position)
    }

    /// The error `level` and `score` report when the item their argument names has no level
    /// (its status is `status`); nil when it has one.
    private static func missingLevel(_ argument: Value?, _ status: ItemStatus) -> CELError? {
        guard case .string(let id)? = argument else { return nil }
        return switch status {
        case .answered: nil
        case .unanswered: CELError("item '\(id)' is unanswered")
        case .unknown: CELError("item '\(id)' is unknown")
        case .notApplicable: CELError("item '\(id)' is not applicable")
        }
    }

    /// The position of the section or dimension `section(id)` or `dimension(id)` names, or an error
    /// when the id is unknown or when called in `applies_if`.
    private func aggregate(_ kind: String, _ argument: Value?, positions: [String: Int]) -> Result<Int, CELError> {
        guard context == .rule else { return .failure(CELError("\(kind)() cannot be used in applies_if")) }
        guard case .string(let id)? = argument else {
            return .failure(CELError("\(kind)() expects one \(kind) id (a string)"))
        }
        guard let position = positions[id] else { return .failure(CELError("no \(kind) '\(id)'")) }
        return .success(position)
    }

    /// The score of the section or dimension at `position`, which `argument` names, or an error
    /// when it has none or when called in `applies_if`.
    private func score(
        _ kind: String, _ argument: Value?, scores: [Double?], at position: Int
    ) -> Result<Value, CELError> {
        guard context == .rule else { return .failure(CELError("\(kind)() cannot be used in applies_if")) }
        guard let score = scores[position] else {
            guard case .string(let id)? = argument else { preconditionFailure("a position comes from an id") }
            return .failure(CELError("\(kind) '\(id)' has no score"))
        }
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
