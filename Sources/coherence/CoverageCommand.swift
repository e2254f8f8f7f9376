import ArgumentParser
import CoherenceKit

/// `coherence coverage`: how many items of each framework carry each target of a crosswalk.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Count, for each target of a crosswalk, the items of each framework that carry it.",
        discussion: """
            Prints a Markdown table: one row per target (say, each GCM objective), one column per \
            framework the crosswalk links, each cell the number of that framework's items linked to \
            the target. A 0 is an objective the checklist cannot speak to. With --require FRAMEWORK \
            (repeatable), exits 1 when that framework leaves some target uncovered.
            """
    )

    @Argument(help: "A crosswalk id under FRAMEWORKS/crosswalks/ (gcm, sdg-10-7-2), or a crosswalk file.")
    var crosswalk: String

    @Option(help: "The folder where the frameworks and their crosswalks are found.")
    var frameworks = "Frameworks"

    @Option(
        help: ArgumentHelp(
            "Exit 1 when this framework carries no item for some target (repeatable).", valueName: "framework"))
    var require: [String] = []

    func run() throws {
        var library = FrameworkLibrary(directory: frameworks)
        let loaded = try Console.load { () throws(InputError) in
            try InputFile.crosswalk(crosswalk, library: &library)
        }
        let coverage = CrosswalkCoverage(loaded)
        for id in require where !coverage.frameworks.contains(id) {
            Console.error(
                "error: --require '\(id)': crosswalk '\(loaded.id)' links no item of that framework; it links "
                    + coverage.frameworks.map { "'\($0)'" }.joined(separator: ", "))
            throw Exit.usage
        }
        Console.print(coverage.markdown, terminator: "")
        let gaps = coverage.gaps(among: require)
        if !gaps.isEmpty {
            for gap in gaps {
                Console.error(
                    "error: target '\(gap.target.id)' (\(gap.target.title)) is carried by no item of "
                        + gap.frameworks.map { "'\($0)'" }.joined(separator: ", "))
            }
            throw Exit.gateFailed
        }
    }
}
