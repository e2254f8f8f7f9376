import YAML

/// Checks that responses can be consolidated: at least two, of one framework version, country and
/// period, each naming its own respondent.
struct ResponseCheck {
    let responses: [LocatedAssessment]

    init(_ responses: [LocatedAssessment]) {
        self.responses = responses
    }

    /// Throws every reason the responses cannot be merged, each at the field that differs.
    func verify() throws(Diagnostics) {
        guard let first = responses.first else {
            throw Diagnostics([
                .error("no responses to consolidate", at: Location(file: "consolidate", line: 1, column: 1))
            ])
        }
        guard responses.count >= 2 else {
            throw Diagnostics([
                .error(
                    "consolidate needs at least two responses, found one: a single response is already an assessment",
                    at: first.assessment.location)
            ])
        }
        var diagnostics: [Diagnostic] = []
        var seen: [String: LocatedAssessment] = [:]
        for response in responses {
            diagnostics += differences(between: first, and: response)
            guard let respondent = response.assessment.respondent else {
                diagnostics.append(
                    .error(
                        "this file names no 'respondent': each response to consolidate says which ministry answered "
                            + "(add 'respondent: ID' to the assessment header, with the ID listed under 'respondents')",
                        at: response.location(of: "respondent")))
                continue
            }
            if let earlier = seen[respondent] {
                diagnostics.append(
                    .error(
                        "respondent '\(respondent)' already answered in \(earlier.path): give each ministry's response once",
                        at: response.location(of: "respondent"),
                        notes: [.note("the first response of '\(respondent)'", at: earlier.location(of: "respondent"))])
                )
            } else {
                seen[respondent] = response
            }
        }
        if !diagnostics.isEmpty { throw Diagnostics(diagnostics) }
    }

    /// Where `response`'s header differs from `first`'s: framework, version, country or period.
    private func differences(between first: LocatedAssessment, and response: LocatedAssessment) -> [Diagnostic] {
        let a = first.assessment
        let b = response.assessment
        var checks: [(key: String, what: String, mine: String, theirs: String)] = []
        if a.framework != b.framework {
            checks.append(("framework", "framework", b.framework, a.framework))
        } else if a.frameworkVersion != b.frameworkVersion {
            checks.append(("framework_version", "framework version", b.frameworkVersion, a.frameworkVersion))
        }
        if a.country != b.country {
            checks.append(
                ("country", "country", "\(b.country.code) (\(b.country.name))", "\(a.country.code) (\(a.country.name))")
            )
        }
        if a.period != b.period {
            checks.append(("period", "period", b.period, a.period))
        }
        return checks.map { check in
            .error(
                "\(check.what) '\(check.mine)' differs from '\(check.theirs)' in \(first.path): "
                    + "consolidate merges responses of one country, framework version and period",
                at: response.location(of: check.key),
                notes: [.note("\(check.what) '\(check.theirs)' is set here", at: first.location(of: check.key))])
        }
    }
}
