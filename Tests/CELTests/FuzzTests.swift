import CEL
import Foundation
import TestSupport
import Testing

/// Random token soup must give a value or an error, never a crash or a hang.
@Suite struct FuzzTests {
    static let pieces = [
        "(", ")", "[", "]", "{", "}", ",", ":", "?", ".", "x", "y", "m", "s", "l", "0", "1", "-1", "2.5", "1e308",
        "9223372036854775807", "-9223372036854775808", "0x7fffffffffffffff", "'a'", "\"b\"", "'''c'''", "r'\\d'",
        "'\\u00e9'", "'\\x41'", "''", "null", "true", "false", "+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">",
        ">=", "&&", "||", "!", " in ", "size(", "int(", "double(", "string(", "bool(", "dyn(", "has(", ".all(v, ",
        ".exists(v, ", ".exists_one(v, ", ".map(v, ", ".filter(v, ", "v", ".size()", ".contains(", ".startsWith(",
        ".endsWith(", ".matches(", "'(a+)+$'", "'[a-'", "f(", " ", "\n", "`k`", "'\\", "\"", "é", "#", "=", "&",
    ]

    static let variables: [String: Value] = [
        "x": 3, "y": 2.5, "s": "héllo", "l": [1, 2.0, "three", [4]], "m": .map(["k": 1, "a": .map(["b": true])]),
    ]

    static let atoms = [
        "x", "y", "s", "l", "m", "v", "0", "1", "-1", "2.5", "-0.0", "1e308", "9223372036854775807",
        "-9223372036854775808", "0xff", "'a'", "\"é\"", "'''t'''", "r'\\d+'", "''", "null", "true", "false", "[]", "{}",
    ]
    static let binaryOperators = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||", " in "]
    static let functions = ["size", "int", "double", "string", "bool", "dyn", "f"]
    static let methods = ["size", "contains", "startsWith", "endsWith", "matches"]
    static let macros = ["all", "exists", "exists_one", "map", "filter"]

    /// A random expression, mostly well-formed, sometimes mutated into a malformed one.
    static func randomExpression(_ rng: inout SeededGenerator) -> String {
        var text = expression(depth: Int.random(in: 0...6, using: &rng), &rng)
        if Int.random(in: 0..<4, using: &rng) == 0, !text.isEmpty {
            var scalars = Array(text.unicodeScalars)
            let at = Int.random(in: 0..<scalars.count, using: &rng)
            if Bool.random(using: &rng) {
                scalars.removeSubrange(at..<min(scalars.count, at + Int.random(in: 1...3, using: &rng)))
            } else {
                scalars.insert(contentsOf: pieces.randomElement(using: &rng)!.unicodeScalars, at: at)
            }
            text = String(String.UnicodeScalarView(scalars))
        }
        return text
    }

    static func expression(depth: Int, _ rng: inout SeededGenerator) -> String {
        if depth == 0 { return atoms.randomElement(using: &rng)! }
        func sub() -> String { expression(depth: depth - 1, &rng) }
        switch Int.random(in: 0..<12, using: &rng) {
        case 0, 1: return sub() + binaryOperators.randomElement(using: &rng)! + sub()
        case 2: return ["!", "-"].randomElement(using: &rng)! + sub()
        case 3: return "(" + sub() + ")"
        case 4: return "[" + sub() + ", " + sub() + "]"
        case 5: return "{" + sub() + ": " + sub() + "}"
        case 6: return functions.randomElement(using: &rng)! + "(" + sub() + ")"
        case 7: return sub() + "." + methods.randomElement(using: &rng)! + "(" + sub() + ")"
        case 8: return sub() + "." + macros.randomElement(using: &rng)! + "(v, " + sub() + ")"
        case 9: return sub() + " ? " + sub() + " : " + sub()
        case 10: return sub() + "[" + sub() + "]"
        default: return Bool.random(using: &rng) ? sub() + ".k" : "has(" + sub() + ".k)"
        }
    }

    @Test(arguments: 0..<8)
    func randomExpressionsNeverCrash(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let activation = Activation(variables: Self.variables, host: FunctionTable(["f": { .success(.list($0)) }]))
        let declarations = Declarations(variables: Set(Self.variables.keys), functions: ["f": 1])
        let iterations = Int(ProcessInfo.processInfo.environment["CEL_FUZZ_ITERATIONS"] ?? "") ?? 500
        var parsed = 0
        var evaluated = 0
        for _ in 0..<iterations {
            let source = Self.randomExpression(&rng)
            guard let program = try? Program.parse(source, limits: Limits(maxSteps: 5_000)) else { continue }
            parsed += 1
            _ = program.check(declarations)
            _ = program.calls(to: "f")
            _ = program.fieldSelections(on: "m")
            if case .success(let value) = program.evaluate(activation) {
                _ = value.json
                evaluated += 1
            }
        }
        #expect(parsed > iterations / 2, "the generator should produce mostly valid expressions")
        print("CEL fuzz seed \(seed): \(iterations) expressions, \(parsed) parsed, \(evaluated) evaluated to a value")
    }
}
