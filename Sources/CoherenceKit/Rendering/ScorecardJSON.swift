import Synchronization

/// Renders scorecards as JSON, schema `coherence.scorecard/1` (DESIGN.md §8).
///
/// Field names and order follow §8; added fields come after the normative ones in each object.
/// Scores are unrounded; `null` where nothing is scored or a field does not apply.
public enum ScorecardJSON {
    /// The value of each scorecard's `schema` field (DESIGN.md §8).
    public static let schema = "coherence.scorecard/1"

    /// One scorecard as a JSON object, or several as an array in input order; ends with a newline.
    ///
    /// - Parameter scorecards: The scorecards, in input order.
    /// - Returns: The JSON text of DESIGN.md §8, scores unrounded.
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
    ///
    /// - Parameter scorecard: The scorecard to render.
    /// - Returns: The JSON text of DESIGN.md §8, scores unrounded.
    public static func render(_ scorecard: Scorecard) -> String {
        render([scorecard])
    }

    /// What follows the last of `count` pieces.
    ///
    /// - Parameter count: How many scorecards the output holds.
    /// - Returns: The closing bracket and newline of an array, or the newline after a single object.
    public static func ending(count: Int) -> String {
        count > 1 ? "\n]\n" : ""
    }
}

extension ScorecardJSON {
    /// Writes the `count` scorecards of one output as pieces, one per card, from any number of
    /// threads at once, reusing the memory of pieces already printed.
    ///
    /// With `ending(count:)`, the pieces for every index add up to `render(_:)`'s output for all
    /// the cards, so a command can print a scorecard per file without keeping them all, and can
    /// make the pieces on several threads at once. A piece handed back with `reuse(_:)` once it is
    /// printed takes the next card, so a command allocates only as many pieces as it holds at once.
    public final class PieceWriter: Sendable {
        private let count: Int
        private let escapesTerminalControls: Bool
        /// The pieces handed back and not yet taken again.
        private let idle = Mutex<[Piece]>([])

        /// A writer for an output of `count` scorecards.
        ///
        /// - Parameters:
        ///   - count: How many scorecards the output will hold: one is an object, several an array.
        ///   - escapingTerminalControls: Whether strings write DEL and the C1 controls as JSON
        ///     escapes (`\u007f`, `\u009b`), as a command printing to a terminal must, which gives
        ///     `render(_:)`'s output with `escapingControlCharacters` applied; JSON allows them as
        ///     they are.
        public init(count: Int, escapingTerminalControls: Bool = false) {
            self.count = count
            escapesTerminalControls = escapingTerminalControls
        }

        /// Scorecard number `index` as UTF-8, after what separates it from the one before.
        ///
        /// - Parameters:
        ///   - card: The scorecard.
        ///   - index: Its position in the output, from 0.
        /// - Returns: A piece to print and then give back with ``reuse(_:)``.
        public func piece(_ card: Scorecard, index: Int) -> Piece {
            let piece =
                idle.withLock { $0.popLast() }
                ?? Piece(indent: count == 1 ? 0 : 2, escapingTerminalControls: escapesTerminalControls)
            piece.write(card, index: index, of: count)
            return piece
        }

        /// Takes back `piece`, once it is printed, to write a later card into its memory.
        ///
        /// - Parameter piece: A piece this writer made, no longer read by anyone.
        public func reuse(_ piece: Piece) {
            idle.withLock { $0.append(piece) }
        }
    }

    /// One scorecard of an output as UTF-8, with what separates it from the one before.
    ///
    /// Only the thread that holds a piece touches it, and it passes from thread to thread only
    /// through `PieceWriter`'s lock or another hand-over that orders memory (such as `OrderedWork`'s),
    /// which is what makes it `Sendable`.
    public final class Piece: @unchecked Sendable {
        private var writer: JSONByteWriter

        fileprivate init(indent: Int, escapingTerminalControls: Bool) {
            writer = JSONByteWriter(
                indent: indent, capacity: 1 << 17, escapingTerminalControls: escapingTerminalControls)
        }

        /// Calls `body` with the piece's bytes.
        ///
        /// - Parameter body: A function reading the bytes; they are valid only during the call.
        /// - Returns: What `body` returns.
        /// - Throws: What `body` throws.
        public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
            try writer.buffer.withBytes(body)
        }

        /// Replaces the piece's bytes with scorecard number `index` of `count`.
        fileprivate func write(_ card: Scorecard, index: Int, of count: Int) {
            writer.removeAll()
            if count == 1 {
                writer.scorecard(card)
                writer.raw("\n")
            } else {
                writer.raw(index == 0 ? "[\n  " : ",\n  ")
                writer.scorecard(card)
            }
        }
    }
}
