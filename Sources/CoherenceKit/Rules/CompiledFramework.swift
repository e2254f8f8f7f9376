import CEL

/// A framework with its expressions parsed once, ready to score many assessments.
///
/// An expression that does not parse is kept with its error: a loaded framework has none (the
/// loader refuses it), and one built by hand turns it into a warning or an undetermined finding.
public struct CompiledFramework: Sendable {
    public let framework: Framework
    /// The parsed `applies_if` of each item that has one, by item id.
    let appliesIf: [String: CompiledExpression]
    /// Each rule with its parsed `when`.
    let rules: [CompiledRule]

    public init(_ framework: Framework) {
        self.framework = framework
        var appliesIf: [String: CompiledExpression] = [:]
        for item in framework.allItems {
            if let expression = item.appliesIf { appliesIf[item.id] = CompiledExpression(expression) }
        }
        self.appliesIf = appliesIf
        rules = framework.rules.map { rule in
            CompiledRule(rule: rule, when: CompiledExpression(rule.when))
        }
    }
}

/// A rule with its parsed condition.
struct CompiledRule: Sendable {
    let rule: Rule
    let when: CompiledExpression
}

/// An expression and its parsed program, or why it does not parse.
struct CompiledExpression: Sendable {
    /// The host functions whose argument is an item id.
    static let itemFunctions = ["level", "score", "answered", "applicable", "unknown", "has_evidence"]

    let source: SourceExpression
    let program: Result<Program, CELError>

    init(_ source: SourceExpression) {
        self.source = source
        do {
            program = .success(try Program.parse(source.text, limits: .default))
        } catch {
            program = .failure(error)
        }
    }

    /// Evaluates the expression with `host`'s variables and functions.
    func evaluate(with host: ExpressionHost) -> Result<Value, CELError> {
        evaluate(in: host.activation())
    }

    /// Evaluates the expression in an activation already built, so several expressions can share one.
    func evaluate(in activation: Activation) -> Result<Value, CELError> {
        program.flatMap { $0.evaluate(activation) }
    }

    /// The literal item ids the expression passes to item functions, in order of appearance, without repeats.
    func itemsNamed() -> [String] {
        guard case .success(let program) = program else { return [] }
        var seen: Set<String> = []
        return Self.itemFunctions
            .flatMap { function in
                program.calls(to: function).compactMap { call in
                    call.arguments.first?.stringLiteral.map { (id: $0, offset: call.offset) }
                }
            }
            .sorted { $0.offset < $1.offset }
            .map(\.id)
            .filter { seen.insert($0).inserted }
    }
}
