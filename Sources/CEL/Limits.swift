/// Bounds that keep a hostile expression from exhausting time, memory or the stack (DESIGN.md §9).
public struct Limits: Sendable, Hashable {
    /// The longest accepted source, in characters counted as Unicode code points (as cel-go
    /// counts them, and as `size()` does), so combining marks cannot hide length.
    public var maxLength = 10_000
    /// The deepest accepted nesting. Each parenthesis, bracket, brace, argument list, operator,
    /// member access and macro adds one level around what it contains; a literal or a name is
    /// level 0. `((x))` and `!!x` nest 2 levels, `a.b.c` 2, `1 + 2 + 3` 2.
    public var maxDepth = 100
    /// The most evaluation steps. Every node evaluated costs one step and every comprehension
    /// iteration one more; concatenating costs one step per list element or per 64 bytes of
    /// string; `==`, `!=` and `in` cost one step per 16 values compared; `matches` one step per
    /// 64 (character × pattern instruction) pairs; the result one step per 16 values in it; and
    /// a function call, an ordering or a map lookup one step per 64 bytes of the strings it reads.
    /// 100,000 steps take well under a second; a rule of a framework needs a few hundred.
    public var maxSteps = 100_000

    public init(maxLength: Int = 10_000, maxDepth: Int = 100, maxSteps: Int = 100_000) {
        self.maxLength = maxLength
        self.maxDepth = maxDepth
        self.maxSteps = maxSteps
    }

    /// The limits of DESIGN.md §9.
    public static let `default` = Limits()
}
