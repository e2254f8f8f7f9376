/// An error from parsing, checking or evaluating an expression.
public struct CELError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, lowercase, without a trailing period.
    public var message: String
    /// The 0-based character offset in the source where the error is, when known.
    public var offset: Int?

    /// An error saying `message`, at `offset` when known.
    public init(_ message: String, offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}
