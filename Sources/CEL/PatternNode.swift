/// A parsed `matches()` pattern, before compilation.
indirect enum PatternNode: Sendable {
    case empty
    case set(ScalarSet)
    case concat([PatternNode])
    case alternate([PatternNode])
    case `repeat`(PatternNode, min: Int, max: Int?)
    case assertion(PatternAssertion)
}

/// A zero-width test at a position of the text.
enum PatternAssertion: Sendable, Hashable {
    case textStart, textEnd, lineStart, lineEnd, wordBoundary, notWordBoundary
}
