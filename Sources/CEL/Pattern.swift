/// A compiled `matches()` pattern.
struct Pattern {
    private let regex: Regex<AnyRegexOutput>

    init(_ pattern: String, at offset: Int) throws(CELError) {
        do {
            regex = try Regex(pattern)
        } catch {
            throw CELError("invalid regular expression '\(pattern)'", offset: offset)
        }
    }

    /// Whether the pattern matches anywhere in `text` (RE2's partial match).
    func matches(_ text: String) -> Bool {
        (try? regex.firstMatch(in: text)) != nil
    }
}
