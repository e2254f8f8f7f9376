/// What an evaluation sees: variable values and host functions.
///
/// Host functions are added to CEL's built-in functions; a built-in of the same name wins.
/// A variable name may be qualified (`a.b.c`); the longest bound prefix of a selection wins.
public struct Activation: Sendable {
    /// Variable values by name, possibly qualified (`a.b`).
    public var variables: [String: Value] {
        didSet { hasQualifiedNames = Self.anyQualified(variables) }
    }
    /// Host functions by name; each gets the evaluated arguments.
    public var functions: [String: @Sendable ([Value]) -> Result<Value, CELError>] {
        didSet { hostFunctionsFirst = Self.noneShadowed(functions) && Self.noneShadowed(unaryFunctions) }
    }
    /// Host functions of one argument by name, called instead of the function of the same name in
    /// ``functions`` when a call passes exactly one argument: no list of arguments is built for them.
    /// A call with another number of arguments goes to ``functions``.
    public var unaryFunctions: [String: @Sendable (Value) -> Result<Value, CELError>] {
        didSet { hostFunctionsFirst = Self.noneShadowed(functions) && Self.noneShadowed(unaryFunctions) }
    }

    /// The host's calls resolved when a plan was built
    /// (``EvaluationPlan/init(_:variables:resolving:)``), by the number it gave them, with the
    /// argument: no name is looked up or hashed. Without it a resolved call goes to
    /// ``unaryFunctions`` by name.
    public var resolvedCalls: (@Sendable (_ call: Int, _ argument: Value) -> Result<Value, CELError>)?

    /// The values of the variables a plan resolved by position
    /// (``EvaluationPlan/init(_:variables:resolving:)``), in the order of its `variables`, each the
    /// value of the variable of that name: no name is hashed. Empty: by name (``variables``).
    public var resolvedVariables: [Value]

    public init(
        variables: [String: Value] = [:],
        resolvedVariables: [Value] = [],
        functions: [String: @Sendable ([Value]) -> Result<Value, CELError>] = [:],
        unaryFunctions: [String: @Sendable (Value) -> Result<Value, CELError>] = [:],
        resolvedCalls: (@Sendable (_ call: Int, _ argument: Value) -> Result<Value, CELError>)? = nil
    ) {
        self.variables = variables
        self.resolvedVariables = resolvedVariables
        self.functions = functions
        self.unaryFunctions = unaryFunctions
        self.resolvedCalls = resolvedCalls
        hasQualifiedNames = Self.anyQualified(variables)
        hostFunctionsFirst = Self.noneShadowed(functions) && Self.noneShadowed(unaryFunctions)
    }

    /// Whether a variable name is qualified (`a.b`): only then can a selection `a.b` name a
    /// variable, and only then is the dotted name worth spelling out to look it up.
    private(set) var hasQualifiedNames: Bool

    /// Whether no host function has the name of a built-in: then a call can look for a host
    /// function first, and only when there is none look among the built-ins.
    private(set) var hostFunctionsFirst: Bool

    private static func noneShadowed<Function>(_ functions: [String: Function]) -> Bool {
        functions.isEmpty || !Evaluator.builtinFunctions.keys.contains { functions[$0] != nil }
    }

    private static func anyQualified(_ variables: [String: Value]) -> Bool {
        variables.keys.contains { $0.utf8.contains(UInt8(ascii: ".")) }
    }
}
