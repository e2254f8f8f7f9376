import Foundation
import TestSupport
import Testing

/// Issue 14's classes of hostile or careless input through the built binary (DESIGN.md §9):
/// numbers beyond 10^12 or not finite, blank required fields, texts beyond 500 or 10,000
/// characters, and the messages that used to say the wrong thing. Each gives a located error and
/// exit 65, never a crash, a silent loss or a misleading message.
@Suite(.timeLimit(.minutes(1))) struct HardeningInputTests {
    /// `Mini.framework` with a numeric scale `pct` added and `old` replaced by `new`.
    static func framework(_ old: String = "", _ new: String = "") -> String {
        let text = Mini.framework.replacingOccurrences(
            of: "sections:\n", with: "  pct:\n    range: {min: 0, max: 100}\nsections:\n")
        guard !old.isEmpty else { return text }
        precondition(text.contains(old), "not in the framework: \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// `Mini.assessment` with `old` replaced by `new`.
    static func assessment(_ old: String, _ new: String) -> String {
        precondition(Mini.assessment.contains(old), "not in the assessment: \(old)")
        return Mini.assessment.replacingOccurrences(of: old, with: new)
    }

    /// Runs `coherence ARGUMENTS` in a folder with `framework` as Frameworks/mini.yaml and
    /// `assessment` as a.yaml.
    static func run(
        _ arguments: [String], framework: String = framework(), assessment: String = Mini.assessment
    ) throws
        -> Programs.Result
    {
        let directory = try TemporaryDirectory()
        try directory.write("Frameworks/mini.yaml", framework)
        try directory.write("a.yaml", assessment)
        return try Programs.run("coherence", arguments, in: directory.url)
    }

    static let bounds = "must be a finite number from -1000000000000 to 1000000000000 (10^12)"

    // MARK: - 1. Numbers: finite, magnitude at most 10^12

    /// Each used to validate and then crash `report` (1e16) or give null scores without a word
    /// (1e308), or say "expected a number, found a number" (1e400, .inf, .nan).
    @Test(arguments: [
        (
            "{id: LAW-02, question: Is it enforced?}", "{id: LAW-02, question: Is it enforced?, weight: 1e16}", "20:57",
            "the weight of item 'LAW-02'", "1e16"
        ),
        (
            "{id: LAW-02, question: Is it enforced?}", "{id: LAW-02, question: Is it enforced?, weight: 1e308}",
            "20:57", "the weight of item 'LAW-02'", "1e308"
        ),
        (
            "{id: LAW-02, question: Is it enforced?}", "{id: LAW-02, question: Is it enforced?, weight: 1e400}",
            "20:57", "the weight of item 'LAW-02'", "1e400"
        ),
        (
            "{id: LAW-02, question: Is it enforced?}", "{id: LAW-02, question: Is it enforced?, weight: .inf}", "20:57",
            "the weight of item 'LAW-02'", ".inf"
        ),
        (
            "{id: LAW-02, question: Is it enforced?}", "{id: LAW-02, question: Is it enforced?, weight: .nan}", "20:57",
            "the weight of item 'LAW-02'", ".nan"
        ),
        ("range: {min: 0, max: 100}", "range: {min: 0, max: 1e16}", "14:26", "the maximum of scale 'pct'", "1e16"),
        (
            "range: {min: 0, max: 100}", "range: {min: -1000000000001, max: 100}", "14:18",
            "the minimum of scale 'pct'", "-1000000000001"
        ),
    ])
    func numberBeyondTheBoundsIsALocatedError(
        old: String, new: String, at: String, what: String, written: String
    ) throws {
        let result = try Self.run(["validate", "Frameworks/mini.yaml"], framework: Self.framework(old, new))
        #expect(result.status == 65)
        #expect(result.stderr == "Frameworks/mini.yaml:\(at): error: \(what) \(Self.bounds), found \(written)\n")
    }

    /// A level value of 1e400 used to drop its scale and cascade into "unknown scale" errors at
    /// every item using it: now one error, at the value.
    @Test func levelValueBeyondTheBoundsIsOneErrorWithoutACascade() throws {
        let result = try Self.run(
            ["validate", "Frameworks/mini.yaml"],
            framework: Self.framework("{value: 2, label: Implemented}", "{value: 1e400, label: Implemented}"))
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "Frameworks/mini.yaml:12:17: error: a level value of scale 'maturity' \(Self.bounds), found 1e400\n")
    }

    @Test func answerBeyondTheBoundsIsALocatedError() throws {
        let assessment = Self.assessment("LAW-02: 1", "LAW-02: 1e400")
        let result = try Self.run(["report", "a.yaml", "-o", "out"], assessment: assessment)
        #expect(result.status == 65)
        #expect(result.stderr == "a.yaml:8:11: error: the answer to 'LAW-02' \(Self.bounds), found 1e400\n")
    }

    /// At the bound every number is printed: weights of 10^12 and a scale up to 10^12 go through
    /// `score` and every format of `report` (the formatters trapped converting to Int).
    @Test func numbersAtTheBoundAreScoredAndReported() throws {
        let framework = Self.framework(
            "{id: LAW-02, question: Is it enforced?}",
            "{id: LAW-02, question: Is it enforced?, weight: 1e12, scale: pct}"
        )
        .replacingOccurrences(of: "range: {min: 0, max: 100}", with: "range: {min: -1e12, max: 1e12}")
        let assessment = Self.assessment("LAW-02: 1", "LAW-02: 1e12")
        let directory = try TemporaryDirectory()
        try directory.write("Frameworks/mini.yaml", framework)
        try directory.write("a.yaml", assessment)
        let score = try Programs.run("coherence", ["score", "a.yaml"], in: directory.url)
        #expect(score.status == 0, "\(score.stderr)")
        // LAW-01 scores 100 with weight 1, LAW-02 scores 100 with weight 10^12: the mean is 100.
        #expect(score.stdout.contains("overall    100.0\n"), "\(score.stdout)")
        let report = try Programs.run("coherence", ["report", "a.yaml", "-o", "out"], in: directory.url)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try directory.read("out/VLR-2026-mini.csv").contains(",1000000000000.0,"))
    }

    // MARK: - 3. Blank required fields

    /// Each used to make the item, rule or section vanish with "ok", or exit 65 with no message.
    @Test(arguments: [
        ("question: Is it enforced?}", "question: }", "20:22", "'question' in item 'LAW-02'"),
        ("title: Law\n", "title:\n", "17:5", "'title' in section 'law'"),
        ("version: \"1\"", "version:", "3:3", "'version' in the framework header"),
        ("  id: mini\n", "  id:\n", "2:3", "'id' in the framework header"),
        ("title: Mini checklist", "title: ~", "4:3", "'title' in the framework header"),
        ("{value: 1, label: Adopted}", "{value: 1, label: }", "11:20", "'label' in a level of scale 'maturity'"),
    ])
    func blankRequiredFrameworkFieldIsALocatedError(old: String, new: String, at: String, what: String) throws {
        let result = try Self.run(["validate", "Frameworks/mini.yaml"], framework: Self.framework(old, new))
        #expect(result.status == 65)
        #expect(result.stderr == "Frameworks/mini.yaml:\(at): error: \(what) is blank: give it a value\n")
    }

    @Test func blankSeverityAndBandLabelAreLocatedErrors() throws {
        let framework =
            Self.framework() + """
                bands:
                  - {min: 0, label: }
                rules:
                  - {id: R, title: Rule, when: "level('LAW-01') > 1", severity: , finding: A finding.}

                """
        let result = try Self.run(["validate", "Frameworks/mini.yaml"], framework: framework)
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                Frameworks/mini.yaml:22:14: error: 'label' in a band is blank: give it a value
                Frameworks/mini.yaml:24:55: error: 'severity' in rule 'R' is blank: give it a value

                """)
    }

    @Test(
        arguments: [
            ("name: Valoria}", "name: }", "4:24", "'name' in the country"),
            ("{code: VLR,", "{code: ,", "4:13", "'code' in the country"),
            ("period: \"2026\"", "period:", "5:3", "'period' in the assessment header"),
            ("framework_version: \"1\"", "framework_version: ''", nil, nil),
        ] as [(String, String, String?, String?)])
    func blankRequiredAssessmentFieldIsALocatedError(old: String, new: String, at: String?, what: String?) throws {
        let result = try Self.run(["validate", "a.yaml"], assessment: Self.assessment(old, new))
        #expect(result.status == 65)
        if let at, let what {
            #expect(result.stderr == "a.yaml:\(at): error: \(what) is blank: give it a value\n")
        } else {
            // An empty quoted string is a value, not a blank: it names a version the folder lacks.
            #expect(result.stderr.hasPrefix("a.yaml:3:22: error: the assessment is for version '' of framework 'mini'"))
        }
    }

    @Test func blankRespondentNameIsALocatedError() throws {
        let assessment = Self.assessment("answers:", "respondents:\n  - {id: mol, name: }\nanswers:")
        let result = try Self.run(["validate", "a.yaml"], assessment: assessment)
        #expect(result.status == 65)
        #expect(result.stderr == "a.yaml:7:15: error: 'name' in a respondent is blank: give it a value\n")
    }

    // MARK: - 4. Text lengths: 500 for ids, titles and labels, 10,000 for other text

    @Test func labelOf500CharactersIsAcceptedAnd501Refused() throws {
        let at500 = try Self.run(
            ["validate", "Frameworks/mini.yaml"],
            framework: Self.framework("label: Absent", "label: " + String(repeating: "a", count: 500)))
        #expect(at500.status == 0, "\(at500.stderr)")
        let at501 = try Self.run(
            ["validate", "Frameworks/mini.yaml"],
            framework: Self.framework("label: Absent", "label: " + String(repeating: "a", count: 501)))
        #expect(at501.status == 65)
        #expect(
            at501.stderr
                == "Frameworks/mini.yaml:10:27: error: a level label is 501 characters long: shorten it to at most 500\n"
        )
    }

    @Test func questionOf10000CharactersIsAcceptedAnd10001Refused() throws {
        let old = "question: Is it enforced?"
        let at10000 = try Self.run(
            ["validate", "Frameworks/mini.yaml"],
            framework: Self.framework(old, "question: " + String(repeating: "q", count: 10_000)))
        #expect(at10000.status == 0, "\(at10000.stderr)")
        let at10001 = try Self.run(
            ["validate", "Frameworks/mini.yaml"],
            framework: Self.framework(old, "question: " + String(repeating: "q", count: 10_001)))
        #expect(at10001.status == 65)
        #expect(
            at10001.stderr
                == "Frameworks/mini.yaml:20:32: error: the question of item 'LAW-02' is 10001 characters long: shorten it to at most 10000\n"
        )
    }

    @Test func countryNameAndNoteAreBounded() throws {
        let assessment = Self.assessment("name: Valoria}", "name: " + String(repeating: "v", count: 501) + "}")
            .replacingOccurrences(
                of: "LAW-02: 1", with: "LAW-02: {level: 1, note: " + String(repeating: "n", count: 10_001) + "}")
        let result = try Self.run(["validate", "a.yaml"], assessment: assessment)
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                a.yaml:4:30: error: the country name is 501 characters long: shorten it to at most 500
                a.yaml:8:28: error: the note on 'LAW-02' is 10001 characters long: shorten it to at most 10000

                """)
    }
}
