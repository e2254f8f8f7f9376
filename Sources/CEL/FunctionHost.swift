/// The functions a host adds to CEL's built-in functions (see ``Activation/host``).
///
/// A built-in function of the same name wins: the host is asked only about global calls of names
/// CEL does not define.
public protocol FunctionHost {
    /// The value of the host function `name` called with `arguments`.
    ///
    /// - Parameters:
    ///   - name: The function's name as the expression spells it.
    ///   - arguments: The evaluated arguments, in order.
    /// - Returns: The function's value, or its error (an error without an offset is given the
    ///   call's); nil when the host has no function named `name`, which makes the call an unknown
    ///   function.
    func call(_ name: String, _ arguments: [Value]) -> Result<Value, CELError>?

    /// The value of a call the host resolved when the plan was built
    /// (``EvaluationPlan/init(_:variables:resolving:)``).
    ///
    /// It must be what ``call(_:_:)`` gives for the function and the argument the call was
    /// resolved from. The default answers nil: a host that resolves no calls need not implement it.
    ///
    /// - Parameters:
    ///   - call: What the host resolved the call to.
    ///   - argument: The call's one argument, the literal it was resolved from.
    /// - Returns: The function's value or its error; nil when the host does not know `call`, which
    ///   is then made by name through ``call(_:_:)``.
    func call(_ call: ResolvedCall, _ argument: Value) -> Result<Value, CELError>?
}

extension FunctionHost {
    public func call(_ call: ResolvedCall, _ argument: Value) -> Result<Value, CELError>? { nil }
}

/// A global call of one literal argument, resolved by the host once when a plan is built, so that
/// evaluating it looks up neither the function nor what its argument names.
public struct ResolvedCall: Sendable, Hashable {
    /// The host's number for the function called (for example the raw value of its own
    /// enumeration of functions).
    public var function: Int
    /// The host's position for what the literal argument names (for example an index into its
    /// own table).
    public var position: Int

    /// A call of the function the host numbers `function`, with an argument it finds at `position`.
    public init(function: Int, position: Int) {
        self.function = function
        self.position = position
    }
}

/// Host functions given as closures by name: the simplest ``FunctionHost``.
public struct FunctionTable: FunctionHost, Sendable {
    /// The functions by name; each gets the evaluated arguments.
    public var functions: [String: @Sendable ([Value]) -> Result<Value, CELError>]

    /// A host with `functions`.
    ///
    /// - Parameter functions: The functions by name; each gets the evaluated arguments.
    public init(_ functions: [String: @Sendable ([Value]) -> Result<Value, CELError>]) {
        self.functions = functions
    }

    public func call(_ name: String, _ arguments: [Value]) -> Result<Value, CELError>? {
        functions[name].map { $0(arguments) }
    }
}
