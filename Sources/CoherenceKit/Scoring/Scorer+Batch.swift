/// Scoring assessments of several frameworks at once.
extension Scorer {
    /// Scores each assessment against its framework, in input order, parsing each framework's
    /// expressions once (frameworks are told apart by id and version).
    public static func score(_ loaded: [(assessment: Assessment, framework: Framework)]) -> [Scorecard] {
        var compiled: [FrameworkReference: CompiledFramework] = [:]
        return loaded.map { assessment, framework in
            let key = FrameworkReference(id: framework.id, version: framework.version)
            let ready = compiled[key] ?? CompiledFramework(framework)
            compiled[key] = ready
            return score(assessment, against: ready)
        }
    }
}
