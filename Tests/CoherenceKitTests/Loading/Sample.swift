import CoherenceKit
import Foundation
import TestSupport
import Testing
import YAML

/// A small framework and assessment that loader tests vary one line at a time.
enum Sample {
    static let framework = """
        framework:
          id: demo
          version: "1.0"
          title: Demo checklist
          default_scale: maturity
          default_target: 3
        scales:
        \(FixtureText.maturityScale)
          yes-no:
            levels: [{value: 0, label: "No"}, {value: 1, label: "Yes"}]
          percent:
            range: {min: 0, max: 100}
        dimensions:
          - {id: national, title: National coherence}
          - {id: interstate, title: Interstate coherence, weight: 2}
        bands:
          - {min: 0, label: Low}
          - {min: 50, label: High}
        profile:
          origin: {type: bool, title: Country of origin}
          rcps: {type: list}
        capacity:
          - {id: emm-labour, title: Labour migration management}
        sections:
          - id: coop
            title: Cooperation
            items:
              - id: COOP-01
                question: Does the state take part in a regional consultative process?
                levels: {0: None, 3: Regular participation}
                dimensions: {interstate: 1, national: 0.5}
                capacity: [emm-labour]
              - id: COOP-02
                question: Is there a bilateral labour agreement?
                scale: yes-no
                dimensions: [interstate]
                applies_if: "profile.origin"
          - id: gov
            title: Governance
            aggregate: min
            weight: 2
            sections:
              - id: gov-law
                title: Law
                items:
                  - id: GOV-01
                    question: Share of staff trained in migration law
                    scale: percent
                    target: 80
                    evidence: required
        rules:
          - id: R-01
            title: Agreement without participation
            when: "level('COOP-02') == 1 && level('COOP-01') <= 1"
            severity: high
            dimensions: [interstate]
            finding: Agreements without regional dialogue.
            recommendation: Join the regional process.
            capacity: [emm-labour]

        """

    static let assessment = """
        assessment:
          framework: demo
          framework_version: "1.0"
          country: {code: VLR, name: Valoria}
          period: "2026"
          date: 2026-10-14
          status: draft
        respondents:
          - {id: mol, name: Ministry of Labour}
        profile: {origin: true, rcps: [colombo-process]}
        answers:
          COOP-01: Adopted
          COOP-02: n/a
          GOV-01:
            level: 55.5
            evidence: ["Training report 2026"]
            note: Two courses held
            by: mol

        """

    static func loadFramework(_ text: String = framework) throws -> Framework {
        try FrameworkLoader.parse(text, file: "demo.yaml")
    }

    /// The diagnostics loading `text` as a framework gives, as `line:column: message` lines.
    static func frameworkErrors(_ text: String) -> [String] {
        do {
            _ = try FrameworkLoader.parse(text, file: "demo.yaml")
            return []
        } catch {
            return error.all.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    /// The diagnostics loading `text` as an assessment of the sample framework gives.
    static func assessmentErrors(_ text: String) throws -> [String] {
        let framework = try loadFramework()
        do {
            _ = try AssessmentFile(text: text, file: "a.yaml").assessment(against: framework)
            return []
        } catch {
            return error.all.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    /// `text` with the first occurrence of `original` replaced; fails loudly when absent.
    static func replacing(_ original: String, with replacement: String, in text: String) -> String {
        guard let range = text.range(of: original) else {
            Issue.record("the sample does not contain \(original)")
            return text
        }
        return text.replacingCharacters(in: range, with: replacement)
    }
}
