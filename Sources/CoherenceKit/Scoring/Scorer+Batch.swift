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
    private var compiled: [FrameworkReference: CompiledFramework] = [:]

    public init() {}

    /// The scorecard of `assessment` against `framework`.
    public mutating func score(_ assessment: Assessment, against framework: Framework) -> Scorecard {
        Scorer.score(assessment, against: compiled(framework))
    }

    /// `framework` with its expressions parsed, parsed only the first time it is asked for.
    public mutating func compiled(_ framework: Framework) -> CompiledFramework {
        let key = FrameworkReference(id: framework.id, version: framework.version)
        // Stored only the first time: storing it again for every assessment copied it into the table.
        if let ready = compiled[key] { return ready }
        let ready = CompiledFramework(framework)
        compiled[key] = ready
        return ready
    }
}
