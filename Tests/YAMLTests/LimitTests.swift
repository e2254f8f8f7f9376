import Testing
import YAML

@Suite struct LimitTests {
    /// `depth` nested flow sequences around one scalar.
    static func nested(_ depth: Int) -> String {
        String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
    }

    @Test func depthAtTheLimitIsAccepted() throws {
        var node = try YAMLParser().parse(Self.nested(64), file: "t.yaml")
        var depth = 0
        while let items = node.sequence {
            depth += 1
            node = items[0]
        }
        #expect(depth == 64)
    }

    @Test func depthPastTheLimitIsAnError() {
        #expect(
            ParseFailures.summary(ParseFailures.of(Self.nested(65))) == [
                "1:65: error: nesting is deeper than 64 levels: flatten the structure"
            ])
    }

    @Test func blockNestingPastTheLimitIsAnError() {
        let text = (0..<70).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
        #expect(
            ParseFailures.summary(ParseFailures.of(text)) == [
                "65:65: error: nesting is deeper than 64 levels: flatten the structure"
            ])
    }

    @Test func aliasesCountTowardsDepth() {
        let text =
            "a: &a " + Self.nested(40) + "\nb: " + String(repeating: "[", count: 30) + "*a"
            + String(repeating: "]", count: 30) + "\n"
        #expect(
            ParseFailures.summary(ParseFailures.of(text)) == [
                "2:34: error: nesting is deeper than 64 levels when the alias '*a' is expanded: flatten the structure"
            ])
    }

    /// A mapping whose `b` list holds `aliases` copies of a 100-node list, then `extra` scalars.
    ///
    /// Nodes: the root, keys `a` and `b`, the anchored list (100), the `b` list, 100 per alias, and
    /// the extra scalars: 104 + 100 × aliases + extra.
    static func aliased(aliases: Int, extra: Int) -> String {
        let anchored = "[" + Array(repeating: "x", count: 99).joined(separator: ", ") + "]"
        let items = Array(repeating: "*a", count: aliases) + Array(repeating: "0", count: extra)
        return "a: &a \(anchored)\nb: [\(items.joined(separator: ", "))]\n"
    }

    @Test func nodeBudgetAtTheLimitIsAccepted() throws {
        let root = try YAMLParser().parse(Self.aliased(aliases: 998, extra: 96), file: "t.yaml")
        #expect(root["b"]?.sequence?.count == 998 + 96)
        #expect(root["b"]?.sequence?[997].sequence?.count == 99)
    }

    @Test func nodeBudgetPastTheLimitIsAnError() {
        let errors = ParseFailures.of(Self.aliased(aliases: 998, extra: 97))
        #expect(ParseFailures.summary(errors).first?.hasPrefix("2:") == true)
        #expect(
            errors.map(\.message) == [
                "the document has more than 100000 nodes: use fewer aliases or split the content into smaller files"
            ])
        let byAlias = ParseFailures.of(Self.aliased(aliases: 999, extra: 0))
        #expect(
            byAlias.map(\.message) == [
                "the document has more than 100000 nodes when the alias '*a' is expanded: "
                    + "use fewer aliases or split the content into smaller files"
            ])
    }

    @Test func billionLaughsStopsQuickly() {
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("l\(level): &l\(level) [\(aliases)]")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let clock = ContinuousClock()
        var errors: [Diagnostic] = []
        let elapsed = clock.measure { errors = ParseFailures.of(text) }
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("more than 100000 nodes when the alias") == true)
        #expect(errors.first?.location.line == 5)
        #expect(elapsed < .seconds(2))
    }

    @Test func fileSizeAtTheLimitIsAcceptedAndPastItRefused() throws {
        let limits = Limits(maxFileSize: 10)
        let atLimit = "a: 1234567"
        #expect(atLimit.utf8.count == 10)
        _ = try YAMLParser(limits: limits).parse(atLimit, file: "t.yaml")
        #expect(
            ParseFailures.summary(ParseFailures.of(atLimit + "8", limits: limits)) == [
                "1:1: error: the file is too large: 11 bytes, more than the limit of 10 bytes; split it into smaller files"
            ])
    }

    @Test func limitsAreConfigurable() {
        let limits = Limits(maxFileSize: 1000, maxDepth: 2, maxNodes: 5)
        #expect(ParseFailures.of("[[x]]", limits: limits).isEmpty)
        #expect(
            ParseFailures.of("[[[x]]]", limits: limits).map(\.message) == [
                "nesting is deeper than 2 levels: flatten the structure"
            ])
        #expect(ParseFailures.of("{a: b, c: d}", limits: limits).isEmpty)
        #expect(
            ParseFailures.summary(ParseFailures.of("{a: b, c: d, e: f}", limits: limits)) == [
                "1:14: error: the document has more than 5 nodes: split the content into smaller files"
            ])
    }
}
