import Synchronization
import YAML

/// Loads and scores assessment files from several threads at once, sharing their frameworks.
///
/// Each file is parsed, validated and scored on the calling thread; only finding its framework
/// takes a lock, so a framework is loaded and its expressions parsed once, by the first file that
/// names it, and every later file reuses them.
public final class ScoringSession: Sendable {
    private struct Frameworks {
        var library: FrameworkLibrary
        var batch = ScoringBatch()
    }

    private let frameworks: Mutex<Frameworks>
    private let limits: YAML.Limits

    /// A session that finds frameworks in `library`, and reads files within its limits.
    public init(library: FrameworkLibrary) {
        limits = library.limits
        frameworks = Mutex(Frameworks(library: library))
    }

    /// The assessment at `path`, validated, and its framework with its expressions parsed.
    ///
    /// - Throws: what is wrong with the file, or with the framework it names.
    public func assessment(at path: String) throws(InputError) -> (assessment: Assessment, framework: CompiledFramework)
    {
        let file = try AssessmentFile(path: path, limits: limits)
        do {
            let framework = try compiledFramework(for: file.frameworkReference())
            return (try file.assessment(against: framework.framework), framework)
        } catch {
            throw .invalid(error)
        }
    }

    /// The scorecard of the assessment at `path`.
    ///
    /// - Throws: what is wrong with the file, or with the framework it names.
    public func score(fileAt path: String) throws(InputError) -> Scorecard {
        let loaded = try assessment(at: path)
        return Scorer.score(loaded.assessment, against: loaded.framework)
    }

    /// The framework `reference` names, loaded and compiled by the first caller that asks for it.
    private func compiledFramework(for reference: FrameworkReference) throws(Diagnostics) -> CompiledFramework {
        try frameworks.withLock { frameworks throws(Diagnostics) in
            frameworks.batch.compiled(try frameworks.library.framework(for: reference))
        }
    }
}
