import Foundation
import TestSupport
import Testing

@Suite struct ValidateTests {
    @Test func acceptsAValidFrameworkAndAssessment() throws {
        let directory = try Mini.workspace()
        let result = try Programs.run("coherence", ["validate", "Frameworks/mini.yaml", "a.yaml"], in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                Frameworks/mini.yaml: ok: framework 'mini' 1: 2 items, 1 sections, 0 rules
                a.yaml: ok: assessment of Valoria (VLR) 2026 against 'mini' 1: 2 of 2 items answered
                2 files checked: 2 valid

                """)
        #expect(result.stderr.isEmpty)
    }

    @Test func validatesEveryFileOfAFolder() throws {
        let directory = try Mini.workspace()
        let result = try Programs.run("coherence", ["validate", "."], in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 3)
        #expect(result.stdout.hasSuffix("\n2 files checked: 2 valid\n"))
    }

    @Test func reportsEveryErrorOfAFileAtItsPlaceAndExits65() throws {
        let directory = try Mini.workspace()
        try directory.write(
            "b.yaml",
            Mini.assessment
                .replacingOccurrences(of: "LAW-01: Implemented", with: "LAW-01: 9")
                .replacingOccurrences(of: "LAW-02: 1", with: "LAW-03: 1"))
        let result = try Programs.run("coherence", ["validate", "b.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                b.yaml:7:11: error: 9 is outside the scale of the answer to 'LAW-01': use 0 Absent, 1 Adopted, 2 Implemented
                b.yaml:8:3: error: unknown item 'LAW-03' (did you mean 'LAW-01'?): framework 'mini' 1 has no such item

                """)
        #expect(result.stdout == "1 file checked: 0 valid, 1 with errors\n")
    }

    @Test func checksACrosswalkAgainstTheFrameworksAndExits65() throws {
        let directory = try Mini.workspace()
        try directory.write(
            "goals.yaml",
            """
            crosswalk: {id: goals, title: Goals}
            targets:
              - {id: "1", title: First goal}
            links:
              mini: {LAW-01: ["1"], LAW-09: ["1"], LAW-02: ["7"]}
              mnii: {LAW-01: ["1"]}

            """)
        let result = try Programs.run("coherence", ["validate", "goals.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                goals.yaml:5:25: error: unknown item 'LAW-09' of framework 'mini' (did you mean 'LAW-01'?): link an item the framework has
                goals.yaml:5:49: error: unknown target '7' for item 'LAW-02' of framework 'mini': targets are listed under 'targets'
                goals.yaml:6:3: error: unknown framework 'mnii' (did you mean 'mini'?): Frameworks/ holds 'mini'

                """)
        let fixed = try directory.write(
            "ok.yaml",
            "crosswalk: {id: goals, title: Goals}\ntargets: [{id: \"1\", title: First}]\nlinks: {mini: {LAW-01: [\"1\"]}}\n"
        )
        let ok = try Programs.run("coherence", ["validate", fixed], in: directory.url)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.hasPrefix("\(fixed): ok: crosswalk 'goals': 1 targets, 1 items of 'mini' linked\n"))
    }

    /// A duplicate key is reported with a note at the first; an unknown item with the nearest id.
    @Test(arguments: [
        (
            "LAW-01: 1",
            "b.yaml:8:3: error: duplicate key 'LAW-01': remove it or rename it\nb.yaml:7:3: note: first defined here\n"
        ),
        (
            "LAW-2: 1",
            "b.yaml:8:3: error: unknown item 'LAW-2' (did you mean 'LAW-02'?): framework 'mini' 1 has no such item\n"
        ),
    ])
    func reportsAMistakenAnswerWhereItIs(answer: String, expected: String) throws {
        let directory = try Mini.workspace()
        try directory.write("b.yaml", Mini.assessment.replacingOccurrences(of: "LAW-02: 1", with: answer))
        let result = try Programs.run("coherence", ["validate", "b.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
    }

    @Test func namesTheMissingFrameworkAndWhereItLooked() throws {
        let directory = try Mini.workspace()
        try directory.write(
            "b.yaml", Mini.assessment.replacingOccurrences(of: "framework: mini", with: "framework: maxi"))
        let result = try Programs.run("coherence", ["validate", "b.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(
            result.stderr.hasPrefix(
                "b.yaml:3:22: error: framework 'maxi' version '1' not found in Frameworks/ (it holds 'mini' 1): pass --frameworks DIR to look elsewhere"
            ),
            "\(result.stderr)")
    }

    @Test func exits66ForAMissingFile() throws {
        let directory = try Mini.workspace()
        let result = try Programs.run("coherence", ["validate", "nowhere.yaml"], in: directory.url)
        #expect(result.status == 66)
        #expect(result.stderr == "nowhere.yaml: error: no such file or folder\n")
    }

    @Test func exits64ForAUsageError() throws {
        let result = try Programs.run("coherence", ["validate"])
        #expect(result.status == 64)
    }

    @Test(arguments: [
        ("", "x.yaml:1:1: error: the file is empty"),
        ("\t- a\n", "x.yaml:1:1: error: tabs"),
        ("a: 1\n---\nb: 2\n", "x.yaml:2:1: error: only one YAML document"),
        ("just text\n", "x.yaml:1:1: error: not a framework, an assessment or a crosswalk"),
    ])
    func refusesMalformedFiles(text: String, expectedStart: String) throws {
        let directory = try Mini.workspace()
        try directory.write("x.yaml", text)
        let result = try Programs.run("coherence", ["validate", "x.yaml"], in: directory.url)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix(expectedStart), "\(result.stderr)")
    }
}
