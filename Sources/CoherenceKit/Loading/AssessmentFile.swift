public import YAML

/// An assessment file, parsed, and not yet validated: the one way to load an assessment, from a
/// path or from bytes already in memory.
///
/// Validation needs the framework the file names: `assessment(library:)` finds it in a folder of
/// frameworks; `assessment(against:)` takes one the caller already has (a server's, or one compiled
/// once for many files).
public struct AssessmentFile: Sendable {
    /// The file's parsed tree.
    public let root: Node

    /// Parses the file at `path`, refusing files over `limits`' size before reading them.
    ///
    /// - Throws: `InputError.missing` or `.unreadable` when the file cannot be read, `.invalid`
    ///   when it is not YAML within `limits`.
    public init(path: String, limits: YAML.Limits = .default) throws(InputError) {
        root = try InputFile.parse(path, limits: limits)
    }

    /// Parses an assessment held in memory; `file` names it in messages.
    ///
    /// - Throws: the diagnostics of text that is not YAML within `limits`.
    public init(text: String, file: String, limits: YAML.Limits = .default) throws(Diagnostics) {
        root = try YAMLParser(limits: limits).parse(text, file: file)
    }

    /// Parses an assessment held in memory as UTF-8 bytes; `file` names it in messages.
    ///
    /// - Throws: the diagnostics of bytes that are not YAML within `limits`.
    public init(bytes: [UInt8], file: String, limits: YAML.Limits = .default) throws(Diagnostics) {
        root = try YAMLParser(limits: limits).parse(bytes, file: file)
    }

    /// An assessment whose tree is already parsed (a file first read to see what it holds).
    init(root: Node) {
        self.root = root
    }

    /// The framework the file's header names, with the place of its version.
    ///
    /// - Throws: the diagnostics of a missing or malformed header.
    public func frameworkReference() throws(Diagnostics) -> FrameworkReference {
        try AssessmentLoader.frameworkReference(in: root)
    }

    /// The assessment, validated against `framework`.
    ///
    /// - Throws: every error of the file, each at its place.
    public func assessment(against framework: Framework) throws(Diagnostics) -> Assessment {
        try AssessmentLoader.load(root, against: framework)
    }

    /// The assessment, validated against the framework `library` finds for it, and that framework.
    ///
    /// - Throws: every error of the file, or why its framework cannot be found or loaded.
    public func assessment(
        library: inout FrameworkLibrary
    ) throws(Diagnostics) -> (assessment: Assessment, framework: Framework) {
        let framework = try library.framework(for: frameworkReference())
        return (try assessment(against: framework), framework)
    }
}
