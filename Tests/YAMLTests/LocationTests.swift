import Testing
import YAML

/// Locations carry their file's name: equal, ordered and printed by it, from any thread.
@Suite struct LocationTests {
    @Test func equalWhenFileLineAndColumnAre() {
        let a = Location(file: "locations/equal.yaml", line: 3, column: 7)
        #expect(a == Location(file: "locations/equal.yaml", line: 3, column: 7))
        #expect(a.hashValue == Location(file: "locations/equal.yaml", line: 3, column: 7).hashValue)
        #expect(a != Location(file: "locations/other.yaml", line: 3, column: 7))
        #expect(a != Location(file: "locations/equal.yaml", line: 3, column: 8))
        #expect(a.description == "locations/equal.yaml:3:7")
    }

    @Test func orderedByFileNameNotByWhenTheNameWasFirstSeen() {
        let late = Location(file: "locations/order-zz.yaml", line: 1, column: 1)
        let early = Location(file: "locations/order-aa.yaml", line: 9, column: 9)
        #expect(early < late)
        #expect(!(late < early))
        #expect([late, early].sorted() == [early, late])
    }

    @Test func fileCanBeChanged() {
        var location = Location(file: "locations/before.yaml", line: 2, column: 1)
        location.file = "locations/after.yaml"
        #expect(location == Location(file: "locations/after.yaml", line: 2, column: 1))
        #expect(location.file == "locations/after.yaml")
    }

    @Test func parsedNodesNameTheirFileFromManyThreadsAtOnce() async throws {
        let names = (0..<64).map { "locations/thread-\($0 % 8)-\($0).yaml" }
        let parsed = try await withThrowingTaskGroup(of: (String, Location).self) { group in
            for name in names {
                group.addTask { (name, try YAMLParser().parse("a:\n  b: 1\n", file: name)["a"]!["b"]!.location) }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for name in names {
            #expect(parsed[name] == Location(file: name, line: 2, column: 6))
            #expect(parsed[name]?.file == name)
        }
    }
}
