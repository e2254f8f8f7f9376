import YAML

/// A validated input file of either kind, for `coherence validate`.
public enum Document: Sendable {
    case framework(Framework)
    case assessment(Assessment, Framework)
    case crosswalk(Crosswalk)

    /// Loads the file at `path` as a framework, an assessment or a crosswalk, whichever its top-level key says it is.
    ///
    /// - Parameters:
    ///   - path: The file to load.
    ///   - library: Where an assessment's or a crosswalk's frameworks are found.
    /// - Throws: why the file cannot be read, or every error it holds.
    public static func load(_ path: String, library: inout FrameworkLibrary) throws(InputError) -> Document {
        let root = try InputFile.parse(path, limits: library.limits)
        let keys = root.mapping?.compactMap { $0.key.scalar?.text } ?? []
        if keys.contains("assessment") {
            do {
                let loaded = try AssessmentFile(root: root).assessment(library: &library)
                return .assessment(loaded.assessment, loaded.framework)
            } catch {
                throw .invalid(error)
            }
        }
        if keys.contains("crosswalk") {
            do {
                return .crosswalk(try CrosswalkLoader.load(root, library: &library))
            } catch {
                throw .invalid(error)
            }
        }
        if keys.contains("framework") {
            do {
                return .framework(try FrameworkLoader.load(root))
            } catch {
                throw .invalid(error)
            }
        }
        throw .invalid(
            Diagnostics([
                .error(
                    "not a framework, an assessment or a crosswalk: expected a top-level 'framework', 'assessment' or 'crosswalk' key",
                    at: root.location)
            ]))
    }

    /// One line saying what the file holds.
    public var summary: String {
        switch self {
        case .framework(let framework):
            "framework '\(framework.id)' \(framework.version): \(framework.allItems.count) items, "
                + "\(framework.allSections.count) sections, \(framework.rules.count) rules"
        case .assessment(let assessment, let framework):
            "assessment of \(assessment.country.name) (\(assessment.country.code)) \(assessment.period) against '\(framework.id)' "
                + "\(framework.version): \(assessment.answers.count) of \(framework.allItems.count) items answered"
        case .crosswalk(let crosswalk):
            "crosswalk '\(crosswalk.id)': \(crosswalk.targets.count) targets, \(crosswalk.links.count) items of "
                + crosswalk.frameworks.map { "'\($0)'" }.joined(separator: ", ") + " linked"
        }
    }
}
