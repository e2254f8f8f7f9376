/// A recursive-descent parser from tokens to an ``Expr`` tree, expanding the macros.
///
/// Recursion passes through ``expression()`` only, which checks the nesting limit before it
/// goes deeper; chains that loop (`a.b.c`, `!!x`, `1 + 2 + 3`) check the depth of each node built.
struct Parser {
    private var lexer: Lexer
    private let source: String
    private let limits: Limits
    private var nesting = 0
    /// The token being looked at; tokens are read one at a time, so hostile input stops early.
    private(set) var current: Token

    init(source: String, limits: Limits) {
        self.source = source
        self.limits = limits
        lexer = Lexer(source)
        current = lexer.nextToken()
    }

    /// Parses the whole source as one expression.
    mutating func parse() throws(CELError) -> Expr {
        let root = try expression()
        guard case .end = current.kind else { throw unexpected(current) }
        return root
    }

    // MARK: Tokens and errors

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        switch token.kind {
        case .end, .invalid: break
        default: current = lexer.nextToken()
        }
        return token
    }

    mutating func expect(_ symbol: String) throws(CELError) {
        guard current.is(symbol) else { throw error("expected '\(symbol)'", at: current) }
        advance()
    }

    /// An error about `token`, or the lexer's own error when the token could not be read.
    func error(_ message: String, at token: Token) -> CELError {
        if case .invalid(let error) = token.kind { return error }
        return error(message, at: token.offset)
    }

    func error(_ message: String, at offset: Int) -> CELError {
        CELError("\(message) at \(SourcePosition.describe(offset, in: source))", offset: offset)
    }

    func unexpected(_ token: Token) -> CELError {
        let hints = ["and": "&&", "or": "||", "not": "!", "AND": "&&", "OR": "||", "NOT": "!"]
        if case .identifier(let word) = token.kind, let hint = hints[word] {
            return error("unexpected '\(word)' (did you mean '\(hint)'?)", at: token)
        }
        return error("unexpected \(token.display)", at: token)
    }

    func tooDeep(at offset: Int) -> CELError {
        CELError("expression nests deeper than \(limits.maxDepth) levels", offset: offset)
    }

    /// A node, checked against the depth limit.
    func make(_ kind: Expr.Kind, at offset: Int) throws(CELError) -> Expr {
        let node = Expr(kind, offset: offset)
        if node.depth > limits.maxDepth { throw tooDeep(at: offset) }
        return node
    }

    // MARK: Grammar

    /// `or ('?' or ':' expression)?`; the only way the parser recurses into a nested expression.
    mutating func expression() throws(CELError) -> Expr {
        nesting += 1
        defer { nesting -= 1 }
        // The top level is nesting 1; each parenthesis, bracket, brace or argument list adds one.
        if nesting - 1 > limits.maxDepth { throw tooDeep(at: current.offset) }
        let condition = try binary(0)
        return current.is("?") ? try conditional(condition) : condition
    }

    // Recursion passes through a few functions per level of nesting; each keeps its frame small
    // (debug builds give a frame room for every local of every branch) by moving work to helpers.

    private mutating func conditional(_ condition: Expr) throws(CELError) -> Expr {
        let question = advance()
        let then = try binary(0)
        try expect(":")
        let otherwise = try expression()
        return try make(.conditional(condition, then, otherwise), at: question.offset)
    }

    private var currentBinaryOperator: (op: BinaryOperator, level: Int)? {
        guard case .symbol(let s) = current.kind, let op = BinaryOperator(rawValue: s) else { return nil }
        return (op, op.precedence)
    }

    /// Operators of `minimumLevel` and tighter, left-associative (precedence climbing); chains
    /// of `&&` or `||` become balanced trees so long chains stay shallow.
    private mutating func binary(_ minimumLevel: Int) throws(CELError) -> Expr {
        var left = try unary()
        while let (op, level) = currentBinaryOperator, level >= minimumLevel {
            left = try (op == .and || op == .or) ? logicalChain(left, op, level) : binaryRest(left, op, level)
        }
        return left
    }

    private mutating func binaryRest(_ left: Expr, _ op: BinaryOperator, _ level: Int) throws(CELError) -> Expr {
        let offset = advance().offset
        return try make(.binary(op, left, try binary(level + 1)), at: offset)
    }

    private mutating func logicalChain(_ first: Expr, _ op: BinaryOperator, _ level: Int) throws(CELError) -> Expr {
        var operands = [first]
        var offsets: [Int] = []
        while currentBinaryOperator?.op == op {
            offsets.append(advance().offset)
            operands.append(try binary(level + 1))
        }
        return try balance(op, operands[...], offsets[...])
    }

    private func balance(
        _ op: BinaryOperator, _ operands: ArraySlice<Expr>, _ offsets: ArraySlice<Int>
    ) throws(CELError) -> Expr {
        if operands.count == 1 { return operands.first! }
        let middle = operands.startIndex + operands.count / 2
        let left = try balance(op, operands[..<middle], offsets[..<(middle - 1)])
        let right = try balance(op, operands[middle...], offsets[middle...])
        return try make(.binary(op, left, right), at: offsets[middle - 1])
    }

    private mutating func unary() throws(CELError) -> Expr {
        try (current.is("!") || current.is("-")) ? prefixed() : postfix(try primary())
    }

    /// `('!' | '-')+ member`, with `-` folded into a numeric literal it directly precedes.
    private mutating func prefixed() throws(CELError) -> Expr {
        var operators: [(UnaryOperator, Int)] = []
        while current.is("!") || current.is("-") {
            let token = advance()
            operators.append((token.is("!") ? .not : .negate, token.offset))
            if operators.count > limits.maxDepth { throw tooDeep(at: token.offset) }
        }
        var operand: Expr
        if let (op, offset) = operators.last, op == .negate, let literal = negativeLiteral(at: offset) {
            operators.removeLast()
            operand = try postfix(literal)
        } else {
            operand = try postfix(try primary())
        }
        for (op, offset) in operators.reversed() {
            operand = try make(.unary(op, operand), at: offset)
        }
        return operand
    }

    /// The negated number literal at the current token, consumed, if there is one.
    private mutating func negativeLiteral(at offset: Int) -> Expr? {
        switch current.kind {
        case .int(let magnitude) where magnitude <= UInt64(Int64.max) + 1:
            advance()
            let value = magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
            return Expr(.literal(.int(value)), offset: offset)
        case .double(let d):
            advance()
            return Expr(.literal(.double(-d)), offset: offset)
        default:
            return nil
        }
    }

    /// Selections, method calls and indexing after an operand.
    private mutating func postfix(_ start: Expr) throws(CELError) -> Expr {
        var operand = start
        while true {
            if current.is(".") {
                operand = try selection(operand)
            } else if current.is("[") {
                operand = try indexing(operand)
            } else {
                return operand
            }
        }
    }

    /// `.field` or `.method(arguments)` after `operand`.
    private mutating func selection(_ operand: Expr) throws(CELError) -> Expr {
        advance()
        let name = current
        let field: String
        switch name.kind {
        case .identifier(let n): field = n
        case .quotedIdentifier(let n): field = n
        case .symbol("?"): throw error("optional selection is not supported", at: name.offset)
        default: throw error("expected a field name", at: name)
        }
        advance()
        if current.is("("), case .identifier = name.kind {
            return try methodCall(field, on: operand, at: name.offset)
        }
        return try make(.select(operand, field: field, testOnly: false), at: name.offset)
    }

    private mutating func methodCall(_ name: String, on operand: Expr, at offset: Int) throws(CELError) -> Expr {
        let arguments = try argumentList()
        return try call(name, target: operand, arguments: arguments, at: offset)
    }

    /// `[index]` after `operand`.
    private mutating func indexing(_ operand: Expr) throws(CELError) -> Expr {
        let offset = advance().offset
        if current.is("?") { throw error("optional indexing is not supported", at: current) }
        let subscriptExpr = try expression()
        try expect("]")
        return try make(.index(operand, subscriptExpr), at: offset)
    }
}
