import CoherenceKit
import Testing
import YAML

/// Comparing and consolidating grow linearly with the number of assessments: four times as many
/// take about four times as long (quadratic work would take sixteen). The 300-file timings of the
/// command line are measured with generated files; this guards the shape in every test run.
@Suite struct ScalingTests {
    /// `count` assessments of `count / 4` countries over four periods (or, as responses, one country
    /// and period with `count` respondents), with answers varying by index.
    static func generated(_ count: Int, framework: Framework, responses: Bool) -> [LocatedAssessment] {
        let here = Location(file: "generated.yaml", line: 1, column: 1)
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return (0..<count).map { index in
            let code = "X" + String(letters[(index / 4 / 26) % 26]) + String(letters[(index / 4) % 26])
            let respondent = "m\(index)"
            let answers =
                ["A", "B", "C", "E"].enumerated().map { offset, item in
                    Answer(
                        item: item, response: .level(Double((index + offset) % 5)), evidence: ["doc \(index % 7)"],
                        note: "note \(index)", location: here)
                } + [Answer(item: "D", response: .level(Double(index % 101)), location: here)]
            let assessment = Assessment(
                framework: "test", frameworkVersion: "1",
                country: Country(code: responses ? "VLR" : code, name: "Country"),
                period: responses ? "2026" : "202\(index % 4)", respondent: responses ? respondent : nil,
                respondents: responses ? [Respondent(id: respondent, name: "Ministry \(index)")] : [],
                answers: answers, location: Location(file: "g\(index).yaml", line: 1, column: 1))
            return LocatedAssessment(path: "g\(index).yaml", assessment: assessment, framework: framework)
        }
    }

    /// The fastest of three runs of `work`, in seconds.
    static func fastest(_ work: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            try work()
            let elapsed = ContinuousClock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return best
    }

    func framework() throws -> Framework {
        let workspace = try Workspace()
        return try workspace.assessment("seed.yaml", respondent: nil, answers: []).framework
    }

    @Test func compareGrowsLinearly() throws {
        let framework = try framework()
        let small = Self.generated(300, framework: framework, responses: false)
        let large = Self.generated(1200, framework: framework, responses: false)
        let smallTime = try Self.fastest { _ = try Comparer.compare(small) }
        let largeTime = try Self.fastest { _ = try Comparer.compare(large) }
        // Linear ≈ 4; quadratic ≈ 16. The margin absorbs caches and a busy machine.
        #expect(largeTime / smallTime < 10, "300: \(smallTime)s, 1200: \(largeTime)s")
    }

    @Test func consolidateGrowsLinearly() throws {
        let framework = try framework()
        let small = Self.generated(300, framework: framework, responses: true)
        let large = Self.generated(1200, framework: framework, responses: true)
        let smallTime = try Self.fastest { _ = try Consolidator().consolidate(small, output: "out.yaml") }
        let largeTime = try Self.fastest { _ = try Consolidator().consolidate(large, output: "out.yaml") }
        #expect(largeTime / smallTime < 10, "300: \(smallTime)s, 1200: \(largeTime)s")
    }
}
