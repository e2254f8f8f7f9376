extension Program {
    /// Unknown variables and functions, and calls with the wrong number of arguments, in source order.
    ///
    /// A dotted name `a.b.c` is known when any of `a`, `a.b`, `a.b.c` is declared. Built-in
    /// functions are always known; a message names a declared name that is near a misspelt one.
    public func check(_ declarations: Declarations) -> [CELError] {
        var checker = Checker(declarations: declarations)
        checker.visit(root, locals: [])
        return checker.errors
    }
}

/// Walks an expression for ``Program/check(_:)``, collecting errors.
private struct Checker {
    let declarations: Declarations
    var errors: [CELError] = []

    init(declarations: Declarations) {
        self.declarations = declarations
    }

    /// The global functions a misspelt one is compared with, built only for a message: building
    /// them for every checked expression cost more than the check.
    private var functionNames: Set<String> {
        Set(declarations.functions.keys).union(Evaluator.builtinFunctions.keys).union(["has"])
    }

    /// The methods a misspelt one is compared with.
    private var methodNames: Set<String> {
        Set(Evaluator.builtinMethods.keys).union(Comprehension.Macro.allNames)
    }

    // Each case has its own function, to keep the frame of the recursion small.
    mutating func visit(_ node: Expr, locals: [String]) {
        switch node.kind {
        case .identifier: identifier(node, locals: locals)
        case .select: select(node, locals: locals)
        case .call: call(node, locals: locals)
        case .comprehension: comprehension(node, locals: locals)
        default: for child in node.kind.children { visit(child, locals: locals) }
        }
    }

    private mutating func identifier(_ node: Expr, locals: [String]) {
        guard case .identifier(let name) = node.kind else { return }
        let global = name.hasPrefix(".") ? String(name.dropFirst()) : name
        if !(name == global && locals.contains(name)) && !declarations.variables.contains(global) {
            errors.append(unknown("variable", global, among: declarations.variables, at: node.offset))
        }
    }

    private mutating func select(_ node: Expr, locals: [String]) {
        guard case .select(let operand, _, _) = node.kind else { return }
        if rootIsDeclared(node, locals: locals) { return }
        if let path = dottedName(node), isDeclared(path, locals: locals) { return }
        visit(operand, locals: locals)
    }

    private mutating func call(_ node: Expr, locals: [String]) {
        guard case .call(let function, let target, let arguments) = node.kind else { return }
        let known =
            target == nil
            ? declarations.functions[function] ?? Evaluator.builtinFunctions[function]
            : Evaluator.builtinMethods[function]
        if let arity = known {
            if arguments.count != arity {
                let plural = arity == 1 ? "argument" : "arguments"
                errors.append(
                    CELError(
                        "function '\(function)' takes \(arity) \(plural), got \(arguments.count)", offset: node.offset))
            }
        } else {
            let candidates = target == nil ? functionNames : methodNames
            errors.append(unknown("function", function, among: candidates, at: node.offset))
        }
        for child in node.kind.children { visit(child, locals: locals) }
    }

    private mutating func comprehension(_ node: Expr, locals: [String]) {
        guard case .comprehension(let c) = node.kind else { return }
        visit(c.range, locals: locals)
        if let predicate = c.predicate { visit(predicate, locals: locals + [c.variable]) }
        visit(c.body, locals: locals + [c.variable])
    }

    /// `a.b.c` for a chain of selections on a name.
    private func dottedName(_ node: Expr) -> String? {
        switch node.kind {
        case .identifier(let name): return name
        case .select(let operand, let field, _): return dottedName(operand).map { $0 + "." + field }
        default: return nil
        }
    }

    /// Whether a chain of selections starts with a name that is a local or a declared variable, so
    /// the whole chain is known: ``isDeclared(_:locals:)`` on its first part, without building
    /// the dotted name. False for a first name that holds a dot itself, which that function splits.
    private func rootIsDeclared(_ node: Expr, locals: [String]) -> Bool {
        var root = node
        while case .select(let operand, _, _) = root.kind { root = operand }
        guard case .identifier(let name) = root.kind else { return false }
        let rooted = name.hasPrefix(".")
        let first = rooted ? String(name.dropFirst()) : name
        guard !first.contains(".") else { return false }
        return (!rooted && locals.contains(first)) || declarations.variables.contains(first)
    }

    /// Whether a dotted name or one of its prefixes is a declared variable (and the first part
    /// is not a comprehension variable, which would hide them).
    private func isDeclared(_ path: String, locals: [String]) -> Bool {
        let rooted = path.hasPrefix(".")
        let parts = (rooted ? path.dropFirst() : Substring(path)).split(
            separator: ".", omittingEmptySubsequences: false)
        if !rooted, locals.contains(String(parts[0])) { return true }
        for count in 1...parts.count where declarations.variables.contains(parts[..<count].joined(separator: ".")) {
            return true
        }
        return false
    }

    private func unknown(_ what: String, _ name: String, among candidates: Set<String>, at offset: Int) -> CELError {
        var message = "unknown \(what) '\(name)'"
        if let near = Spelling.nearest(to: name, among: candidates) { message += " (did you mean '\(near)'?)" }
        return CELError(message, offset: offset)
    }
}
