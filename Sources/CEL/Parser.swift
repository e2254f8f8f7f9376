/// A recursive-descent parser from tokens to an ``Expr`` tree, expanding the macros.
///
/// Recursion passes through ``expression()`` only, which checks the nesting limit before it
/// goes deeper; chains that loop (`a.b.c`, `!!x`, `1 + 2 + 3`) check the depth of each node built.
struct Parser {
    private let tokens: [Token]
    private let source: String
    private let limits: Limits
    private var index = 0
    private var nesting = 0

    init(tokens: [Token], source: String, limits: Limits) {
        self.tokens = tokens
        self.source = source
        self.limits = limits
    }

    /// Parses the whole token list as one expression.
    mutating func parse() throws(CELError) -> Expr {
        let root = try expression()
        guard case .end = current.kind else { throw unexpected(current) }
        return root
    }

    // MARK: Tokens and errors

    var current: Token { tokens[index] }
    var following: Token { tokens[min(index + 1, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func expect(_ symbol: String) throws(CELError) {
        guard current.is(symbol) else { throw error("expected '\(symbol)'", at: current.offset) }
        advance()
    }

    func error(_ message: String, at offset: Int) -> CELError {
        CELError("\(message) at \(SourcePosition.describe(offset, in: source))", offset: offset)
    }

    func unexpected(_ token: Token) -> CELError {
        error("unexpected \(token.display)", at: token.offset)
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

    /// `or ('?' or ':' expression)?`; the only way the parser recurses.
    mutating func expression() throws(CELError) -> Expr {
        nesting += 1
        defer { nesting -= 1 }
        // The top level is nesting 1; each parenthesis, bracket, brace or argument list adds one.
        if nesting > limits.maxDepth + 1 { throw tooDeep(at: current.offset) }
        let condition = try logical("||")
        guard current.is("?") else { return condition }
        let question = advance()
        let then = try logical("||")
        try expect(":")
        let otherwise = try expression()
        return try make(.conditional(condition, then, otherwise), at: question.offset)
    }

    /// A chain of `||` (or `&&`) operands, built as a balanced tree so long chains stay shallow.
    private mutating func logical(_ symbol: String) throws(CELError) -> Expr {
        var operands = [symbol == "||" ? try logical("&&") : try relation()]
        var offsets: [Int] = []
        while current.is(symbol) {
            offsets.append(advance().offset)
            operands.append(symbol == "||" ? try logical("&&") : try relation())
        }
        return try balance(symbol == "||" ? .or : .and, operands[...], offsets[...])
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

    private static let relations: [String: BinaryOperator] = [
        "==": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater,
        ">=": .greaterOrEqual, "in": .in,
    ]
    private static let additions: [String: BinaryOperator] = ["+": .add, "-": .subtract]
    private static let multiplications: [String: BinaryOperator] = ["*": .multiply, "/": .divide, "%": .remainder]

    private mutating func relation() throws(CELError) -> Expr {
        var left = try addition()
        while case .symbol(let s) = current.kind, let op = Self.relations[s] {
            let offset = advance().offset
            left = try make(.binary(op, left, try addition()), at: offset)
        }
        return left
    }

    private mutating func addition() throws(CELError) -> Expr {
        var left = try multiplication()
        while case .symbol(let s) = current.kind, let op = Self.additions[s] {
            let offset = advance().offset
            left = try make(.binary(op, left, try multiplication()), at: offset)
        }
        return left
    }

    private mutating func multiplication() throws(CELError) -> Expr {
        var left = try unary()
        while case .symbol(let s) = current.kind, let op = Self.multiplications[s] {
            let offset = advance().offset
            left = try make(.binary(op, left, try unary()), at: offset)
        }
        return left
    }

    /// `('!' | '-')* member`, with `-` folded into a numeric literal it directly precedes.
    private mutating func unary() throws(CELError) -> Expr {
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
            operand = try member()
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

    private mutating func member() throws(CELError) -> Expr {
        try postfix(try primary())
    }

    /// Selections, method calls and indexing after an operand.
    private mutating func postfix(_ start: Expr) throws(CELError) -> Expr {
        var operand = start
        while true {
            if current.is(".") {
                advance()
                let name = current
                let field: String
                switch name.kind {
                case .identifier(let n): field = n
                case .quotedIdentifier(let n): field = n
                case .symbol("?"): throw error("optional selection is not supported", at: name.offset)
                default: throw error("expected a field name", at: name.offset)
                }
                advance()
                if current.is("("), case .identifier = name.kind {
                    let arguments = try argumentList()
                    operand = try call(field, target: operand, arguments: arguments, at: name.offset)
                } else {
                    operand = try make(.select(operand, field: field, testOnly: false), at: name.offset)
                }
            } else if current.is("[") {
                let offset = advance().offset
                if current.is("?") { throw error("optional indexing is not supported", at: current.offset) }
                let subscriptExpr = try expression()
                try expect("]")
                operand = try make(.index(operand, subscriptExpr), at: offset)
            } else {
                return operand
            }
        }
    }
}
