/// Renders scorecards as JSON, schema `coherence.scorecard/1` (DESIGN.md §8).
///
/// Field names and order follow §8; added fields come after the normative ones in each object.
/// Scores are unrounded; `null` where nothing is scored or a field does not apply.
public enum ScorecardJSON {
    public static let schema = "coherence.scorecard/1"

    /// One scorecard as a JSON object, or several as an array in input order; ends with a newline.
    public static func render(_ scorecards: [Scorecard]) -> String {
        var writer = JSONByteWriter(capacity: scorecards.count << 17)
        if scorecards.count == 1 {
            writer.scorecard(scorecards[0])
        } else {
            writer.array(scorecards) { $0.scorecard($1) }
        }
        writer.raw("\n")
        return writer.text
    }

    /// One scorecard as a JSON object; ends with a newline.
    public static func render(_ scorecard: Scorecard) -> String {
        render([scorecard])
    }

    /// Appends one scorecard as a JSON object whose lines after the first are indented by `indent`.
    public static func write(_ card: Scorecard, to text: inout String, indent: String = "") {
        var writer = JSONByteWriter(indent: indent.utf8.count, capacity: 1 << 17)
        writer.scorecard(card)
        text += writer.text
    }
}
