import Foundation
import TestSupport
import Testing

/// Commands given thousands of file names, as `coherence score Assessments/*.yaml` gives them.
@Suite struct ManyNamesTests {
    /// `validate` given `count` names of one file and then a missing one: it checks every name
    /// before loading any, so it stops at the last, and the run is argument handling alone.
    private func namesRun(
        _ count: Int, in directory: TemporaryDirectory
    ) throws -> (seconds: Double, result: Programs.Result) {
        let file = try directory.write("a.yaml", "assessment: {}\n")
        let missing = directory.url.appendingPathComponent("missing.yaml").path
        let arguments = ["validate"] + Array(repeating: file, count: count) + [missing]
        let start = ContinuousClock.now
        let result = try Programs.run("coherence", arguments, in: directory.url)
        let elapsed = ContinuousClock.now - start
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18, result)
    }

    @Test func twentyThousandNamesTakeLinearTime() throws {
        let directory = try TemporaryDirectory()
        // Best of three runs each, so that other work on the machine counts as little as it can.
        func best(_ count: Int) throws -> Double {
            var times: [Double] = []
            for _ in 0..<3 {
                let run = try namesRun(count, in: directory)
                #expect(run.result.status == 66, "\(run.result.stderr)")
                #expect(run.result.stderr.hasSuffix("missing.yaml: error: no such file or folder\n"))
                times.append(run.seconds)
            }
            return times.min()!
        }
        let small = try best(5_000)
        let large = try best(20_000)
        // Four times the names: about four times the time at most (start-up costs the same for
        // both), sixteen times if the time grew with the square of the number of names.
        #expect(large < 8 * small, "5,000 names: \(small) s; 20,000 names: \(large) s")
    }

    @Test func namesAroundOptionsKeepTheirOrder() throws {
        let frameworks = ["Frameworks/emm.yaml", "Frameworks/iamm.yaml", "Frameworks/sdg-10-7-2.yaml"]
        let arguments = [
            "validate", frameworks[2], frameworks[0], frameworks[2], "--frameworks", "Frameworks",
            frameworks[1], frameworks[0], "--", frameworks[1], frameworks[2],
        ]
        let result = try Programs.run("coherence", arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let paths = result.stdout.split(separator: "\n").dropLast().map { $0.prefix { $0 != ":" } }
        #expect(paths == [2, 0, 2, 1, 0, 1, 2].map { Substring(frameworks[$0]) })
        #expect(result.stdout.hasSuffix("\n7 files checked: 7 valid\n"))
    }

    @Test func missingNamesAreStillRefusedAsBefore() throws {
        let result = try Programs.run("coherence", ["score", "--frameworks", "Frameworks"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: Missing expected argument '<assessments> ...'\n"))
    }
}
