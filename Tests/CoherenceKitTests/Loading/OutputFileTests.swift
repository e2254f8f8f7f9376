import Foundation
import TestSupport
import Testing

@testable import CoherenceKit

/// Outputs are refused when they would replace an input, however the path is spelled.
@Suite struct OutputFileTests {
    @Test func inputPathsMatchTheSameFileSpelledDifferently() throws {
        let temporary = try TemporaryDirectory(prefix: "coherence-out")
        let folder = temporary.url
        let input = folder.appendingPathComponent("a.yaml").path
        try Data("a: 1\n".utf8).write(to: URL(fileURLWithPath: input))
        let link = folder.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)

        let inputs = OutputFile.InputPaths([input])
        #expect(inputs.contains(folder.path + "/./a.yaml"))
        #expect(inputs.contains(link))
        #expect(!inputs.contains(folder.appendingPathComponent("b.yaml").path))
        #expect(throws: OutputError.self) { try OutputFile.checkNotAnInput(link, inputs: [input]) }
    }

    /// Checking each of many outputs against many inputs resolves each input once (it was N²
    /// symbolic-link resolutions: 60% of `coherence report` over 1,000 assessments).
    @Test func manyOutputsAgainstManyInputsStayFast() throws {
        let inputs = (0..<2_000).map { "/nonexistent/coherence/input-\($0).yaml" }
        let resolved = OutputFile.InputPaths(inputs)
        let start = Date()
        for index in 0..<2_000 {
            try OutputFile.checkNotAnInput("/nonexistent/coherence/report-\(index).md", inputs: resolved)
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
