import CoherenceKit

/// Writes the YAML text of one plausible assessment of a framework.
///
/// Answers mix every form an assessment may use: level values, labels, `n/a`, `unknown`, and
/// detailed answers with evidence and a note; a few items are left unanswered.
struct AssessmentWriter {
    let framework: Framework

    /// The assessment numbered `index`; the same index always gives the same text.
    func text(index: Int) -> String {
        var random = SplitMix(seed: UInt64(index) &* 7919 &+ 17)
        var lines: [String] = [
            "assessment:",
            "  framework: \(framework.id)",
            "  framework_version: \(quoted(framework.version))",
            "  country: {code: \(countryCode(index)), name: Country \(index)}",
            "  period: \"\(2020 + index % 7)\"",
            "  date: 2026-10-\(10 + index % 18)",
            "  status: \(index % 3 == 0 ? "final" : "draft")",
            "respondents:",
            "  - {id: mol, name: Ministry of Labour}",
            "  - {id: mfa, name: Ministry of Foreign Affairs}",
        ]
        if !framework.profile.isEmpty {
            lines.append("profile:")
            for field in framework.profile {
                lines.append("  \(field.id): \(profileValue(field.type, &random))")
            }
        }
        lines.append("answers:")
        for item in framework.allItems {
            if let answer = answer(on: framework.scale(of: item), &random) { lines.append("  \(item.id): \(answer)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func answer(on scale: Scale, _ random: inout SplitMix) -> String? {
        let roll = Int.random(in: 0..<100, using: &random)
        let value = self.value(on: scale, &random)
        switch roll {
        case 0..<3: return nil
        case 3..<8: return "n/a"
        case 8..<12: return "unknown"
        case 12..<22:
            if let label = scale.levels.randomElement(using: &random)?.label { return quoted(label) }
            return value
        case 22..<40:
            return "{level: \(value), evidence: [\"Decree \(roll)/2026\", \"Annual report\"], "
                + "note: \"Reviewed in the workshop\", by: mol}"
        default: return value
        }
    }

    private func value(on scale: Scale, _ random: inout SplitMix) -> String {
        if let level = scale.levels.randomElement(using: &random) { return number(level.value) }
        return number((Double.random(in: scale.min...scale.max, using: &random) * 10).rounded() / 10)
    }

    private func profileValue(_ type: ProfileField.FieldType, _ random: inout SplitMix) -> String {
        switch type {
        case .bool: Bool.random(using: &random) ? "true" : "false"
        case .string: "region-\(Int.random(in: 1...5, using: &random))"
        case .number: number(Double(Int.random(in: 1000...90_000_000, using: &random)))
        case .list: "[colombo-process, budapest-process]"
        }
    }

    private func countryCode(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return String([letters[(index / 676) % 26], letters[(index / 26) % 26], letters[index % 26]])
    }

    private func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
