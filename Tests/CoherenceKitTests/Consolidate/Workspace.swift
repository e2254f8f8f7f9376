import CoherenceKit
import Foundation
import TestSupport

/// A fresh folder per test holding a small framework in two versions, and the assessments a test writes.
///
/// Framework `test`: maturity scale 0–4 (items A, B, C, E) and a percent scale 0–100 (item D);
/// version "2" drops E and adds F, so the versions share 4 of 6 item ids.
final class Workspace {
    let folder: TemporaryDirectory
    var library: FrameworkLibrary

    var url: URL { folder.url }

    init() throws {
        folder = try TemporaryDirectory(prefix: "coherence-kit")
        library = FrameworkLibrary(directory: folder.path("Frameworks"))
        try write("Frameworks/test-1.yaml", Self.framework(version: "1", lastItem: "E"))
        try write("Frameworks/test-2.yaml", Self.framework(version: "2", lastItem: "F"))
    }

    /// Writes `text` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try folder.write(name, text) }

    func path(_ name: String) -> String { folder.path(name) }

    /// Writes an assessment file and loads it.
    func assessment(
        _ name: String, respondent: String? = "mol", respondentName: String? = nil, country: String = "VLR",
        countryName: String = "Valoria", period: String = "2026", version: String = "1", date: String? = nil,
        profile: String? = nil, answers: [String]
    ) throws -> LocatedAssessment {
        var lines = [
            "assessment:",
            "  framework: test",
            "  framework_version: \"\(version)\"",
            "  country: {code: \(country), name: \(countryName)}",
            "  period: \"\(period)\"",
        ]
        if let date { lines.append("  date: \(date)") }
        if let respondent {
            lines.append("  respondent: \(respondent)")
            lines += ["respondents:", "  - {id: \(respondent), name: \(respondentName ?? "Ministry \(respondent)")}"]
        }
        if let profile { lines += ["profile:", profile] }
        if !answers.isEmpty { lines += ["answers:"] + answers.map { "  " + $0 } }
        let path = try write(name, lines.joined(separator: "\n") + "\n")
        return try LocatedAssessment.load(path, library: &library)
    }

    static func framework(version: String, lastItem: String) -> String {
        """
        framework:
          id: test
          version: "\(version)"
          title: Test framework
          default_scale: maturity
          default_target: 3
        scales:
        \(FixtureText.maturityScale)
          percent:
            range: {min: 0, max: 100}
        dimensions:
          - {id: national, title: National coherence}
          - {id: interstate, title: Interstate coherence}
        profile:
          origin: {type: bool}
          rcps: {type: list}
          region: {type: string}
        sections:
          - id: policy
            title: Policy
            items:
              - {id: A, question: A?, dimensions: [national]}
              - {id: B, question: B?, dimensions: [national, interstate]}
              - {id: C, question: C?, dimensions: [interstate]}
          - id: data
            title: Data
            items:
              - {id: D, question: D?, scale: percent, target: 100, dimensions: [national]}
              - {id: \(lastItem), question: \(lastItem)?}
        rules:
          - id: R-1
            title: A without B
            when: "level('A') >= 3 && level('B') <= 1"
            severity: high
            finding: A promises what B does not deliver.

        """
    }
}
