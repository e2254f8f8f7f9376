/// The names a host declares for ``Program/check(_:)``: variables, and functions with their arity.
public struct Declarations: Sendable {
    /// Variable names, possibly qualified (`a.b`).
    public var variables: Set<String>
    /// Host function names and the number of arguments each takes.
    public var functions: [String: Int]

    public init(variables: Set<String> = [], functions: [String: Int] = [:]) {
        self.variables = variables
        self.functions = functions
    }
}
