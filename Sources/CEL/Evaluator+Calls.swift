extension Evaluator {
    /// The built-in functions and their arities, for ``Program/check(_:)``: global forms, then
    /// receiver forms (`s.contains(t)` takes one argument besides its receiver).
    static let builtinFunctions: [String: Int] = [
        "size": 1, "int": 1, "double": 1, "string": 1, "bool": 1, "dyn": 1, "matches": 2,
    ]
    static let builtinMethods: [String: Int] = [
        "size": 0, "contains": 1, "startsWith": 1, "endsWith": 1, "matches": 1,
    ]

    /// Calls a built-in function, or else a host function from the activation.
    mutating func call(
        _ function: String, receiver: Value?, arguments: [Value], at offset: Int
    ) throws(CELError)
        -> Value
    {
        var bytes = 0
        if case .string(let s)? = receiver { bytes += s.utf8.count }
        for case .string(let s) in arguments { bytes += s.utf8.count }
        if bytes >= 64 { try charge(bytes / 64, at: offset) }
        let known = receiver == nil ? Self.builtinFunctions[function] : Self.builtinMethods[function]
        if let arity = known {
            guard arguments.count == arity else {
                throw CELError(
                    "\(function)() takes \(arity) argument\(arity == 1 ? "" : "s"), got \(arguments.count)",
                    offset: offset)
            }
            return try builtin(function, (receiver.map { [$0] } ?? []) + arguments, at: offset)
        }
        if receiver == nil, let result = activation.host?.call(function, arguments) {
            return try Self.value(result, at: offset)
        }
        throw CELError("unknown function '\(function)'", offset: offset)
    }

    /// A host function's value, or its error, which points at the call when it has no offset.
    static func value(_ result: Result<Value, CELError>, at offset: Int) throws(CELError) -> Value {
        switch result {
        case .success(let value): return value
        case .failure(var error):
            if error.offset == nil { error.offset = offset }
            throw error
        }
    }

    private mutating func builtin(_ function: String, _ args: [Value], at offset: Int) throws(CELError) -> Value {
        switch (function, args.first!) {
        case ("size", .string(let s)): return .int(Int64(s.unicodeScalars.count))
        case ("size", .list(let l)): return .int(Int64(l.count))
        case ("size", .map(let m)): return .int(Int64(m.count))
        case ("int", let v): return try Conversions.int(v, at: offset)
        case ("double", let v): return try Conversions.double(v, at: offset)
        case ("string", let v): return try Conversions.string(v, at: offset)
        case ("bool", let v): return try Conversions.bool(v, at: offset)
        case ("dyn", let v): return v
        default: break
        }
        guard args.count == 2, case .string(let s) = args[0], case .string(let t) = args[1] else {
            throw noOverload(function, args, at: offset)
        }
        switch function {
        case "contains": return .bool(Self.find(Array(t.utf8), in: Array(s.utf8)))
        case "startsWith": return .bool(s.utf8.starts(with: t.utf8))
        case "endsWith": return .bool(s.utf8.reversed().starts(with: t.utf8.reversed()))
        case "matches":
            let pattern = try Pattern(t, at: offset)
            // The VM runs each character against at most every instruction.
            try charge((s.unicodeScalars.count + 1) * pattern.program.count / 64, at: offset)
            return .bool(pattern.matches(s))
        default: throw noOverload(function, args, at: offset)
        }
    }

    /// Whether `needle` occurs in `haystack`, in linear time (Knuth–Morris–Pratt), so a hostile
    /// pair of long strings cannot take quadratic time. UTF-8 bytes match exactly when code points do.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        var failure = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<max(needle.count, 1) {
            while k > 0 && needle[i] != needle[k] { k = failure[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            failure[i] = k
        }
        k = 0
        for byte in haystack {
            while k > 0 && byte != needle[k] { k = failure[k - 1] }
            if byte == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }
}
