/// How a section (or the overall score) treats items answered `unknown` or left unanswered.
///
/// DESIGN.md §5 scores such items 0 and counts them apart (`zero`, the default). A method that
/// refuses to classify what it does not know, as SDG indicator 10.7.2 does for a policy domain
/// with a missing answer, says `incomplete: unscored`: the section then has no score while any
/// applicable item of its subtree is unknown or unanswered.
public enum IncompleteAnswers: String, Sendable, CaseIterable {
    /// Unknown and unanswered items score 0.
    case zero
    /// The section (or the overall score) has no score while any applicable item in it is unknown or unanswered.
    case unscored
}
