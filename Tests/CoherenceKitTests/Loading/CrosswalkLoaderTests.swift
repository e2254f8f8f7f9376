import CoherenceKit
import Testing
import YAML

/// Crosswalk files (DESIGN.md §13): every framework, item and target they name is checked against
/// the frameworks of the library, and each mistake is reported where it is.
@Suite struct CrosswalkLoaderTests {
    static let crosswalk = """
        crosswalk:
          id: goals
          title: Goals
        targets:
          - {id: "1", title: First goal}
          - {id: "2", title: Second goal}
        links:
          test: {A: ["1"], B: ["1", "2"], F: ["2"]}

        """

    static func errors(_ text: String) throws -> [String] {
        let workspace = try Workspace()
        do {
            _ = try CrosswalkLoader.load(YAMLParser().parse(text, file: "goals.yaml"), library: &workspace.library)
            return []
        } catch {
            return error.all.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    @Test func loadsTargetsAndLinks() throws {
        let workspace = try Workspace()
        let crosswalk = try CrosswalkLoader.load(
            YAMLParser().parse(Self.crosswalk, file: "goals.yaml"), library: &workspace.library)
        #expect(crosswalk.id == "goals" && crosswalk.targets.map(\.id) == ["1", "2"])
        #expect(crosswalk.frameworks == ["test"])
        // F exists only in version 2 of framework 'test': an item of any version may be linked.
        #expect(crosswalk.targets(of: "test") == ["A": ["1"], "B": ["1", "2"], "F": ["2"]])
    }

    @Test(arguments: [
        (
            "  test: {", "  tset: {",
            "8:3: unknown framework 'tset' (did you mean 'test'?): "
        ),
        (
            "{A: [\"1\"]", "{Z: [\"1\"]",
            "8:10: unknown item 'Z' of framework 'test': link an item the framework has"
        ),
        (
            "F: [\"2\"]", "F: [\"3\"]",
            "8:39: unknown target '3' for item 'F' of framework 'test': targets are listed under 'targets'"
        ),
        (
            "B: [\"1\", \"2\"]", "B: [\"1\", \"1\"]",
            "8:29: duplicate link: item 'B' of framework 'test' already carries target '1'"
        ),
        (
            "  - {id: \"2\", title: Second goal}", "  - {id: \"1\", title: Second goal}",
            "6:10: duplicate target '1': target ids must be unique"
        ),
    ])
    func reportsEachMistakeWhereItIs(original: String, replacement: String, expected: String) throws {
        let errors = try Self.errors(Sample.replacing(original, with: replacement, in: Self.crosswalk))
        #expect(errors.first?.hasPrefix(expected) == true, "all: \(errors)")
    }
}
