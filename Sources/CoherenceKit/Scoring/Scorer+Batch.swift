/// Scoring assessments of several frameworks at once.
extension Scorer {
    /// Scores each assessment against its framework, in input order, parsing each framework's
    /// expressions once (frameworks are told apart by id and version).
    public static func score(_ loaded: [(assessment: Assessment, framework: Framework)]) -> [Scorecard] {
        var batch = ScoringBatch()
        return loaded.map { batch.score($0.assessment, against: $0.framework) }
    }
}

/// Scores assessments one at a time, parsing each framework's expressions only the first time.
///
/// Lets a caller load, score, write and drop one assessment after another, so memory stays flat
/// however many assessments there are.
public struct ScoringBatch: Sendable {
    /// The frameworks compiled so far. A run has one or two: a list searched by id and version
    /// costs less than a dictionary, whose first use in a run (its key type's `Hashable`
    /// conformance looked up) cost more than all the searches.
    private var compiled: [CompiledFramework] = []

    public init() {}

    /// The scorecard of `assessment` against `framework`.
    public mutating func score(_ assessment: Assessment, against framework: Framework) -> Scorecard {
        Scorer.score(assessment, against: compiled(framework))
    }

    /// `framework` with its expressions parsed, parsed only the first time it is asked for.
    public mutating func compiled(_ framework: Framework) -> CompiledFramework {
        let known = compiled.firstIndex { $0.framework.id == framework.id && $0.framework.version == framework.version }
        if let known { return compiled[known] }
        let ready = CompiledFramework(framework)
        compiled.append(ready)
        return ready
    }
}
