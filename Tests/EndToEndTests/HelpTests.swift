import TestSupport
import Testing

@Suite struct HelpTests {
    @Test func helpNamesTheTool() throws {
        let result = try Programs.run("coherence", ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("coherence"))
    }
}
