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

    /// A session that finds frameworks in `library`.
    public init(library: FrameworkLibrary) {
        limits = library.limits
        frameworks = Mutex(Frameworks(library: library))
    }

    /// The scorecard of the assessment at `path`: the same result, and the same errors, as loading
    /// it with `InputFile.assessment(at:library:)` and scoring it with a `ScoringBatch`.
    public func score(fileAt path: String) throws(InputError) -> Scorecard {
        let root = try InputFile.parse(path, limits: limits)
        let framework: CompiledFramework
        let assessment: Assessment
        do {
            let reference = try AssessmentLoader.frameworkReference(in: root)
            framework = try frameworks.withLock { (frameworks) throws(Diagnostics) in
                frameworks.batch.compiled(try frameworks.library.framework(for: reference))
            }
            assessment = try AssessmentLoader.load(root, against: framework.framework)
        } catch {
            throw .invalid(error)
        }
        return Scorer.score(assessment, against: framework)
    }
}
