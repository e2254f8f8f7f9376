import CEL

/// The variables and host functions the CEL target evaluates expressions with.
public enum FuzzActivation {
    /// Names `check` accepts: the variables and functions of `activation`.
    public static let declarations = Declarations(
        variables: ["x", "d", "s", "b", "n", "l", "m", "profile", "country", "period"],
        functions: ["level": 1, "answered": 1, "fail": 0])

    /// A value of each kind, nested collections, and host functions that succeed and fail.
    public static var activation: Activation { Activation(variables: variables, host: functions) }

    private static let variables: [String: Value] = [
        "x": .int(42), "d": .double(2.5), "s": .string("héllo wörld"), "b": .bool(true), "n": .null,
        "l": .list([.int(1), .int(2), .int(3), .string("a")]),
        "m": .map(["k": .int(1), "nested": .map(["deep": .list([.bool(false)])])]),
        "profile": .map(["origin": .bool(true), "rcps": .list([.string("colombo")])]),
        "country": .map(["code": .string("VLR"), "name": .string("Valoria")]),
        "period": .string("2026"),
    ]

    private static let functions = FunctionTable([
        "level": { arguments in
            guard arguments.count == 1, case .string(let id) = arguments[0] else {
                return .failure(CELError("level() takes one item id", offset: 0))
            }
            return id.hasPrefix("A") ? .success(.int(Int64(id.count))) : .failure(CELError("unanswered", offset: 0))
        },
        "answered": { arguments in .success(.bool(arguments.count == 1)) },
        "fail": { _ in .failure(CELError("always fails", offset: 0)) },
    ])
}
