import CoherenceKit
import YAML

/// The valid framework that the assessment and score targets read assessments against.
///
/// Small, so each run is cheap, but it uses every feature scoring has: three kinds of scale,
/// nested sections with each aggregate, weighted dimensions, profile fields of each type,
/// `applies_if` conditions and rules that call every host function.
public enum FixedFramework {
    /// The loaded framework; a fuzz run stops at once if it ever stops loading.
    public static let framework: Framework = {
        do {
            return try FrameworkLoader.parse(text, file: "fuzz-framework.yaml")
        } catch {
            fatalError("the fixed fuzz framework no longer loads:\n\(error)")
        }
    }()

    /// The framework's YAML text; seeds for the assessment and score targets are written against it.
    public static let text = """
        framework:
          id: fuzz
          version: "1"
          title: Fuzz framework
          default_scale: maturity
          default_target: 3
          aggregate: mean
        scales:
          maturity:
            levels:
              - {value: 0, label: Absent}
              - {value: 1, label: Initiated}
              - {value: 2, label: Adopted}
              - {value: 3, label: Implemented}
              - {value: 4, label: Monitored}
          yes-no:
            levels: [{value: 0, label: "No"}, {value: 1, label: "Yes"}]
          percent:
            range: {min: 0, max: 100}
        dimensions:
          - {id: national, title: National, weight: 2}
          - {id: interstate, title: Interstate}
          - {id: cross-domain, title: Cross-domain, weight: 0.5}
        bands:
          - {min: 0, label: Low}
          - {min: 40, label: Medium}
          - {min: 70, label: High}
        profile:
          origin: {type: bool, title: Origin country}
          rcps: {type: list}
          region: {type: string}
          population: {type: number}
        capacity:
          - {id: cap-law, title: Law}
          - {id: cap-data, title: Data}
        sections:
          - id: policy
            title: Policy
            weight: 2
            sections:
              - id: law
                title: Law
                aggregate: min
                items:
                  - id: LAW-01
                    question: Is there a law?
                    levels: {0: None, 3: In force}
                    weight: 2
                    dimensions: {national: 1, interstate: 0.5}
                    capacity: [cap-law]
                  - id: LAW-02
                    question: Is it enforced?
                    target: 4
                    evidence: required
                    dimensions: [national]
                    applies_if: "profile.origin || 'colombo' in profile.rcps"
              - id: data
                title: Data
                aggregate: flat
                items:
                  - {id: DAT-01, question: Share of records digitised?, scale: percent, target: 80, dimensions: [cross-domain], capacity: [cap-data]}
                  - {id: DAT-02, question: Is data shared?, scale: yes-no, dimensions: [interstate], applies_if: "size(profile.region) > 0 && profile.population > 1000.0"}
          - id: cooperation
            title: Cooperation
            items:
              - {id: COOP-01, question: Regional process?, dimensions: {interstate: 1}, applies_if: "answered('LAW-01') && level('LAW-01') >= 1"}
              - {id: COOP-02, question: Bilateral agreements?, weight: 0.5, scale: yes-no}
        rules:
          - id: R-01
            title: Enforced without a law
            when: "level('LAW-02') >= 3 && level('LAW-01') <= 1"
            severity: high
            dimensions: [national]
            finding: Enforcement without a legal basis.
            recommendation: Pass the law.
            capacity: [cap-law]
          - id: R-02
            title: Data and cooperation diverge
            when: "score('DAT-01') - score('COOP-01') > 50.0 || unknown('COOP-02')"
            severity: medium
            items: [DAT-01, COOP-01]
            finding: Data and cooperation diverge.
          - id: R-03
            title: Weak section
            when: "section('policy') < dimension('national') && !has_evidence('LAW-02') && applicable('DAT-02')"
            severity: low
            finding: A weak section.
          - id: R-04
            title: Country checks
            when: "country.code.startsWith('V') && period.matches('^20[0-9]+$') && [1, 2, 3].exists(x, x == level('COOP-02'))"
            severity: critical
            finding: Country-specific finding.

        """
}
