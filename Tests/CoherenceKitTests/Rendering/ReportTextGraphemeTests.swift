import Testing

@testable import CoherenceKit

/// Escapers work on Unicode scalars: "\u{600}<" is one Swift Character (U+0600 joins the character
/// after it), and its '<' must still be escaped.
@Suite struct ReportTextGraphemeTests {
    static let mark = "\u{600}"

    @Test func htmlEscapesCharactersJoinedToTheirNeighbour() {
        let m = Self.mark
        let html = ReportText.html("\(m)<script>alert(1)</script>\(m)\"\(m)&\(m)'")
        let expected = "\(m)&lt;script&gt;alert(1)&lt;/script&gt;\(m)&quot;\(m)&amp;\(m)&#39;"
        #expect(html == expected)
    }

    @Test func markdownEscapesCharactersJoinedToTheirNeighbour() {
        let m = Self.mark
        let markdown = ReportText.markdown("\(m)|\(m)<b>\(m)*x\r\ny", inCell: true)
        let expected = "\(m)\\|\(m)&lt;b&gt;\(m)\\*x<br>y"
        #expect(markdown == expected)
    }

    @Test func csvQuotesFieldsWhoseCommaOrQuoteIsJoinedToItsNeighbour() {
        let m = Self.mark
        let comma = ReportText.csv("a\(m),b")
        let quote = ReportText.csv("a\(m)\"b")
        let notFormula = ReportText.csv("\(m)=1")
        #expect(comma == "\"a\(m),b\"")
        #expect(quote == "\"a\(m)\"\"b\"")
        #expect(notFormula == "\(m)=1")  // it starts with U+0600, not '='
        #expect(ReportText.csv("=1+1") == "'=1+1")
    }
}
