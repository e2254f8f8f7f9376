public import YAML

/// An assessment loaded from a file, with the places of its header fields, so that a refusal to
/// compare or consolidate it can point at the field that differs.
public struct LocatedAssessment: Sendable {
    public var path: String
    public var assessment: Assessment
    public var framework: Framework
    /// Where each header field (`framework`, `framework_version`, `country`, `period`, `respondent`)
    /// is written; the header itself when the field is absent.
    public var fields: [String: Location]
    /// Where each profile field is written, by field id.
    public var profileFields: [String: Location]

    public init(
        path: String, assessment: Assessment, framework: Framework, fields: [String: Location] = [:],
        profileFields: [String: Location] = [:]
    ) {
        self.path = path
        self.assessment = assessment
        self.framework = framework
        self.fields = fields
        self.profileFields = profileFields
    }

    /// Loads the assessment at `path` against the framework `library` finds for it.
    ///
    /// - Parameters:
    ///   - path: The assessment file.
    ///   - library: Where its framework is found.
    /// - Throws: why the file cannot be read, or every error it holds.
    public static func load(_ path: String, library: inout FrameworkLibrary) throws(InputError) -> LocatedAssessment {
        let file = try AssessmentFile(path: path, limits: library.limits)
        let loaded: (Assessment, Framework)
        do {
            loaded = try file.assessment(library: &library)
        } catch {
            throw .invalid(error)
        }
        let root = file.root
        let header = root["assessment"]
        var fields: [String: Location] = [:]
        for key in ["framework", "framework_version", "country", "period", "date", "respondent"] {
            fields[key] = header?[key]?.location ?? header?.location ?? root.location
        }
        var profileFields: [String: Location] = [:]
        for pair in root["profile"]?.mapping ?? [] {
            if let name = pair.key.scalar?.text { profileFields[name] = pair.value.location }
        }
        return LocatedAssessment(
            path: path, assessment: loaded.0, framework: loaded.1, fields: fields, profileFields: profileFields)
    }

    /// The place of header field `key`, or of the file when unknown.
    public func location(of key: String) -> Location {
        fields[key] ?? assessment.location
    }

    /// The place of profile field `id`, or of the file when unknown.
    public func profileLocation(of id: String) -> Location {
        profileFields[id] ?? assessment.location
    }
}
