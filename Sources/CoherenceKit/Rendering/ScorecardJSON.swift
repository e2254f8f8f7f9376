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

    /// Writes a known number of scorecards one at a time, in pieces that add up to `render(_:)`'s
    /// output for all of them, reusing one buffer: for a command that prints a scorecard per file
    /// without keeping them all.
    public struct Stream: ~Copyable {
        private var writer: JSONByteWriter
        private let count: Int
        private var written = 0

        /// A stream for `count` scorecards, at least one: an object for one, else an array.
        public init(count: Int) {
            self.count = count
            writer = JSONByteWriter(indent: count == 1 ? 0 : 2, capacity: 1 << 17)
        }

        /// Writes the next scorecard, after what separates it from the one before, and passes the
        /// bytes to `output`; they are valid only during the call.
        public mutating func write(_ card: Scorecard, to output: (UnsafeRawBufferPointer) throws -> Void) rethrows {
            writer.removeAll()
            if count == 1 {
                writer.scorecard(card)
                writer.raw("\n")
            } else {
                writer.raw(written == 0 ? "[\n  " : ",\n  ")
                writer.scorecard(card)
            }
            written += 1
            try writer.buffer.withBytes(output)
        }

        /// Passes what follows the last scorecard to `output`.
        public mutating func finish(to output: (UnsafeRawBufferPointer) throws -> Void) rethrows {
            writer.removeAll()
            if count > 1 { writer.raw("\n]\n") }
            try writer.buffer.withBytes(output)
        }
    }
}
