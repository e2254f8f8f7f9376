extension Parser {
    /// A literal, a name, a global call, a parenthesized expression, or a list or map literal.
    mutating func primary() throws(CELError) -> Expr {
        switch current.kind {
        case .symbol("("): return try parenthesized()
        case .symbol("["): return try listLiteral()
        case .symbol("{"): return try mapLiteral()
        case .identifier(let name): return try self.name(name, at: current.offset, rooted: false)
        default: return try simplePrimary()
        }
    }

    private mutating func parenthesized() throws(CELError) -> Expr {
        advance()
        let inner = try expression()
        try expect(")")
        return inner
    }

    private mutating func listLiteral() throws(CELError) -> Expr {
        let offset = advance().offset
        return try make(.list(try expressions(closedBy: "]")), at: offset)
    }

    private mutating func mapLiteral() throws(CELError) -> Expr {
        let offset = advance().offset
        var entries: [MapEntry] = []
        while !current.is("}") {
            let key = try expression()
            try expect(":")
            entries.append(MapEntry(key: key, value: try expression()))
            guard current.is(",") else { break }
            advance()
        }
        try expect("}")
        return try make(.map(entries), at: offset)
    }

    /// A literal, or a name that starts with a `.`.
    private mutating func simplePrimary() throws(CELError) -> Expr {
        let token = current
        switch token.kind {
        case .int(let magnitude):
            advance()
            guard let value = Int64(exactly: magnitude) else {
                throw error("integer literal is out of range", at: token.offset)
            }
            return Expr(.literal(.int(value)), offset: token.offset)
        case .double(let value):
            advance()
            return Expr(.literal(.double(value)), offset: token.offset)
        case .string(let value):
            advance()
            return Expr(.literal(.string(value)), offset: token.offset)
        case .symbol("."):
            advance()
            guard case .identifier(let name) = current.kind else {
                throw error("expected a name after '.'", at: current)
            }
            return try self.name(name, at: token.offset, rooted: true)
        default:
            throw unexpected(token)
        }
    }

    /// A name at the current token: a literal word, a variable, or a global call.
    private mutating func name(_ name: String, at offset: Int, rooted: Bool) throws(CELError) -> Expr {
        let nameOffset = current.offset
        advance()
        if !rooted {
            switch name {
            case "true": return Expr(.literal(.bool(true)), offset: offset)
            case "false": return Expr(.literal(.bool(false)), offset: offset)
            case "null": return Expr(.literal(.null), offset: offset)
            default: break
            }
        }
        if reservedWords.contains(name) || ["true", "false", "null"].contains(name) {
            throw error("'\(name)' is a reserved word", at: nameOffset)
        }
        if current.is("(") {
            if rooted { throw error("qualified function names are not supported", at: offset) }
            return try globalCall(name, at: offset)
        }
        if current.is("{") {
            throw error("message literals are not supported", at: current.offset)
        }
        return Expr(.identifier(rooted ? "." + name : name), offset: offset)
    }

    private mutating func globalCall(_ name: String, at offset: Int) throws(CELError) -> Expr {
        let arguments = try argumentList()
        return try call(name, target: nil, arguments: arguments, at: offset)
    }

    /// `'(' (expression (',' expression)*)? ')'` at the current token.
    mutating func argumentList() throws(CELError) -> [Expr] {
        try expect("(")
        return try expressions(closedBy: ")")
    }

    /// `(expression (',' expression)*)? close`, after the opening symbol: the elements of a list
    /// literal or the arguments of a call.
    private mutating func expressions(closedBy close: String) throws(CELError) -> [Expr] {
        var elements: [Expr] = []
        while !current.is(close) {
            elements.append(try expression())
            guard current.is(",") else { break }
            advance()
        }
        try expect(close)
        return elements
    }

    /// A call node, or the macro a call spells (`has(a.b)`, `list.all(x, p)` …).
    mutating func call(
        _ function: String, target: Expr?, arguments: [Expr], at offset: Int
    ) throws(CELError) -> Expr {
        if target == nil && function == "has" {
            guard arguments.count == 1, case .select(let operand, let field, false) = arguments[0].kind else {
                throw error("has() takes one field selection, like has(m.field)", at: offset)
            }
            return try make(.select(operand, field: field, testOnly: true), at: arguments[0].offset)
        }
        if let target, let macro = Comprehension.Macro(rawValue: function) {
            let expected = macro == .map ? "2 or 3" : "2"
            guard arguments.count == 2 || (macro == .map && arguments.count == 3) else {
                throw error("\(function)() takes \(expected) arguments, got \(arguments.count)", at: offset)
            }
            guard case .identifier(let variable) = arguments[0].kind, !variable.hasPrefix(".") else {
                throw error("the first argument of \(function)() must be a variable name", at: arguments[0].offset)
            }
            let comprehension = Comprehension(
                macro: macro, range: target, variable: variable,
                predicate: arguments.count == 3 ? arguments[1] : nil, body: arguments.last!)
            return try make(.comprehension(comprehension), at: offset)
        }
        return try make(.call(function: function, target: target, arguments: arguments), at: offset)
    }
}
