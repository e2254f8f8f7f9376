import CoherenceKit
import Testing
import YAML

@Suite struct ScaleTests {
    let here = Location(file: "test.yaml", line: 1, column: 1)

    @Test func normalizesLevelsBetweenLowestAndHighest() {
        let scale = Scale(
            id: "maturity",
            kind: .levels((0...4).map { Level(value: Double($0), label: "L\($0)") }),
            location: here
        )
        // (v − min) / (max − min) = (3 − 0) / (4 − 0) = 0.75
        #expect(scale.normalize(3) == 0.75)
        #expect(scale.contains(4))
        #expect(!scale.contains(2.5))
        #expect(scale.level(labeled: "l2")?.value == 2)
    }

    @Test func normalizesRanges() {
        let scale = Scale(id: "percent", kind: .range(min: 20, max: 120), location: here)
        // (70 − 20) / (120 − 20) = 0.5
        #expect(scale.normalize(70) == 0.5)
        #expect(scale.contains(20) && scale.contains(120) && !scale.contains(120.5))
    }
}
