import CEL

/// A framework made ready to score many assessments: its expressions parsed and its layout
/// (`ScoringLayout`, internal) worked out once.
///
/// An expression that does not parse is kept with its error: a loaded framework has none (the
/// loader refuses it), and one built by hand turns it into a warning or an undetermined finding.
public struct CompiledFramework: Sendable {
    public let framework: Framework
    /// The parsed `applies_if` of each item that has one, in document order.
    let conditions: [CompiledCondition]
    /// How many distinct conditions have a ``CompiledCondition/shared`` position.
    let sharedConditions: Int
    /// Each rule's parsed `when`.
    let rules: [CompiledExpression]
    let layout: ScoringLayout

    /// Parses and lays out `framework`'s expressions, and works out its layout, once.
    ///
    /// - Parameter framework: A framework, loaded (its expressions checked) or built by hand.
    public init(_ framework: Framework) {
        self.framework = framework
        let layout = ScoringLayout(framework)
        // Conditions are told apart as CEL strings, by code point: `String`'s `==` would equate
        // canonically equivalent texts whose string literals CEL compares as different.
        var shared: [Value: Int] = [:]
        conditions = framework.allItems.indices.compactMap { position in
            framework.allItems[position].appliesIf.map { expression in
                var condition = CompiledCondition(item: position, expression: expression, layout: layout)
                if !condition.expression.callsHostFunctions {
                    let text = Value.string(expression.text)
                    condition.shared = shared[text] ?? shared.count
                    shared[text] = condition.shared
                }
                return condition
            }
        }
        sharedConditions = shared.count
        rules = framework.rules.map { CompiledExpression($0.when, layout: layout) }
        self.layout = layout
    }
}

/// An item's parsed `applies_if`, with the reason the item is given when it is false.
struct CompiledCondition: Sendable {
    /// The item's position in `Framework.allItems`.
    let item: Int
    let expression: CompiledExpression
    /// ``ItemFacts/exclusionReason(condition:)`` of the expression.
    let exclusionReason: String
    /// For a condition that calls no host function, whose value is therefore the same for every
    /// item of one assessment (it reads only `profile`, `country` and `period`): its position among
    /// the distinct such conditions, so that it is evaluated once per assessment. Nil otherwise.
    var shared: Int?

    init(item: Int, expression: SourceExpression, layout: ScoringLayout) {
        self.item = item
        self.expression = CompiledExpression(expression, layout: layout)
        exclusionReason = ItemFacts.exclusionReason(condition: expression.text)
    }
}

/// An expression and its parsed program, or why it does not parse.
struct CompiledExpression: Sendable {
    let source: SourceExpression
    /// The program laid out for evaluation, once for every assessment, with the host's variables
    /// and the host calls ``ExpressionHost/resolve(_:_:in:)`` resolves in the framework's layout.
    let plan: Result<EvaluationPlan, CELError>

    init(_ source: SourceExpression, layout: ScoringLayout) {
        self.source = source
        plan = source.program.map { program in
            EvaluationPlan(program, variables: ExpressionHost.variableNames) { function, argument in
                ExpressionHost.resolve(function, argument, in: layout)
            }
        }
    }

    /// The program, parsed when the expression was read.
    var program: Result<Program, CELError> { source.program }

    /// Whether the expression calls a function of ``ExpressionHost``, the only ones whose value
    /// can change while an assessment is scored. An expression that does not parse calls none.
    var callsHostFunctions: Bool {
        guard case .success(let program) = program else { return false }
        return !program.calls(to: HostFunction.names).isEmpty
    }
}
