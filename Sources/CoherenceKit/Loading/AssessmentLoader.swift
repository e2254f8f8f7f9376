public import YAML

/// Builds a validated `Assessment` from an assessment file (DESIGN.md §4) against its framework.
public struct AssessmentLoader {
    static let rootKeys = ["assessment", "respondents", "profile", "answers", "divergence", "decisions"]
    static let headerKeys = ["framework", "framework_version", "country", "period", "date", "status", "respondent"]

    let framework: Framework
    var diagnostics: [Diagnostic] = []
    var respondents: [Respondent] = []

    /// Reads the framework id and version from an assessment's parsed tree.
    static func frameworkReference(in root: Node) throws(Diagnostics) -> FrameworkReference {
        var diagnostics: [Diagnostic] = []
        guard let header = root.mapping?.first(where: { $0.key.scalar?.text == "assessment" })?.value else {
            let looksLikeFramework =
                root.mapping?.contains { $0.key.scalar?.text == "framework" && $0.value.mapping != nil } ?? false
            throw Diagnostics([
                .error(
                    looksLikeFramework
                        ? "this is a framework file, not an assessment"
                        : "missing key 'assessment': an assessment file starts with an 'assessment' header",
                    at: root.location)
            ])
        }
        let fields = MappingReader(
            header, subject: "the assessment header", keys: headerKeys,
            required: ["framework", "framework_version"], diagnostics: &diagnostics)
        guard let fields, let idNode = fields["framework"], let versionNode = fields["framework_version"],
            let id = idNode.text("the framework id", limit: .label, into: &diagnostics),
            let version = versionNode.text("the framework version", limit: .label, into: &diagnostics)
        else { throw Diagnostics(diagnostics) }
        return FrameworkReference(id: id, version: version, location: versionNode.location)
    }

    /// Validates an assessment's parsed tree against `framework`.
    static func load(_ root: Node, against framework: Framework) throws(Diagnostics) -> Assessment {
        var loader = AssessmentLoader(framework: framework)
        let assessment = loader.assessment(from: root)
        guard let assessment, loader.diagnostics.isEmpty else { throw Diagnostics(loader.diagnostics) }
        return assessment
    }

    mutating func assessment(from root: Node) -> Assessment? {
        guard
            let fields = MappingReader(
                root, subject: "an assessment file", keys: Self.rootKeys, required: ["assessment"],
                diagnostics: &diagnostics),
            let headerNode = fields["assessment"],
            let header = MappingReader(
                headerNode, subject: "the assessment header", keys: Self.headerKeys,
                required: ["framework", "framework_version", "country", "period"], diagnostics: &diagnostics)
        else { return nil }

        if let node = header["framework"], let id = node.text("the framework id", limit: .label, into: &diagnostics),
            id != framework.id
        {
            diagnostics.append(
                .error(
                    "the assessment names framework '\(id)' but is checked against '\(framework.id)'", at: node.location
                ))
        }
        if let node = header["framework_version"],
            let version = node.text("the framework version", limit: .label, into: &diagnostics),
            version != framework.version
        {
            diagnostics.append(
                .error(
                    "the assessment is for version '\(version)' of framework '\(framework.id)', but the framework found is version '\(framework.version)'",
                    at: node.location,
                    notes: [
                        .note(
                            "framework '\(framework.id)' version '\(framework.version)' is defined here",
                            at: framework.location)
                    ]))
        }
        let country = header["country"].flatMap { readCountry($0) }
        let period = header["period"]?.text("the period", limit: .label, into: &diagnostics)
        let date = header["date"].flatMap { readDate($0) }
        var status = Assessment.Status.draft
        if let node = header["status"], let text = node.text("the status", into: &diagnostics) {
            if let value = Assessment.Status(rawValue: text) {
                status = value
            } else {
                diagnostics.append(
                    .error(
                        "unknown status '\(text)'\(Suggestion.hint(for: text, in: ["draft", "final"])): use draft or final",
                        at: node.location))
            }
        }
        respondents = fields["respondents"].map { readRespondents($0) } ?? []
        let respondent = header["respondent"].flatMap { respondentReference($0, what: "the respondent") }
        let profile = fields["profile"].map { readProfile($0) } ?? [:]
        let answers = fields["answers"].map { readAnswers($0) } ?? []
        let divergence = fields["divergence"].map { readDivergence($0) } ?? []
        let decisions = fields["decisions"].map { readDecisions($0) } ?? []
        guard let country, let period else { return nil }
        return Assessment(
            framework: framework.id, frameworkVersion: framework.version, country: country, period: period, date: date,
            status: status, respondent: respondent, respondents: respondents, profile: profile, answers: answers,
            divergence: divergence, decisions: decisions, location: root.location)
    }

    mutating func readCountry(_ node: Node) -> Country? {
        guard
            let fields = MappingReader(
                node, subject: "the country", keys: ["code", "name"], required: ["code", "name"],
                diagnostics: &diagnostics),
            let codeNode = fields["code"], let code = codeNode.text("the country code", into: &diagnostics),
            let name = fields["name"]?.text("the country name", limit: .label, into: &diagnostics)
        else { return nil }
        guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            diagnostics.append(
                .error(
                    "country code '\(code)' must be three upper-case letters (ISO 3166-1 alpha-3 style, such as 'VLR')",
                    at: codeNode.location))
            return nil
        }
        return Country(code: code, name: name)
    }

    mutating func readDate(_ node: Node) -> String? {
        guard let text = node.text("the date", into: &diagnostics) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { Int($0) }
        guard parts.count == 3, numbers.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            (1...12).contains(numbers[1]), (1...31).contains(numbers[2])
        else {
            diagnostics.append(
                .error("date '\(text)' must be written YYYY-MM-DD, such as 2026-10-14", at: node.location))
            return nil
        }
        return text
    }

    mutating func readRespondents(_ node: Node) -> [Respondent] {
        let elements = node.list(for: "'respondents'", into: &diagnostics)
        var seen: [String: Location] = [:]
        return elements.compactMap { element in
            guard
                let fields = MappingReader(
                    element, subject: "a respondent", keys: ["id", "name"], required: ["id", "name"],
                    diagnostics: &diagnostics),
                let id = fields["id"]?.identifier("a respondent id", .name, into: &diagnostics),
                let name = fields["name"]?.text("the name of respondent '\(id)'", limit: .label, into: &diagnostics)
            else { return nil }
            guard
                seen.claim(
                    id, as: "respondent", at: fields["id"]!.location, first: "first listed here", into: &diagnostics)
            else { return nil }
            return Respondent(id: id, name: name)
        }
    }

    /// A respondent id that the `respondents` list declares.
    mutating func respondentReference(_ node: Node, what: @autoclosure () -> String) -> String? {
        guard let id = node.text(what(), into: &diagnostics) else { return nil }
        guard respondents.contains(where: { $0.id == id }) else {
            let known = respondents.map(\.id)
            let remedy = known.isEmpty ? "add it to 'respondents'" : "listed respondents are \(list(known))"
            diagnostics.append(
                .error(
                    "unknown respondent '\(id)' in \(what())\(Suggestion.hint(for: id, in: known)): \(remedy)",
                    at: node.location))
            return nil
        }
        return id
    }
}
