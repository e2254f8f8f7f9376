/// What an evaluation sees: the values of its variables, and a host's functions.
///
/// A variable name may be qualified (`a.b.c`); the longest bound prefix of a selection wins.
/// Host functions are added to CEL's built-in functions; a built-in of the same name wins.
public struct Activation {
    /// Variable values by name, possibly qualified (`a.b`).
    public var variables: [String: Value] {
        didSet { hasQualifiedNames = Self.anyQualified(variables) }
    }

    /// The values of the variables a plan resolved by position
    /// (``EvaluationPlan/init(_:variables:resolving:)``), in the order of its `variables`: each is
    /// the value of the variable of that name, found without hashing the name. Empty: by name
    /// (``variables``).
    public var resolvedVariables: [Value]

    /// The functions the host adds to the built-ins; nil for none.
    public var host: (any FunctionHost)?

    /// An activation with variables by name, variables by position, and a host's functions.
    ///
    /// - Parameters:
    ///   - variables: Variable values by name, possibly qualified (`a.b`).
    ///   - resolvedVariables: Values of the variables a plan resolved, in the order of its
    ///     `variables` (see ``EvaluationPlan/init(_:variables:resolving:)``).
    ///   - host: The functions the host adds to the built-ins.
    public init(
        variables: [String: Value] = [:], resolvedVariables: [Value] = [], host: (any FunctionHost)? = nil
    ) {
        self.variables = variables
        self.resolvedVariables = resolvedVariables
        self.host = host
        hasQualifiedNames = Self.anyQualified(variables)
    }

    /// Whether a variable name is qualified (`a.b`): only then can a selection `a.b` name a
    /// variable, and only then is the dotted name worth spelling out to look it up.
    private(set) var hasQualifiedNames: Bool

    private static func anyQualified(_ variables: [String: Value]) -> Bool {
        variables.keys.contains { $0.utf8.contains(UInt8(ascii: ".")) }
    }
}
