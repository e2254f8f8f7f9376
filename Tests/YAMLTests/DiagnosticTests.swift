import Testing
import YAML

@Suite struct DiagnosticTests {
    @Test func printsFileLineColumnThenNotes() {
        let first = Location(file: "f.yaml", line: 2, column: 3)
        let second = Location(file: "f.yaml", line: 7, column: 3)
        let diagnostic = Diagnostic.error(
            "duplicate key 'id'", at: second, notes: [.note("first defined here", at: first)])
        #expect(
            diagnostic.description == """
                f.yaml:7:3: error: duplicate key 'id'
                f.yaml:2:3: note: first defined here
                """)
    }
}
