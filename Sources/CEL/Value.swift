/// A CEL value: the result of evaluating an expression, or a variable bound in an ``Activation``.
///
/// `Hashable` is structural (`int(1)` and `double(1.0)` differ, strings compare by code point); CEL's own
/// equality, which is heterogeneous between numbers, is ``Value/celEquals(_:)``.
///
/// Not `indirect`: lists and maps already keep their elements out of line, and boxing every case
/// would allocate for each bool, int or double an evaluation produces.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list([Value])
    case map(ValueMap)

    /// The CEL type name of the value, as used in error messages (`int`, `list`, `map` …).
    public var typeName: String {
        switch self {
        case .null: "null_type"
        case .bool: "bool"
        case .int: "int"
        case .double: "double"
        case .string: "string"
        case .list: "list"
        case .map: "map"
        }
    }

    /// A map value built from key-value pairs; a later duplicate key replaces the earlier value.
    public static func map(_ pairs: KeyValuePairs<Value, Value>) -> Value {
        var map = ValueMap()
        map.reserveCapacity(pairs.count)
        for (key, value) in pairs { map[key] = value }
        return .map(map)
    }
}

extension Value: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByNilLiteral
{
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    public init(nilLiteral: ()) { self = .null }
}
