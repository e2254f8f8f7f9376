import Foundation
import YAML

/// Loads and scores assessment files from several threads at once, sharing their frameworks.
///
/// Each file is parsed, validated and scored on the calling thread; only finding its framework
/// takes a lock, so a framework is loaded and its expressions parsed once, by the first file that
/// names it, and every later file reuses them.
///
/// `@unchecked Sendable` because its one mutable property is only touched with `lock` held. The
/// lock is a pthread mutex (`NSLock`), which the thread sanitizer understands.
public final class ScoringSession: @unchecked Sendable {
    private struct Frameworks {
        var library: FrameworkLibrary
        var batch = ScoringBatch()
    }

    private let lock = NSLock()
    private var frameworks: Frameworks
    private let limits: YAML.Limits

    /// A session that finds frameworks in `library`.
    public init(library: FrameworkLibrary) {
        limits = library.limits
        frameworks = Frameworks(library: library)
    }

    /// The assessment at `path`, validated, and its framework with its expressions parsed; what is
    /// wrong with the file, or with the framework it names, as an `InputError`.
    public func assessment(at path: String) throws(InputError) -> (assessment: Assessment, framework: CompiledFramework) {
        let root = try InputFile.parse(path, limits: limits)
        do {
            let framework = try compiledFramework(for: AssessmentLoader.frameworkReference(in: root))
            return (try AssessmentLoader.load(root, against: framework.framework), framework)
        } catch {
            throw .invalid(error)
        }
    }

    /// The scorecard of the assessment at `path`.
    public func score(fileAt path: String) throws(InputError) -> Scorecard {
        let loaded = try assessment(at: path)
        return Scorer.score(loaded.assessment, against: loaded.framework)
    }

    /// The framework `reference` names, loaded and compiled by the first caller that asks for it.
    private func compiledFramework(for reference: AssessmentLoader.FrameworkReference) throws(Diagnostics) -> CompiledFramework {
        lock.lock()
        defer { lock.unlock() }
        return frameworks.batch.compiled(try frameworks.library.framework(for: reference))
    }
}
