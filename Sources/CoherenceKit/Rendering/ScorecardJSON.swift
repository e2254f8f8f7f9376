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

    /// Scorecard number `index` of `count` as UTF-8, after what separates it from the one before.
    ///
    /// With `ending(count:)`, the pieces for every index add up to `render(_:)`'s output for all
    /// the cards, so a command can print a scorecard per file without keeping them all, and can
    /// make the pieces on several threads at once.
    public static func piece(_ card: Scorecard, index: Int, of count: Int) -> [UInt8] {
        var writer = JSONByteWriter(indent: count == 1 ? 0 : 2, capacity: 1 << 17)
        if count == 1 {
            writer.scorecard(card)
            writer.raw("\n")
        } else {
            writer.raw(index == 0 ? "[\n  " : ",\n  ")
            writer.scorecard(card)
        }
        return writer.buffer.withBytes { Array($0) }
    }

    /// What follows the last of `count` pieces.
    public static func ending(count: Int) -> String {
        count > 1 ? "\n]\n" : ""
    }
}
