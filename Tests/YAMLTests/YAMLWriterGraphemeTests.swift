import Foundation
import Testing
import YAML

/// Indicators that share a grapheme cluster with a neighbour are still indicators to a YAML reader,
/// which reads code points: U+0600 (a prepended concatenation mark) joins the character after it.
@Suite struct YAMLWriterGraphemeTests {
    static let mark = "\u{600}"

    @Test(arguments: ["x#: y", "a#, b", "#[x]", "k ##c", "x#:", "#- a", "a#{b}", "#..."])
    func quotesIndicatorsHiddenInAGraphemeCluster(pattern: String) throws {
        let text = pattern.replacingOccurrences(of: "#", with: Self.mark)
        let written = YAMLWriter.quote(text)
        let node = try YAMLParser().parse("key: \(written)\n", file: "t.yaml")
        let read = node["key"]?.value
        #expect(read == .string(text), "written as \(written)")
    }
}
