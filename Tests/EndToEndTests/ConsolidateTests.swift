import Foundation
import TestSupport
import Testing

/// `coherence consolidate` as users run it: files written, exit codes, messages.
@Suite struct ConsolidateTests {
    /// A Mini workspace with responses of mol and moi.
    static func responses(moiPeriod: String = "2026") throws -> TemporaryDirectory {
        let directory = try Mini.workspace()
        try directory.write(
            "mol.yaml",
            response("mol", period: "2026", answers: "  LAW-01: 2\n  LAW-02: {level: 0, note: \"mol: \\\"none\\\"\"}"))
        try directory.write("moi.yaml", response("moi", period: moiPeriod, answers: "  LAW-01: Adopted\n  LAW-02: n/a"))
        return directory
    }

    static func response(_ respondent: String, period: String, answers: String) -> String {
        """
        assessment:
          framework: mini
          framework_version: "1"
          country: {code: VLR, name: Valoria}
          period: "\(period)"
          respondent: \(respondent)
        respondents:
          - {id: \(respondent), name: Ministry \(respondent)}
        answers:
        \(answers)

        """
    }

    @Test func writesAnAssessmentThatValidates() throws {
        let directory = try Self.responses()
        let result = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "moi.yaml", "-o", "out/national.yaml"], in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "out/national.yaml: consolidated 2 responses (median): 2 items answered, 2 where responses differ\n")
        let validated = try Programs.run("coherence", ["validate", "out/national.yaml"], in: directory.url)
        #expect(validated.status == 0, "\(validated.stderr)")
        let text = try directory.read("out/national.yaml")
        // LAW-01: 2 and 1 → lower median 1, spread (2 − 1)/(2 − 0) = 0.5.
        #expect(text.contains("  LAW-01: 1\n"))
        #expect(text.contains("    spread: 0.5\n"))
        #expect(!text.contains("respondent:"))
    }

    @Test(arguments: [("min", "  LAW-01: 1\n"), ("max", "  LAW-01: 2\n")])
    func methods(method: String, line: String) throws {
        let directory = try Self.responses()
        let result = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "moi.yaml", "-o", "n.yaml", "--method", method],
            in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try directory.read("n.yaml").contains(line))
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let directory = try Self.responses()
        _ = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "moi.yaml", "-o", "a.out.yaml"], in: directory.url)
        _ = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "moi.yaml", "-o", "b.out.yaml"], in: directory.url)
        #expect(try directory.read("a.out.yaml") == directory.read("b.out.yaml"))
    }

    @Test func neverOverwritesAnInput() throws {
        let directory = try Self.responses()
        let before = try directory.read("moi.yaml")
        let result = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "moi.yaml", "-o", "./moi.yaml"], in: directory.url)
        #expect(result.status == 73)
        #expect(result.stderr == "./moi.yaml: error: this is one of the input files: choose another output path\n")
        #expect(try directory.read("moi.yaml") == before)
    }

    @Test func refusesASingleResponse() throws {
        let directory = try Self.responses()
        let result = try Programs.run("coherence", ["consolidate", "mol.yaml", "-o", "n.yaml"], in: directory.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("consolidate needs at least two responses, got 1"))
        #expect(!directory.exists("n.yaml"))
    }

    @Test func refusesDifferentPeriodsAtTheField() throws {
        let directory = try Self.responses(moiPeriod: "2025")
        let result = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "moi.yaml", "-o", "n.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                moi.yaml:5:11: error: period '2025' differs from '2026' in mol.yaml: consolidate merges responses of one country, framework version and period
                mol.yaml:5:11: note: period '2026' is set here

                """)
        #expect(!directory.exists("n.yaml"))
    }

    @Test func refusesAnAssessmentWithoutRespondent() throws {
        let directory = try Self.responses()
        let result = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "a.yaml", "-o", "n.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("a.yaml:2:3: error: this file names no 'respondent'"))
    }

    @Test func aMissingResponseExits66() throws {
        let directory = try Self.responses()
        let result = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "nope.yaml", "-o", "n.yaml"], in: directory.url)
        #expect(result.status == 66)
        #expect(result.stderr == "nope.yaml: error: no such file or folder\n")
    }

    @Test func anUnknownMethodIsAUsageError() throws {
        let directory = try Self.responses()
        let result = try Programs.run(
            "coherence", ["consolidate", "mol.yaml", "moi.yaml", "-o", "n.yaml", "--method", "mean"],
            in: directory.url)
        #expect(result.status == 64)
    }

    @Test func consolidatesTheShippedValoriaResponses() throws {
        let directory = try TemporaryDirectory()
        let root = Programs.packageRoot.path
        let responses = ["mfa", "moi", "mol"].map {
            "\(root)/Assessments/valoria-2026-responses/valoria-2026-iamm-\($0).yaml"
        }
        let output = directory.url.appendingPathComponent("valoria.yaml").path
        let result = try Programs.run(
            "coherence", ["consolidate"] + responses + ["-o", output, "--frameworks", "\(root)/Frameworks"])
        #expect(result.status == 0, "\(result.stderr)")
        let validated = try Programs.run("coherence", ["validate", output, "--frameworks", "\(root)/Frameworks"])
        #expect(validated.status == 0, "\(validated.stderr)")
    }
}
