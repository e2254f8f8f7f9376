import Testing
import YAML

@Suite struct ParserLocationTests {
    let parser = YAMLParser()

    @Test func readsMappingsSequencesAndScalars() throws {
        let root = try parser.parse("a: 1\nb:\n  - x\n  - {c: d}\n", file: "f.yaml")
        #expect(root.location == Location(file: "f.yaml", line: 1, column: 1))
        #expect(root["a"]?.value == .int(1))
        let items = try #require(root["b"]?.sequence)
        #expect(items.count == 2)
        #expect(items[0].location == Location(file: "f.yaml", line: 3, column: 5))
        #expect(items[1]["c"]?.string == "d")
        #expect(items[1]["c"]?.location == Location(file: "f.yaml", line: 4, column: 9))
        #expect(root["b"]?.location == Location(file: "f.yaml", line: 3, column: 3))
    }

    /// Text, then the line and column of every node in document order.
    static let locationCases: [(text: String, expected: [(Int, Int)])] = [
        ("é: 漢字x\n漢字: [a, é]", [(1, 1), (1, 1), (1, 4), (2, 1), (2, 5), (2, 6), (2, 9)]),
        ("\u{FEFF}a: b", [(1, 1), (1, 1), (1, 4)]),
        ("e\u{301}e\u{301}: x", [(1, 1), (1, 1), (1, 5)]),
        ("[👩‍👩‍👧, y]", [(1, 1), (1, 2), (1, 5)]),
        ("a: \"é\"\r\nb: c", [(1, 1), (1, 1), (1, 4), (2, 1), (2, 4)]),
        ("a: 1\rbé: 2\r", [(1, 1), (1, 1), (1, 4), (2, 1), (2, 5)]),
        ("a: \"x\u{2028}y\"\nb: é", [(1, 1), (1, 1), (1, 4), (3, 1), (3, 4)]),
        ("a: \"x\u{85}y\"\nb: é", [(1, 1), (1, 1), (1, 4), (3, 1), (3, 4)]),
        ("# é\n- |\n  x\n- >-\n  y\n  z\n- 'q'", [(2, 1), (2, 3), (4, 3), (7, 3)]),
        // Long ASCII runs, which the line map passes over eight bytes at a time, then a break or non-ASCII.
        (
            "long_key_number_one: 1\r\nsecond_key_longer: \"é\"\rthird_key_xx: é\n",
            [(1, 1), (1, 1), (1, 22), (2, 1), (2, 20), (3, 1), (3, 15)]
        ),
        ("[abcdefghijklmnopqrstu, é, v]", [(1, 1), (1, 2), (1, 25), (1, 28)]),
    ]

    @Test(arguments: locationCases)
    func columnsCountCharacters(text: String, expected: [(Int, Int)]) throws {
        let root = try parser.parse(text, file: "u.yaml")
        let found = Self.locations(of: root).map { ($0.line, $0.column) }
        #expect(found.map { "\($0):\($1)" } == expected.map { "\($0):\($1)" })
    }

    /// Every node's location in document order, keys before their values.
    static func locations(of node: Node) -> [Location] {
        switch node.content {
        case .scalar: return [node.location]
        case .sequence(let items): return [node.location] + items.flatMap(locations)
        case .mapping(let pairs):
            return [node.location] + pairs.flatMap { locations(of: $0.key) + locations(of: $0.value) }
        }
    }
}
