import CEL
import YAML

/// Checks a framework's expressions when it is loaded (DESIGN.md §6).
///
/// Every `applies_if` and rule `when` must parse, use only the host's variables and functions,
/// name existing items, sections and dimensions in literal arguments, and read only declared
/// profile fields. `section` and `dimension` are refused inside `applies_if`.
public enum ExpressionChecker {
    /// The variables every expression may read.
    static let variables: Set<String> = ["profile", "country", "period"]
    /// The host functions and their arity.
    static let functions: [String: Int] = Dictionary(
        uniqueKeysWithValues: (CompiledExpression.itemFunctions + ["section", "dimension"]).map { ($0, 1) })
    /// The names of ``functions``.
    static let hostFunctions = Set(functions.keys)

    /// Diagnostics for every expression of `framework`, in document order; empty when all are sound.
    public static func diagnostics(for framework: Framework) -> [Diagnostic] {
        let names = KnownNames(framework)
        var result: [Diagnostic] = []
        for item in framework.allItems {
            if let expression = item.appliesIf {
                result += diagnostics(for: expression, inAppliesIf: true, names: names)
            }
        }
        for rule in framework.rules {
            result += diagnostics(for: rule.when, inAppliesIf: false, names: names)
        }
        return result
    }

    /// The literal item ids `expression` passes to item functions (`level('X')` …), in order of
    /// appearance, without repeats; a rule's default `items`. Empty when the expression does not parse.
    public static func itemsNamed(by expression: SourceExpression) -> [String] {
        CompiledExpression(expression).itemsNamed()
    }

    // MARK: - One expression

    private static func diagnostics(
        for expression: SourceExpression, inAppliesIf: Bool, names: KnownNames
    ) -> [Diagnostic] {
        let kind = inAppliesIf ? "applies_if" : "when"
        let program: Program
        switch expression.program {
        case .success(let parsed): program = parsed
        case .failure(let error):
            return [.error("\(kind): \(error.message)", at: location(of: error.offset, in: expression))]
        }
        var result = program.check(Declarations(variables: variables, functions: functions)).map { error in
            Diagnostic.error("\(kind): \(error.message)", at: location(of: error.offset, in: expression))
        }
        // The tree is walked once for all host functions; each function's calls are then taken in
        // the order the separate walks found them, so problems at one offset keep their order.
        let hostCalls = program.calls(to: hostFunctions)
        func calls(to function: String) -> [(arguments: [Expr], offset: Int)] {
            hostCalls.compactMap { $0.function == function ? ($0.arguments, $0.offset) : nil }
        }
        var problems: [(offset: Int, message: String)] = []
        if inAppliesIf {
            for function in ["section", "dimension"] {
                for call in calls(to: function) {
                    problems.append(
                        (call.offset, "\(function)() cannot be used in applies_if, which decides what is scored"))
                }
            }
        }
        for function in CompiledExpression.itemFunctions {
            problems += unknownNames(in: calls(to: function), kind: "item", known: names.items, isKnown: names.isItem)
        }
        problems += unknownNames(in: calls(to: "section"), kind: "section", known: names.sections)
        problems += unknownNames(in: calls(to: "dimension"), kind: "dimension", known: names.dimensions)
        for selection in program.fieldSelections(on: "profile") where !names.profile.contains(selection.field) {
            problems.append(
                (selection.offset, "unknown profile field '\(selection.field)'" + suggestion(selection.field, names.profile)))
        }
        result += problems.sorted { $0.offset < $1.offset }.map { problem in
            .error("\(kind): \(problem.message)", at: location(of: problem.offset, in: expression))
        }
        return result
    }

    /// Problems for literal arguments of `calls` that name no known `kind`. `isKnown` tells a
    /// known name where a scan of `known`, in which a near name is looked for, would be slow.
    private static func unknownNames(
        in calls: [(arguments: [Expr], offset: Int)], kind: String, known: [String],
        isKnown: ((String) -> Bool)? = nil
    ) -> [(offset: Int, message: String)] {
        calls.compactMap { call in
            guard let id = call.arguments.first?.stringLiteral, !(isKnown?(id) ?? known.contains(id)) else { return nil }
            return (call.offset, "unknown \(kind) '\(id)'" + suggestion(id, known))
        }
    }

    /// " (did you mean 'X'?)" for the nearest known name, or "".
    private static func suggestion(_ name: String, _ known: [String]) -> String {
        Suggestion.hint(for: name, in: known)
    }

    /// Where `offset` lies in the file: the column moves along a one-line expression; a multi-line
    /// expression's problems point at its start.
    static func location(of offset: Int?, in expression: SourceExpression) -> Location {
        var location = expression.location
        if let offset, !expression.text.contains(where: \.isNewline) {
            location.column += max(0, offset)
        }
        return location
    }
}

/// The ids an expression may name, in document order.
private struct KnownNames {
    let items: [String]
    let sections: [String]
    let dimensions: [String]
    let profile: [String]
    /// The framework's item positions by id, to tell an item id without a scan of `items`.
    private let itemPositions: [String: Int]

    init(_ framework: Framework) {
        items = framework.allItems.map(\.id)
        itemPositions = framework.tree.itemPositions
        sections = framework.allSections.map(\.section.id)
        dimensions = framework.dimensions.map(\.id)
        profile = framework.profile.map(\.id)
    }

    func isItem(_ id: String) -> Bool { itemPositions[id] != nil }
}
