import YAML

/// Writes a consolidated assessment as an assessment file (DESIGN.md §4) that the loader reads back.
///
/// Every user string goes through `quote(_:)`, so any text (quotes, colons, `#`, newlines, `n/a`,
/// `yes`, numbers as text) reads back unchanged.
public enum ConsolidatedYAML {
    /// The assessment file for `assessment`, answers in its order, with a comment saying how it was made.
    public static func render(_ assessment: Assessment, framework: Framework, method: ConsolidationMethod) -> String {
        render(
            assessment, framework: framework,
            comment: [
                "Consolidated by `coherence consolidate --method \(method.rawValue)` from the responses of "
                    + assessment.respondents.map(\.id).joined(separator: ", ") + ".",
                "Where the responses differ, 'divergence' keeps every respondent's answer.",
            ])
    }

    /// Any assessment as a file, after `comment` (one `#` line each): its header (with `respondent`
    /// on one ministry's response), respondents, profile, answers, divergence and decisions. With
    /// `levelsAsLabels`, answered levels are written as their labels (`Adopted`), as people read them.
    public static func render(
        _ assessment: Assessment, framework: Framework, comment: [String], levelsAsLabels: Bool = false
    ) -> String {
        var lines =
            comment.map { "# " + $0 } + [
                "assessment:",
                "  framework: \(quote(assessment.framework))",
                "  framework_version: \(quote(assessment.frameworkVersion))",
                "  country: {code: \(quote(assessment.country.code)), name: \(quote(assessment.country.name))}",
                "  period: \(quote(assessment.period))",
            ]
        if let date = assessment.date { lines.append("  date: \(quote(date))") }
        lines.append("  status: \(assessment.status.rawValue)")
        if let respondent = assessment.respondent { lines.append("  respondent: \(quote(respondent))") }
        if !assessment.respondents.isEmpty {
            lines.append("respondents:")
            for respondent in assessment.respondents {
                lines.append("  - {id: \(quote(respondent.id)), name: \(quote(respondent.name))}")
            }
        }
        let profileFields = framework.profile.map(\.id).filter { assessment.profile[$0] != nil }
        if !profileFields.isEmpty {
            lines.append("profile:")
            for field in profileFields {
                lines.append("  \(quote(field)): \(value(assessment.profile[field]!))")
            }
        }
        if !assessment.answers.isEmpty {
            lines.append("answers:")
            for answer in assessment.answers {
                let label = levelsAsLabels ? framework.item(answer.item).map { framework.scale(of: $0) } : nil
                lines += self.lines(answer, scale: label)
            }
        }
        if !assessment.divergence.isEmpty {
            lines.append("divergence:")
            for entry in assessment.divergence {
                lines.append("  \(quote(entry.item)):")
                lines.append("    spread: \(entry.spread)")
                lines.append("    answers:")
                for (respondent, answer) in entry.answers {
                    lines.append("      \(quote(respondent)): \(quote(answer))")
                }
            }
        }
        if !assessment.decisions.isEmpty {
            lines.append("decisions:")
            for decision in assessment.decisions { lines += self.lines(decision) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func lines(_ decision: Decision) -> [String] {
        // A level value is written as a number, as in `answers`.
        let answer = Double(decision.answer) != nil ? decision.answer : quote(decision.answer)
        var lines = [
            "  \(quote(decision.item)):", "    answer: \(answer)",
            "    rationale: \(quote(decision.rationale))",
        ]
        if let at = decision.at { lines.append("    at: \(quote(at))") }
        if let dissent = decision.dissent { lines.append("    dissent: \(quote(dissent))") }
        return lines
    }

    /// One answer: a bare value, `n/a` or `unknown` when nothing else is said, else a mapping. With
    /// `scale`, a level is written as its label there.
    static func lines(_ answer: Answer, scale: Scale? = nil) -> [String] {
        let key = "  \(quote(answer.item)):"
        var fields: [String] = []
        switch answer.response {
        case .level(let value):
            fields.append("level: " + (scale?.level(valued: value).map { quote($0.label) } ?? LevelText.format(value)))
        case .unknown: fields.append("status: unknown")
        case .notApplicable(let reason):
            fields.append("status: n/a")
            if let reason { fields.append("reason: \(quote(reason))") }
        }
        if answer.evidence.isEmpty, answer.note == nil, answer.by == nil, fields.count == 1 {
            return [key + " " + String(fields[0].split(separator: " ", maxSplits: 1)[1])]
        }
        if !answer.evidence.isEmpty {
            fields.append("evidence:")
            fields += answer.evidence.map { "  - \(quote($0))" }
        }
        if let note = answer.note { fields.append("note: \(quote(note))") }
        if let by = answer.by { fields.append("by: \(quote(by))") }
        return [key] + fields.map { "    " + $0 }
    }

    static func value(_ value: ProfileValue) -> String {
        switch value {
        case .bool(let b): String(b)
        case .number(let n): LevelText.format(n)
        case .string(let s): quote(s)
        case .list(let items): "[" + items.map(quote).joined(separator: ", ") + "]"
        }
    }

    /// A scalar that reads back as `string`.
    static func quote(_ string: String) -> String {
        YAMLWriter.quote(string)
    }
}
