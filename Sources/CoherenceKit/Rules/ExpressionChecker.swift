import CEL
public import YAML

/// Checks a framework's expressions when it is loaded (DESIGN.md §6).
///
/// Every `applies_if` and rule `when` must parse, use only the host's variables and functions,
/// name existing items, sections and dimensions in literal arguments, and read only declared
/// profile fields. `section` and `dimension` are refused inside `applies_if`.
public enum ExpressionChecker {
    /// The host's variables and functions (each of one argument), as the checker declares them.
    static let declarations = Declarations(
        variables: Set(ExpressionHost.variableNames),
        functions: Dictionary(uniqueKeysWithValues: HostFunction.allCases.map { ($0.name, 1) }))

    /// Diagnostics for every expression of `framework`, in document order.
    ///
    /// - Parameter framework: A loaded framework.
    /// - Returns: An error for each problem of each `applies_if` and `when`; empty when all are sound.
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

    /// The literal item ids `expression` passes to item functions (`level('X')` …): a rule's
    /// default `items`.
    ///
    /// - Parameter expression: An `applies_if` or `when`.
    /// - Returns: The ids in order of appearance, without repeats; empty when the expression does
    ///   not parse.
    public static func itemsNamed(by expression: SourceExpression) -> [String] {
        guard case .success(let program) = expression.program else { return [] }
        var seen: Set<String> = []
        return program.calls(to: HostFunction.itemFunctionNames)
            .compactMap { call in call.arguments.first?.stringLiteral.map { (id: $0, offset: call.offset) } }
            .sorted { $0.offset < $1.offset }
            .map(\.id)
            .filter { seen.insert($0).inserted }
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
        var result = program.check(declarations).map { error in
            Diagnostic.error("\(kind): \(error.message)", at: location(of: error.offset, in: expression))
        }
        // One walk finds every host call. A call's problems share its offset and keep this order
        // through the stable sort below: a function refused in applies_if, then an unknown name.
        var problems: [(offset: Int, message: String)] = []
        for call in program.calls(to: HostFunction.names) {
            guard let function = HostFunction(name: call.function) else { continue }
            if inAppliesIf, !function.takesItem {
                problems.append(
                    (call.offset, "\(call.function)() cannot be used in applies_if, which decides what is scored"))
            }
            guard let id = call.arguments.first?.stringLiteral else { continue }
            let known = function == .section ? names.sections : function == .dimension ? names.dimensions : names.items
            if function.takesItem ? names.isItem(id) : known.contains(id) { continue }
            let what = function == .section ? "section" : function == .dimension ? "dimension" : "item"
            problems.append((call.offset, "unknown \(what) '\(id)'" + suggestion(id, known)))
        }
        for selection in program.fieldSelections(on: "profile") where !names.profile.contains(selection.field) {
            problems.append(
                (
                    selection.offset,
                    "unknown profile field '\(selection.field)'" + suggestion(selection.field, names.profile)
                ))
        }
        result += problems.sorted { $0.offset < $1.offset }.map { problem in
            .error("\(kind): \(problem.message)", at: location(of: problem.offset, in: expression))
        }
        return result
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
