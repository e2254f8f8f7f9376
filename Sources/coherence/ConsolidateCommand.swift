public import ArgumentParser
import CoherenceKit
import YAML

/// `coherence consolidate`: several ministries' responses → one national assessment.
struct ConsolidateCommand: FileOperandsCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Merge several ministries' responses into one assessment, keeping their disagreement visible.",
        discussion: """
            Per item: the chosen statistic of the answered values (median is the lower median), responses \
            saying n/a or unknown beside levels being left out; n/a when every response says so; unknown \
            when none gives a level but some say unknown; otherwise unanswered. Evidence is the union; notes \
            and n/a reasons are prefixed with their author. Where the respondents who answered an item differ \
            (or it stays unanswered although someone answered it), 'divergence' records every respondent's \
            answer ('unanswered' for the silent) and the spread. Needs at least two responses; never writes \
            over an input.
            """
    )

    @Argument(help: "Responses of one country, framework version and period, each naming its respondent.")
    var responses: [String]
    static var operands: WritableKeyPath<Self, [String]> { \.responses }

    @Option(name: [.customShort("o"), .customLong("output")], help: "The assessment file to write.")
    var output: String

    @Option(help: "How answered values combine: median (the lower median), min or max.")
    var method: ConsolidationMethod = .median

    @Option(help: "The folder where the responses' framework is found.")
    var frameworks = "Frameworks"

    func run() throws {
        let files = try Console.inputFiles(responses)
        guard files.count >= 2 else {
            Console.error(
                "error: consolidate needs at least two responses, got \(files.count): a single response is already an assessment"
            )
            throw Exit.usage
        }
        do {
            try OutputFile.checkNotAnInput(output, inputs: files)
        } catch {
            Console.error(error.description)
            throw Exit.code(for: error)
        }
        var library = FrameworkLibrary(directory: frameworks)
        let loaded = try Console.loadEach(files) { path throws(InputError) in
            try LocatedAssessment.load(path, library: &library)
        }
        do {
            try OutputFile.checkNotAFramework(output, frameworks: loaded.map(\.framework))
        } catch {
            Console.error(error.description)
            throw Exit.code(for: error)
        }
        let consolidated: Assessment
        do {
            consolidated = try Consolidator(method: method).consolidate(loaded, output: output)
        } catch {
            Console.error(error.description)
            throw Exit.invalidInput
        }
        let text = ConsolidatedYAML.render(consolidated, framework: loaded[0].framework, method: method)
        do {
            try OutputFile.write(text, to: output)
        } catch {
            Console.error(error.description)
            throw Exit.code(for: error)
        }
        Console.print(
            "\(output): consolidated \(loaded.count) responses (\(method.rawValue)): "
                + "\(consolidated.answers.count) items answered, \(consolidated.divergence.count) where responses differ"
        )
    }
}

extension ConsolidationMethod: ExpressibleByArgument {}
