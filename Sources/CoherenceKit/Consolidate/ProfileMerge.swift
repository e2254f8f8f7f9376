import YAML

/// Merging the country profiles of several responses: fields set in several must agree.
enum ProfileMerge {
    /// The union of the responses' profiles; a field set to different values is refused, naming both files.
    static func merge(_ responses: [LocatedAssessment]) throws(Diagnostics) -> [String: ProfileValue] {
        var merged: [String: ProfileValue] = [:]
        var source: [String: LocatedAssessment] = [:]
        var diagnostics: [Diagnostic] = []
        for response in responses {
            for (field, value) in response.assessment.profile.sorted(by: { $0.key < $1.key }) {
                guard let earlier = source[field], let existing = merged[field] else {
                    merged[field] = value
                    source[field] = response
                    continue
                }
                if existing != value {
                    diagnostics.append(
                        .error(
                            "profile field '\(field)' is \(describe(value)) here but \(describe(existing)) in \(earlier.path): "
                                + "the responses must agree on the country profile",
                            at: response.profileLocation(of: field),
                            notes: [
                                .note(
                                    "profile field '\(field)' is set to \(describe(existing)) here",
                                    at: earlier.profileLocation(of: field))
                            ]))
                }
            }
        }
        if !diagnostics.isEmpty { throw Diagnostics(diagnostics) }
        return merged
    }

    static func describe(_ value: ProfileValue) -> String {
        switch value {
        case .bool(let b): String(b)
        case .number(let n): LevelText.format(n)
        case .string(let s): "'\(s)'"
        case .list(let items): "[" + items.joined(separator: ", ") + "]"
        }
    }
}
