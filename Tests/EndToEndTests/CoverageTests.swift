import Foundation
import TestSupport
import Testing

/// `coherence coverage`: the framework × GCM objective table the repository ships is the command's
/// output, and the IAMM and EMM checklists carry every objective.
@Suite struct CoverageTests {
    static let root = Programs.packageRoot

    @Test func theShippedTableIsTheCommandsOutput() throws {
        let result = try Programs.run(
            "coherence", ["coverage", "gcm", "--require", "iamm", "--require", "emm"], in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try String(
            contentsOf: Self.root.appendingPathComponent("Frameworks/crosswalks/COVERAGE.md"), encoding: .utf8)
        #expect(
            document.hasSuffix("\n" + result.stdout), "Frameworks/crosswalks/COVERAGE.md is stale: regenerate its table"
        )
        // 23 objectives, a header, a rule and a total.
        #expect(result.stdout.split(separator: "\n").count == 26)
        #expect(
            result.stdout.contains(
                "| 8. Save lives and establish coordinated international efforts on missing migrants | 1 | 1 | 0 |"))
    }

    @Test func aFrameworkThatLeavesAnObjectiveUncoveredFailsTheGate() throws {
        let result = try Programs.run("coherence", ["coverage", "gcm", "--require", "sdg-10-7-2"], in: Self.root)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "error: target '8' (Save lives and establish coordinated international efforts on missing migrants) is carried by no item of 'sdg-10-7-2'"
            ))
    }

    @Test func requiringAFrameworkTheCrosswalkDoesNotLinkIsAUsageError() throws {
        let result = try Programs.run("coherence", ["coverage", "gcm", "--require", "mipex"], in: Self.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--require 'mipex': crosswalk 'gcm' links no item of that framework"))
    }
}
