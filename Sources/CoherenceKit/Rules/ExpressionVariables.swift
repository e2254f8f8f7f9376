public import CEL
public import YAML

/// Variables for `coherence expr --vars FILE`: a YAML or JSON mapping of names to values.
///
/// `1` binds an int and `1.0` a double, as in CEL; only `true`/`false` are booleans; mappings
/// become CEL maps with string keys and sequences become lists.
public enum ExpressionVariables {
    /// The variables of the mapping at the root of `root`.
    public static func variables(from root: Node) throws(Diagnostics) -> [String: Value] {
        var problems: [Diagnostic] = []
        guard let pairs = root.mapping(of: "variable names to values", into: &problems) else {
            throw Diagnostics(problems)
        }
        var variables: [String: Value] = [:]
        for pair in pairs {
            guard let name = pair.key.scalar?.text, isVariableName(name) else {
                problems.append(
                    .error(
                        "'\(pair.key.scalar?.text ?? "")' cannot be a variable name: use letters, digits and '_', starting with a letter or '_' (a dotted name such as 'a.b' joins such names)",
                        at: pair.key.location))
                continue
            }
            variables[name] = value(of: pair.value)
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return variables
    }

    /// The CEL value a YAML node stands for.
    static func value(of node: Node) -> Value {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(Int64(i))
            case .double(let d): return .double(d)
            case .string(let s): return .string(s)
            }
        case .sequence(let elements):
            return .list(elements.map(value(of:)))
        case .mapping(let pairs):
            return .map(
                ValueMap(pairs.map { (key: Value.string($0.key.scalar?.text ?? ""), value: value(of: $0.value)) }))
        }
    }

    /// An identifier, or a dotted name of identifiers such as `a.b.c`: CEL resolves a qualified
    /// name to a variable of that whole name before selecting fields.
    static func isVariableName(_ name: String) -> Bool {
        name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { isIdentifier(String($0)) }
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic && first.isASCII
        else { return false }
        return name.unicodeScalars.allSatisfy {
            $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        }
    }
}
