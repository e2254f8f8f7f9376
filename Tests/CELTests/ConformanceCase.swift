import CEL
import Foundation

/// One line of `conformance/cel/cases.jsonl` (see its README).
struct ConformanceCase: Sendable {
    enum Expectation: Sendable {
        case value(Value)
        case error([String])
        /// A value this runner cannot represent (bytes, type values): the case cannot pass.
        case unsupported(String)
    }

    var id: String
    var expr: String
    var bindings: [String: Value]
    var expect: Expectation
    var tags: [String]

    /// Tags that put a case outside the required subset (DESIGN.md §6).
    static let optionalTags: Set<String> = ["bytes", "type", "regex"]

    var isRequired: Bool { Self.optionalTags.isDisjoint(with: tags) }

    init(line: Substring) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let id = object["id"] as? String, let expr = object["expr"] as? String,
            let expect = object["expect"] as? [String: Any]
        else { throw DecodingFailure("malformed case: \(line.prefix(80))") }
        self.id = id
        self.expr = expr
        self.tags = object["tags"] as? [String] ?? []
        do {
            self.bindings = try (object["bindings"] as? [String: Any] ?? [:]).mapValues(Self.value)
            if let value = expect["value"] {
                self.expect = .value(try Self.value(value))
            } else if let messages = expect["error"] as? [String] {
                self.expect = .error(messages)
            } else {
                throw DecodingFailure("\(id): unknown expectation")
            }
        } catch {
            self.bindings = [:]
            self.expect = .unsupported("\(error)")
        }
    }

    /// Decodes a typed value such as `{"int64": "1"}`.
    static func value(_ json: Any) throws -> Value {
        guard let object = json as? [String: Any], object.count == 1, let (tag, payload) = object.first else {
            throw DecodingFailure("not a typed value: \(json)")
        }
        switch (tag, payload) {
        case ("null", _): return .null
        case ("bool", let b as Bool): return .bool(b)
        case ("int64", let s as String):
            guard let i = Int64(s) else { break }
            return .int(i)
        case ("double", let s as String):
            switch s {
            case "NaN": return .double(.nan)
            case "Infinity": return .double(.infinity)
            case "-Infinity": return .double(-.infinity)
            default: break
            }
        case ("double", let n as NSNumber): return .double(n.doubleValue)
        case ("string", let s as String): return .string(s)
        case ("list", let elements as [Any]): return .list(try elements.map(value))
        case ("map", let pairs as [[Any]]):
            var map = ValueMap()
            for pair in pairs where pair.count == 2 { map[try value(pair[0])] = try value(pair[1]) }
            return .map(map)
        default: break
        }
        throw DecodingFailure("unsupported value: \(json)")
    }

    /// Conformance matching: structural, maps in any order, NaN equal to NaN.
    static func matches(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.double(let x), .double(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy(matches)
        case (.map(let x), .map(let y)):
            return x.count == y.count
                && x.allSatisfy { entry in y[entry.key].map { matches(entry.value, $0) } ?? false }
        default: return a == b
        }
    }
}

struct DecodingFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
