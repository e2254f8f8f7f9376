import YAML

/// A blank assessment of a framework for respondents to fill in, with each question, its guidance and
/// its levels as comments. It validates as an assessment with every item unanswered.
public struct AssessmentTemplate: Sendable {
    /// The framework the assessment answers.
    public var framework: Framework
    /// The assessed country.
    public var country: Country
    /// The review period, such as "2026".
    public var period: String
    /// Respondents to list, such as the ministries a facilitator invites.
    public var respondents: [Respondent]

    /// Creates the template of an assessment.
    ///
    /// - Parameters:
    ///   - framework: The framework the assessment answers.
    ///   - country: The assessed country.
    ///   - period: The review period, such as "2026".
    ///   - respondents: Respondents to list, such as the ministries a facilitator invites.
    public init(framework: Framework, country: Country, period: String, respondents: [Respondent] = []) {
        self.framework = framework
        self.country = country
        self.period = period
        self.respondents = respondents
    }

    /// The template as YAML text.
    ///
    /// - Returns: An assessment file with every item listed and unanswered, its question, guidance and levels as
    ///   comments.
    public func render() -> String {
        var lines: [String] = []
        comment(
            "Self-assessment against \(framework.title) (framework '\(framework.id)' version \(framework.version)).",
            into: &lines, indent: "")
        comment(
            "Answer each item with a level (its number or its label), n/a with a reason when the item does not apply, "
                + "or unknown when nobody present knows. Leave an answer empty until it is decided. To add evidence or a note, "
                + "write the answer as a mapping: {level: 2, evidence: [\"Decree 12/2026\"], note: \"...\", by: mol}.",
            into: &lines, indent: "")
        lines.append("assessment:")
        lines.append("  framework: \(YAMLWriter.quote(framework.id))")
        lines.append("  framework_version: \(YAMLWriter.quote(framework.version))")
        lines.append("  country:")
        lines.append("    code: \(YAMLWriter.quote(country.code))")
        lines.append("    name: \(YAMLWriter.quote(country.name))")
        lines.append("  period: \(YAMLWriter.quote(period))")
        lines.append("  status: draft")
        if !respondents.isEmpty {
            lines.append("respondents:")
            for respondent in respondents {
                lines.append("  - id: \(YAMLWriter.quote(respondent.id))")
                lines.append("    name: \(YAMLWriter.quote(respondent.name))")
            }
        }
        if !framework.profile.isEmpty {
            lines.append("profile:")
            for field in framework.profile {
                let kind =
                    switch field.type {
                    case .bool: "true or false"
                    case .string: "text"
                    case .number: "a number"
                    case .list: "a list, such as [a, b]"
                    }
                comment("\(field.title ?? field.id) (\(kind))", into: &lines, indent: "  ")
                lines.append("  \(field.id):")
            }
        }
        lines.append("answers:")
        for (section, _) in framework.allSections where !section.items.isEmpty {
            lines.append("")
            comment("\(section.title)" + (section.reference.map { " (\($0))" } ?? ""), into: &lines, indent: "  ")
            for item in section.items {
                answer(for: item, into: &lines)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func answer(for item: Item, into lines: inout [String]) {
        let scale = framework.scale(of: item)
        lines.append("")
        comment("\(item.id): \(item.question)", into: &lines, indent: "  ")
        if let guidance = item.guidance {
            comment("Guidance: \(guidance)", into: &lines, indent: "  ", continuation: "    ")
        }
        switch scale.kind {
        case .levels(let levels):
            for level in levels {
                let meaning = item.rubric[level.value] ?? level.meaning
                comment(
                    "  \(LevelText.format(level.value)) \(level.label)" + (meaning.map { ": \($0)" } ?? ""),
                    into: &lines, indent: "  ", continuation: "      ")
            }
        case .range(let min, let max):
            comment("  a number from \(LevelText.format(min)) to \(LevelText.format(max))", into: &lines, indent: "  ")
        }
        if item.evidence == .required {
            comment("Evidence required: cite the document that shows it.", into: &lines, indent: "  ")
        }
        if let condition = item.appliesIf {
            comment("Applies if: \(condition.text)", into: &lines, indent: "  ")
        }
        if !item.allowsNotApplicable {
            comment(
                "Asked of every country: answer a level, or unknown; n/a is not an answer here.", into: &lines,
                indent: "  ")
        }
        lines.append("  \(YAMLWriter.quote(item.id)):")
    }

    /// Appends `text` as comment lines of at most about 100 characters.
    private func comment(_ text: String, into lines: inout [String], indent: String, continuation: String = "") {
        let words = text.split(whereSeparator: \.isWhitespace)
        var line = ""
        var first = true
        for word in words {
            if !line.isEmpty, indent.count + line.count + word.count + 3 > 100 {
                lines.append("\(indent)# \(line)")
                line = continuation
                first = false
            }
            line += (line.isEmpty || (!first && line == continuation) ? "" : " ") + word
        }
        if !line.isEmpty { lines.append("\(indent)# \(line)") }
    }
}
